package io.wxmass.core.token;

import io.wxmass.core.http.ApiRequest;
import io.wxmass.core.http.ApiTransport;
import io.wxmass.core.http.Endpoints;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;

/**
 * GET /cgi-bin/token (docs/platform.md §6.1). Every call issues a new token and the previous one dies five
 * minutes later, so an account must have exactly one holder of this kind of token: use a shared
 * {@link TokenStore} across instances, or prefer {@link StableTokenSource}.
 */
public final class ClassicTokenSource implements AccessTokenSource {
    private final ApiTransport transport;
    private final Credentials credentials;
    private final Clock clock;

    public ClassicTokenSource(ApiTransport transport, Credentials credentials, Clock clock) {
        this.transport = Objects.requireNonNull(transport, "transport");
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public AccessToken fetch() {
        Map<String, String> query = Map.of(
                "grant_type", "client_credential",
                "appid", credentials.appId(),
                "secret", credentials.appSecret());
        return TokenResponse.read(transport.execute(ApiRequest.get(Endpoints.TOKEN, query)), Endpoints.TOKEN.path(), clock);
    }

    @Override
    public String toString() {
        return "ClassicTokenSource[" + credentials + "]";
    }
}

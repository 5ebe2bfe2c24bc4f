package io.wxmass.core.token;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wxmass.core.http.ApiRequest;
import io.wxmass.core.http.ApiTransport;
import io.wxmass.core.http.Endpoints;
import io.wxmass.core.http.RequestBody;
import java.time.Clock;
import java.util.Objects;

/**
 * POST /cgi-bin/stable_token (docs/platform.md §6.2), the default source. Normal mode returns the same token
 * while it is valid, so several instances can share an account without invalidating each other.
 * {@link #fetch()} never forces a refresh: a forced refresh invalidates the token every other
 * holder uses and is limited to 20 a day, so only an operator asks for it, via {@link #forceRefresh()}.
 */
public final class StableTokenSource implements AccessTokenSource {
    private final ApiTransport transport;
    private final Credentials credentials;
    private final Clock clock;

    public StableTokenSource(ApiTransport transport, Credentials credentials, Clock clock) {
        this.transport = Objects.requireNonNull(transport, "transport");
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public AccessToken fetch() {
        return request(false);
    }

    /**
     * Forces a new token, invalidating the previous one for every holder. For operators only:
     * at most 20 a day and 30 s apart, or the platform silently does not refresh.
     */
    public AccessToken forceRefresh() {
        return request(true);
    }

    private AccessToken request(boolean force) {
        ObjectNode body = JsonNodeFactory.instance.objectNode()
                .put("grant_type", "client_credential")
                .put("appid", credentials.appId())
                .put("secret", credentials.appSecret())
                .put("force_refresh", force);
        return TokenResponse.read(transport.execute(ApiRequest.post(Endpoints.STABLE_TOKEN, RequestBody.json(body))),
                Endpoints.STABLE_TOKEN.path(), clock);
    }

    @Override
    public String toString() {
        return "StableTokenSource[" + credentials + "]";
    }
}

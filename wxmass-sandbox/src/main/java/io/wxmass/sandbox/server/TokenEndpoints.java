package io.wxmass.sandbox.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.wxmass.sandbox.platform.Counters;
import io.wxmass.sandbox.platform.TokenGrant;
import io.wxmass.sandbox.platform.TokenIssuer;
import io.wxmass.sandbox.rules.Fields;

import java.util.Objects;

/** /cgi-bin/token and /cgi-bin/stable_token (docs/platform.md §6). */
public final class TokenEndpoints {
    private final TokenIssuer tokens;
    private final Counters counters;

    public TokenEndpoints(TokenIssuer tokens, Counters counters) {
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        this.counters = Objects.requireNonNull(counters, "counters");
    }

    public void register(Router router) {
        router.route("/cgi-bin/token", this::token);
        router.route("/cgi-bin/stable_token", this::stableToken);
    }

    private PlatformResponse token(PlatformRequest request) {
        String appId = request.query("appid");
        TokenGrant grant = tokens.plain(request.query("grant_type"), appId, request.query("secret"));
        counters.tokenFetched(appId);
        return render(grant);
    }

    private PlatformResponse stableToken(PlatformRequest request) {
        Authenticator.requirePost(request);
        JsonNode body = request.requiredJson();
        String appId = Fields.optText(body, "appid").orElse(null);
        TokenGrant grant = tokens.stable(Fields.optText(body, "grant_type").orElse(null), appId,
                Fields.optText(body, "secret").orElse(null), Fields.flag(body, "force_refresh"));
        counters.tokenFetched(appId);
        return render(grant);
    }

    private static PlatformResponse render(TokenGrant grant) {
        return PlatformResponse.json(Json.object().put("access_token", grant.accessToken()).put("expires_in", grant.expiresIn()));
    }
}

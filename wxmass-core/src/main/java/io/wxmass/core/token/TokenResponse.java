package io.wxmass.core.token;

import com.fasterxml.jackson.databind.JsonNode;
import io.wxmass.core.error.TransportException;
import java.time.Clock;

/** Reads {@code {"access_token":"...","expires_in":7200}}, the answer of both token endpoints. */
final class TokenResponse {
    private TokenResponse() {
    }

    static AccessToken read(JsonNode body, String endpoint, Clock clock) {
        JsonNode token = body.get("access_token");
        JsonNode expiresIn = body.get("expires_in");
        if (token == null || !token.isTextual() || token.asText().isEmpty()
                || expiresIn == null || !expiresIn.canConvertToLong() || expiresIn.asLong() <= 0) {
            // Never quote the body: it may hold a token.
            throw new TransportException("token answer lacks access_token or a positive expires_in",
                    endpoint, null, false, null);
        }
        return new AccessToken(token.asText(), clock.instant().plusSeconds(expiresIn.asLong()));
    }
}

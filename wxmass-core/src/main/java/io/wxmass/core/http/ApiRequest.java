package io.wxmass.core.http;

import io.wxmass.core.internal.http.RetiredEndpoints;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One call to the platform. {@code clientMsgId} is set for sends: it is what makes re-posting safe.
 * The query never holds the access token; the transport adds it at the last moment. A request to an
 * endpoint the platform has retired cannot be built ({@link RetiredEndpoints}).
 */
public record ApiRequest(Endpoint endpoint, Map<String, String> query, RequestBody body, String clientMsgId) {
    public ApiRequest {
        Objects.requireNonNull(endpoint, "endpoint");
        query = Map.copyOf(Objects.requireNonNull(query, "query"));
        Objects.requireNonNull(body, "body");
        RetiredEndpoints.refuseRetired(endpoint);
    }

    public static ApiRequest post(Endpoint endpoint, RequestBody body) {
        return new ApiRequest(endpoint, Map.of(), body, null);
    }

    public static ApiRequest send(Endpoint endpoint, RequestBody body, String clientMsgId) {
        return new ApiRequest(endpoint, Map.of(), body, Objects.requireNonNull(clientMsgId, "clientMsgId"));
    }

    public static ApiRequest get(Endpoint endpoint, Map<String, String> query) {
        return new ApiRequest(endpoint, query, RequestBody.NONE, null);
    }

    public Optional<String> clientMsgIdOptional() {
        return Optional.ofNullable(clientMsgId);
    }
}

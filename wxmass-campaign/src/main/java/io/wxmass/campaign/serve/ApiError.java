package io.wxmass.campaign.serve;

import io.wxmass.campaign.CampaignStateException;
import io.wxmass.campaign.store.StoreException;
import io.wxmass.core.error.InvalidRequestException;
import io.wxmass.core.error.TransportException;
import io.wxmass.core.error.WeChatApiException;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How the REST API reports a failure: an HTTP status and {@code {"error":{...}}} naming the field
 * and the rule where there is one. Messages come from the exceptions, which never hold secrets.
 */
record ApiError(int status, String kind, String field, String message) {

    static ApiError notFound(String what) {
        return new ApiError(404, "not_found", null, what);
    }

    static ApiError unauthorized(String why) {
        return new ApiError(401, "unauthorized", "Authorization", "Authorization: " + why);
    }

    static ApiError missingScope(io.wxmass.campaign.auth.Scope scope) {
        return new ApiError(403, "forbidden", "scope", "this key lacks the '" + scope.id() + "' scope");
    }

    static ApiError methodNotAllowed(String method, String path) {
        return new ApiError(405, "method_not_allowed", null, method + " is not allowed on " + path);
    }

    static ApiError of(Throwable error) {
        if (error instanceof CampaignStateException e) {
            boolean unknown = e.reason() == CampaignStateException.Reason.NOT_FOUND;
            return new ApiError(unknown ? 404 : 409, unknown ? "not_found" : "conflict", "campaign",
                    "campaign: " + e.getMessage());
        }
        if (error instanceof InvalidRequestException e) {
            return new ApiError(400, "invalid", e.field(), e.field() + ": " + e.rule());
        }
        if (error instanceof WeChatApiException e) {
            return new ApiError(502, "platform", null, e.getMessage());
        }
        if (error instanceof TransportException e) {
            return new ApiError(504, "network", null, e.getMessage());
        }
        if (error instanceof StoreException e) {
            return new ApiError(503, "store", null, e.getMessage());
        }
        return new ApiError(500, "internal", null, error.getClass().getSimpleName());
    }

    Map<String, Object> body() {
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("kind", kind);
        if (field != null) {
            inner.put("field", field);
        }
        inner.put("message", message);
        return Map.of("error", inner);
    }
}

package io.wxmass.campaign.serve;

import io.wxmass.campaign.CampaignStateException;
import io.wxmass.core.error.ErrorKind;
import io.wxmass.core.error.InvalidRequestException;

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

    /** The status and kind come from core's one map ({@link ErrorKind}); a bug says only its class. */
    static ApiError of(Throwable error) {
        ErrorKind kind = ErrorKind.of(error);
        if (error instanceof InvalidRequestException e) {
            return new ApiError(kind.httpStatus(), kind.label(), e.field(), e.field() + ": " + e.rule());
        }
        if (error instanceof CampaignStateException e) {
            return new ApiError(kind.httpStatus(), kind.label(), "campaign", "campaign: " + e.getMessage());
        }
        return new ApiError(kind.httpStatus(), kind.label(), null,
                kind == ErrorKind.INTERNAL ? error.getClass().getSimpleName() : error.getMessage());
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

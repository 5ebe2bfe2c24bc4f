package io.wxmass.core.callback;

import java.util.Objects;

/**
 * What to send back to the platform: write {@code status}, the {@code Content-Type} header and
 * {@code body} (UTF-8) as they are.
 */
public record CallbackReply(int status, String contentType, String body) {
    static final String TEXT = "text/plain; charset=utf-8";
    static final String XML = "application/xml; charset=utf-8";

    public CallbackReply {
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(body, "body");
    }

    /** {@code success}: the platform neither processes nor retries further (docs/platform.md §4.4). */
    public static CallbackReply success() {
        return new CallbackReply(200, TEXT, "success");
    }

    static CallbackReply text(String body) {
        return new CallbackReply(200, TEXT, body);
    }

    static CallbackReply xml(String body) {
        return new CallbackReply(200, XML, body);
    }

    /** A refusal: no detail in the body, so a prober learns nothing; the reason is for the server's log. */
    public static CallbackReply refused(CallbackException.Reason reason) {
        int status = switch (reason) {
            case OVERSIZED -> 413;
            case UNSUPPORTED_METHOD -> 405;
            case BAD_SIGNATURE, STALE_TIMESTAMP, FUTURE_TIMESTAMP, REPLAYED_NONCE, WRONG_APPID, ENCRYPTION_MISMATCH -> 403;
            default -> 400;
        };
        return new CallbackReply(status, TEXT, "");
    }

    /** 500 with no body: the platform retries the push. */
    public static CallbackReply failed() {
        return new CallbackReply(500, TEXT, "");
    }
}

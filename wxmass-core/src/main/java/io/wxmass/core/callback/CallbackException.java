package io.wxmass.core.callback;

import io.wxmass.core.error.InvalidInputException;
import java.util.Objects;

/**
 * A push that wxmass refuses: bad signature, replay, wrong appid, broken ciphertext or unsafe XML.
 *
 * <p>Messages name the rule that failed, never the token, the AES key or the decrypted content.
 */
public final class CallbackException extends InvalidInputException {

    /** Why a push was refused; stable, so callers may switch on it. */
    public enum Reason {
        MISSING_PARAMETER,
        BAD_SIGNATURE,
        BAD_TIMESTAMP,
        STALE_TIMESTAMP,
        FUTURE_TIMESTAMP,
        REPLAYED_NONCE,
        WRONG_APPID,
        BAD_PADDING,
        BAD_BASE64,
        BAD_LENGTH,
        OVERSIZED,
        FORBIDDEN_XML,
        MALFORMED_XML,
        UNSUPPORTED_METHOD,
        /** An encrypted push without a configured key, or a plain one where encryption is required. */
        ENCRYPTION_MISMATCH
    }

    private final Reason reason;

    public CallbackException(Reason reason, String detail) {
        this(reason, detail, null);
    }

    public CallbackException(Reason reason, String detail, Throwable cause) {
        super(Objects.requireNonNull(reason, "reason") + ": " + Objects.requireNonNull(detail, "detail"), cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}

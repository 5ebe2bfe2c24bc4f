package io.wxmass.core.error;

/**
 * Root of every exception wxmass throws, sealed so that each one belongs to a family with one
 * {@link ErrorKind} (one HTTP status, one exit code). Unchecked, so callers handle the families they care
 * about and let the rest propagate.
 *
 * <p>Core's own failures are final classes here ({@link InvalidRequestException}, {@link WeChatApiException},
 * {@link TransportException}). The families that other packages and the modules built on core extend are
 * {@code non-sealed}: a sealed class outside a named module may only permit classes of its own package, so
 * {@link InvalidInputException}, {@link PlatformRefusalException}, {@link StateConflictException} and
 * {@link StoreFailureException} are where {@code CallbackException}, {@code TagException}, the sandbox's
 * {@code PlatformError} or campaign's {@code StoreException} join the root.
 *
 * <p>Messages never contain secrets: no app secret, access token or AES key.
 */
public abstract sealed class WxMassException extends RuntimeException
        permits InvalidRequestException, WeChatApiException, TransportException,
                InvalidInputException, PlatformRefusalException, StateConflictException, StoreFailureException {
    private final ErrorKind kind;

    WxMassException(String message, Throwable cause, ErrorKind kind) {
        super(message, cause);
        this.kind = kind;
    }

    /** Without a stack trace: for answers that are expected, frequent and carry all they mean in their fields. */
    WxMassException(String message, ErrorKind kind) {
        super(message, null, false, false);
        this.kind = kind;
    }

    /** What this failure means to a caller: its family's kind. */
    public final ErrorKind errorKind() {
        return kind;
    }
}

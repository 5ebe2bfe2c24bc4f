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
    protected WxMassException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Subclasses that skip the stack trace (answers built on a hot path, e.g. the sandbox's errcodes). */
    protected WxMassException(String message, Throwable cause, boolean writableStackTrace) {
        super(message, cause, false, writableStackTrace);
    }

    /** What this failure means to a caller: its family's kind. */
    public abstract ErrorKind errorKind();
}

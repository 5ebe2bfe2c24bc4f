package io.wxmass.core.error;

/**
 * The family of storage failures: the database could not do the work, the shared store (Redis) could not
 * answer, a stored row cannot be read back. {@link ErrorKind#STORE}.
 */
public abstract non-sealed class StoreFailureException extends WxMassException {
    protected StoreFailureException(String message, Throwable cause) {
        super(message, cause, ErrorKind.STORE);
    }
}

package io.wxmass.core.error;

/**
 * The family of input refused after it was read: a push that fails its checks, XML that is not safe to
 * read, a request the sandbox refuses by its own rules. {@link ErrorKind#INVALID}.
 */
public abstract non-sealed class InvalidInputException extends WxMassException {
    protected InvalidInputException(String message, Throwable cause) {
        super(message, cause, ErrorKind.INVALID);
    }
}

package io.wxmass.core.error;

import java.util.Objects;

/**
 * The family of steps refused by stored state: what they name does not exist ({@link ErrorKind#NOT_FOUND})
 * or is in a state where they cannot run ({@link ErrorKind#CONFLICT}). Nothing was sent.
 */
public abstract non-sealed class StateConflictException extends WxMassException {
    /** @param notFound true when what the step names does not exist, false when its state forbids the step */
    protected StateConflictException(String message, boolean notFound) {
        super(Objects.requireNonNull(message, "message"), null, notFound ? ErrorKind.NOT_FOUND : ErrorKind.CONFLICT);
    }
}

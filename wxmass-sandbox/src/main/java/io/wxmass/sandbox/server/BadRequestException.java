package io.wxmass.sandbox.server;

import io.wxmass.core.error.InvalidInputException;
import java.util.function.Supplier;

/**
 * A request the sandbox refuses by its own rules (the admin API's input): answered HTTP 400 with the
 * message, which names the field. Only this is a 400; any other exception out of a route is a bug and
 * is answered as one.
 */
public final class BadRequestException extends InvalidInputException {
    /** @param message {@code field: rule}, e.g. {@code seconds: a number of seconds >= 0 is required} */
    public BadRequestException(String message) {
        super(message, null);
    }

    private BadRequestException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * Builds values from a request: the sandbox's value types refuse bad arguments with
     * IllegalArgumentException, which here, and only here, is the client's bad input.
     */
    public static <T> T refusing(Supplier<T> build) {
        try {
            return build.get();
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage(), e);
        }
    }

    /** As {@link #refusing(Supplier)}, for a change that returns nothing. */
    public static void refusing(Runnable change) {
        refusing(() -> {
            change.run();
            return null;
        });
    }
}

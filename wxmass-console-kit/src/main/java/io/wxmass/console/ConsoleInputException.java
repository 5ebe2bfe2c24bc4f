package io.wxmass.console;

/** A console form value the console itself refuses (before anything changes); shown on the page, 400. */
public final class ConsoleInputException extends RuntimeException {
    public ConsoleInputException(String message) {
        super(message, null, false, false);
    }
}

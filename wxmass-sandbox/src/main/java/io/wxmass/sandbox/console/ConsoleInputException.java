package io.wxmass.sandbox.console;

/** Bad input in a console form: shown on the page, nothing changed. */
final class ConsoleInputException extends RuntimeException {
    ConsoleInputException(String message) {
        super(message);
    }
}

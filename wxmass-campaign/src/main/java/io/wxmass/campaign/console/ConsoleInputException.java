package io.wxmass.campaign.console;

/** A console form value the console itself refuses (before any verb runs); shown on the page, 400. */
final class ConsoleInputException extends RuntimeException {
    ConsoleInputException(String message) {
        super(message, null, false, false);
    }
}

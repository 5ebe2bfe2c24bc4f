package io.wxmass.cli;

import picocli.CommandLine.TypeConversionException;

import java.time.Duration;
import java.time.format.DateTimeParseException;

/**
 * Every {@code DURATION} flag: an ISO-8601 duration, more than zero and at most a year, so a typo is a usage
 * error naming the flag rather than an exception from a scheduler or an overflowing {@code toMillis()}.
 */
final class DurationFlag {
    static final Duration MAX = Duration.ofDays(366);
    private static final String RULE = "must be an ISO-8601 duration above zero and at most P366D, such as PT30S, PT10M or PT2H";

    private DurationFlag() {
    }

    static Duration parse(String text) {
        Duration duration;
        try {
            duration = Duration.parse(text.strip());
        } catch (DateTimeParseException | ArithmeticException e) {
            throw new TypeConversionException(RULE + ", was '" + text + "'");
        }
        if (duration.isNegative() || duration.isZero() || duration.compareTo(MAX) > 0) {
            throw new TypeConversionException(RULE + ", was '" + text + "'");
        }
        return duration;
    }
}

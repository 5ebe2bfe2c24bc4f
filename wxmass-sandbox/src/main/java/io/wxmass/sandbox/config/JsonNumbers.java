package io.wxmass.sandbox.config;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Numbers read from the config file and the admin API: a JSON number, whole where a count is meant, within the
 * range the field allows, or an {@link IllegalArgumentException} naming the field (HTTP 400 from the admin API).
 * Jackson's own {@code asInt()} would quietly wrap 99999999999 into some other int, or read "12" or true as numbers.
 */
public final class JsonNumbers {
    private JsonNumbers() {
    }

    /** {@code parent.field} as an int within {@code min..max}; {@code fallback} when absent or null. */
    public static int intIn(JsonNode parent, String field, int fallback, int min, int max) {
        return (int) longIn(parent, field, fallback, min, max);
    }

    /** {@code parent.field} as a long within {@code min..max}; {@code fallback} when absent or null. */
    public static long longIn(JsonNode parent, String field, long fallback, long min, long max) {
        JsonNode value = parent.get(field);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong() || value.asLong() < min || value.asLong() > max) {
            throw new IllegalArgumentException(field + ": must be a whole number from " + min + " to " + max + ", was " + shown(value));
        }
        return value.asLong();
    }

    /** {@code parent.field} as a finite double within {@code min..max}; {@code fallback} when absent or null. */
    public static double doubleIn(JsonNode parent, String field, double fallback, double min, double max) {
        JsonNode value = parent.get(field);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (!value.isNumber() || !(value.asDouble() >= min && value.asDouble() <= max)) {
            throw new IllegalArgumentException(field + ": must be a number from " + min + " to " + max + ", was " + shown(value));
        }
        return value.asDouble();
    }

    private static String shown(JsonNode value) {
        String text = value.toString();
        return text.length() > 40 ? text.substring(0, 40) + "..." : text;
    }
}

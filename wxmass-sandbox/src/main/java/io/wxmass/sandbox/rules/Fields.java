package io.wxmass.sandbox.rules;

import com.fasterxml.jackson.databind.JsonNode;
import io.wxmass.sandbox.platform.PlatformError;

import java.util.Optional;

/** Tolerant reading of request fields: clients send numbers as strings and booleans as 0/1. */
public final class Fields {
    private Fields() {
    }

    /** A long given as a number or a numeric string; empty when absent, null, not numeric or beyond a long. */
    public static Optional<Long> optLong(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        if (v == null || v.isNull()) {
            return Optional.empty();
        }
        if (v.isIntegralNumber()) {
            return v.canConvertToLong() ? Optional.of(v.asLong()) : Optional.empty(); // asLong() would wrap around
        }
        if (v.isTextual() && v.asText().trim().matches("-?\\d{1,18}")) {
            return Optional.of(Long.parseLong(v.asText().trim()));
        }
        return Optional.empty();
    }

    /** A text field; numbers are read as their text. */
    public static Optional<String> optText(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        if (v == null || v.isNull() || v.isContainerNode()) {
            return Optional.empty();
        }
        return Optional.of(v.asText());
    }

    /** true for true, 1, "1" and "true"; false otherwise (including absent). */
    public static boolean flag(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        if (v == null || v.isNull()) {
            return false;
        }
        if (v.isBoolean()) {
            return v.asBoolean();
        }
        String s = v.asText().trim();
        return s.equals("1") || s.equalsIgnoreCase("true");
    }

    /** An object field, or 47001 when it is missing or not an object. */
    public static JsonNode requireObject(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || !v.isObject()) {
            throw PlatformError.of(47001, "data format error");
        }
        return v;
    }
}

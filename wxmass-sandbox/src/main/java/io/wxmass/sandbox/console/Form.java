package io.wxmass.sandbox.console;

import io.wxmass.console.ConsoleInputException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** An {@code application/x-www-form-urlencoded} body. */
final class Form {
    private final Map<String, String> fields;

    private Form(Map<String, String> fields) {
        this.fields = fields;
    }

    static Form parse(byte[] body) {
        Map<String, String> out = new HashMap<>();
        String raw = new String(body, StandardCharsets.UTF_8);
        for (String pair : raw.isEmpty() ? new String[0] : raw.split("&")) {
            int eq = pair.indexOf('=');
            String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            out.putIfAbsent(k, v);
        }
        return new Form(out);
    }

    String get(String name) {
        return fields.getOrDefault(name, "");
    }

    /** A number field; a bad one is a {@link ConsoleInputException} naming it. */
    double number(String name, double min, double max) {
        return parseNumber(name, get(name), min, max);
    }

    static double parseNumber(String name, String value, double min, double max) {
        try {
            double d = Double.parseDouble(value.trim());
            if (d < min || d > max || Double.isNaN(d)) {
                throw new ConsoleInputException(name + ": must be between " + min + " and " + max);
            }
            return d;
        } catch (NumberFormatException e) {
            throw new ConsoleInputException(name + ": must be a number");
        }
    }
}

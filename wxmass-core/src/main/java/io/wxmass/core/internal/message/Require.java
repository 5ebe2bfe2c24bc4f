package io.wxmass.core.internal.message;

import io.wxmass.core.error.InvalidRequestException;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * The argument checks shared by wxmass's values and builders, so every refusal is an
 * {@link InvalidRequestException} that names the field and the rule the same way. Public because the
 * other packages and modules validate with the same rules.
 */
public final class Require {
    private Require() {
    }

    /** Returns {@code value} if it has at least one non-whitespace character. */
    public static String nonBlank(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidRequestException(field, "must not be blank");
        }
        return value;
    }

    /** Returns {@code value} unless it is present but blank; null stays null (an omitted optional field). */
    public static String optionalNonBlank(String value, String field) {
        if (value != null && value.isBlank()) {
            throw new InvalidRequestException(field, "must not be blank when given");
        }
        return value;
    }

    /** Returns {@code value} if it is longer than zero. */
    public static Duration positive(Duration value, String field) {
        Objects.requireNonNull(value, field);
        if (value.isNegative() || value.isZero()) {
            throw new InvalidRequestException(field, "must be positive, was " + value);
        }
        return value;
    }

    /** Returns {@code value} if it is zero or longer. */
    public static Duration nonNegative(Duration value, String field) {
        Objects.requireNonNull(value, field);
        if (value.isNegative()) {
            throw new InvalidRequestException(field, "must not be negative, was " + value);
        }
        return value;
    }

    /**
     * Returns the base URL of an HTTP API (the platform, the sandbox, a gateway) without a trailing slash, if it is
     * an absolute http(s) URL with a host and no query. The refusal does not repeat the value: it may carry a
     * gateway's credentials.
     */
    public static String baseUrl(String value, String field) {
        Objects.requireNonNull(value, field);
        URI uri;
        try {
            uri = URI.create(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(field, "must be a URL");
        }
        if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null
                || uri.getRawQuery() != null) {
            throw new InvalidRequestException(field, "must be an absolute http(s) URL without a query");
        }
        return value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
    }

    /**
     * Returns {@code value} unless it holds a character that can change what a terminal or a table shows:
     * see {@link #isControlOrBidi(int)}. For names people read in lists.
     */
    public static String noControlOrBidi(String value, String field) {
        int[] codePoints = value.codePoints().toArray();
        for (int i = 0; i < codePoints.length; i++) {
            if (isControlOrBidi(codePoints[i])) {
                throw new InvalidRequestException(field, String.format(
                        "must not contain control or bidi characters (U+%04X at character %d)", codePoints[i], i + 1));
            }
        }
        return value;
    }

    /**
     * True for a control character (C0, DEL, C1: escape sequences, newlines), a line or paragraph separator,
     * or a format character (bidi overrides and isolates, the byte-order mark, invisible marks); the zero-width
     * (non-)joiners are allowed, since emoji and several scripts need them.
     */
    public static boolean isControlOrBidi(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> true;
            case Character.FORMAT -> codePoint != 0x200C && codePoint != 0x200D;
            default -> false;
        };
    }
}

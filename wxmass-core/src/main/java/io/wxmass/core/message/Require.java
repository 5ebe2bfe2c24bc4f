package io.wxmass.core.message;

import io.wxmass.core.error.InvalidRequestException;

/**
 * The argument checks shared by the value types of this package, so every refusal names the field
 * and the rule the same way. Public because {@code media} validates its values with the same rules.
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

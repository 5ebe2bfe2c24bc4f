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
}

package io.wxmass.core.error;

import java.util.Objects;

/** Bad input caught before any network call: names the field and the rule it broke. */
public final class InvalidRequestException extends WxMassException {
    private final String field;
    private final String rule;

    public InvalidRequestException(String field, String rule) {
        super(Objects.requireNonNull(field, "field") + ": " + Objects.requireNonNull(rule, "rule"), null, ErrorKind.INVALID);
        this.field = field;
        this.rule = rule;
    }

    public String field() {
        return field;
    }

    public String rule() {
        return rule;
    }
}

package io.wxmass.cli.output;

import java.util.Objects;

/** Local state refused the command: an unknown campaign id, a campaign not in the right state. Exit 4. */
public final class StateException extends RuntimeException {
    private final String field;

    public StateException(String field, String message) {
        super(Objects.requireNonNull(message, "message"));
        this.field = Objects.requireNonNull(field, "field");
    }

    public String field() {
        return field;
    }
}

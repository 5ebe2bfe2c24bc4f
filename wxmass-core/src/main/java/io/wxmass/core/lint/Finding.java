package io.wxmass.core.lint;

import java.util.List;
import java.util.Objects;

/**
 * One thing the pre-flight lint found.
 *
 * @param field   the wire field it is about, e.g. {@code mpnews.media_id} or {@code send_ignore_reprint}
 * @param message what is wrong and what to do, in one sentence
 */
public record Finding(Severity severity, Rule rule, String field, String message) {
    public Finding {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }

    static Finding error(Rule rule, String field, String message) {
        return new Finding(Severity.ERROR, rule, field, message);
    }

    static Finding warning(Rule rule, String field, String message) {
        return new Finding(Severity.WARNING, rule, field, message);
    }

    /** Whether any finding is an {@link Severity#ERROR}. */
    public static boolean anyError(List<Finding> findings) {
        return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
    }

    @Override
    public String toString() {
        return severity.name().toLowerCase(java.util.Locale.ROOT) + " " + field + ": " + message
                + " [" + rule.name().toLowerCase(java.util.Locale.ROOT) + "]";
    }
}

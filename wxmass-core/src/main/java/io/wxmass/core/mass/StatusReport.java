package io.wxmass.core.mass;

import java.util.Objects;

/**
 * The answer of /mass/get. {@code rawStatus} keeps the platform's exact text, so a value this
 * version does not know ({@link MassStatus#UNKNOWN}) is still readable.
 */
public record StatusReport(long msgId, MassStatus status, String rawStatus) {
    public StatusReport {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(rawStatus, "rawStatus");
    }
}

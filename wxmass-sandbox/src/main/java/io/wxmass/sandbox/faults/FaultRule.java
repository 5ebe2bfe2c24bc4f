package io.wxmass.sandbox.faults;

import java.util.Objects;

/**
 * One configured fault: the share of calls (0..1) that get {@code action}. Rules of one target are laid
 * end to end on [0, 1), so their shares must add up to at most 1.
 */
public record FaultRule(double share, FaultAction action) {
    public FaultRule {
        Objects.requireNonNull(action, "action");
        if (!(share >= 0.0 && share <= 1.0)) {
            throw new IllegalArgumentException("share must be within 0..1, was " + share);
        }
    }
}

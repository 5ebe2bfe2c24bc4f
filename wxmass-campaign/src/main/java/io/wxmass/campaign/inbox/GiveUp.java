package io.wxmass.campaign.inbox;

import java.time.Duration;
import java.util.Objects;

/**
 * When redelivery stops trying and a message becomes a dead letter: after {@code maxAttempts} attempts, or
 * once it has waited {@code maxAge} since it was queued (stored, or requeued by the operator), whichever
 * comes first. The default age is 3 days, long enough for an application down over a weekend to get its
 * messages when it is back on Monday, short enough that a user's message is not answered a week late;
 * under the default backoff (capped at 10 minutes) that is about 440 attempts, so the default 1,000
 * attempts only bounds a short backoff.
 */
public record GiveUp(int maxAttempts, Duration maxAge) {
    public static final GiveUp DEFAULT = new GiveUp(1_000, Duration.ofDays(3));

    public GiveUp {
        Objects.requireNonNull(maxAge, "maxAge");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts: at least 1, was " + maxAttempts);
        }
        if (maxAge.isNegative() || maxAge.isZero()) {
            throw new IllegalArgumentException("maxAge: must be positive, was " + maxAge);
        }
    }

    /** Whether a message with {@code attempts} made, queued {@code waited} ago, is given up. */
    boolean reached(int attempts, Duration waited) {
        return attempts >= maxAttempts || waited.compareTo(maxAge) >= 0;
    }
}

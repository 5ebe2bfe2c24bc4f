package io.wxmass.campaign.inbox;

import java.time.Duration;
import java.util.Objects;

/**
 * Capped exponential backoff between deliveries to the operator's application: {@code first} after the
 * first failed attempt, doubling after each further one, never more than {@code cap}.
 */
public record Backoff(Duration first, Duration cap) {
    public static final Backoff DEFAULT = new Backoff(Duration.ofSeconds(5), Duration.ofMinutes(10));

    public Backoff {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(cap, "cap");
        if (first.isNegative() || first.isZero() || cap.compareTo(first) < 0) {
            throw new IllegalArgumentException("backoff: need 0 < first <= cap, got " + first + " and " + cap);
        }
    }

    /** The wait after {@code failedAttempts} (at least 1) failed attempts. */
    public Duration after(int failedAttempts) {
        if (failedAttempts < 1) {
            throw new IllegalArgumentException("failedAttempts must be at least 1, was " + failedAttempts);
        }
        int doublings = Math.min(failedAttempts - 1, 40);
        long millis = first.toMillis();
        for (int i = 0; i < doublings && millis < cap.toMillis(); i++) {
            millis *= 2;
        }
        return Duration.ofMillis(Math.min(millis, cap.toMillis()));
    }
}

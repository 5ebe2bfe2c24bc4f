package io.wxmass.campaign.run;

import java.time.Duration;
import java.util.Objects;

/**
 * How a worker paces itself.
 *
 * @param lease        how long a claimed batch is exclusively this worker's; another worker takes it over after that
 * @param resendWindow how long after the first attempt an unknown outcome may be re-sent with the same clientmsgid:
 *                     the platform remembers clientmsgids for 24 h, so this is 24 h less a safety margin
 * @param retryDelay   how long an unknown outcome (timeout, -1, 45066) waits before the same batch is tried again the
 *                     first time; each further retry waits twice as long, at most {@link #MAX_RETRY_DELAY}, and the
 *                     retries end with the resend window (the batch is parked)
 */
public record WorkerSettings(Duration lease, Duration resendWindow, Duration retryDelay) {
    /** The longest wait between two retries of one batch. */
    public static final Duration MAX_RETRY_DELAY = Duration.ofMinutes(30);

    /** The platform's clientmsgid memory. */
    public static final Duration DEDUPE_WINDOW = Duration.ofHours(24);

    public static final WorkerSettings DEFAULTS =
            new WorkerSettings(Duration.ofMinutes(2), DEDUPE_WINDOW.minusMinutes(15), Duration.ofSeconds(61));

    public WorkerSettings {
        Objects.requireNonNull(lease, "lease");
        Objects.requireNonNull(resendWindow, "resendWindow");
        Objects.requireNonNull(retryDelay, "retryDelay");
        if (resendWindow.compareTo(DEDUPE_WINDOW) > 0) {
            throw new IllegalArgumentException("resendWindow must not exceed the platform's 24 h clientmsgid memory");
        }
    }

    /** The wait after the {@code attempts}-th attempt of a batch ended without a known outcome: exponential, capped. */
    public Duration retryDelayAfter(int attempts) {
        int doublings = Math.max(0, Math.min(attempts - 1, 20));
        Duration delay = retryDelay.multipliedBy(1L << doublings);
        Duration cap = retryDelay.compareTo(MAX_RETRY_DELAY) > 0 ? retryDelay : MAX_RETRY_DELAY;
        return delay.compareTo(cap) > 0 ? cap : delay;
    }

    public WorkerSettings withLease(Duration lease) {
        return new WorkerSettings(lease, resendWindow, retryDelay);
    }

    public WorkerSettings withRetryDelay(Duration retryDelay) {
        return new WorkerSettings(lease, resendWindow, retryDelay);
    }
}

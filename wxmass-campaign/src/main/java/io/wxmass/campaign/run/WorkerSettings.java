package io.wxmass.campaign.run;

import java.time.Duration;
import java.util.Objects;

/**
 * How a worker paces itself.
 *
 * @param lease        how long a claimed batch is exclusively this worker's; another worker takes it over after that
 * @param resendWindow how long after the first attempt an unknown outcome may be re-sent with the same clientmsgid:
 *                     the platform remembers clientmsgids for 24 h, so this is 24 h less a safety margin
 * @param retryDelay   how long an unknown outcome (timeout, -1, 45066) waits before the same batch is tried again
 */
public record WorkerSettings(Duration lease, Duration resendWindow, Duration retryDelay) {
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

    public WorkerSettings withLease(Duration lease) {
        return new WorkerSettings(lease, resendWindow, retryDelay);
    }

    public WorkerSettings withRetryDelay(Duration retryDelay) {
        return new WorkerSettings(lease, resendWindow, retryDelay);
    }
}

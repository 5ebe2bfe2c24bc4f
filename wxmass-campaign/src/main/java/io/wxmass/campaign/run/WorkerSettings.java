package io.wxmass.campaign.run;

import java.time.Duration;
import java.util.Objects;

/**
 * How a worker paces itself.
 *
 * @param lease         how long a claimed batch is exclusively this worker's; another worker takes it over after that
 * @param resendWindow  how long after the first attempt an unknown outcome may be re-sent with the same clientmsgid:
 *                      the platform remembers clientmsgids for 24 h, so this is 24 h less a safety margin
 * @param retryDelay    how long a batch waits after its first retry-worthy answer (timeout, -1, the minute's 45009,
 *                      45066); every further one of the same batch doubles the wait
 * @param maxRetryDelay the cap on that doubling wait
 */
public record WorkerSettings(Duration lease, Duration resendWindow, Duration retryDelay, Duration maxRetryDelay) {
    /** The platform's clientmsgid memory. */
    public static final Duration DEDUPE_WINDOW = Duration.ofHours(24);

    /**
     * The defaults. The first retry waits 61 s, past the platform's minute window (the minute's 45009 and 45066 clear
     * within it); doubling reaches the 15-minute cap after five retries, so a batch the platform keeps refusing costs a
     * handful of calls an hour from the day's quota instead of one a minute.
     */
    public static final WorkerSettings DEFAULTS = new WorkerSettings(Duration.ofMinutes(2), DEDUPE_WINDOW.minusMinutes(15),
            Duration.ofSeconds(61), Duration.ofMinutes(15));

    /** Past this many doublings the wait is the cap anyway; it keeps the shift from overflowing. */
    private static final int MAX_DOUBLINGS = 30;

    public WorkerSettings {
        Objects.requireNonNull(lease, "lease");
        Objects.requireNonNull(resendWindow, "resendWindow");
        Objects.requireNonNull(retryDelay, "retryDelay");
        Objects.requireNonNull(maxRetryDelay, "maxRetryDelay");
        if (resendWindow.compareTo(DEDUPE_WINDOW) > 0) {
            throw new IllegalArgumentException("resendWindow must not exceed the platform's 24 h clientmsgid memory");
        }
        if (retryDelay.isNegative() || retryDelay.compareTo(maxRetryDelay) > 0) {
            throw new IllegalArgumentException("retryDelay must be >= 0 and <= maxRetryDelay, were " + retryDelay
                    + " and " + maxRetryDelay);
        }
        if (maxRetryDelay.compareTo(resendWindow) >= 0) {
            // Else one wait could carry an unknown outcome past the window in which its clientmsgid still protects it.
            throw new IllegalArgumentException("maxRetryDelay must be shorter than resendWindow, were " + maxRetryDelay
                    + " and " + resendWindow);
        }
    }

    public WorkerSettings withLease(Duration lease) {
        return new WorkerSettings(lease, resendWindow, retryDelay, maxRetryDelay);
    }

    /** The first retry's wait; the cap grows to it if it was shorter. */
    public WorkerSettings withRetryDelay(Duration retryDelay) {
        return new WorkerSettings(lease, resendWindow, retryDelay,
                retryDelay.compareTo(maxRetryDelay) > 0 ? retryDelay : maxRetryDelay);
    }

    public WorkerSettings withMaxRetryDelay(Duration maxRetryDelay) {
        return new WorkerSettings(lease, resendWindow, retryDelay, maxRetryDelay);
    }

    /**
     * The wait after a batch's {@code retry}-th retry-worthy answer (1 for the first): {@link #retryDelay} doubled per
     * earlier one, at most {@link #maxRetryDelay}. No jitter: one sender per account (the account lease) means no herd
     * of clients to spread, and a fixed schedule is what {@code campaign batches} can show as the batch's not-before.
     */
    public Duration retryDelay(int retry) {
        if (retry < 1) {
            throw new IllegalArgumentException("retry counts from 1, was " + retry);
        }
        int doublings = Math.min(retry - 1, MAX_DOUBLINGS);
        Duration delay = retryDelay.multipliedBy(1L << doublings);
        return delay.compareTo(maxRetryDelay) > 0 || delay.isNegative() ? maxRetryDelay : delay;
    }
}

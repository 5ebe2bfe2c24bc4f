package io.wxmass.core.http;

import io.wxmass.core.error.ErrorCodes;
import io.wxmass.core.error.InvalidRequestException;
import io.wxmass.core.error.TransportException;
import io.wxmass.core.error.WeChatApiException;
import io.wxmass.core.internal.message.Require;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * Which failures are retried and how long to wait first.
 *
 * <ul>
 *   <li>A mass send (which always carries its clientmsgid) is re-posted, with the identical body,
 *       after errcode -1, a timeout, a reset or an unreadable answer: the clientmsgid makes the
 *       platform answer 45065 instead of sending twice.</li>
 *   <li>Every other call is retried only after errcode -1.</li>
 *   <li>Nothing else is retried here. Token-invalid codes are the transport's business (refresh,
 *       retry once); 45066 is the send path's (wait a minute, re-post).</li>
 * </ul>
 * Delays grow exponentially from {@code initialBackoff}, are capped at {@code maxBackoff}, and lose
 * up to {@code jitter} of their length at random so that many clients do not retry in step.
 */
public final class RetryPolicy {
    private final int maxAttempts;
    private final Duration initialBackoff;
    private final Duration maxBackoff;
    private final double jitter;
    private final RandomGenerator random;

    private RetryPolicy(Builder b) {
        this.maxAttempts = b.maxAttempts;
        this.initialBackoff = b.initialBackoff;
        this.maxBackoff = b.maxBackoff;
        this.jitter = b.jitter;
        this.random = b.random;
    }

    public static RetryPolicy defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Attempts in total, the first one included. */
    public int maxAttempts() {
        return maxAttempts;
    }

    /**
     * The wait before the next attempt, or empty when {@code failure} must be thrown.
     *
     * @param attemptsMade attempts already made for this request (1 after the first failure)
     */
    public Optional<Duration> nextDelay(ApiRequest request, RuntimeException failure, int attemptsMade) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(failure, "failure");
        if (attemptsMade >= maxAttempts || !isRetryable(request, failure)) {
            return Optional.empty();
        }
        return Optional.of(backoff(attemptsMade));
    }

    /** Whether this failure of this request may be retried at all, attempts aside. */
    public static boolean isRetryable(ApiRequest request, RuntimeException failure) {
        if (failure instanceof WeChatApiException api) {
            return api.errcode() == ErrorCodes.SYSTEM_ERROR;
        }
        if (failure instanceof TransportException) {
            // Only a send is idempotent under re-posting, and only because of its clientmsgid.
            return request.endpoint().kind() == Endpoint.Kind.MASS_SEND && request.clientMsgId() != null;
        }
        return false;
    }

    /** The delay before retry number {@code retry} (1-based), jitter applied. */
    Duration backoff(int retry) {
        long base = initialBackoff.toMillis();
        long cap = maxBackoff.toMillis();
        int shift = Math.min(retry - 1, 30);
        long capped = base > (cap >> shift) ? cap : base << shift; // compare before shifting: no overflow
        long cut = (long) (capped * jitter * random.nextDouble());
        return Duration.ofMillis(capped - cut);
    }

    @Override
    public String toString() {
        return "RetryPolicy[maxAttempts=" + maxAttempts + ", initialBackoff=" + initialBackoff
                + ", maxBackoff=" + maxBackoff + ", jitter=" + jitter + "]";
    }

    public static final class Builder {
        private int maxAttempts = 4;
        private Duration initialBackoff = Duration.ofMillis(500);
        private Duration maxBackoff = Duration.ofSeconds(8);
        private double jitter = 0.5;
        private RandomGenerator random = new SplittableRandom();

        private Builder() {
        }

        /** Attempts in total including the first; 1 disables retries. */
        public Builder maxAttempts(int maxAttempts) {
            if (maxAttempts < 1) {
                throw new InvalidRequestException("maxAttempts", "must be at least 1, was " + maxAttempts);
            }
            this.maxAttempts = maxAttempts;
            return this;
        }

        public Builder initialBackoff(Duration initialBackoff) {
            this.initialBackoff = Require.positive(initialBackoff, "initialBackoff");
            return this;
        }

        public Builder maxBackoff(Duration maxBackoff) {
            this.maxBackoff = Require.positive(maxBackoff, "maxBackoff");
            return this;
        }

        /** Fraction (0..1) of each delay that may be cut at random. */
        public Builder jitter(double jitter) {
            if (!(jitter >= 0 && jitter <= 1)) {
                throw new InvalidRequestException("jitter", "must be within 0..1, was " + jitter);
            }
            this.jitter = jitter;
            return this;
        }

        /** The random source of the jitter; inject a seeded one for deterministic tests. */
        public Builder random(RandomGenerator random) {
            this.random = Objects.requireNonNull(random, "random");
            return this;
        }

        public RetryPolicy build() {
            if (maxBackoff.compareTo(initialBackoff) < 0) {
                throw new InvalidRequestException("maxBackoff", "must not be shorter than initialBackoff");
            }
            return new RetryPolicy(this);
        }
    }
}

package io.wxmass.core.callback;

import io.wxmass.core.callback.CallbackException.Reason;
import java.time.Clock;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Refuses pushes whose timestamp is outside the window around now (either side: a captured push replayed
 * later, or one dated ahead to outlive the window) and pushes whose (timestamp, nonce) was already seen
 * inside the window. Nonces are forgotten once their timestamp leaves the window, since the window check
 * alone refuses them from then on; the cache is also bounded, dropping the oldest first. Thread-safe.
 *
 * <p>Check a push only after its signature: otherwise forged requests could fill the nonce cache.
 */
final class ReplayGuard {
    public static final Duration DEFAULT_WINDOW = Duration.ofSeconds(300);
    public static final int DEFAULT_MAX_NONCES = 100_000;

    private final Clock clock;
    private final long windowSeconds;
    private final int maxNonces;
    // key "timestamp:nonce" → timestamp, in insertion order, which is close to timestamp order.
    private final LinkedHashMap<String, Long> seen = new LinkedHashMap<>();

    public ReplayGuard(Clock clock, Duration window, int maxNonces) {
        this.clock = Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(window, "window");
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("window must be positive");
        }
        if (maxNonces < 1) {
            throw new IllegalArgumentException("maxNonces must be positive");
        }
        this.windowSeconds = window.toSeconds();
        this.maxNonces = maxNonces;
    }

    public static ReplayGuard withDefaults(Clock clock) {
        return new ReplayGuard(clock, DEFAULT_WINDOW, DEFAULT_MAX_NONCES);
    }

    /** Accepts the push once, or throws {@link CallbackException} naming the rule it broke. */
    public void check(String timestamp, String nonce) {
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(nonce, "nonce");
        long sent = parseTimestamp(timestamp);
        long now = clock.instant().getEpochSecond();
        if (now - sent > windowSeconds) {
            throw new CallbackException(Reason.STALE_TIMESTAMP, "timestamp older than " + windowSeconds + " s");
        }
        if (sent - now > windowSeconds) {
            throw new CallbackException(Reason.FUTURE_TIMESTAMP, "timestamp more than " + windowSeconds + " s ahead");
        }
        String key = sent + ":" + nonce;
        synchronized (seen) {
            forgetExpired(now);
            if (seen.putIfAbsent(key, sent) != null) {
                throw new CallbackException(Reason.REPLAYED_NONCE, "nonce already used within the window");
            }
            if (seen.size() > maxNonces) {
                Iterator<String> oldest = seen.keySet().iterator();
                oldest.next();
                oldest.remove();
            }
        }
    }

    /** How many nonces are remembered; for monitoring. */
    public int size() {
        synchronized (seen) {
            return seen.size();
        }
    }

    private void forgetExpired(long now) {
        // Insertion order is only roughly timestamp order, so stop at the first live entry: a late
        // straggler is dropped on a later call, and the size bound caps the cost meanwhile.
        Iterator<Map.Entry<String, Long>> it = seen.entrySet().iterator();
        while (it.hasNext() && now - it.next().getValue() > windowSeconds) {
            it.remove();
        }
    }

    private static long parseTimestamp(String timestamp) {
        if (timestamp.isEmpty() || timestamp.length() > 12 || !timestamp.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new CallbackException(Reason.BAD_TIMESTAMP, "timestamp must be unix seconds");
        }
        return Long.parseLong(timestamp);
    }
}

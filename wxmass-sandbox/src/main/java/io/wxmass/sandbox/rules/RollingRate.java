package io.wxmass.sandbox.rules;

import io.wxmass.sandbox.platform.PlatformError;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Spec 2.3 / decision 13: at most {@code limit} sendall + send + preview requests per account in any
 * rolling minute; the next one is 45009 {@code api freq out of limit} and is not counted.
 */
public final class RollingRate {
    private static final Duration WINDOW = Duration.ofMinutes(1);

    private final Clock clock;
    private final int limit;
    private final Map<String, Deque<Instant>> windows = new ConcurrentHashMap<>();

    public RollingRate(Clock clock, int limit) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.limit = limit;
    }

    public void acquire(String appId) {
        Deque<Instant> window = windows.computeIfAbsent(appId, a -> new ArrayDeque<>());
        Instant now = clock.instant();
        synchronized (window) {
            Instant horizon = now.minus(WINDOW);
            while (!window.isEmpty() && !window.peekFirst().isAfter(horizon)) {
                window.pollFirst();
            }
            if (window.size() >= limit) {
                throw PlatformError.of(45009, "api freq out of limit");
            }
            window.addLast(now);
        }
    }

    /** Requests counted in the rolling minute that ends now. */
    public int used(String appId) {
        Deque<Instant> window = windows.get(appId);
        if (window == null) {
            return 0;
        }
        Instant horizon = clock.instant().minus(WINDOW);
        synchronized (window) {
            return (int) window.stream().filter(t -> t.isAfter(horizon)).count();
        }
    }

    public int limit() {
        return limit;
    }
}

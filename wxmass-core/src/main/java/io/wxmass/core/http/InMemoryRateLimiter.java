package io.wxmass.core.http;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A sliding-window log per account: at most {@code permits} acquisitions in any rolling
 * {@code window}. A caller over budget waits (through the injected {@link Sleeper}) until the
 * oldest acquisition leaves the window; it never fails for being over budget.
 *
 * <p>One fair lock per account keeps waiting callers in arrival order; the waiting caller holds it
 * while it sleeps because every later caller would have to wait at least as long anyway.
 */
public final class InMemoryRateLimiter implements RateLimiter {
    private static final Logger log = LoggerFactory.getLogger(InMemoryRateLimiter.class);

    private final int permits;
    private final Duration window;
    private final Clock clock;
    private final Sleeper sleeper;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    public InMemoryRateLimiter(int permits, Duration window, Clock clock, Sleeper sleeper) {
        if (permits < 1) {
            throw new IllegalArgumentException("permits must be at least 1, was " + permits);
        }
        Objects.requireNonNull(window, "window");
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("window must be positive, was " + window);
        }
        this.permits = permits;
        this.window = window;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    }

    /** The platform's mass budget: 60 sendall/send/preview requests per account per rolling minute. */
    public static InMemoryRateLimiter massPerMinute(Clock clock, Sleeper sleeper) {
        return new InMemoryRateLimiter(60, Duration.ofMinutes(1), clock, sleeper);
    }

    @Override
    public void acquire(String appId) throws InterruptedException {
        Objects.requireNonNull(appId, "appId");
        Window w = windows.computeIfAbsent(appId, k -> new Window());
        w.lock.lockInterruptibly();
        try {
            while (true) {
                Instant now = clock.instant();
                // An acquisition at t occupies the window during [t, t + window).
                while (!w.granted.isEmpty() && !now.isBefore(w.granted.peekFirst().plus(window))) {
                    w.granted.pollFirst();
                }
                if (w.granted.size() < permits) {
                    w.granted.addLast(now);
                    return;
                }
                Duration wait = Duration.between(now, w.granted.peekFirst().plus(window));
                log.debug("mass rate limit reached for {}: waiting {} ms", appId, wait.toMillis());
                sleeper.sleep(wait);
            }
        } finally {
            w.lock.unlock();
        }
    }

    private static final class Window {
        final ReentrantLock lock = new ReentrantLock(true);
        final ArrayDeque<Instant> granted = new ArrayDeque<>();
    }
}

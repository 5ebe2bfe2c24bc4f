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
 * <p>One fair lock per account keeps waiting sends in arrival order; a waiting send holds it while it
 * sleeps because every later caller would have to wait at least as long anyway. A waiting preview
 * sleeps without the lock, so sends arriving meanwhile go first.
 */
public final class InMemoryRateLimiter implements RateLimiter {
    private static final Logger log = LoggerFactory.getLogger(InMemoryRateLimiter.class);

    private final int permits;
    private final int previewLimit;
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
        this.previewLimit = RateLimiter.previewLimit(permits);
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
        Window w = window(appId);
        w.lock.lockInterruptibly();
        try {
            while (true) {
                Instant now = clock.instant();
                Duration wait = grantOrWait(w, now, permits);
                if (wait == null) {
                    return;
                }
                log.debug("mass rate limit reached for {}: waiting {} ms", appId, wait.toMillis());
                sleeper.sleep(wait);
            }
        } finally {
            w.lock.unlock();
        }
    }

    @Override
    public void acquirePreview(String appId) throws InterruptedException {
        Window w = window(appId);
        while (true) {
            Duration wait;
            w.lock.lockInterruptibly();
            try {
                wait = grantOrWait(w, clock.instant(), previewLimit);
            } finally {
                w.lock.unlock();
            }
            if (wait == null) {
                return;
            }
            log.debug("preview waits {} ms: the window is kept for sends", wait.toMillis());
            sleeper.sleep(wait);
        }
    }

    private Window window(String appId) {
        Objects.requireNonNull(appId, "appId");
        return windows.computeIfAbsent(appId, k -> new Window());
    }

    /** Under the lock: grants (null) while fewer than {@code limit} are in the window, else how long until one leaves. */
    private Duration grantOrWait(Window w, Instant now, int limit) {
        // An acquisition at t occupies the window during [t, t + window).
        while (!w.granted.isEmpty() && !now.isBefore(w.granted.peekFirst().plus(window))) {
            w.granted.pollFirst();
        }
        if (w.granted.size() < limit) {
            w.granted.addLast(now);
            return null;
        }
        // the grant whose leaving brings the count below the limit
        Instant leaving = w.granted.stream().skip(w.granted.size() - limit).findFirst().orElseThrow();
        return Duration.between(now, leaving.plus(window));
    }

    private static final class Window {
        final ReentrantLock lock = new ReentrantLock(true);
        final ArrayDeque<Instant> granted = new ArrayDeque<>();
    }
}

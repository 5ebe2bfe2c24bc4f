package io.wxmass.campaign.cluster;

import io.wxmass.core.http.RateLimiter;
import io.wxmass.core.http.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The shared mass budget that keeps sending, more slowly, while Redis is away.
 *
 * <p>The fallback is a local limiter holding this instance's share of the budget (for N instances,
 * {@code 60 / N} per minute). Because an instance cannot know what the others sent in the minute
 * before Redis went away, it grants nothing locally until {@code cooldown} (by default a whole
 * window) has passed since it lost Redis: callers wait, they do not fail. When Redis is back, the
 * grants made locally and still inside the window are written into the shared set first, so the
 * cluster does not spend the same minute twice.
 */
public final class FailoverRateLimiter implements RateLimiter {
    private final RedisRateLimiter primary;
    private final RateLimiter fallback;
    private final Clock clock;
    private final Sleeper sleeper;
    private final Duration probeInterval;
    private final Duration cooldown;
    private final Failover failover;
    private final AtomicReference<Instant> degradedSince = new AtomicReference<>();
    private final Map<String, Deque<Long>> localGrants = new ConcurrentHashMap<>();

    public FailoverRateLimiter(RedisRateLimiter primary, RateLimiter fallback, Clock clock, Sleeper sleeper,
                               Duration probeInterval, Duration cooldown) {
        this.primary = Objects.requireNonNull(primary, "primary");
        this.fallback = Objects.requireNonNull(fallback, "fallback");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.probeInterval = Objects.requireNonNull(probeInterval, "probeInterval");
        this.cooldown = Objects.requireNonNull(cooldown, "cooldown");
        if (cooldown.isNegative()) {
            throw new IllegalArgumentException("cooldown must not be negative, was " + cooldown);
        }
        this.failover = new Failover("shared mass rate limit", clock, probeInterval, this::handBackLocalGrants);
    }

    /** True while granting from the local fallback. */
    public boolean degraded() {
        return failover.degraded();
    }

    @Override
    public void acquire(String appId) throws InterruptedException {
        acquire(appId, false);
    }

    @Override
    public void acquirePreview(String appId) throws InterruptedException {
        acquire(appId, true);
    }

    private void acquire(String appId, boolean preview) throws InterruptedException {
        Objects.requireNonNull(appId, "appId");
        while (true) {
            Duration wait = failover.call(() -> primary.tryAcquire(appId, preview), () -> null);
            if (wait == null) {
                Duration cooling = remainingCooldown();
                if (cooling.isZero()) {
                    if (preview) {
                        fallback.acquirePreview(appId);
                    } else {
                        fallback.acquire(appId);
                    }
                    remember(appId, clock.millis());
                    return;
                }
                wait = cooling.compareTo(probeInterval) < 0 ? cooling : probeInterval;
            } else {
                degradedSince.set(null); // Redis answered: a later outage starts its own cooldown
                if (wait.isZero()) {
                    return;
                }
            }
            sleeper.sleep(wait);
        }
    }

    private Duration remainingCooldown() {
        Instant now = clock.instant();
        degradedSince.compareAndSet(null, now);
        Duration left = Duration.between(now, degradedSince.get().plus(cooldown));
        return left.isNegative() ? Duration.ZERO : left;
    }

    private void remember(String appId, long grantedAt) {
        Deque<Long> grants = localGrants.computeIfAbsent(appId, k -> new ArrayDeque<>());
        synchronized (grants) {
            grants.addLast(grantedAt);
            long horizon = grantedAt - primary.window().toMillis();
            while (!grants.isEmpty() && grants.peekFirst() <= horizon) {
                grants.pollFirst();
            }
        }
    }

    /** Runs when a probe is due, before the probing call; throws (and all stays local) while Redis is away. */
    private void handBackLocalGrants() {
        long horizon = clock.millis() - primary.window().toMillis();
        for (Map.Entry<String, Deque<Long>> entry : localGrants.entrySet()) {
            Deque<Long> grants = entry.getValue();
            List<Long> recent;
            synchronized (grants) {
                recent = grants.stream().filter(at -> at > horizon).toList();
                grants.clear();
            }
            try {
                primary.record(entry.getKey(), recent);
            } catch (ClusterStoreUnavailableException e) {
                synchronized (grants) {
                    List<Long> newer = new ArrayList<>(grants);
                    grants.clear();
                    grants.addAll(recent); // older first, as remember() expects
                    grants.addAll(newer);
                }
                throw e;
            }
        }
    }

    @Override
    public String toString() {
        return "FailoverRateLimiter[primary=" + primary + ", fallback=" + fallback + ", degraded=" + degraded() + "]";
    }
}

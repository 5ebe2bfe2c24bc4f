package io.wxmass.campaign.cluster;

import io.wxmass.core.http.RateLimiter;
import io.wxmass.core.http.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import redis.clients.jedis.Pipeline;

/**
 * The per-account mass budget (sendall, send, preview: 60 in any rolling minute, decision 13)
 * shared by every instance. Each grant is a member of a sorted set scored by its time; one Lua
 * script drops what left the window, counts, and grants or answers how long to wait, so two
 * instances can never both take the 60th slot.
 *
 * <p>Time is read from the injected clock, so instances need synchronised clocks (NTP); a
 * {@code window} slightly longer than the platform's minute absorbs small skew and network delay.
 * Throws {@link ClusterStoreUnavailableException} when Redis cannot answer; see
 * {@link FailoverRateLimiter} to keep sending through an outage.
 */
public final class RedisRateLimiter implements RateLimiter {
    private static final LuaScript ACQUIRE = LuaScript.load("rolling-window-acquire.lua");

    private final RedisConnector redis;
    private final RedisKeys keys;
    private final int permits;
    private final Duration window;
    private final Clock clock;
    private final Sleeper sleeper;

    public RedisRateLimiter(RedisConnector redis, RedisKeys keys, int permits, Duration window, Clock clock, Sleeper sleeper) {
        this.redis = Objects.requireNonNull(redis, "redis");
        this.keys = Objects.requireNonNull(keys, "keys");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        Objects.requireNonNull(window, "window");
        if (permits < 1) {
            throw new IllegalArgumentException("permits must be at least 1, was " + permits);
        }
        if (window.toMillis() < 1) {
            throw new IllegalArgumentException("window must be at least 1 ms, was " + window);
        }
        this.permits = permits;
        this.window = window;
    }

    /** The platform's mass budget, 60 per rolling minute, counted over {@code window} (at least a minute). */
    public static RedisRateLimiter massBudget(RedisConnector redis, RedisKeys keys, Duration window, Clock clock, Sleeper sleeper) {
        if (window.compareTo(Duration.ofMinutes(1)) < 0) {
            throw new IllegalArgumentException("window must be at least one minute, was " + window);
        }
        return new RedisRateLimiter(redis, keys, 60, window, clock, sleeper);
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
        while (true) {
            Duration wait = tryAcquire(appId, preview);
            if (wait.isZero()) {
                return;
            }
            sleeper.sleep(wait);
        }
    }

    /** Takes a slot now and answers zero, or takes nothing and answers how long until one frees. */
    public Duration tryAcquire(String appId) {
        return tryAcquire(appId, false);
    }

    /**
     * As {@link #tryAcquire(String)}; a preview only while fewer than {@link RateLimiter#previewLimit(int)}
     * grants are in the window (the wait answered is then a lower bound: the caller asks again).
     */
    public Duration tryAcquire(String appId, boolean preview) {
        String key = keys.massBudget(appId);
        int limit = preview ? RateLimiter.previewLimit(permits) : permits;
        List<String> args = List.of(Long.toString(clock.millis()), Long.toString(window.toMillis()),
                Integer.toString(limit), UUID.randomUUID().toString());
        Object reply = redis.call("mass budget acquire", jedis -> ACQUIRE.run(jedis, List.of(key), args));
        return Duration.ofMillis((Long) reply);
    }

    /**
     * Adds grants made elsewhere (by a local fallback while Redis was away) so that they keep
     * counting against the shared budget until they leave the window.
     */
    public void record(String appId, List<Long> grantedAtMillis) {
        Objects.requireNonNull(grantedAtMillis, "grantedAtMillis");
        if (grantedAtMillis.isEmpty()) {
            return;
        }
        String key = keys.massBudget(appId);
        redis.call("mass budget record", jedis -> {
            Pipeline pipeline = jedis.pipelined();
            for (long at : grantedAtMillis) {
                pipeline.zadd(key, at, at + ":" + UUID.randomUUID());
            }
            pipeline.pexpire(key, window.toMillis());
            pipeline.sync();
            return null;
        });
    }

    public Duration window() {
        return window;
    }

    @Override
    public String toString() {
        return "RedisRateLimiter[" + permits + " per " + window + ", " + keys.namespace() + "]";
    }
}

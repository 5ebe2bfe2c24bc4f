package io.wxmass.spring;

import io.wxmass.campaign.cluster.RedisKeys;
import io.wxmass.core.http.RateLimiter;
import io.wxmass.core.http.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * The per-account mass budget (60 in any rolling minute) shared through Spring Data Redis with cluster mode's
 * sorted set and {@code rolling-window-acquire.lua}: one script drops, counts and grants, so two instances never
 * both take the 60th slot. Previews only while the window is less than a third full, as in memory.
 */
final class SpringRedisRateLimiter implements RateLimiter {
    private static final int PERMITS = 60;

    private final StringRedisTemplate redis;
    private final RedisKeys keys;
    private final Duration window;
    private final Clock clock;
    private final Sleeper sleeper;

    SpringRedisRateLimiter(StringRedisTemplate redis, RedisKeys keys, Duration window, Clock clock, Sleeper sleeper) {
        if (window.compareTo(Duration.ofMinutes(1)) < 0) {
            throw new WxMassPropertyException("wxmass.redis.budget-window", "must be at least one minute, was " + window, null);
        }
        this.redis = redis;
        this.keys = keys;
        this.window = window;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    @Override
    public void acquire(String appId) throws InterruptedException {
        acquire(appId, PERMITS);
    }

    @Override
    public void acquirePreview(String appId) throws InterruptedException {
        acquire(appId, RateLimiter.previewLimit(PERMITS));
    }

    private void acquire(String appId, int limit) throws InterruptedException {
        while (true) {
            Long waitMillis = redis.execute(ClusterScripts.ROLLING_WINDOW_ACQUIRE, List.of(keys.massBudget(appId)),
                    Long.toString(clock.millis()), Long.toString(window.toMillis()), Integer.toString(limit),
                    UUID.randomUUID().toString());
            if (waitMillis == null || waitMillis == 0L) {
                return;
            }
            sleeper.sleep(Duration.ofMillis(waitMillis));
        }
    }
}

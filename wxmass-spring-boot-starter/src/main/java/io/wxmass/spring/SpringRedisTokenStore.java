package io.wxmass.spring;

import io.wxmass.campaign.cluster.RedisKeys;
import io.wxmass.campaign.cluster.RedisTokenEntry;
import io.wxmass.core.token.AccessToken;
import io.wxmass.core.token.TokenStore;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * wxmass-campaign's {@code RedisTokenStore} over Spring Data Redis: the same keys, value format
 * ({@code <expiresAtMillis>:<token>} with a PX of the time left), lease ({@code SET NX PX} with a random holder,
 * released by compare-and-delete) and scripts, so it interoperates with cluster mode. Never logs a token.
 */
final class SpringRedisTokenStore implements TokenStore {
    private final StringRedisTemplate redis;
    private final RedisKeys keys;
    private final Clock clock;

    SpringRedisTokenStore(StringRedisTemplate redis, RedisKeys keys, Clock clock) {
        this.redis = redis;
        this.keys = keys;
        this.clock = clock;
    }

    @Override
    public Optional<AccessToken> get(String appId) {
        String stored = redis.opsForValue().get(keys.token(appId));
        return stored == null ? Optional.empty() : Optional.of(RedisTokenEntry.decode(stored));
    }

    @Override
    public void put(String appId, AccessToken token) {
        Objects.requireNonNull(token, "token");
        String key = keys.token(appId);
        long millisLeft = Duration.between(clock.instant(), token.expiresAt()).toMillis();
        if (millisLeft <= 0) {
            redis.delete(key);
            return;
        }
        redis.opsForValue().set(key, RedisTokenEntry.encode(token), Duration.ofMillis(millisLeft));
    }

    @Override
    public boolean expireIfCurrent(String appId, String failedValue) {
        Objects.requireNonNull(failedValue, "failedValue");
        Long deleted = redis.execute(ClusterScripts.EXPIRE_IF_CURRENT, List.of(keys.token(appId)), failedValue);
        return Long.valueOf(1L).equals(deleted);
    }

    @Override
    public Optional<RefreshLease> tryAcquireRefresh(String appId, Duration ttl) {
        if (ttl.toMillis() < 1) {
            throw new IllegalArgumentException("ttl must be at least 1 ms, was " + ttl);
        }
        String key = keys.refreshLease(appId);
        String holder = UUID.randomUUID().toString();
        if (!Boolean.TRUE.equals(redis.opsForValue().setIfAbsent(key, holder, ttl))) {
            return Optional.empty();
        }
        return Optional.of(() -> redis.execute(ClusterScripts.COMPARE_AND_DELETE, List.of(key), holder));
    }

    @Override
    public String toString() {
        return "SpringRedisTokenStore[" + keys.namespace() + "]";
    }
}

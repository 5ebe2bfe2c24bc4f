package io.wxmass.campaign.cluster;

import io.wxmass.core.token.AccessToken;
import io.wxmass.core.token.TokenStore;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import redis.clients.jedis.params.SetParams;

/**
 * The access token of each account shared by every instance through Redis, so that the cluster
 * holds one token instead of each instance invalidating the others'.
 *
 * <p>The value is {@code <expiresAtMillis>:<token>} with a PX of the time left, so Redis drops it
 * on its own once it is useless. The refresh lease is {@code SET NX PX} with a random holder id and
 * is released by compare-and-delete, so a holder whose lease already ran out cannot free the next
 * holder's. Nothing here logs or prints a token.
 *
 * <p>Every method throws {@link ClusterStoreUnavailableException} when Redis cannot answer; wrap it
 * in {@link FailoverTokenStore} to keep working through an outage.
 */
public final class RedisTokenStore implements TokenStore {
    private static final LuaScript COMPARE_AND_DELETE = LuaScript.load("compare-and-delete.lua");
    private static final LuaScript EXPIRE_IF_CURRENT = LuaScript.load("expire-token-if-current.lua");

    private final RedisConnector redis;
    private final RedisKeys keys;
    private final Clock clock;

    public RedisTokenStore(RedisConnector redis, RedisKeys keys, Clock clock) {
        this.redis = Objects.requireNonNull(redis, "redis");
        this.keys = Objects.requireNonNull(keys, "keys");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Optional<AccessToken> get(String appId) {
        String key = keys.token(appId);
        String stored = redis.call("token get", jedis -> jedis.get(key));
        return stored == null ? Optional.empty() : Optional.of(RedisTokenEntry.decode(stored));
    }

    @Override
    public void put(String appId, AccessToken token) {
        Objects.requireNonNull(token, "token");
        String key = keys.token(appId);
        long millisLeft = Duration.between(clock.instant(), token.expiresAt()).toMillis();
        if (millisLeft <= 0) {
            // Already expired: storing it would only make the next reader refresh anyway.
            redis.call("token delete", jedis -> jedis.del(key));
            return;
        }
        String value = RedisTokenEntry.encode(token);
        redis.call("token put", jedis -> jedis.set(key, value, SetParams.setParams().px(millisLeft)));
    }

    @Override
    public boolean expireIfCurrent(String appId, String failedValue) {
        Objects.requireNonNull(failedValue, "failedValue");
        String key = keys.token(appId);
        Object deleted = redis.call("token compare-and-expire",
                jedis -> EXPIRE_IF_CURRENT.run(jedis, List.of(key), List.of(failedValue)));
        return Long.valueOf(1L).equals(deleted);
    }

    @Override
    public Optional<RefreshLease> tryAcquireRefresh(String appId, Duration ttl) {
        Objects.requireNonNull(ttl, "ttl");
        if (ttl.toMillis() < 1) {
            throw new IllegalArgumentException("ttl must be at least 1 ms, was " + ttl);
        }
        String key = keys.refreshLease(appId);
        String holder = UUID.randomUUID().toString();
        String reply = redis.call("refresh lease",
                jedis -> jedis.set(key, holder, SetParams.setParams().nx().px(ttl.toMillis())));
        if (!"OK".equals(reply)) {
            return Optional.empty();
        }
        return Optional.of(() -> release(key, holder));
    }

    private void release(String key, String holder) {
        try {
            redis.call("refresh lease release", jedis -> COMPARE_AND_DELETE.run(jedis, List.of(key), List.of(holder)));
        } catch (ClusterStoreUnavailableException e) {
            // The lease carries a PX; Redis frees it on its own when the TTL runs out.
        }
    }

    @Override
    public String toString() {
        return "RedisTokenStore[" + keys.namespace() + "]";
    }
}

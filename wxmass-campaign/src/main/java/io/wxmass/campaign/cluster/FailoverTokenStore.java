package io.wxmass.campaign.cluster;

import io.wxmass.core.token.AccessToken;
import io.wxmass.core.token.InMemoryTokenStore;
import io.wxmass.core.token.TokenStore;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A shared token store (Redis) that keeps working when the shared store is away.
 *
 * <ul>
 *   <li>Every token read from or written to the primary is mirrored into the local fallback, so an
 *       instance that loses Redis usually goes on with the token it already had, fetching nothing.
 *   <li>Refresh leases are taken locally first, then in the primary: one thread per instance ever
 *       asks Redis, and while Redis is away the local lease alone still allows one fetch per
 *       instance, not one per thread.
 *   <li>When a probe finds the primary back, tokens the fallback holds that are newer than the
 *       primary's (or that the primary lost in a restart) are written back before anyone reads
 *       the primary again, so a restarted Redis does not cost the cluster a fetch.
 * </ul>
 */
public final class FailoverTokenStore implements TokenStore {
    private final TokenStore primary;
    private final TokenStore fallback;
    private final Clock clock;
    private final Failover failover;
    private final Set<String> knownAppIds = ConcurrentHashMap.newKeySet();

    public FailoverTokenStore(TokenStore primary, TokenStore fallback, Clock clock, Duration probeInterval) {
        this.primary = Objects.requireNonNull(primary, "primary");
        this.fallback = Objects.requireNonNull(fallback, "fallback");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.failover = new Failover("shared token store", clock, probeInterval, this::seedPrimary);
    }

    /** Redis shared, an {@link InMemoryTokenStore} locally, a probe every 5 seconds. */
    public static FailoverTokenStore overRedis(RedisTokenStore redis, Clock clock) {
        return new FailoverTokenStore(redis, new InMemoryTokenStore(clock), clock, Duration.ofSeconds(5));
    }

    /** True while answering from the local fallback. */
    public boolean degraded() {
        return failover.degraded();
    }

    @Override
    public Optional<AccessToken> get(String appId) {
        remember(appId);
        return failover.call(() -> {
            Optional<AccessToken> shared = primary.get(appId);
            shared.ifPresent(token -> fallback.put(appId, token));
            return shared;
        }, () -> fallback.get(appId));
    }

    @Override
    public void put(String appId, AccessToken token) {
        remember(appId);
        fallback.put(appId, token);
        failover.call(() -> {
            primary.put(appId, token);
            return null;
        }, () -> null);
    }

    @Override
    public boolean expireIfCurrent(String appId, String failedValue) {
        remember(appId);
        boolean local = fallback.expireIfCurrent(appId, failedValue);
        return failover.call(() -> primary.expireIfCurrent(appId, failedValue), () -> local);
    }

    @Override
    public Optional<RefreshLease> tryAcquireRefresh(String appId, Duration ttl) {
        remember(appId);
        Optional<RefreshLease> local = fallback.tryAcquireRefresh(appId, ttl);
        if (local.isEmpty()) {
            return local;
        }
        Optional<RefreshLease> shared = failover.call(() -> primary.tryAcquireRefresh(appId, ttl), () -> local);
        if (shared.isEmpty()) {
            local.get().close();
            return shared;
        }
        if (shared.get() == local.get()) {
            return local;
        }
        RefreshLease sharedLease = shared.get();
        RefreshLease mine = local.get();
        return Optional.of(() -> {
            try {
                sharedLease.close();
            } finally {
                mine.close();
            }
        });
    }

    private void remember(String appId) {
        knownAppIds.add(Objects.requireNonNull(appId, "appId"));
    }

    /** Runs as the probe: touches the primary for every account this instance has served. */
    private void seedPrimary() {
        for (String appId : knownAppIds) {
            Optional<AccessToken> shared = primary.get(appId);
            fallback.get(appId)
                    .filter(local -> local.isValidAt(clock.instant()))
                    .filter(local -> shared.isEmpty() || shared.get().expiresAt().isBefore(local.expiresAt()))
                    .ifPresent(local -> primary.put(appId, local));
        }
    }

    @Override
    public String toString() {
        return "FailoverTokenStore[primary=" + primary + ", degraded=" + degraded() + "]";
    }
}

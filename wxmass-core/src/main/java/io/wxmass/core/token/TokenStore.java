package io.wxmass.core.token;

import java.time.Duration;
import java.util.Optional;

/**
 * Where access tokens live between calls: in memory for one process, in Redis (wxmass-campaign)
 * for a cluster, so that all instances share one token instead of invalidating each other's.
 */
public interface TokenStore {
    Optional<AccessToken> get(String appId);

    void put(String appId, AccessToken token);

    /**
     * Compare-and-expire: removes the stored token only if it is still {@code failedValue}, so a
     * caller holding a stale token cannot throw away a fresh one another caller just fetched.
     *
     * @return true if the stored token was removed
     */
    boolean expireIfCurrent(String appId, String failedValue);

    /**
     * Takes the right to fetch a new token for {@code appId} for at most {@code ttl}; empty when
     * another holder (thread or instance) has it. The caller re-reads the store after taking it.
     */
    Optional<RefreshLease> tryAcquireRefresh(String appId, Duration ttl);

    /** The right to refresh; closing it lets the next caller in. */
    interface RefreshLease extends AutoCloseable {
        @Override
        void close();
    }
}

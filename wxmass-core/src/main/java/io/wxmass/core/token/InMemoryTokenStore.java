package io.wxmass.core.token;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Tokens and refresh leases for one process. A lease ends when closed or when its ttl passes. */
public final class InMemoryTokenStore implements TokenStore {
    private final ConcurrentMap<String, AccessToken> tokens = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Lease> leases = new ConcurrentHashMap<>();
    private final Clock clock;

    public InMemoryTokenStore() {
        this(Clock.systemUTC());
    }

    /** @param clock decides when an unclosed lease's ttl has passed */
    public InMemoryTokenStore(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Optional<AccessToken> get(String appId) {
        return Optional.ofNullable(tokens.get(Objects.requireNonNull(appId, "appId")));
    }

    @Override
    public void put(String appId, AccessToken token) {
        tokens.put(Objects.requireNonNull(appId, "appId"), Objects.requireNonNull(token, "token"));
    }

    @Override
    public boolean expireIfCurrent(String appId, String failedValue) {
        Objects.requireNonNull(appId, "appId");
        Objects.requireNonNull(failedValue, "failedValue");
        AccessToken current = tokens.get(appId);
        // remove(key, value) is atomic: a token put after our read is never removed.
        return current != null && current.value().equals(failedValue) && tokens.remove(appId, current);
    }

    @Override
    public Optional<RefreshLease> tryAcquireRefresh(String appId, Duration ttl) {
        Objects.requireNonNull(appId, "appId");
        Objects.requireNonNull(ttl, "ttl");
        Instant now = clock.instant();
        Lease mine = new Lease(now.plus(ttl));
        Lease holder = leases.compute(appId, (k, held) -> held == null || !now.isBefore(held.until) ? mine : held);
        if (holder != mine) {
            return Optional.empty();
        }
        return Optional.of(() -> leases.remove(appId, mine));
    }

    @Override
    public String toString() {
        return "InMemoryTokenStore[accounts=" + tokens.keySet() + "]";
    }

    // Identity matters: closing a lease must not end a newer one taken after this one's ttl passed.
    private static final class Lease {
        final Instant until;

        Lease(Instant until) {
            this.until = until;
        }
    }
}

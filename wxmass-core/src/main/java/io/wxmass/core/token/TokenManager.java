package io.wxmass.core.token;

import io.wxmass.core.error.TransportException;
import io.wxmass.core.http.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands out a valid access token for one account, fetching a new one ahead of expiry.
 *
 * <p>Single flight on two levels: a local lock lets one thread of this process refresh while the
 * others wait and then re-read the store; the store's refresh lease does the same across
 * instances. Both re-check the store after being let in, because the holder before them has
 * usually just refreshed. While someone else refreshes, a caller whose stored token is still valid
 * (only inside the refresh margin) uses it rather than waiting.
 */
public final class TokenManager {
    private static final Logger log = LoggerFactory.getLogger(TokenManager.class);
    private static final String WHAT = "access token";

    private final String appId;
    private final AccessTokenSource source;
    private final TokenStore store;
    private final Clock clock;
    private final Sleeper sleeper;
    private final Duration refreshMargin;
    private final Duration refreshJitter;
    private final Duration leaseTtl;
    private final Duration pollInterval;
    private final ReentrantLock localFlight = new ReentrantLock();
    private volatile Fetch lastFetch;

    private TokenManager(Builder b) {
        this.appId = b.appId;
        this.source = b.source;
        this.store = b.store;
        this.clock = b.clock;
        this.sleeper = b.sleeper;
        // Drawn once per manager: instances of a cluster then spread their refreshes over the jitter window
        // instead of all reaching for the lease at the same instant.
        Duration jitter = b.refreshJitter.compareTo(b.refreshMargin) > 0 ? b.refreshMargin : b.refreshJitter;
        this.refreshJitter = jitter;
        this.refreshMargin = b.refreshMargin.minusMillis(jitter.isZero() ? 0 : b.random.nextLong(jitter.toMillis() + 1));
        this.leaseTtl = b.leaseTtl;
        this.pollInterval = b.pollInterval;
    }

    public static Builder builder(String appId, AccessTokenSource source, TokenStore store) {
        return new Builder(appId, source, store);
    }

    public String appId() {
        return appId;
    }

    /** A token valid now; fetched when the stored one is missing or within the refresh margin of expiry. */
    public AccessToken current() {
        Optional<AccessToken> stored = store.get(appId);
        if (stored.isPresent() && isFresh(stored.get())) {
            return stored.get();
        }
        if (!localFlight.tryLock()) {
            if (stored.isPresent() && stored.get().isValidAt(clock.instant())) {
                return stored.get(); // another thread refreshes; ours is still good meanwhile
            }
            lockInterruptibly();
        }
        try {
            return refreshHoldingLocalLock();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransportException("interrupted while waiting for a refresh", WHAT, null, false, e);
        } finally {
            localFlight.unlock();
        }
    }

    /**
     * Compare-and-expire: the platform rejected {@code failed}; drop it from the store unless
     * another caller has already replaced it with a fresh token.
     *
     * @return true if the stored token was the failed one and is now gone
     */
    public boolean invalidate(AccessToken failed) {
        Objects.requireNonNull(failed, "failed");
        boolean expired = store.expireIfCurrent(appId, failed.value());
        log.debug("access token for {} rejected by the platform; stored copy expired: {}", appId, expired);
        return expired;
    }

    private AccessToken refreshHoldingLocalLock() throws InterruptedException {
        while (true) {
            Optional<AccessToken> stored = store.get(appId);
            if (stored.isPresent() && isFresh(stored.get())) {
                return stored.get();
            }
            Optional<TokenStore.RefreshLease> lease = store.tryAcquireRefresh(appId, leaseTtl);
            if (lease.isPresent()) {
                try (TokenStore.RefreshLease held = lease.get()) {
                    return fetchUnlessRefreshed();
                }
            }
            if (stored.isPresent() && stored.get().isValidAt(clock.instant())) {
                return stored.get(); // another instance refreshes; ours is still good meanwhile
            }
            log.debug("waiting for another instance to refresh the access token for {}", appId);
            sleeper.sleep(pollInterval);
        }
    }

    private AccessToken fetchUnlessRefreshed() {
        Optional<AccessToken> stored = store.get(appId);
        if (stored.isPresent() && isFresh(stored.get())) {
            return stored.get();
        }
        Instant fetchedAt = clock.instant();
        AccessToken fetched = source.fetch();
        // A token that lives no longer than the margin would be refetched on every call: use half its life.
        // Computed once here, not per call (Duration.dividedBy goes through BigDecimal).
        Duration half = Duration.between(fetchedAt, fetched.expiresAt()).dividedBy(2);
        lastFetch = new Fetch(fetched.value(), half.compareTo(refreshMargin) < 0 ? half : refreshMargin);
        store.put(appId, fetched);
        log.debug("fetched a new access token for {}, valid until {}", appId, fetched.expiresAt());
        return fetched;
    }

    private boolean isFresh(AccessToken token) {
        Fetch fetch = lastFetch;
        Duration margin = fetch != null && fetch.value().equals(token.value()) ? fetch.margin() : refreshMargin;
        return clock.instant().plus(margin).isBefore(token.expiresAt());
    }

    /** The token this manager fetched last, and the refresh margin that applies to it. */
    private record Fetch(String value, Duration margin) {
        @Override
        public String toString() {
            return "Fetch[margin=" + margin + "]";
        }
    }

    private void lockInterruptibly() {
        try {
            localFlight.lockInterruptibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransportException("interrupted while waiting for a refresh", WHAT, null, false, e);
        }
    }

    @Override
    public String toString() {
        return "TokenManager[appId=" + appId + ", source=" + source + ", refreshMargin=" + refreshMargin
                + ", refreshJitter=" + refreshJitter + "]";
    }

    public static final class Builder {
        private final String appId;
        private final AccessTokenSource source;
        private final TokenStore store;
        private Clock clock = Clock.systemUTC();
        private Sleeper sleeper = Sleeper.SYSTEM;
        private Duration refreshMargin = Duration.ofMinutes(5);
        private Duration refreshJitter = Duration.ZERO;
        private RandomGenerator random = new SplittableRandom();
        private Duration leaseTtl = Duration.ofSeconds(30);
        private Duration pollInterval = Duration.ofMillis(200);

        private Builder(String appId, AccessTokenSource source, TokenStore store) {
            this.appId = Objects.requireNonNull(appId, "appId");
            this.source = Objects.requireNonNull(source, "source");
            this.store = Objects.requireNonNull(store, "store");
        }

        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        public Builder sleeper(Sleeper sleeper) {
            this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
            return this;
        }

        /** How long before expiry a token is replaced (default 5 minutes, the platform's overlap). */
        public Builder refreshMargin(Duration refreshMargin) {
            this.refreshMargin = nonNegative(refreshMargin, "refreshMargin");
            return this;
        }

        /**
         * Refresh somewhere between {@code refreshMargin - jitter} and {@code refreshMargin} before expiry,
         * chosen once per manager (default 0: exactly at the margin). Capped at the margin.
         */
        public Builder refreshJitter(Duration jitter) {
            this.refreshJitter = nonNegative(jitter, "refreshJitter");
            return this;
        }

        /** The source of the jitter; injectable so tests are deterministic. */
        public Builder random(RandomGenerator random) {
            this.random = Objects.requireNonNull(random, "random");
            return this;
        }

        /** How long a refresh lease lasts if its holder dies without closing it. */
        public Builder leaseTtl(Duration leaseTtl) {
            this.leaseTtl = nonNegative(leaseTtl, "leaseTtl");
            return this;
        }

        /** How often a caller re-reads the store while another instance holds the lease. */
        public Builder pollInterval(Duration pollInterval) {
            this.pollInterval = nonNegative(pollInterval, "pollInterval");
            return this;
        }

        public TokenManager build() {
            return new TokenManager(this);
        }

        private static Duration nonNegative(Duration d, String name) {
            Objects.requireNonNull(d, name);
            if (d.isNegative()) {
                throw new IllegalArgumentException(name + " must not be negative, was " + d);
            }
            return d;
        }
    }
}

package io.wxmass.core.token;

import io.wxmass.core.WxMassConfig;
import io.wxmass.core.error.TransportException;
import io.wxmass.core.event.EventListener;
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
    private final EventListener events;
    private final ReentrantLock localFlight = new ReentrantLock();
    private volatile Fetch lastFetch;

    private TokenManager(WxMassConfig config, AccessTokenSource source, RandomGenerator random) {
        this.appId = config.appId();
        this.source = Objects.requireNonNull(source, "source");
        this.store = config.tokenStore();
        this.clock = config.clock();
        this.sleeper = config.sleeper();
        // Drawn once per manager: instances of a cluster then spread their refreshes over the jitter window
        // instead of all reaching for the lease at the same instant.
        Duration margin = config.tokenRefreshMargin();
        Duration jitter = config.tokenRefreshJitter().compareTo(margin) > 0 ? margin : config.tokenRefreshJitter();
        this.refreshJitter = jitter;
        this.refreshMargin = margin.minusMillis(jitter.isZero() ? 0 : random.nextLong(jitter.toMillis() + 1));
        this.leaseTtl = config.tokenLeaseTtl();
        this.pollInterval = config.tokenLeasePollInterval();
        this.events = config.eventListener();
    }

    /**
     * The manager of {@code config}'s account: its store, clock, sleeper, refresh margin and jitter, lease TTL and
     * poll interval; tokens come from {@code source}.
     */
    public static TokenManager create(WxMassConfig config, AccessTokenSource source) {
        return create(config, source, new SplittableRandom());
    }

    /** As {@link #create(WxMassConfig, AccessTokenSource)}, with the jitter's random source injected (tests). */
    static TokenManager create(WxMassConfig config, AccessTokenSource source, RandomGenerator random) {
        Objects.requireNonNull(config, "config");
        return new TokenManager(config, source, Objects.requireNonNull(random, "random"));
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
        long start = System.nanoTime();
        AccessToken fetched;
        try {
            fetched = source.fetch();
        } catch (RuntimeException e) {
            events.tokenFetchFailed(appId, e, System.nanoTime() - start);
            throw e;
        }
        events.tokenFetched(appId, System.nanoTime() - start);
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
}

package io.wxmass.campaign.cluster;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chooses between a shared primary and a local fallback. While the primary is away calls go to the
 * fallback without touching the network, except one probe per {@code probeInterval}; the switch is
 * logged once each way (a warning when leaving, info when returning), never per call.
 *
 * <p>A probe runs {@code recovery} first, then the call itself on the primary: recovery hands the
 * primary what the fallback learnt meanwhile, before any caller reads from the primary again.
 */
final class Failover {
    private static final Logger LOG = LoggerFactory.getLogger(Failover.class);

    /** Null while healthy; otherwise the earliest instant at which the next probe may run. */
    private final AtomicReference<Instant> nextProbe = new AtomicReference<>();
    private final String what;
    private final Clock clock;
    private final Duration probeInterval;
    private final Runnable recovery;

    Failover(String what, Clock clock, Duration probeInterval, Runnable recovery) {
        this.what = Objects.requireNonNull(what, "what");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.probeInterval = Objects.requireNonNull(probeInterval, "probeInterval");
        this.recovery = Objects.requireNonNull(recovery, "recovery");
        if (probeInterval.isNegative()) {
            throw new IllegalArgumentException("probeInterval must not be negative, was " + probeInterval);
        }
    }

    boolean degraded() {
        return nextProbe.get() != null;
    }

    /**
     * Runs {@code primary} while it is healthy (or when this caller wins the due probe), else
     * {@code fallback}. A primary failure switches to the fallback and answers from it.
     */
    <T> T call(Supplier<T> primary, Supplier<T> fallback) {
        Instant probeAt = nextProbe.get();
        if (probeAt != null) {
            if (!winsProbe(probeAt)) {
                return fallback.get();
            }
            try {
                recovery.run();
            } catch (ClusterStoreUnavailableException stillDown) {
                return fallback.get(); // the deadline already moved on when this caller won the probe
            }
        }
        T result;
        try {
            result = primary.get();
        } catch (ClusterStoreUnavailableException e) {
            if (probeAt == null) {
                markDown(e);
            }
            return fallback.get();
        }
        if (probeAt != null) {
            markUp();
        }
        return result;
    }

    /** Only one caller takes a due probe: it moves the deadline forward before trying. */
    private boolean winsProbe(Instant probeAt) {
        Instant now = clock.instant();
        return !now.isBefore(probeAt) && nextProbe.compareAndSet(probeAt, now.plus(probeInterval));
    }

    private void markDown(ClusterStoreUnavailableException e) {
        if (nextProbe.compareAndSet(null, clock.instant().plus(probeInterval))) {
            LOG.warn("{} unavailable, continuing on the local fallback and probing every {}: {}",
                    what, probeInterval, e.getMessage());
        }
    }

    private void markUp() {
        Instant current = nextProbe.get();
        if (current != null && nextProbe.compareAndSet(current, null)) {
            LOG.info("{} is back, leaving the local fallback", what);
        }
    }
}

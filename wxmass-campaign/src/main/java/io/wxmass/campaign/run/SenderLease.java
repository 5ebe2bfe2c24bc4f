package io.wxmass.campaign.run;

import io.wxmass.campaign.store.AccountLease;
import io.wxmass.campaign.store.Database;
import io.wxmass.core.internal.DaemonThreads;
import java.time.Duration;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This process's claim to be the account's one sender: takes the {@link AccountLease} when it is free, keeps it
 * with a heartbeat on its own thread (a long send never lets it lapse), and knows the fencing token to stamp on
 * claims and attempts. Closing it gives the lease up at once.
 */
public final class SenderLease implements AutoCloseable {
    /** How long the lease lasts without a heartbeat: a dead sender's successor waits at most this long. */
    public static final Duration DEFAULT_TTL = Duration.ofSeconds(30);
    private static final Logger LOG = LoggerFactory.getLogger(SenderLease.class);

    private final AccountLease lease;
    private final String appId;
    private final Duration ttl;
    private final String owner;
    private final ScheduledExecutorService heartbeat;
    private volatile long fence = -1;

    private SenderLease(Database database, String appId, Duration ttl, String ownerPrefix) {
        this.lease = new AccountLease(database, appId);
        this.appId = appId;
        this.ttl = Objects.requireNonNull(ttl, "ttl");
        this.owner = ownerPrefix + "-" + UUID.randomUUID();
        this.heartbeat = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("wxmass-lease-heartbeat"));
        long beat = Math.max(1, ttl.toMillis() / 3);
        heartbeat.scheduleWithFixedDelay(this::beat, beat, beat, TimeUnit.MILLISECONDS);
    }

    /** A lease not yet held; {@code ownerPrefix} says who holds it in the row (e.g. {@code sched}, {@code run}). */
    public static SenderLease of(Database database, String appId, Duration ttl, String ownerPrefix) {
        return new SenderLease(database, appId, ttl, ownerPrefix);
    }

    /** Takes the lease if it is free or expired, or keeps it if held; true when this process is the sender now. */
    public boolean tryAcquire() {
        if (fence >= 0) {
            return true;
        }
        OptionalLong token = lease.acquire(owner, ttl);
        if (token.isEmpty()) {
            return false;
        }
        fence = token.getAsLong();
        LOG.info("sending for {} under lease token {}", appId, fence);
        return true;
    }

    public boolean held() {
        return fence >= 0;
    }

    /** The fencing token of the current holding; only meaningful while {@link #held()}. */
    public long fence() {
        return fence;
    }

    private void beat() {
        long held = fence;
        if (held < 0) {
            return;
        }
        try {
            if (!lease.renew(owner, held, ttl)) {
                LOG.warn("lost the sending lease of {} (token {})", appId, held);
                fence = -1;
            }
        } catch (RuntimeException e) {
            LOG.warn("lease heartbeat failed: {}", e.toString());
        }
    }

    @Override
    public void close() {
        heartbeat.shutdownNow();
        long held = fence;
        if (held >= 0) {
            fence = -1;
            lease.release(owner, held);
        }
    }
}

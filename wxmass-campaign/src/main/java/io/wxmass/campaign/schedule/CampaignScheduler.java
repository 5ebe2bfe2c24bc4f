package io.wxmass.campaign.schedule;

import io.wxmass.campaign.CampaignService;
import io.wxmass.campaign.run.CampaignWorker;
import io.wxmass.campaign.store.AccountLease;
import io.wxmass.core.message.Require;
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
 * The resident sender of {@code wxmass serve}: on its own threads (the callback endpoint keeps its own, never
 * blocked by a send) it starts scheduled campaigns when they fall due, resumes batches waiting for a retry or a
 * deferral, and polls overdue outcomes. One sender per account: it sends only while it holds the account's
 * {@link AccountLease} (timed by the database's clock), renews it with a heartbeat while it works, and fences every
 * claim and attempt with the lease's token, so a sender that lost its lease cannot send.
 *
 * <pre>{@code
 * try (CampaignScheduler scheduler = CampaignScheduler.builder(service).build().start()) { ... }
 * }</pre>
 */
public final class CampaignScheduler implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CampaignScheduler.class);

    private final CampaignService service;
    private final AccountLease lease;
    private final Builder config;
    private final String owner = "sched-" + UUID.randomUUID();
    private ScheduledExecutorService sender;
    private ScheduledExecutorService heartbeat;
    private volatile long fence = -1;
    private volatile CampaignWorker worker;
    private long lastPoll;

    private CampaignScheduler(Builder config) {
        this.config = config;
        this.service = config.service;
        this.lease = new AccountLease(service.database(), service.appId());
    }

    public static Builder builder(CampaignService service) {
        return new Builder(service);
    }

    public synchronized CampaignScheduler start() {
        if (sender != null) {
            throw new IllegalStateException("already started");
        }
        sender = Executors.newSingleThreadScheduledExecutor(daemon("wxmass-scheduler"));
        heartbeat = Executors.newSingleThreadScheduledExecutor(daemon("wxmass-scheduler-heartbeat"));
        sender.scheduleWithFixedDelay(this::tick, 0, config.tick.toMillis(), TimeUnit.MILLISECONDS);
        long beat = Math.max(1, config.leaseTtl.toMillis() / 3);
        heartbeat.scheduleWithFixedDelay(this::beat, beat, beat, TimeUnit.MILLISECONDS);
        service.backgroundSender(this::wake);
        return this;
    }

    /** Whether this scheduler holds the account's lease now (it is the account's sender). */
    public boolean leading() {
        return fence >= 0;
    }

    /** Looks for due batches now instead of at the next tick. */
    public void wake() {
        ScheduledExecutorService s = sender;
        if (s != null && !s.isShutdown()) {
            s.execute(this::tick);
        }
    }

    /** One round: hold the lease (or try to take it), send what is due, poll overdue outcomes when it is time. */
    private void tick() {
        try {
            if (fence < 0) {
                OptionalLong token = lease.acquire(owner, config.leaseTtl);
                if (token.isEmpty()) {
                    return;
                }
                fence = token.getAsLong();
                worker = service.fencedWorker(fence);
                LOG.info("sending for {} under lease token {}", service.appId(), fence);
            }
            worker.runDue(null);
            long now = System.nanoTime();
            if (now - lastPoll >= config.pollEvery.toNanos()) {
                lastPoll = now;
                service.reconciler().pollOverdue();
            }
        } catch (RuntimeException e) {
            // The next tick tries again; a store or network failure must not stop the resident sender.
            LOG.warn("scheduler round failed: {}", e.toString());
        }
    }

    /** The heartbeat: keeps the lease alive through long sends; a lost lease stops sending at the next claim. */
    private void beat() {
        long held = fence;
        if (held < 0) {
            return;
        }
        try {
            if (!lease.renew(owner, held, config.leaseTtl)) {
                LOG.warn("lost the sending lease of {} (token {})", service.appId(), held);
                fence = -1;
            }
        } catch (RuntimeException e) {
            LOG.warn("lease heartbeat failed: {}", e.toString());
        }
    }

    @Override
    public synchronized void close() {
        if (sender == null) {
            return;
        }
        service.backgroundSender(null);
        sender.shutdownNow();
        heartbeat.shutdownNow();
        try {
            sender.awaitTermination(config.leaseTtl.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        long held = fence;
        if (held >= 0) {
            lease.release(owner, held);
            fence = -1;
        }
        sender = null;
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Timing; the defaults suit the real platform. */
    public static final class Builder {
        private final CampaignService service;
        private Duration tick = Duration.ofSeconds(1);
        private Duration leaseTtl = Duration.ofSeconds(30);
        private Duration pollEvery = Duration.ofMinutes(1);

        private Builder(CampaignService service) {
            this.service = Objects.requireNonNull(service, "service");
        }

        /** How often due batches are looked for (default 1 s; {@link #wake()} looks at once). */
        public Builder tick(Duration tick) {
            this.tick = Require.positive(tick, "tick");
            return this;
        }

        /** How long the account lease lasts without a heartbeat (default 30 s): a dead sender's successor waits this long. */
        public Builder leaseTtl(Duration leaseTtl) {
            this.leaseTtl = Require.positive(leaseTtl, "leaseTtl");
            return this;
        }

        /** How often overdue outcomes are polled with mass/get (default 1 min). */
        public Builder pollEvery(Duration pollEvery) {
            this.pollEvery = Require.positive(pollEvery, "pollEvery");
            return this;
        }

        public CampaignScheduler build() {
            return new CampaignScheduler(this);
        }
    }
}

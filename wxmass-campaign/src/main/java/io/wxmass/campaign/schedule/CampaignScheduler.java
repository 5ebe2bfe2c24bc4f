package io.wxmass.campaign.schedule;

import io.wxmass.campaign.CampaignService;
import io.wxmass.campaign.run.CampaignWorker;
import io.wxmass.campaign.run.SenderLease;
import io.wxmass.core.internal.DaemonThreads;
import io.wxmass.core.internal.message.Require;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The resident sender of {@code wxmass serve}: on its own threads (the callback endpoint keeps its own, never
 * blocked by a send) it starts scheduled campaigns when they fall due, resumes batches waiting for a retry or a
 * deferral, and polls overdue outcomes. One sender per account: it sends only while it holds the account's
 * {@link SenderLease} (timed by the database's clock, renewed by a heartbeat while it works), and fences every
 * claim and attempt with the lease's token, so a sender that lost its lease cannot send.
 *
 * <pre>{@code
 * try (CampaignScheduler scheduler = CampaignScheduler.builder(service).build().start()) { ... }
 * }</pre>
 */
public final class CampaignScheduler implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CampaignScheduler.class);

    private final CampaignService service;
    private final Builder config;
    private SenderLease lease;
    private ScheduledExecutorService sender;
    private volatile ScheduledFuture<?> rounds;
    private CampaignWorker worker;
    private long workerFence = -1;
    private long lastPoll;

    private CampaignScheduler(Builder config) {
        this.config = config;
        this.service = config.service;
    }

    public static Builder builder(CampaignService service) {
        return new Builder(service);
    }

    public synchronized CampaignScheduler start() {
        if (sender != null) {
            throw new IllegalStateException("already started");
        }
        lease = SenderLease.of(service.database(), service.appId(), config.leaseTtl, "sched");
        sender = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("wxmass-scheduler"));
        rounds = sender.scheduleWithFixedDelay(this::tick, 0, config.tick.toMillis(), TimeUnit.MILLISECONDS);
        service.backgroundSender(this::wake);
        return this;
    }

    /**
     * Whether the scheduler's rounds still run: started, not closed, and its periodic round not ended by an error
     * (a round catches what it can; an {@link Error} would end them). Leading or not: a follower is running too.
     */
    public boolean running() {
        ScheduledFuture<?> current = rounds;
        return current != null && !current.isDone();
    }

    /** Whether this scheduler holds the account's lease now (it is the account's sender). */
    public boolean leading() {
        SenderLease current = lease;
        return current != null && current.held();
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
            if (!lease.tryAcquire()) {
                return;
            }
            if (workerFence != lease.fence()) {
                workerFence = lease.fence();
                worker = service.fencedWorker(workerFence);
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

    @Override
    public synchronized void close() {
        if (sender == null) {
            return;
        }
        service.backgroundSender(null);
        rounds.cancel(false);
        sender.shutdownNow();
        try {
            sender.awaitTermination(config.leaseTtl.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        lease.close();
        sender = null;
    }

    /** Timing; the defaults suit the real platform. */
    public static final class Builder {
        private final CampaignService service;
        private Duration tick = Duration.ofSeconds(1);
        private Duration leaseTtl = SenderLease.DEFAULT_TTL;
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

package io.wxmass.cli.campaign;

import io.wxmass.campaign.BatchState;
import io.wxmass.campaign.CampaignService;
import io.wxmass.campaign.CampaignTotals;
import io.wxmass.cli.output.Output;
import io.wxmass.cli.output.Progress;
import io.wxmass.core.http.Sleeper;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs a planned campaign and follows it to its outcome with progress on stderr: first the
 * batches being submitted, then the batches being settled by events (or by mass/get once the
 * event timeout has passed, through the reconciler).
 */
public final class CampaignFollower {
    private static final Duration TICK = Duration.ofMillis(200);

    private final CampaignService service;
    private final Output output;
    private final Clock clock;
    private final Sleeper sleeper;

    public CampaignFollower(CampaignService service, Output output, Clock clock, Sleeper sleeper) {
        this.service = Objects.requireNonNull(service, "service");
        this.output = Objects.requireNonNull(output, "output");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    }

    /** Submits every batch (blocking), showing how many have left the planned/sending states. */
    public CampaignTotals send(String campaignId) throws InterruptedException {
        ExecutorService runner = Executors.newSingleThreadExecutor(r -> new Thread(r, "wxmass-campaign-run"));
        try {
            Future<CampaignTotals> run = runner.submit(() -> service.run(campaignId));
            CampaignTotals totals = service.status(campaignId);
            try (Progress progress = output.progress("send " + campaignId, totals.batches())) {
                while (!run.isDone()) {
                    progress.update(sent(service.status(campaignId)));
                    sleeper.sleep(TICK);
                }
                totals = unwrap(run);
                progress.update(sent(totals));
            }
            return totals;
        } finally {
            runner.shutdownNow();
        }
    }

    /**
     * Waits until every batch is settled or {@code maxWait} has passed, applying stored events and
     * polling overdue batches on each round. Returns the totals at that point.
     */
    public CampaignTotals awaitOutcome(String campaignId, Duration maxWait) throws InterruptedException {
        Instant deadline = clock.instant().plus(maxWait);
        CampaignTotals totals = service.status(campaignId);
        try (Progress progress = output.progress("outcome " + campaignId, totals.batches())) {
            while (true) {
                service.reconciler().pollOverdue();
                totals = service.status(campaignId);
                progress.update(settled(totals));
                // Deferred batches wait for a later quota window and held ones for an admin: not for this run.
                boolean nothingToAwait = totals.batchesIn(BatchState.SUBMITTED) + totals.batchesIn(BatchState.PLANNED)
                        + totals.batchesIn(BatchState.SENDING) == 0;
                if (totals.done() || nothingToAwait) {
                    // Once more after the last outcome: work that waited for it (deleting a temporary tag).
                    service.reconciler().pollOverdue();
                    return totals;
                }
                if (!clock.instant().isBefore(deadline)) {
                    return totals;
                }
                sleeper.sleep(TICK);
            }
        }
    }

    /** Batches no longer waiting to be sent: submitted or settled (deferred and held ones are still waiting). */
    private static long sent(CampaignTotals t) {
        long pending = 0;
        for (BatchState state : BatchState.values()) {
            pending += state.isPending() ? t.batchesIn(state) : 0;
        }
        return t.batches() - pending;
    }

    private static long settled(CampaignTotals t) {
        return sent(t) - t.batchesIn(BatchState.SUBMITTED);
    }

    private static CampaignTotals unwrap(Future<CampaignTotals> run) throws InterruptedException {
        try {
            return run.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}

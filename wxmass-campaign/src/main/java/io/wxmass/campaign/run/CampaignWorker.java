package io.wxmass.campaign.run;

import io.wxmass.campaign.Batch;
import io.wxmass.campaign.Campaign;
import io.wxmass.campaign.CampaignState;
import io.wxmass.campaign.store.BatchStore;
import io.wxmass.campaign.store.CampaignStore;
import io.wxmass.core.http.Sleeper;
import io.wxmass.core.mass.MassApi;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Sends a campaign's batches. Any number of workers (threads or processes) may run on one
 * database: each batch is claimed under an expiring lease, and a batch whose worker died is
 * taken over when the lease runs out, re-sent with its own clientmsgid, so it still goes out once.
 */
public final class CampaignWorker {
    private static final Duration IDLE_POLL = Duration.ofMillis(200);

    private final CampaignStore campaigns;
    private final BatchStore batches;
    private final Clock clock;
    private final WorkerSettings settings;
    private final BatchAttempt attempt;
    private final String workerId;
    private final SendPreparation preparation;

    /** A worker for campaigns that need neither a temporary tag nor a draft per batch. */
    public CampaignWorker(CampaignStore campaigns, BatchStore batches, MassApi mass, Clock clock, WorkerSettings settings) {
        this(campaigns, batches, mass, clock, settings, null);
    }

    /** A worker for every campaign: {@code preparation} fills temporary tags and makes drafts. */
    public CampaignWorker(CampaignStore campaigns, BatchStore batches, MassApi mass, Clock clock, WorkerSettings settings,
                          SendPreparation preparation) {
        this.campaigns = Objects.requireNonNull(campaigns, "campaigns");
        this.batches = Objects.requireNonNull(batches, "batches");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.attempt = new BatchAttempt(batches, Objects.requireNonNull(mass, "mass"), clock, settings, preparation);
        this.preparation = preparation;
        this.workerId = "w-" + UUID.randomUUID();
    }

    /** Deletes the campaign's drafts that no send used (cancelled or refused batches); returns how many. */
    public int deleteUnsentDrafts(String campaignId) {
        return preparation == null ? 0 : preparation.drafts.deleteUnsent(campaignId);
    }

    public String workerId() {
        return workerId;
    }

    /**
     * Attempts every batch that is due now (of one campaign, or of any when {@code campaignId} is
     * null) and returns what the attempts ended in.
     */
    public Map<AttemptOutcome, Integer> runDue(String campaignId) {
        Map<AttemptOutcome, Integer> outcomes = new EnumMap<>(AttemptOutcome.class);
        while (true) {
            Optional<Batch> claimed = batches.claim(campaignId, workerId, clock.instant(), settings.lease());
            if (claimed.isEmpty()) {
                return outcomes;
            }
            Batch batch = claimed.get();
            Campaign campaign = campaigns.get(batch.key().campaignId()).orElseThrow();
            outcomes.merge(attempt.run(campaign, batch, workerId), 1, Integer::sum);
        }
    }

    /**
     * Works on the campaign until no batch is left to send (every batch submitted or settled),
     * sleeping until the next one falls due: a retry delay, another worker's lease, the schedule.
     */
    public void runToCompletion(String campaignId, Sleeper sleeper) throws InterruptedException {
        Objects.requireNonNull(campaignId, "campaignId");
        Objects.requireNonNull(sleeper, "sleeper");
        while (true) {
            runDue(campaignId);
            Campaign campaign = campaigns.get(campaignId).orElseThrow();
            Optional<Instant> next = batches.nextDue(campaignId);
            if (next.isEmpty() || campaign.state() != CampaignState.PLANNED) {
                return;
            }
            Instant now = clock.instant();
            Instant due = campaign.scheduledAt().filter(next.get()::isBefore).orElse(next.get());
            Duration wait = Duration.between(now, due);
            sleeper.sleep(wait.compareTo(IDLE_POLL) < 0 ? IDLE_POLL : wait);
        }
    }
}

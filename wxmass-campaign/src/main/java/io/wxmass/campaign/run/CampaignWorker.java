package io.wxmass.campaign.run;

import io.wxmass.campaign.Batch;
import io.wxmass.campaign.Campaign;
import io.wxmass.campaign.CampaignState;
import io.wxmass.campaign.quota.QuotaGate;
import io.wxmass.campaign.quota.QuotaSettings;
import io.wxmass.campaign.store.AttemptStore;
import io.wxmass.campaign.store.BatchStore;
import io.wxmass.campaign.store.CampaignStore;
import io.wxmass.campaign.store.Database;
import io.wxmass.campaign.store.QuotaLedger;
import io.wxmass.campaign.store.TemporaryTagStore;
import io.wxmass.core.WxMass;
import io.wxmass.core.http.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.MDC;

/**
 * Sends a campaign's batches. Any number of workers (threads or processes) may run on one
 * database: each batch is claimed under an expiring lease, and a batch whose worker died is
 * taken over when the lease runs out, re-sent with its own clientmsgid, so it still goes out once.
 * Batches beyond the day's quota are DEFERRED to the next platform day; a run does not wait for them.
 */
public final class CampaignWorker {
    private static final Duration IDLE_POLL = Duration.ofMillis(200);
    private static final Duration QUOTA_RECHECK = Duration.ofMinutes(1);

    private final CampaignStore campaigns;
    private final BatchStore batches;
    private final Clock clock;
    private final WorkerSettings settings;
    private final QuotaGate gate;
    private final BatchAttempt attempt;
    private final String workerId;
    private final SendPreparation preparation;

    /** A worker for every campaign, temporary tags and drafts per batch through the account's own APIs. */
    public CampaignWorker(Database database, WxMass wx, Clock clock, WorkerSettings settings, QuotaSettings quota) {
        this(database, wx, clock, settings, quota, null, null);
    }

    /**
     * A worker whose every claim and attempt is fenced by the account lease's token {@code fence} (null: not
     * fenced): once another sender holds the account's lease, it sends nothing.
     */
    public CampaignWorker(Database database, WxMass wx, Clock clock, WorkerSettings settings, QuotaSettings quota,
                          Long fence) {
        this(database, wx, clock, settings, quota, fence, null);
    }

    /**
     * @param fence       the account lease's token fencing every claim and attempt; null: not fenced
     * @param preparation fills temporary tags and makes drafts; null for the one built from {@code wx} on
     *                    {@code database} (on this worker's fenced store)
     */
    public CampaignWorker(Database database, WxMass wx, Clock clock, WorkerSettings settings, QuotaSettings quota,
                          Long fence, SendPreparation preparation) {
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(wx, "wx");
        String appId = wx.config().appId();
        this.campaigns = new CampaignStore(database, appId);
        BatchStore store = new BatchStore(database, appId);
        this.batches = fence == null ? store : store.fenced(fence);
        this.clock = Objects.requireNonNull(clock, "clock");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.gate = new QuotaGate(wx.quota(), new QuotaLedger(database), appId, clock,
                Objects.requireNonNull(quota, "quota"));
        this.preparation = preparation != null ? preparation
                : SendPreparation.of(wx, new TemporaryTagStore(database), batches, DraftBox.of(wx), clock, settings);
        this.attempt = new BatchAttempt(batches, new AttemptStore(database), wx.mass(), gate, clock, settings,
                this.preparation);
        this.workerId = "w-" + UUID.randomUUID();
    }

    /** Deletes the campaign's drafts that no send used (cancelled or refused batches); returns how many. */
    public int deleteUnsentDrafts(String campaignId) {
        return preparation.drafts.deleteUnsent(campaignId);
    }

    public String workerId() {
        return workerId;
    }

    public QuotaGate quota() {
        return gate;
    }

    /**
     * Attempts every batch that is due now (of one campaign, or of any when {@code campaignId} is
     * null) and returns what the attempts ended in. Batches deferred for the day are woken first
     * when the platform (quota/get) shows quota again: its day may turn before ours.
     */
    public Map<AttemptOutcome, Integer> runDue(String campaignId) {
        Map<AttemptOutcome, Integer> outcomes = new EnumMap<>(AttemptOutcome.class);
        if (batches.hasDeferred(campaignId, BatchAttempt.DAY)) {
            // The platform's day may have turned before ours: quota/get says, asked at most once a minute.
            gate.refreshIfOlderThan(QUOTA_RECHECK);
            if (gate.remainToday() > 0) {
                batches.wakeDeferred(campaignId, BatchAttempt.DAY, clock.instant());
            }
        }
        while (true) {
            Optional<Batch> claimed = batches.claim(campaignId, workerId, clock.instant(), settings.lease());
            if (claimed.isEmpty()) {
                return outcomes;
            }
            Batch batch = claimed.get();
            Campaign campaign = campaigns.get(batch.key().campaignId()).orElseThrow();
            // Every log line of the attempt (ours, core's, the store's) names its campaign and batch (--log-format json).
            try (MDC.MDCCloseable c = MDC.putCloseable("campaign", batch.key().campaignId());
                 MDC.MDCCloseable b = MDC.putCloseable("batch", Integer.toString(batch.key().batchNo()))) {
                outcomes.merge(attempt.run(campaign, batch, workerId), 1, Integer::sum);
            }
        }
    }

    /**
     * Works on the campaign until no batch is left to send in this run (every batch submitted, settled or
     * deferred to a later quota window), sleeping until the next one falls due: a retry delay, another
     * worker's lease, the schedule.
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

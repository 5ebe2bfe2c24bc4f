package io.wxmass.campaign;

import io.wxmass.campaign.plan.CampaignPlanner;
import io.wxmass.campaign.plan.FollowerDirectory;
import io.wxmass.campaign.plan.PlanResult;
import io.wxmass.campaign.plan.SendAllowance;
import io.wxmass.campaign.quota.QuotaGate;
import io.wxmass.campaign.quota.QuotaOutlook;
import io.wxmass.campaign.quota.QuotaSettings;
import io.wxmass.campaign.reconcile.Reconciler;
import io.wxmass.campaign.run.CampaignWorker;
import io.wxmass.campaign.run.DraftBox;
import io.wxmass.campaign.run.SendPreparation;
import io.wxmass.campaign.run.TemporaryTagCleanup;
import io.wxmass.campaign.run.WorkerSettings;
import io.wxmass.campaign.store.AttemptStore;
import io.wxmass.campaign.store.BatchStore;
import io.wxmass.campaign.store.CampaignStore;
import io.wxmass.campaign.store.Database;
import io.wxmass.campaign.store.EventStore;
import io.wxmass.campaign.store.LegacyRows;
import io.wxmass.campaign.store.TemporaryTagStore;
import io.wxmass.core.WxMass;
import io.wxmass.core.error.InvalidRequestException;
import io.wxmass.core.error.WxMassException;
import io.wxmass.core.http.Sleeper;
import io.wxmass.core.mass.MassApi;
import io.wxmass.core.message.MassMessage;
import io.wxmass.core.message.PreviewTarget;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The campaign engine in one place, for the receiver service and the CLI: create a campaign,
 * preview it, freeze its audience ({@link #plan}), send it ({@link #run}), follow it
 * ({@link #status}), retract it. Events go to {@link #reconciler()}.
 */
public final class CampaignService {
    private final CampaignStore campaigns;
    private final BatchStore batches;
    private final AttemptStore attempts;
    private final MassApi mass;
    private final CampaignPlanner planner;
    private final CampaignWorker worker;
    private final Reconciler reconciler;
    private final Clock clock;
    private final Sleeper sleeper;
    private final DraftBox drafts;
    private final TemporaryTagCleanup tagCleanup;

    private CampaignService(Builder b) {
        String appId = b.wx.config().appId();
        LegacyRows.adopt(b.database, appId);
        this.campaigns = new CampaignStore(b.database, appId);
        this.batches = new BatchStore(b.database, appId);
        this.attempts = new AttemptStore(b.database);
        this.mass = b.wx.mass();
        this.clock = b.clock;
        this.sleeper = b.sleeper;
        this.drafts = DraftBox.of(b.wx);
        TemporaryTagStore tags = new TemporaryTagStore(b.database);
        this.tagCleanup = new TemporaryTagCleanup(tags, b.wx.audience(), clock);
        this.worker = new CampaignWorker(b.database, b.wx, clock, b.settings, b.quota,
                SendPreparation.of(b.wx, tags, batches, drafts, clock, b.settings));
        // The auto strategy weighs list batches against the day's quota as the worker's gate sees it.
        this.planner = new CampaignPlanner(campaigns, FollowerDirectory.of(b.wx.audience()), clock, b.batchSize,
                b.allowance == null ? SendAllowance.fromGate(worker.quota()) : b.allowance);
        this.reconciler = new Reconciler(new EventStore(b.database, appId), batches, mass, clock, b.eventTimeout,
                tagCleanup::deleteDue);
    }

    /** A service on a migrated {@code database}, sending through {@code wx}. */
    public static Builder builder(Database database, WxMass wx) {
        return new Builder(database, wx);
    }

    /**
     * Stores a campaign. One built from articles gets its first draft here (draft/add): its media_id
     * serves previews and the first batch; every later batch gets a draft of its own when it is sent.
     */
    public Campaign create(CampaignSpec spec) {
        CampaignSpec stored = spec.message().isPresent() ? spec
                : spec.withMessage(MassMessage.mpNews(drafts.add(spec.articles())));
        return campaigns.create(stored, clock.instant());
    }

    /** Sends the campaign's message to each of its preview recipients; returns how many were sent. */
    public int preview(String campaignId) {
        Campaign campaign = require(campaignId);
        if (campaign.previewOpenIds().isEmpty()) {
            throw new InvalidRequestException("preview", "campaign " + campaignId + " has no preview recipients");
        }
        for (String openId : campaign.previewOpenIds()) {
            mass.preview(campaign.message(), PreviewTarget.openId(openId));
        }
        return campaign.previewOpenIds().size();
    }

    /** Freezes the audience into batches (the approval step): nothing can be sent before, nothing changes after. */
    public PlanResult plan(String campaignId) {
        return planner.plan(campaignId);
    }

    /** Sends every batch that is due, blocking until none is left to send (events settle them later). */
    public CampaignTotals run(String campaignId) throws InterruptedException {
        Campaign campaign = require(campaignId);
        if (campaign.state() != CampaignState.PLANNED) {
            throw CampaignStateException.wrongState(campaignId, campaign.state(), "only a PLANNED campaign can run");
        }
        worker.runToCompletion(campaignId, sleeper);
        return status(campaignId);
    }

    public CampaignTotals status(String campaignId) {
        require(campaignId);
        return campaigns.totals(campaignId);
    }

    public Campaign campaign(String campaignId) {
        return require(campaignId);
    }

    public List<Campaign> list() {
        return campaigns.list();
    }

    public List<Batch> batches(String campaignId) {
        require(campaignId);
        return batches.batches(campaignId);
    }

    /**
     * Withdraws the campaign: batches never attempted are cancelled, and sent mpnews/mpvideo jobs
     * are deleted on the platform (other message types cannot be deleted there).
     */
    public RetractResult retract(String campaignId) {
        Campaign campaign = require(campaignId);
        campaigns.markRetracted(campaignId);
        int cancelled = batches.cancelPlanned(campaignId, clock.instant());
        if (campaign.draftPerBatch()) {
            worker.deleteUnsentDrafts(campaignId);
        }
        tagCleanup.deleteDue();
        boolean deletable = campaign.message() instanceof MassMessage.MpNews || campaign.message() instanceof MassMessage.MpVideo;
        List<Long> deleted = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        int inFlight = 0;
        for (Batch batch : batches.batches(campaignId)) {
            if (batch.state() == BatchState.SENDING) {
                inFlight++;
            } else if (deletable && batch.msgId().isPresent()
                    && (batch.state() == BatchState.SUBMITTED || batch.state() == BatchState.FINISHED)) {
                long msgId = batch.msgId().getAsLong();
                try {
                    mass.delete(msgId);
                    deleted.add(msgId);
                } catch (WxMassException e) {
                    failed.add(msgId + ": " + e.getMessage());
                }
            }
        }
        return new RetractResult(cancelled, deleted, failed, inFlight);
    }

    /**
     * The campaign under the account's quotas: batches per day and the ETA (today's remain from quota/get where
     * it answers), the month's history quota for a send to all, and openids already at the monthly cap.
     */
    public QuotaOutlook outlook(String campaignId) {
        require(campaignId);
        QuotaGate gate = worker.quota();
        gate.refresh();
        return QuotaOutlook.of(batches, campaignId, gate.remainToday(), gate.dailyLimit(), gate.reportedByPlatform(),
                gate.toAllThisMonth(), gate.settings(), clock.instant());
    }

    /** The batch's attempt log, oldest first: what was posted when, and what the platform answered. */
    public List<Attempt> attempts(BatchKey key) {
        require(key.campaignId());
        return attempts.attempts(key);
    }

    public Reconciler reconciler() {
        return reconciler;
    }

    public CampaignWorker worker() {
        return worker;
    }

    private Campaign require(String campaignId) {
        Objects.requireNonNull(campaignId, "campaignId");
        return campaigns.get(campaignId)
                .orElseThrow(() -> CampaignStateException.notFound(campaignId));
    }

    /** Settings with defaults fit for the real platform. */
    public static final class Builder {
        private final Database database;
        private final WxMass wx;
        private Clock clock = Clock.systemUTC();
        private Sleeper sleeper = Sleeper.SYSTEM;
        private WorkerSettings settings = WorkerSettings.DEFAULTS;
        private Duration eventTimeout = Duration.ofMinutes(30);
        private int batchSize = io.wxmass.core.message.Audience.OpenIds.MAX;
        private SendAllowance allowance;
        private QuotaSettings quota = QuotaSettings.SERVICE_ACCOUNT;

        private Builder(Database database, WxMass wx) {
            this.database = Objects.requireNonNull(database, "database");
            this.wx = Objects.requireNonNull(wx, "wx");
        }

        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        public Builder sleeper(Sleeper sleeper) {
            this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
            return this;
        }

        public Builder workerSettings(WorkerSettings settings) {
            this.settings = Objects.requireNonNull(settings, "settings");
            return this;
        }

        /** How long to wait for a MASSSENDJOBFINISH event before asking mass/get. */
        public Builder eventTimeout(Duration eventTimeout) {
            this.eventTimeout = Objects.requireNonNull(eventTimeout, "eventTimeout");
            return this;
        }

        /** Openids per batch, 2 to 10,000 (the default and the platform's maximum). */
        public Builder batchSize(int batchSize) {
            this.batchSize = batchSize;
            return this;
        }

        /** The sends the planner weighs list batches against (default: what quota/get says is left today). */
        public Builder sendAllowance(SendAllowance allowance) {
            this.allowance = Objects.requireNonNull(allowance, "allowance");
            return this;
        }

        /** The account's quotas where quota/get does not answer (default: a verified service account's). */
        public Builder quota(QuotaSettings quota) {
            this.quota = Objects.requireNonNull(quota, "quota");
            return this;
        }

        public CampaignService build() {
            return new CampaignService(this);
        }
    }
}

package io.wxmass.campaign;

import io.wxmass.campaign.lint.CampaignLint;
import io.wxmass.campaign.lint.PlanFindings;
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
import io.wxmass.campaign.run.SenderLease;
import io.wxmass.campaign.run.WorkerSettings;
import io.wxmass.campaign.store.AttemptStore;
import io.wxmass.campaign.store.AuditLog;
import io.wxmass.campaign.store.BatchStore;
import io.wxmass.campaign.store.CampaignStore;
import io.wxmass.campaign.store.Database;
import io.wxmass.campaign.store.EventStore;
import io.wxmass.campaign.store.LegacyRows;
import io.wxmass.campaign.store.TemporaryTagStore;
import io.wxmass.campaign.store.OperatorBatches;
import io.wxmass.core.WxMass;
import io.wxmass.core.http.Sleeper;
import io.wxmass.core.mass.MassApi;
import java.io.Writer;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The campaign engine in one place, for the receiver service and the CLI: create a campaign,
 * preview it, approve it (freeze its audience), send it ({@link #run}), follow it ({@link #status}),
 * and steer it: pause, resume, cancel, retract, retry, resolve. Every operator verb takes the
 * {@link Actor} who asked and is written to the audit log ({@link #audit}). Events go to {@link #reconciler()}.
 */
public final class CampaignService {
    private static final Actor SDK = Actor.system("sdk");
    /** How often a run that is not the account's sender looks whether the sender is done. */
    private static final Duration FOLLOW_POLL = Duration.ofSeconds(1);

    private final CampaignStore campaigns;
    private final BatchStore batches;
    private final AttemptStore attempts;
    private final MassApi mass;
    private final CampaignPlanner planner;
    private final CampaignWorker worker;
    private final WorkerSettings settings;
    private final WxMass wx;
    private final QuotaSettings quota;
    private final Database database;
    /** Set while a background sender (the scheduler of {@code serve}) works for this service; null otherwise. */
    private volatile Runnable backgroundSender;
    private final Reconciler reconciler;
    private final Clock clock;
    private final Sleeper sleeper;
    private final DraftBox drafts;
    private final TemporaryTagCleanup tagCleanup;
    private final OperatorBatches operatorBatches;
    private final AuditLog audit;
    private final OperatorVerbs verbs;

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
        this.worker = new CampaignWorker(b.database, b.wx, clock, b.settings, b.quota, null,
                SendPreparation.of(b.wx, tags, batches, drafts, clock, b.settings));
        // The auto strategy weighs list batches against the day's quota as the worker's gate sees it.
        this.planner = new CampaignPlanner(campaigns, FollowerDirectory.of(b.wx.audience()), clock, b.batchSize,
                b.allowance == null ? SendAllowance.fromGate(worker.quota()) : b.allowance);
        this.settings = b.settings;
        this.database = b.database;
        this.wx = b.wx;
        this.quota = b.quota;
        this.reconciler = new Reconciler(new EventStore(b.database, appId), batches, mass, clock, b.eventTimeout,
                tagCleanup::deleteDue);
        this.operatorBatches = new OperatorBatches(b.database, appId);
        this.audit = new AuditLog(b.database, appId);
        this.verbs = new OperatorVerbs(campaigns, batches, operatorBatches, audit, new AttemptStore(b.database), planner,
                mass, clock, sleeper,
                b.settings.lease(), drafts, worker::deleteUnsentDrafts, tagCleanup::deleteDue);
    }

    /** A service on a migrated {@code database}, sending through {@code wx}. */
    public static Builder builder(Database database, WxMass wx) {
        return new Builder(database, wx);
    }

    /** The account every campaign of this service belongs to. */
    public String appId() {
        return campaigns.appId();
    }

    /** Creates a campaign as the embedding program ({@code system:sdk}). */
    public Campaign create(CampaignSpec spec) {
        return create(spec, SDK);
    }

    public Campaign create(CampaignSpec spec, Actor actor) {
        return verbs.create(spec, Objects.requireNonNull(actor, "actor"));
    }

    /** Previews as the embedding program ({@code system:sdk}). */
    public int preview(String campaignId) {
        return preview(campaignId, SDK);
    }

    /** Sends the campaign's message to each of its preview recipients; returns how many were sent. */
    public int preview(String campaignId, Actor actor) {
        return verbs.preview(require(campaignId), Objects.requireNonNull(actor, "actor"));
    }

    /**
     * Approves a DRAFT: records the approver and freezes the audience into batches; nothing can be sent before,
     * nothing changes after. Refused when the campaign requires a preview that never went out, or (four-eyes)
     * when {@code approver} created it. The only way to freeze a campaign: like the CLI's {@code campaign plan},
     * nothing approves by itself, and the approver is always named (no {@code system:sdk} default).
     */
    public PlanResult approve(String campaignId, Actor approver) {
        return verbs.approve(require(campaignId), Objects.requireNonNull(approver, "approver"));
    }

    /** No batch is attempted until {@link #resume}; batches in flight finish. */
    public void pause(String campaignId, Actor actor) {
        verbs.pause(require(campaignId), Objects.requireNonNull(actor, "actor"));
    }

    public void resume(String campaignId, Actor actor) {
        verbs.resume(require(campaignId), Objects.requireNonNull(actor, "actor"));
    }

    /**
     * Stops the campaign and deletes nothing: unsent batches are cancelled, attempts in progress are awaited (at
     * most a lease), and batches whose outcome stays unknown are PARKED for {@link #resolve}. The drafts made for
     * batches that never went out are deleted, and so are the temporary tags whose sends are settled.
     */
    public RetractResult cancel(String campaignId, Actor actor) {
        return verbs.cancel(require(campaignId), Objects.requireNonNull(actor, "actor"));
    }

    /**
     * Cancels the campaign and deletes its sent mpnews/mpvideo jobs (other message types cannot be deleted).
     * Deleting an article kills its page for every send of that material: {@link RetractResult#warning()} says so.
     */
    public RetractResult retract(String campaignId, Actor actor) {
        return verbs.retract(require(campaignId), Objects.requireNonNull(actor, "actor"));
    }

    /**
     * Puts FAILED batches the platform never accepted (certainly not sent) back in the queue with their original
     * clientmsgid; {@code batchNo} null retries every such batch. Returns how many were requeued.
     */
    public int retry(String campaignId, Integer batchNo, Actor actor) {
        return verbs.retry(require(campaignId), batchNo, Objects.requireNonNull(actor, "actor"));
    }

    /** What is known about a batch: its row and, where it has a msg_id, mass/get's answer. */
    public BatchEvidence evidence(String campaignId, int batchNo) {
        return verbs.evidence(require(campaignId), batchNo);
    }

    /** Settles a PARKED batch as sent or not sent, by an operator's word; returns the evidence it was shown. */
    public BatchEvidence resolve(String campaignId, int batchNo, boolean sent, Actor actor) {
        return verbs.resolve(require(campaignId), batchNo, sent, Objects.requireNonNull(actor, "actor"));
    }

    /** One line per batch: state, msg_id, errcode, attempts, not-before. */
    public List<BatchLine> batchLines(String campaignId) {
        require(campaignId);
        return operatorBatches.lines(campaignId);
    }

    /**
     * Writes the campaign's recipients and outcomes as CSV; returns how many lines after the header. Recorded in
     * the audit log: the export holds the recipients' openids.
     */
    public long export(String campaignId, Writer out, Actor actor) {
        require(campaignId);
        Objects.requireNonNull(actor, "actor");
        long lines = operatorBatches.export(campaignId, Objects.requireNonNull(out, "out"));
        audit.record(actor, "export", campaignId, null, lines + " recipients", clock.instant());
        return lines;
    }

    /** The campaign's audit log, oldest first. */
    public List<AuditEntry> audit(String campaignId) {
        require(campaignId);
        return audit.entries(campaignId);
    }

    /**
     * Sends every batch that is due, blocking until none is left to send (events settle them later). Only the
     * account's one sender sends: this call takes the account's lease when it is free and fences its attempts with
     * it; while another process holds it (a running {@code serve}), it follows that sender until nothing is left.
     */
    public CampaignTotals run(String campaignId) throws InterruptedException {
        Campaign campaign = require(campaignId);
        if (campaign.state() != CampaignState.PLANNED) {
            throw CampaignStateException.wrongState(campaignId, campaign.state(), "only a PLANNED campaign can run");
        }
        return runPlanned(campaignId);
    }

    /** {@link #run}, recorded in the audit log as {@code send} by {@code actor} (a refused run records nothing). */
    public CampaignTotals run(String campaignId, Actor actor) throws InterruptedException {
        Objects.requireNonNull(actor, "actor");
        Campaign campaign = require(campaignId);
        if (campaign.state() != CampaignState.PLANNED) {
            throw CampaignStateException.wrongState(campaignId, campaign.state(), "only a PLANNED campaign can run");
        }
        audit.record(actor, "send", campaignId, null, null, clock.instant());
        return runPlanned(campaignId);
    }

    private CampaignTotals runPlanned(String campaignId) throws InterruptedException {
        try (SenderLease lease = SenderLease.of(database, appId(), SenderLease.DEFAULT_TTL, "run")) {
            while (true) {
                if (lease.tryAcquire()) {
                    // Returns once nothing is left to send, or (lease lost) once the new holder sent it all.
                    fencedWorker(lease.fence()).runToCompletion(campaignId, sleeper);
                    return status(campaignId);
                }
                if (batches.nextDue(campaignId).isEmpty() || require(campaignId).state() != CampaignState.PLANNED) {
                    return status(campaignId);
                }
                sleeper.sleep(FOLLOW_POLL);
            }
        }
    }

    /**
     * Hands the campaign to the background sender and returns at once (REST answers 202): it sends every due
     * batch, and later ones when they fall due. Without a background sender, use {@link #run}.
     */
    public void send(String campaignId) {
        sendAs(campaignId, null);
    }

    /** {@link #send}, recorded in the audit log as {@code send} by {@code actor} (a refused send records nothing). */
    public void send(String campaignId, Actor actor) {
        sendAs(campaignId, Objects.requireNonNull(actor, "actor"));
    }

    private void sendAs(String campaignId, Actor actor) {
        Campaign campaign = require(campaignId);
        if (campaign.state() != CampaignState.PLANNED) {
            throw CampaignStateException.wrongState(campaignId, campaign.state(), "only a PLANNED campaign can be sent");
        }
        Runnable sender = backgroundSender;
        if (sender == null) {
            throw new IllegalStateException("no background sender is attached: call run instead");
        }
        if (actor != null) {
            audit.record(actor, "send", campaignId, null, null, clock.instant());
        }
        sender.run();
    }

    /** Whether {@link #send} is available: a background sender is attached. */
    public boolean sendsInBackground() {
        return backgroundSender != null;
    }

    /** Attaches (or with null detaches) the background sender; {@code wake} asks it to look for due batches now. */
    public void backgroundSender(Runnable wake) {
        this.backgroundSender = wake;
    }

    /** A worker whose every claim and attempt is fenced by the account lease's token {@code fence}. */
    public CampaignWorker fencedWorker(long fence) {
        return new CampaignWorker(database, wx, clock, settings, quota, fence);
    }

    /** The store this service works on (the scheduler takes the account's lease there). */
    public Database database() {
        return database;
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

    /** One page of {@link #list()}: at most {@code limit} campaigns after the first {@code offset}. */
    public List<Campaign> list(int offset, int limit) {
        return campaigns.list(offset, limit);
    }

    public List<Batch> batches(String campaignId) {
        require(campaignId);
        return batches.batches(campaignId);
    }

    /** The pre-flight lint of the campaign and what of it blocks the plan ({@link CampaignLint}); calls nothing. */
    public PlanFindings lint(String campaignId) {
        Campaign campaign = require(campaignId);
        return CampaignLint.check(campaign, batches.batches(campaignId),
                CampaignLint.history(campaign, campaigns.list(), batches::batches));
    }

    /** Retracts as the embedding program ({@code system:sdk}). */
    public RetractResult retract(String campaignId) {
        return retract(campaignId, SDK);
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

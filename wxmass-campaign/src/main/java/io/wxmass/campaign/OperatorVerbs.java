package io.wxmass.campaign;

import io.wxmass.campaign.plan.CampaignPlanner;
import io.wxmass.campaign.plan.PlanResult;
import io.wxmass.campaign.run.DraftBox;
import io.wxmass.campaign.store.AttemptStore;
import io.wxmass.campaign.store.AuditLog;
import io.wxmass.campaign.store.BatchStore;
import io.wxmass.campaign.store.CampaignStore;
import io.wxmass.campaign.store.OperatorBatches;
import io.wxmass.core.error.InvalidRequestException;
import io.wxmass.core.error.WxMassException;
import io.wxmass.core.http.Sleeper;
import io.wxmass.core.mass.MassApi;
import io.wxmass.core.message.MassMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToIntFunction;

/**
 * The operator verbs behind {@link CampaignService}: each checks the campaign's state, makes its change with a
 * guarded update, and appends who did what to the {@link AuditLog}.
 */
final class OperatorVerbs {
    /** Said on every retract that deletes: mass/delete kills the article itself, not only this send of it. */
    static final String DELETE_WARNING = "deleting a sent article makes its page unavailable for every send of that "
            + "material, including sends outside this campaign (docs/platform.md §1)";
    /** What a batch parked by cancel or retract is: written into the audit entry too (docs/architecture.md). */
    static final String PARKED_MEANS = "may have gone out: never re-sent, never FAILED; its event or mass/get settles it "
            + "once a msg_id is known, else resolve";
    private static final Duration IN_FLIGHT_POLL = Duration.ofMillis(200);
    private static final Set<CampaignState> STOPPABLE = EnumSet.of(CampaignState.DRAFT, CampaignState.PLANNED,
            CampaignState.PAUSED);

    private final CampaignStore campaigns;
    private final BatchStore batches;
    private final OperatorBatches operatorBatches;
    private final AuditLog audit;
    private final AttemptStore attempts;
    private final CampaignPlanner planner;
    private final MassApi mass;
    private final Clock clock;
    private final Sleeper sleeper;
    private final Duration lease;
    private final DraftBox drafts;
    private final ToIntFunction<String> unsentDrafts;
    private final Runnable tagCleanup;

    /**
     * @param drafts       makes the first draft of a campaign built from articles
     * @param unsentDrafts deletes a campaign's drafts that no send used; returns how many
     * @param tagCleanup   deletes the temporary tags whose sends are settled
     */
    OperatorVerbs(CampaignStore campaigns, BatchStore batches, OperatorBatches operatorBatches, AuditLog audit,
                  AttemptStore attempts, CampaignPlanner planner, MassApi mass, Clock clock, Sleeper sleeper,
                  Duration lease, DraftBox drafts, ToIntFunction<String> unsentDrafts, Runnable tagCleanup) {
        this.drafts = drafts;
        this.unsentDrafts = unsentDrafts;
        this.tagCleanup = tagCleanup;
        this.attempts = attempts;
        this.campaigns = campaigns;
        this.batches = batches;
        this.operatorBatches = operatorBatches;
        this.audit = audit;
        this.planner = planner;
        this.mass = mass;
        this.clock = clock;
        this.sleeper = sleeper;
        this.lease = lease;
    }

    /**
     * Stores a campaign. One built from articles gets its first draft here (draft/add): its media_id
     * serves previews and the first batch; every later batch gets a draft of its own when it is sent.
     */
    Campaign create(CampaignSpec spec, Actor actor) {
        CampaignSpec stored = spec.message().isPresent() ? spec
                : spec.withMessage(MassMessage.mpNews(drafts.add(spec.articles())));
        return campaigns.create(stored, actor, clock.instant());
    }

    int preview(Campaign campaign, Actor actor) {
        if (campaign.previewOpenIds().isEmpty()) {
            throw new InvalidRequestException("preview", "campaign " + campaign.id() + " has no preview recipients");
        }
        if (campaign.previewOpenIds().size() > CampaignSpec.MAX_PREVIEW_RECIPIENTS) { // stored before the limit existed
            throw new InvalidRequestException("previewOpenIds", "at most " + CampaignSpec.MAX_PREVIEW_RECIPIENTS
                    + " preview recipients, this campaign has " + campaign.previewOpenIds().size());
        }
        for (String openId : campaign.previewOpenIds()) {
            mass.preview(campaign.message(), io.wxmass.core.message.PreviewTarget.openId(openId));
        }
        campaigns.markPreviewed(campaign.id(), clock.instant());
        log(actor, "preview", campaign.id(), null, campaign.previewOpenIds().size() + " recipients");
        return campaign.previewOpenIds().size();
    }

    PlanResult approve(Campaign campaign, Actor actor) {
        String id = campaign.id();
        if (campaign.state() != CampaignState.DRAFT) {
            throw CampaignStateException.wrongState(id, campaign.state(), "only a DRAFT campaign can be approved");
        }
        Approval approval = campaign.approval();
        if (approval.requirePreview() && approval.previewedAt().isEmpty()) {
            throw CampaignStateException.wrongState(id, campaign.state(),
                    "it requires a preview before approval: preview it first");
        }
        if (approval.fourEyes() && approval.createdBy().filter(actor.toString()::equals).isPresent()) {
            throw CampaignStateException.wrongState(id, campaign.state(),
                    "four-eyes rule: it must be approved by someone other than its creator " + actor);
        }
        PlanResult plan = planner.plan(id, actor);
        log(actor, "approve", id, null, plan.recipients() + " recipients in " + plan.batches() + " batches");
        return plan;
    }

    void pause(Campaign campaign, Actor actor) {
        move(campaign, EnumSet.of(CampaignState.PLANNED), CampaignState.PAUSED, "only a PLANNED campaign can be paused");
        log(actor, "pause", campaign.id(), null, null);
    }

    void resume(Campaign campaign, Actor actor) {
        move(campaign, EnumSet.of(CampaignState.PAUSED), CampaignState.PLANNED, "only a PAUSED campaign can be resumed");
        log(actor, "resume", campaign.id(), null, null);
    }

    RetractResult cancel(Campaign campaign, Actor actor) {
        move(campaign, STOPPABLE, CampaignState.CANCELLED, "only a DRAFT, PLANNED or PAUSED campaign can be cancelled");
        RetractResult result = stop(campaign.id(), actor, "cancel", false);
        log(actor, "cancel", campaign.id(), null, summary(result));
        return result;
    }

    RetractResult retract(Campaign campaign, Actor actor) {
        // Retracting a retracted campaign again retries the deletes the platform refused before.
        campaigns.markRetracted(campaign.id());
        RetractResult result = stop(campaign.id(), actor, "retract", true);
        log(actor, "retract", campaign.id(), null, summary(result));
        return result;
    }

    int retry(Campaign campaign, Integer batchNo, Actor actor) {
        if (campaign.state() != CampaignState.PLANNED && campaign.state() != CampaignState.PAUSED) {
            throw CampaignStateException.wrongState(campaign.id(), campaign.state(),
                    "only the batches of a PLANNED or PAUSED campaign can be retried");
        }
        if (batchNo != null) {
            Batch batch = batch(campaign.id(), batchNo);
            if (batch.state() != BatchState.FAILED || batch.msgId().isPresent()) {
                throw new InvalidRequestException("batch", "batch " + batchNo + " is " + batch.state()
                        + (batch.msgId().isPresent() ? " with msg_id " + batch.msgId().getAsLong() : "")
                        + ": only a FAILED batch the platform never accepted (certainly not sent) can be retried");
            }
        }
        int requeued = operatorBatches.requeueFailed(campaign.id(), batchNo);
        log(actor, "retry", campaign.id(), batchNo, requeued + " batches back to PLANNED with their clientmsgid");
        return requeued;
    }

    BatchEvidence evidence(Campaign campaign, int batchNo) {
        Batch batch = batch(campaign.id(), batchNo);
        List<Attempt> log = attempts.attempts(batch.key());
        if (batch.msgId().isEmpty()) {
            return new BatchEvidence(batch, log, Optional.empty(),
                    Optional.of("no msg_id: the platform's answer was never read"));
        }
        try {
            return new BatchEvidence(batch, log, Optional.of(mass.status(batch.msgId().getAsLong())), Optional.empty());
        } catch (WxMassException e) {
            return new BatchEvidence(batch, log, Optional.empty(), Optional.of("mass/get failed: " + e.getMessage()));
        }
    }

    BatchEvidence resolve(Campaign campaign, int batchNo, boolean sent, Actor actor) {
        BatchEvidence evidence = evidence(campaign, batchNo);
        if (!evidence.batch().state().isUncertain()) {
            throw new InvalidRequestException("batch", "batch " + batchNo + " is " + evidence.batch().state()
                    + ": only an UNKNOWN or PARKED batch (it may have gone out) is settled by hand");
        }
        BatchState outcome = sent ? BatchState.FINISHED : BatchState.FAILED;
        if (!operatorBatches.resolveParked(evidence.batch().key(), outcome, "operator:" + actor, clock.instant())) {
            throw new InvalidRequestException("batch", "batch " + batchNo + " changed while it was being resolved");
        }
        log(actor, "resolve", campaign.id(), batchNo, sent ? "sent" : "not sent");
        return evidence;
    }

    /**
     * Cancels what was never attempted, waits (at most a lease) for attempts in progress to learn their outcome,
     * parks what stays unknown, and with {@code delete} deletes the sent mpnews/mpvideo jobs.
     */
    private RetractResult stop(String campaignId, Actor actor, String verb, boolean delete) {
        String by = verb + " by " + actor;
        // First what no attempt is inside, so no worker claims it again; then, once the attempts in flight have
        // answered (or a lease went by), what they left: a retry, a deferral, a wait for the administrator.
        OperatorBatches.Stopped stopped = operatorBatches.stop(campaignId, by, clock.instant());
        Instant giveUp = clock.instant().plus(lease).plus(IN_FLIGHT_POLL);
        int inFlight = operatorBatches.liveAttempts(campaignId, clock.instant());
        while (inFlight > 0 && clock.instant().isBefore(giveUp)) {
            try {
                sleeper.sleep(IN_FLIGHT_POLL);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            inFlight = operatorBatches.liveAttempts(campaignId, clock.instant());
        }
        stopped = stopped.plus(operatorBatches.stop(campaignId, by, clock.instant()));
        int cancelled = stopped.cancelled();
        int parked = stopped.parked();
        Campaign campaign = campaigns.get(campaignId).orElseThrow();
        // No send uses them any more: the drafts of cancelled batches, the temporary tags of settled sends.
        if (campaign.draftPerBatch()) {
            unsentDrafts.applyAsInt(campaignId);
        }
        tagCleanup.run();
        List<Long> deleted = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        boolean deletable = campaign.message() instanceof MassMessage.MpNews || campaign.message() instanceof MassMessage.MpVideo;
        if (delete && deletable) {
            for (Batch batch : batches.batches(campaignId)) {
                boolean sent = batch.state() == BatchState.SUBMITTED || batch.state() == BatchState.FINISHED;
                if (sent && batch.msgId().isPresent() && !"DELETE".equals(batch.statusText().orElse(""))) {
                    long msgId = batch.msgId().getAsLong();
                    try {
                        mass.delete(msgId);
                        deleted.add(msgId);
                    } catch (WxMassException e) {
                        failed.add(msgId + ": " + e.getMessage());
                    }
                }
            }
        }
        Optional<String> warning = deleted.isEmpty() ? Optional.empty() : Optional.of(DELETE_WARNING);
        return new RetractResult(cancelled, deleted, failed, inFlight, parked, warning);
    }

    private void move(Campaign campaign, Set<CampaignState> from, CampaignState to, String rule) {
        if (!campaigns.transition(campaign.id(), from, to)) {
            CampaignState now = campaigns.get(campaign.id()).map(Campaign::state).orElse(campaign.state());
            throw CampaignStateException.wrongState(campaign.id(), now, rule);
        }
    }

    private Batch batch(String campaignId, int batchNo) {
        return batches.batch(new BatchKey(campaignId, batchNo))
                .orElseThrow(() -> new InvalidRequestException("batch", campaignId + " has no batch " + batchNo));
    }

    private void log(Actor actor, String action, String campaignId, Integer batchNo, String detail) {
        audit.record(actor, action, campaignId, batchNo, detail, clock.instant());
    }

    /** The audit entry's detail: the counts, and what a parked batch means, so the log explains itself. */
    private static String summary(RetractResult r) {
        return r.cancelled() + " cancelled (certainly never sent), " + r.deleted().size() + " deleted, "
                + r.failed().size() + " delete refused, " + r.parked() + " parked (" + PARKED_MEANS + "), "
                + r.inFlight() + " in flight";
    }
}

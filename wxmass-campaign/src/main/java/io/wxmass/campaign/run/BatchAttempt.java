package io.wxmass.campaign.run;

import io.wxmass.campaign.AudienceKind;
import io.wxmass.campaign.Batch;
import io.wxmass.campaign.BatchKey;
import io.wxmass.campaign.BatchState;
import io.wxmass.campaign.Campaign;
import io.wxmass.campaign.SendOutcome;
import io.wxmass.campaign.quota.QuotaCalendar;
import io.wxmass.campaign.quota.QuotaGate;
import io.wxmass.campaign.store.AttemptStore;
import io.wxmass.campaign.store.BatchStore;
import io.wxmass.core.audience.TagException;
import io.wxmass.core.audience.TagRefusal;
import io.wxmass.core.error.ErrorCodes;
import io.wxmass.core.error.InvalidRequestException;
import io.wxmass.core.error.TransportException;
import io.wxmass.core.error.WeChatApiException;
import io.wxmass.core.mass.MassApi;
import io.wxmass.core.mass.SendReceipt;
import io.wxmass.core.message.Audience;
import io.wxmass.core.message.MassMessage;
import io.wxmass.core.message.SendOptions;
import io.wxmass.core.quota.RequestIds;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One attempt at a claimed batch: the state machine's sending edge. The quota gate comes first (no quota
 * left: DEFERRED, nothing posted); then SENDING is committed before the HTTP call, and the batch's own
 * clientmsgid goes out on every attempt, so a re-send after an unknown outcome is answered with the original
 * job (45065) instead of a second copy. Every answer is classified ({@link Outcomes}) and logged.
 */
final class BatchAttempt {
    private static final Logger LOG = LoggerFactory.getLogger(BatchAttempt.class);
    static final String DAY = "DAY";
    static final String MONTH = "MONTH";
    /** How often a send held by mass-send protection is asked again. */
    private static final Duration ADMIN_POLL = Duration.ofMinutes(1);

    private final BatchStore batches;
    private final AttemptStore log;
    private final MassApi mass;
    private final QuotaGate gate;
    private final Clock clock;
    private final WorkerSettings settings;
    private final SendPreparation preparation;

    /** @param preparation null for a worker that sends only campaigns needing neither a temporary tag nor drafts */
    BatchAttempt(BatchStore batches, AttemptStore log, MassApi mass, QuotaGate gate, Clock clock, WorkerSettings settings,
                 SendPreparation preparation) {
        this.batches = batches;
        this.log = log;
        this.mass = mass;
        this.gate = gate;
        this.clock = clock;
        this.settings = settings;
        this.preparation = preparation;
    }

    AttemptOutcome run(Campaign campaign, Batch batch, String owner) {
        Objects.requireNonNull(batch, "batch");
        BatchKey key = batch.key();
        Instant now = clock.instant();
        if (batch.maybeSent() && batch.firstAttemptAt().isPresent()
                && !now.isBefore(batch.firstAttemptAt().get().plus(settings.resendWindow()))) {
            batches.park(key, owner, "park: outcome unknown and the clientmsgid window is over", now);
            LOG.warn("batch {} parked: outcome unknown since {} and its clientmsgid may be forgotten", key,
                    batch.firstAttemptAt().get());
            return AttemptOutcome.PARKED;
        }
        Batch ready = batch;
        MassMessage message;
        try {
            // Only sendall batches can be a temporary tag's; a worker without the tag API must not send one.
            if (batch.state() == BatchState.PLANNED && batch.kind() == AudienceKind.TAG
                    && batches.temporaryTagPending(key)) {
                if (!preparation().tags.fill(campaign, batch, owner)) {
                    return AttemptOutcome.SKIPPED;
                }
                ready = batches.batch(key).orElseThrow();
            }
            Optional<MassMessage> prepared = campaign.draftPerBatch()
                    ? preparation().drafts.messageFor(campaign, ready, owner) : Optional.of(campaign.message());
            if (prepared.isEmpty()) {
                return AttemptOutcome.SKIPPED;
            }
            message = prepared.get();
        } catch (TagException e) {
            return e.refusal() == TagRefusal.CONCURRENT_CHANGE ? retryBeforeSending(batch, owner, e.getMessage())
                    : refuse(campaign, key, owner, batch.maybeSent(), e.getMessage(), e.errcode(), batch.attempts(), false);
        } catch (WeChatApiException e) {
            // Not posted by this attempt: only the tag or the draft is missing (an earlier attempt may have gone out).
            return e.retryable() || e.errcode() == ErrorCodes.API_FREQ_OUT_OF_LIMIT
                    ? retryBeforeSending(batch, owner, "before the send: errcode " + e.errcode() + " " + e.errmsg())
                    : refuse(campaign, key, owner, batch.maybeSent(), "before the send: errcode " + e.errcode() + " "
                            + e.errmsg(), e.errcode(), batch.attempts(), false);
        } catch (TransportException e) {
            return retryBeforeSending(batch, owner, "before the send: " + e.getMessage());
        } catch (InvalidRequestException e) {
            return refuse(campaign, key, owner, batch.maybeSent(), e.field() + ": " + e.rule(), null, batch.attempts(), false);
        }
        Audience audience;
        try {
            audience = audienceOf(ready);
        } catch (InvalidRequestException e) {
            return refuse(campaign, key, owner, batch.maybeSent(), e.field() + ": " + e.rule(), null, batch.attempts(), false);
        }
        if (gate.remainToday() <= 0) {
            return deferBeforeSending(batch, owner, DAY, QuotaCalendar.nextDay(now),
                    "no sendall+send quota left today (" + gate.dailyLimit() + " a day); not before the next platform day");
        }
        boolean toAll = audience instanceof Audience.AllFollowers;
        if (toAll && !gate.toAllAllowed()) {
            return deferBeforeSending(batch, owner, MONTH, QuotaCalendar.nextMonth(now), "this month's "
                    + gate.settings().toAllPerMonth() + " is_to_all sends are spent (the history quota); not before next month");
        }
        if (!batches.markSending(key, owner, now)) {
            return AttemptOutcome.SKIPPED;
        }
        Batch sending = batches.batch(key).orElseThrow();
        if (batch.attemptOpen()) {
            log.append(key, batch.attempts(), now, owner, SendOutcome.UNCERTAIN, null, null, null,
                    "attempt " + batch.attempts() + " recorded no answer (its worker died or lost the lease)");
        }
        boolean uncertainBefore = sending.uncertainSince().isPresent();
        int attemptNo = sending.attempts();
        SendOptions options = SendOptions.withClientMsgId(batch.clientMsgId()).ignoreReprint(campaign.ignoreReprint());
        try {
            SendReceipt receipt = mass.send(message, audience, options);
            gate.recordCall();
            if (toAll && !receipt.duplicate()) {
                gate.recordToAll();
            }
            log.append(key, attemptNo, clock.instant(), owner, SendOutcome.ACCEPTED, null, null, receipt.msgId(),
                    (receipt.duplicate() ? "45065 existing job msg_id=" : "accepted msg_id=") + receipt.msgId());
            batches.markSubmitted(key, receipt.msgId(),
                    receipt.msgDataId().isPresent() ? receipt.msgDataId().getAsLong() : null, clock.instant());
            return AttemptOutcome.SUBMITTED;
        } catch (WeChatApiException e) {
            gate.recordCall();
            return refused(campaign, sending, owner, attemptNo, uncertainBefore, e);
        } catch (TransportException e) {
            if (e.outcomeUnknown()) {
                gate.recordCall();
            }
            SendOutcome outcome = Outcomes.of(e);
            log.append(key, attemptNo, clock.instant(), owner, outcome, null, null, null, "transport: " + e.getMessage());
            if (outcome == SendOutcome.UNCERTAIN) {
                batches.markUncertain(key, owner, nextRetry(sending, true), "transport: " + e.getMessage(), clock.instant());
                LOG.info("batch {}: outcome unknown ({}), same clientmsgid again later", key, e.getMessage());
                return AttemptOutcome.RETRY_LATER;
            }
            return retryLater(sending, owner, "transport: " + e.getMessage(), uncertainBefore);
        } catch (InvalidRequestException e) {
            return refuse(campaign, key, owner, uncertainBefore, e.field() + ": " + e.rule(), null, attemptNo, true);
        }
    }

    private AttemptOutcome refused(Campaign campaign, Batch sending, String owner, int attemptNo, boolean uncertainBefore,
                                   WeChatApiException e) {
        BatchKey key = sending.key();
        SendOutcome outcome = Outcomes.of(e, uncertainBefore);
        Instant now = clock.instant();
        String answer = "errcode " + e.errcode() + " " + e.errmsg();
        log.append(key, attemptNo, now, owner, outcome, e.errcode(), RequestIds.fromErrmsg(e.errmsg()).orElse(null),
                e.msgId().isPresent() ? e.msgId().getAsLong() : null, answer);
        boolean uncertain = uncertainBefore || Outcomes.marksUncertain(e);
        if (uncertain && !uncertainBefore) {
            batches.markMaybeSent(key, now);
        }
        return switch (outcome) {
            case RETRY_NOW -> retryLater(sending, owner, answer, uncertain);
            case DEFER -> deferAfterRefusal(sending, owner, e, answer, attemptNo, uncertain);
            case WAITING_FOR_ADMIN -> {
                batches.awaitAdmin(key, owner, now.plus(ADMIN_POLL), e.errcode(), answer);
                LOG.warn("batch {}: held for the account administrator's confirmation ({})", key, answer);
                yield AttemptOutcome.AWAITING_ADMIN;
            }
            case PERMANENT -> refuse(campaign, key, owner, uncertain, answer, e.errcode(), attemptNo, true);
            default -> unknown(key, owner, e.errcode(), answer);
        };
    }

    /**
     * 45009 of the day or 45028. For 45009 quota/get is asked again and trusted: if it still shows quota, the
     * refusal was not the day's and the batch goes again after the retry delay.
     */
    private SendPreparation preparation() {
        if (preparation == null) {
            throw new IllegalStateException("this worker has no tag and draft APIs: build it from a WxMass to send "
                    + "campaigns with a temporary tag or a draft per batch");
        }
        return preparation;
    }

    private AttemptOutcome deferAfterRefusal(Batch sending, String owner, WeChatApiException e, String answer,
                                             int attemptNo, boolean uncertain) {
        BatchKey key = sending.key();
        Instant now = clock.instant();
        if (e.errcode() == ErrorCodes.NO_MASSSEND_QUOTA) {
            batches.defer(key, owner, QuotaCalendar.nextMonth(now), MONTH, e.errcode(), answer);
            LOG.info("batch {}: {}; deferred to next month", key, answer);
            return AttemptOutcome.DEFERRED;
        }
        gate.refresh();
        if (gate.remainToday() > 0) {
            // Not the day's refusal after all: a retry like the minute's, logged as one so that it backs off too.
            log.append(key, attemptNo, now, owner, SendOutcome.RETRY_NOW, e.errcode(), null, null,
                    "quota/get still shows quota: " + answer + " taken for the minute's");
            return retryLater(sending, owner, answer + " (quota/get still shows quota)", uncertain);
        }
        batches.defer(key, owner, QuotaCalendar.nextDay(now), DAY, e.errcode(), answer);
        LOG.info("batch {}: {}; deferred to the next platform day", key, answer);
        return AttemptOutcome.DEFERRED;
    }

    private AttemptOutcome deferBeforeSending(Batch batch, String owner, String window, Instant notBefore, String reason) {
        if (!batches.defer(batch.key(), owner, notBefore, window, null, reason)) {
            return AttemptOutcome.SKIPPED;
        }
        log.append(batch.key(), batch.attempts(), clock.instant(), owner, SendOutcome.DEFER, null, null, null,
                "not posted: " + reason);
        return AttemptOutcome.DEFERRED;
    }

    private Audience audienceOf(Batch batch) {
        return switch (batch.kind()) {
            case OPENIDS -> Audience.openIds(batches.openIds(batch.key()));
            case TAG -> Audience.tag(batch.tagId().orElseThrow());
            case ALL -> Audience.allFollowers();
            default -> throw new IllegalStateException("batch " + batch.key() + " has kind " + batch.kind());
        };
    }

    /** Not posted (the tag or the draft could not be readied): logged as a retry, so that it backs off too. */
    private AttemptOutcome retryBeforeSending(Batch batch, String owner, String reason) {
        log.append(batch.key(), batch.attempts(), clock.instant(), owner, SendOutcome.RETRY_NOW, null, null, null,
                "not posted: " + reason);
        return retryLater(batch, owner, reason, batch.maybeSent());
    }

    /** The answer (already in the log) certainly did not send this time: the same clientmsgid again after the back-off. */
    private AttemptOutcome retryLater(Batch batch, String owner, String reason, boolean maybeSent) {
        Instant next = nextRetry(batch, maybeSent);
        batches.retryLater(batch.key(), owner, next, reason);
        LOG.info("batch {}: not sent ({}), same clientmsgid again at {}", batch.key(), reason, next);
        return AttemptOutcome.RETRY_LATER;
    }

    /**
     * When the batch goes next: the back-off of its retries so far (counted in its attempt log, this one included).
     * A batch that may have gone out is re-posted inside its clientmsgid window when the wait would cross the window's
     * end (then {@link #run} parks it), though never sooner than the first retry's wait.
     */
    private Instant nextRetry(Batch batch, boolean maybeSent) {
        Instant now = clock.instant();
        Instant next = now.plus(settings.retryDelay(Math.max(1, log.retries(batch.key()))));
        if (maybeSent && batch.firstAttemptAt().isPresent()) {
            Instant lastSafe = batch.firstAttemptAt().get().plus(settings.resendWindow()).minus(settings.retryDelay());
            Instant soonest = now.plus(settings.retryDelay());
            if (next.isAfter(lastSafe)) {
                next = lastSafe.isAfter(soonest) ? lastSafe : soonest;
            }
        }
        return next;
    }

    private AttemptOutcome unknown(BatchKey key, String owner, Integer errcode, String reason) {
        batches.markUnknown(key, owner, errcode, reason, clock.instant());
        LOG.warn("batch {} UNKNOWN: it may have gone out and the answer cannot tell ({}); an event, mass/get or an "
                + "operator settles it", key, reason);
        return AttemptOutcome.UNKNOWN;
    }

    /** Certainly not sent, unless an earlier attempt may have gone out: then UNKNOWN, never FAILED. */
    private AttemptOutcome refuse(Campaign campaign, BatchKey key, String owner, boolean uncertain, String reason,
                                  Integer errcode, int attemptNo, boolean sending) {
        Instant now = clock.instant();
        if (!sending) {
            // Refused before any request: make it SENDING first so that FAILED follows the one state machine.
            batches.markSending(key, owner, now);
        }
        if (errcode == null || !sending) {
            // Not logged by refused(): refused before the send (the tag or the draft), or no answer to classify.
            log.append(key, attemptNo, now, owner, uncertain ? SendOutcome.UNCERTAIN : SendOutcome.PERMANENT, errcode, null,
                    null, "not posted: " + reason);
        }
        if (uncertain || !batches.markFailed(key, owner, errcode, reason, now)) {
            return unknown(key, owner, errcode, reason);
        }
        if (campaign.draftPerBatch() && preparation != null) {
            // Only drafts of batches certainly not sent (FAILED, CANCELLED) are deleted.
            preparation.drafts.deleteUnsent(key.campaignId());
        }
        LOG.warn("batch {} failed: {} {}", key, errcode == null ? "" : errcode, reason);
        return AttemptOutcome.REFUSED;
    }
}

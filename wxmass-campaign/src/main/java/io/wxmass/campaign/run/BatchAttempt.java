package io.wxmass.campaign.run;

import io.wxmass.campaign.AudienceKind;
import io.wxmass.campaign.Batch;
import io.wxmass.campaign.BatchKey;
import io.wxmass.campaign.BatchState;
import io.wxmass.campaign.Campaign;
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
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One attempt at a claimed batch: the state machine's sending edge. SENDING is committed before
 * the HTTP call; the batch's own clientmsgid goes out on every attempt, so a re-send after an
 * unknown outcome is answered with the original job (45065) instead of a second copy.
 */
final class BatchAttempt {
    private static final Logger LOG = LoggerFactory.getLogger(BatchAttempt.class);
    private static final int CLIENT_MSG_ID_TOO_FAST = 45066;

    private final BatchStore batches;
    private final MassApi mass;
    private final Clock clock;
    private final WorkerSettings settings;
    private final SendPreparation preparation;

    /** @param preparation null for a worker that sends only campaigns needing neither a temporary tag nor drafts */
    BatchAttempt(BatchStore batches, MassApi mass, Clock clock, WorkerSettings settings, SendPreparation preparation) {
        this.batches = batches;
        this.mass = mass;
        this.clock = clock;
        this.settings = settings;
        this.preparation = preparation;
    }

    AttemptOutcome run(Campaign campaign, Batch batch, String owner) {
        Objects.requireNonNull(batch, "batch");
        BatchKey key = batch.key();
        Instant now = clock.instant();
        if (batch.state() == BatchState.SENDING && batch.firstAttemptAt().isPresent()
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
            return e.refusal() == TagRefusal.CONCURRENT_CHANGE ? retryLater(key, owner, e.getMessage())
                    : refuse(campaign, key, owner, e.getMessage(), e.errcode(), true);
        } catch (WeChatApiException e) {
            // Nothing was sent yet: only the tag or the draft is missing.
            return e.retryable() || e.errcode() == ErrorCodes.API_FREQ_OUT_OF_LIMIT
                    ? retryLater(key, owner, "before the send: errcode " + e.errcode() + " " + e.errmsg())
                    : refuse(campaign, key, owner, e.errmsg(), e.errcode(), true);
        } catch (TransportException e) {
            return retryLater(key, owner, "before the send: " + e.getMessage());
        } catch (InvalidRequestException e) {
            return refuse(campaign, key, owner, e.field() + ": " + e.rule(), null, true);
        }
        Audience audience;
        try {
            audience = audienceOf(ready);
        } catch (InvalidRequestException e) {
            return refuse(campaign, key, owner, e.field() + ": " + e.rule(), null, true);
        }
        if (!batches.markSending(key, owner, now)) {
            return AttemptOutcome.SKIPPED;
        }
        SendOptions options = SendOptions.withClientMsgId(batch.clientMsgId()).ignoreReprint(campaign.ignoreReprint());
        try {
            SendReceipt receipt = mass.send(message, audience, options);
            batches.markSubmitted(key, receipt.msgId(),
                    receipt.msgDataId().isPresent() ? receipt.msgDataId().getAsLong() : null, clock.instant());
            return AttemptOutcome.SUBMITTED;
        } catch (WeChatApiException e) {
            if (e.retryable() || e.errcode() == CLIENT_MSG_ID_TOO_FAST) {
                return retryLater(key, owner, "errcode " + e.errcode() + " " + e.errmsg());
            }
            return refuse(campaign, key, owner, e.errmsg(), e.errcode(), false);
        } catch (TransportException e) {
            return retryLater(key, owner, "transport: " + e.getMessage());
        } catch (InvalidRequestException e) {
            return refuse(campaign, key, owner, e.field() + ": " + e.rule(), null, false);
        }
    }

    private SendPreparation preparation() {
        if (preparation == null) {
            throw new IllegalStateException("this worker has no tag and draft APIs: build it from a WxMass to send "
                    + "campaigns with a temporary tag or a draft per batch");
        }
        return preparation;
    }

    private Audience audienceOf(Batch batch) {
        return switch (batch.kind()) {
            case OPENIDS -> Audience.openIds(batches.openIds(batch.key()));
            case TAG -> Audience.tag(batch.tagId().orElseThrow());
            case ALL -> Audience.allFollowers();
            default -> throw new IllegalStateException("batch " + batch.key() + " has kind " + batch.kind());
        };
    }

    private AttemptOutcome retryLater(BatchKey key, String owner, String reason) {
        batches.retryLater(key, owner, clock.instant().plus(settings.retryDelay()), reason);
        LOG.info("batch {}: outcome unknown ({}), same clientmsgid again later", key, reason);
        return AttemptOutcome.RETRY_LATER;
    }

    private AttemptOutcome refuse(Campaign campaign, BatchKey key, String owner, String reason, Integer errcode,
                                  boolean beforeSend) {
        Instant now = clock.instant();
        if (beforeSend) {
            // Refused before the send: make it SENDING first so that FAILED follows the one state machine.
            batches.markSending(key, owner, now);
        }
        batches.markFailed(key, owner, errcode, reason, now);
        if (campaign.draftPerBatch() && preparation != null) {
            preparation.drafts.deleteUnsent(key.campaignId());
        }
        LOG.warn("batch {} failed: {} {}", key, errcode == null ? "" : errcode, reason);
        return AttemptOutcome.REFUSED;
    }
}

package io.wxmass.campaign.run;

import io.wxmass.campaign.Batch;
import io.wxmass.campaign.BatchKey;
import io.wxmass.campaign.BatchState;
import io.wxmass.campaign.Campaign;
import io.wxmass.campaign.store.BatchStore;
import io.wxmass.core.error.InvalidRequestException;
import io.wxmass.core.error.TransportException;
import io.wxmass.core.error.WeChatApiException;
import io.wxmass.core.mass.MassApi;
import io.wxmass.core.mass.SendReceipt;
import io.wxmass.core.message.Audience;
import io.wxmass.core.message.SendOptions;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
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

    BatchAttempt(BatchStore batches, MassApi mass, Clock clock, WorkerSettings settings) {
        this.batches = batches;
        this.mass = mass;
        this.clock = clock;
        this.settings = settings;
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
        Audience audience;
        try {
            audience = audienceOf(batch);
        } catch (InvalidRequestException e) {
            return refuse(key, owner, e.field() + ": " + e.rule(), null);
        }
        if (!batches.markSending(key, owner, now)) {
            return AttemptOutcome.SKIPPED;
        }
        SendOptions options = SendOptions.withClientMsgId(batch.clientMsgId()).ignoreReprint(campaign.ignoreReprint());
        try {
            SendReceipt receipt = mass.send(campaign.message(), audience, options);
            batches.markSubmitted(key, receipt.msgId(),
                    receipt.msgDataId().isPresent() ? receipt.msgDataId().getAsLong() : null, clock.instant());
            return AttemptOutcome.SUBMITTED;
        } catch (WeChatApiException e) {
            if (e.retryable() || e.errcode() == CLIENT_MSG_ID_TOO_FAST) {
                return retryLater(batch, owner, "errcode " + e.errcode() + " " + e.errmsg());
            }
            return refuse(key, owner, e.errmsg(), e.errcode());
        } catch (TransportException e) {
            return retryLater(batch, owner, "transport: " + e.getMessage());
        } catch (InvalidRequestException e) {
            return refuse(key, owner, e.field() + ": " + e.rule(), null);
        }
    }

    private Audience audienceOf(Batch batch) {
        return switch (batch.kind()) {
            case OPENIDS -> Audience.openIds(batches.openIds(batch.key()));
            case TAG -> Audience.tag(batch.tagId().orElseThrow());
            case ALL -> Audience.allFollowers();
            default -> throw new IllegalStateException("batch " + batch.key() + " has kind " + batch.kind());
        };
    }

    private AttemptOutcome retryLater(Batch batch, String owner, String reason) {
        BatchKey key = batch.key();
        // batch.attempts() was read at the claim: this attempt is the next one.
        batches.retryLater(key, owner, clock.instant().plus(settings.retryDelayAfter(batch.attempts() + 1)), reason);
        LOG.info("batch {}: outcome unknown ({}), same clientmsgid again later", key, reason);
        return AttemptOutcome.RETRY_LATER;
    }

    private AttemptOutcome refuse(BatchKey key, String owner, String reason, Integer errcode) {
        Instant now = clock.instant();
        if (errcode == null) {
            // Refused before any request: make it SENDING first so that FAILED follows the one state machine.
            batches.markSending(key, owner, now);
        }
        batches.markFailed(key, owner, errcode, reason, now);
        LOG.warn("batch {} failed: {} {}", key, errcode == null ? "" : errcode, reason);
        return AttemptOutcome.REFUSED;
    }
}

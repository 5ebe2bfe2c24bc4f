package io.wxmass.campaign.run;

import io.wxmass.campaign.Batch;
import io.wxmass.campaign.BatchKey;
import io.wxmass.campaign.Campaign;
import io.wxmass.campaign.store.BatchStore;
import io.wxmass.core.error.WxMassException;
import io.wxmass.core.message.MassMessage;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A fresh draft for every batch of a campaign from articles (docs/platform.md D17: a draft media_id is
 * used up by its first successful send). The media_id is recorded on the batch before the send, so
 * every re-attempt posts the same one with the same clientmsgid; batch 1 sends the draft made when the
 * campaign was created. Drafts no send used are deleted.
 */
final class DraftPerBatch {
    private static final Logger LOG = LoggerFactory.getLogger(DraftPerBatch.class);
    private static final int FIRST_BATCH = 1;

    private final BatchStore batches;
    private final DraftBox drafts;

    DraftPerBatch(BatchStore batches, DraftBox drafts) {
        this.batches = Objects.requireNonNull(batches, "batches");
        this.drafts = Objects.requireNonNull(drafts, "drafts");
    }

    /**
     * The message this batch sends: the campaign's own, or its batch's draft (made now if none is
     * recorded). Empty when the lease was lost before the draft could be recorded.
     */
    Optional<MassMessage> messageFor(Campaign campaign, Batch batch, String owner) {
        if (!campaign.draftPerBatch()) {
            return Optional.of(campaign.message());
        }
        BatchKey key = batch.key();
        Optional<String> recorded = batches.draftMediaId(key);
        if (recorded.isPresent()) {
            return Optional.of(MassMessage.mpNews(recorded.get()));
        }
        boolean first = key.batchNo() == FIRST_BATCH;
        String mediaId = first ? ((MassMessage.MpNews) campaign.message()).mediaId() : drafts.add(campaign.articles());
        if (!batches.recordDraft(key, owner, mediaId)) {
            if (!first) {
                deleteQuietly(mediaId);
            }
            return Optional.empty();
        }
        return Optional.of(MassMessage.mpNews(mediaId));
    }

    /** Deletes the campaign's drafts that no send used (refused or cancelled batches); returns how many. */
    int deleteUnsent(String campaignId) {
        int deleted = 0;
        for (BatchKey key : batches.unsentDrafts(campaignId)) {
            Optional<String> mediaId = batches.draftMediaId(key);
            if (mediaId.isPresent() && deleteQuietly(mediaId.get())) {
                batches.markDraftDeleted(key);
                deleted++;
            }
        }
        return deleted;
    }

    private boolean deleteQuietly(String mediaId) {
        try {
            drafts.delete(mediaId);
            return true;
        } catch (WxMassException e) {
            LOG.warn("draft {} not deleted: {}", mediaId, e.getMessage());
            return false;
        }
    }
}

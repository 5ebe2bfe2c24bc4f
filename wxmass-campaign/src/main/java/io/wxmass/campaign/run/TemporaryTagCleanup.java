package io.wxmass.campaign.run;

import io.wxmass.campaign.TemporaryTag;
import io.wxmass.campaign.store.TemporaryTagStore;
import io.wxmass.campaign.store.TemporaryTagStore.Chunk;
import io.wxmass.core.audience.AudienceApi;
import io.wxmass.core.audience.TagException;
import io.wxmass.core.audience.TagRefusal;
import io.wxmass.core.audience.TagRules;
import io.wxmass.core.error.WxMassException;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes temporary tags once their sendall batch is settled (its MASSSENDJOBFINISH came, or it was
 * refused or cancelled). Deleting a tag removes it from every user at once, so openids are untagged
 * only as far as tags/delete needs (at most 100,000 members, docs/platform.md §11): chunk by chunk
 * from the end, each chunk recorded, until the delete is accepted.
 */
public final class TemporaryTagCleanup {
    private static final Logger LOG = LoggerFactory.getLogger(TemporaryTagCleanup.class);

    private final TemporaryTagStore tags;
    private final AudienceApi audience;
    private final Clock clock;

    public TemporaryTagCleanup(TemporaryTagStore tags, AudienceApi audience, Clock clock) {
        this.tags = Objects.requireNonNull(tags, "tags");
        this.audience = Objects.requireNonNull(audience, "audience");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Deletes every tag that is due; a failure is logged and tried again on the next call. Returns how many went. */
    public int deleteDue() {
        int deleted = 0;
        for (TemporaryTag tag : tags.awaitingDeletion()) {
            try {
                delete(tag);
                deleted++;
            } catch (WxMassException e) {
                LOG.warn("temporary tag {} of campaign {}: not deleted yet: {}", tag.tagName(), tag.campaignId(),
                        e.getMessage());
            }
        }
        return deleted;
    }

    private void delete(TemporaryTag tag) {
        long tagId = tag.tagId().orElseThrow();
        while (true) {
            try {
                audience.deleteTag(tagId);
                break;
            } catch (TagException e) {
                if (e.refusal() == TagRefusal.UNKNOWN_TAG) {
                    break; // deleted by an earlier call whose answer was lost
                }
                if (e.refusal() != TagRefusal.TOO_MANY_MEMBERS_TO_DELETE) {
                    throw e;
                }
                Optional<Chunk> chunk = tags.nextToUntag(tag.campaignId());
                if (chunk.isEmpty()) {
                    throw e;
                }
                untag(tagId, chunk.get());
                tags.markUntagged(tag.campaignId(), chunk.get().chunkNo());
            }
        }
        tags.markDeleted(tag.campaignId(), clock.instant());
        LOG.info("campaign {}: temporary tag {} deleted", tag.campaignId(), tagId);
    }

    private void untag(long tagId, Chunk chunk) {
        Set<String> failed = new HashSet<>(chunk.failed());
        List<String> tagged = chunk.openIds().subList(0, chunk.tagged()).stream().filter(id -> !failed.contains(id)).toList();
        for (int from = 0; from < tagged.size(); from += TagRules.MAX_OPENIDS_PER_CALL) {
            audience.untagUsers(tagId, tagged.subList(from, Math.min(tagged.size(), from + TagRules.MAX_OPENIDS_PER_CALL)));
        }
    }
}

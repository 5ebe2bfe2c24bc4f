package io.wxmass.campaign.run;

import io.wxmass.campaign.Batch;
import io.wxmass.campaign.BatchKey;
import io.wxmass.campaign.Campaign;
import io.wxmass.campaign.TemporaryTag;
import io.wxmass.campaign.store.TemporaryTagStore;
import io.wxmass.campaign.store.TemporaryTagStore.Chunk;
import io.wxmass.core.audience.AudienceApi;
import io.wxmass.core.audience.Tag;
import io.wxmass.core.audience.TagException;
import io.wxmass.core.audience.TagRefusal;
import io.wxmass.core.audience.TagRules;
import io.wxmass.core.message.Audience;
import io.wxmass.core.message.MassMessage;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gets a temporary tag ready for its one sendall (docs/platform.md D19): creates the tag (once: a
 * re-run after a crash finds it by its name), tags every chunk 50 openids a call, recording each
 * call, and turns the openids the platform would not tag into list batches. Runs under the sendall
 * batch's lease, renewed with every recorded call; the batch stays PLANNED until the send itself.
 */
final class TemporaryTagFill {
    private static final Logger LOG = LoggerFactory.getLogger(TemporaryTagFill.class);
    /** batchtagging calls between two progress records (and lease renewals). */
    static final int CALLS_PER_RECORD = 10;

    private final TemporaryTagStore tags;
    private final AudienceApi audience;
    private final Clock clock;
    private final WorkerSettings settings;

    TemporaryTagFill(TemporaryTagStore tags, AudienceApi audience, Clock clock, WorkerSettings settings) {
        this.tags = Objects.requireNonNull(tags, "tags");
        this.audience = Objects.requireNonNull(audience, "audience");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /**
     * Fills the tag. Platform and network errors propagate: the caller decides between a retry and a
     * refusal; nothing has been sent to a follower at that point.
     *
     * @return true when the tag is ready for the sendall, false when the lease was lost on the way
     */
    boolean fill(Campaign campaign, Batch batch, String owner) {
        BatchKey key = batch.key();
        TemporaryTag tag = tags.find(key.campaignId()).orElseThrow();
        long tagId = tag.tagId().isPresent() ? tag.tagId().getAsLong() : create(key, tag);
        Optional<Chunk> next;
        while ((next = tags.nextToTag(key.campaignId())).isPresent()) {
            if (!tagChunk(key, owner, tagId, next.get())) {
                return false;
            }
        }
        List<List<String>> fallback = fallbackBatches(key.campaignId(), tagId);
        boolean singleUse = campaign.message() instanceof MassMessage.MpNews && !campaign.draftPerBatch();
        String refused = singleUse && !fallback.isEmpty()
                ? "not sent: these openids could not be tagged (a user at " + TagRules.MAX_TAGS_PER_USER + " tags) and a "
                + "bare mpnews media_id serves one send only; create the campaign from its articles to reach them"
                : null;
        if (tags.finishTagging(key, fallback, refused, clock.instant())) {
            LOG.info("campaign {}: tag {} ready, {} openids go by list instead", key.campaignId(), tagId,
                    fallback.stream().mapToInt(List::size).sum());
        }
        return true;
    }

    private long create(BatchKey key, TemporaryTag tag) {
        tags.markCreating(key.campaignId());
        long id;
        try {
            id = audience.createTag(tag.tagName()).id();
        } catch (TagException e) {
            if (e.refusal() != TagRefusal.INVALID_NAME || tag.state() != TemporaryTag.State.CREATING) {
                throw e;
            }
            // The name is taken: by the create of an attempt that died before recording its answer.
            id = audience.tags().stream().filter(t -> t.name().equals(tag.tagName())).mapToLong(Tag::id).findFirst()
                    .orElseThrow(() -> e);
        }
        tags.recordTagId(key, id);
        return id;
    }

    private boolean tagChunk(BatchKey key, String owner, long tagId, Chunk chunk) {
        List<String> openIds = chunk.openIds();
        List<String> failed = new ArrayList<>(chunk.failed());
        int dropped = 0;
        int calls = 0;
        for (int from = chunk.tagged(); from < openIds.size(); from += TagRules.MAX_OPENIDS_PER_CALL) {
            int to = Math.min(openIds.size(), from + TagRules.MAX_OPENIDS_PER_CALL);
            dropped += tagSlice(tagId, openIds.subList(from, to), failed);
            // Recorded every few calls and at the chunk's end: a crash repeats at most that many, and a
            // repeated batchtagging changes nothing.
            if (++calls % CALLS_PER_RECORD == 0 || to == openIds.size()) {
                if (!tags.recordTagged(key, owner, chunk.chunkNo(), to, failed, dropped,
                        clock.instant().plus(settings.lease()))) {
                    return false;
                }
                dropped = 0;
            }
        }
        return true;
    }

    /** Tags one call's worth; adds who could not be tagged to {@code failed}; returns how many do not follow. */
    private int tagSlice(long tagId, List<String> slice, List<String> failed) {
        try {
            failed.addAll(audience.tagUsers(tagId, slice).failedOpenIds());
            return 0;
        } catch (TagException e) {
            if (!oneByOne(e.refusal())) {
                throw e;
            }
        }
        // Which of them? The platform does not say: one call each, so every answer is about one user.
        int dropped = 0;
        for (String openId : slice) {
            try {
                failed.addAll(audience.tagUsers(tagId, List.of(openId)).failedOpenIds());
            } catch (TagException e) {
                switch (e.refusal()) {
                    case USER_AT_TAG_LIMIT -> failed.add(openId);
                    case INVALID_OPENID, OPENID_OF_ANOTHER_APP -> dropped++;
                    default -> throw e;
                }
            }
        }
        return dropped;
    }

    private static boolean oneByOne(TagRefusal refusal) {
        return refusal == TagRefusal.USER_AT_TAG_LIMIT || refusal == TagRefusal.INVALID_OPENID
                || refusal == TagRefusal.OPENID_OF_ANOTHER_APP;
    }

    /**
     * The untaggable openids as list batches of at most 10,000. A list send needs two openids, so a lone
     * one takes a partner out of the tag: the first tagged openid, untagged first (again, after a crash).
     */
    private List<List<String>> fallbackBatches(String campaignId, long tagId) {
        List<String> fallback = new ArrayList<>(tags.fallbackOpenIds(campaignId));
        if (fallback.size() == 1) {
            Chunk first = tags.chunk(campaignId, 1).orElseThrow();
            Set<String> failed = new HashSet<>(first.failed());
            String partner = first.openIds().stream().filter(id -> !failed.contains(id)).findFirst().orElseThrow();
            audience.untagUsers(tagId, List.of(partner));
            fallback.add(partner);
        }
        List<List<String>> batches = new ArrayList<>();
        for (int from = 0; from < fallback.size(); from += Audience.OpenIds.MAX) {
            batches.add(new ArrayList<>(fallback.subList(from, Math.min(fallback.size(), from + Audience.OpenIds.MAX))));
        }
        int last = batches.size() - 1;
        if (last > 0 && batches.get(last).size() == 1) {
            List<String> previous = batches.get(last - 1);
            batches.get(last).add(0, previous.remove(previous.size() - 1));
        }
        return batches;
    }
}

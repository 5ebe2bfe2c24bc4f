package io.wxmass.campaign;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * The temporary tag of a campaign sent by tag (docs/platform.md D19): made when its sendall batch is
 * first claimed, filled 50 openids a call, sent to once, deleted after the job's event.
 *
 * @param batchNo  the sendall batch
 * @param tagId    known once tags/create answered
 * @param fallback openids the platform would not tag (a user at 20 tags), sent as list batches instead
 * @param dropped  openids that no longer follow the account (40003/49003 when tagged one by one)
 */
public record TemporaryTag(String campaignId, int batchNo, String tagName, OptionalLong tagId, State state,
                           long fallback, long dropped) {
    /** Each step is recorded before and after its calls, so a re-run resumes where a crash stopped. */
    public enum State {
        /** Nothing done yet. */
        PLANNED,
        /** tags/create may have been called; a re-run looks the tag up by its name. */
        CREATING,
        /** The tag exists; chunks are being tagged. */
        TAGGING,
        /** Every chunk is tagged and the fallback list batches are written: the sendall may go. */
        TAGGED,
        /** Untagged as needed and deleted. */
        DELETED
    }

    public TemporaryTag {
        Objects.requireNonNull(campaignId, "campaignId");
        Objects.requireNonNull(tagName, "tagName");
        Objects.requireNonNull(state, "state");
    }
}

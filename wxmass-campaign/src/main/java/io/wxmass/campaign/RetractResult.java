package io.wxmass.campaign;

import java.util.List;

/**
 * What retracting a campaign did.
 *
 * @param cancelled batches that were never attempted and now never will be
 * @param deleted   msg_ids of sent jobs deleted through mass/delete (mpnews and mpvideo only)
 * @param failed    msg_ids the platform refused to delete, with its reason
 * @param inFlight  batches still SENDING: their outcome is unknown, retract again once they settle
 */
public record RetractResult(int cancelled, List<Long> deleted, List<String> failed, int inFlight) {
    public RetractResult {
        deleted = List.copyOf(deleted);
        failed = List.copyOf(failed);
    }
}

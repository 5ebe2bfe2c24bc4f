package io.wxmass.campaign;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What cancelling or retracting a campaign did.
 *
 * @param cancelled batches that were never attempted and now never will be
 * @param deleted   msg_ids of sent jobs deleted through mass/delete (retract only; mpnews and mpvideo)
 * @param failed    msg_ids the platform refused to delete, with its reason
 * @param inFlight  batches whose worker was still inside its send when the stop gave up waiting for it
 * @param parked    batches whose outcome was unknown when the campaign stopped: PARKED, for {@code resolve}
 * @param warning   what the operator must know about what was done (deleting articles), if anything
 */
public record RetractResult(int cancelled, List<Long> deleted, List<String> failed, int inFlight, int parked,
                            Optional<String> warning) {
    public RetractResult {
        deleted = List.copyOf(deleted);
        failed = List.copyOf(failed);
        Objects.requireNonNull(warning, "warning");
    }
}

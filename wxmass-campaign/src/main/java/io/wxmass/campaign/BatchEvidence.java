package io.wxmass.campaign;

import io.wxmass.core.mass.StatusReport;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What is known about a batch whose outcome is in doubt, shown to an operator before they settle it.
 *
 * @param attempts       the batch's attempt log, oldest first: when, which worker, what the platform answered
 * @param platformStatus mass/get's answer, where the batch has a msg_id and the platform answered
 * @param statusError    why mass/get could not be asked or did not answer, if it was not
 */
public record BatchEvidence(Batch batch, List<Attempt> attempts, Optional<StatusReport> platformStatus,
                            Optional<String> statusError) {
    public BatchEvidence {
        Objects.requireNonNull(batch, "batch");
        attempts = List.copyOf(attempts);
        Objects.requireNonNull(platformStatus, "platformStatus");
        Objects.requireNonNull(statusError, "statusError");
    }
}

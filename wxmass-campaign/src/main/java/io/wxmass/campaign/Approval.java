package io.wxmass.campaign;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Who created and approved a campaign, and what its approval needs.
 *
 * @param createdBy      the creator, as {@link Actor#toString()} (empty for campaigns made before it was recorded)
 * @param requirePreview approval is refused until a preview went out
 * @param fourEyes       the approver must differ from the creator
 * @param previewedAt    when the last preview went out
 * @param approvedBy     who approved it (froze its audience)
 */
public record Approval(Optional<String> createdBy, boolean requirePreview, boolean fourEyes, Optional<Instant> previewedAt,
                       Optional<String> approvedBy, Optional<Instant> approvedAt) {
    public Approval {
        Objects.requireNonNull(createdBy, "createdBy");
        Objects.requireNonNull(previewedAt, "previewedAt");
        Objects.requireNonNull(approvedBy, "approvedBy");
        Objects.requireNonNull(approvedAt, "approvedAt");
    }
}

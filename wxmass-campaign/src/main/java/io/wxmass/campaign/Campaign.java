package io.wxmass.campaign;

import io.wxmass.core.message.MassMessage;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A stored campaign.
 *
 * @param audienceRef    the tag id or the file the audience came from; empty for an inline list or all followers
 * @param recipientCount distinct openids frozen (0 for sendall campaigns until an event reports a count)
 * @param duplicateCount openids dropped at planning because they appeared earlier in the audience
 * @param appId          the account it is sent from
 * @param approval       who created and approved it, and the rules its approval must meet
 */
public record Campaign(String id, String name, MassMessage message, AudienceKind audienceKind,
                       Optional<String> audienceRef, boolean ignoreReprint, List<String> previewOpenIds,
                       Optional<Instant> scheduledAt, CampaignState state, long recipientCount, long duplicateCount,
                       Instant createdAt, Optional<Instant> plannedAt, String appId, Approval approval) {
    public Campaign {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(appId, "appId");
        Objects.requireNonNull(approval, "approval");
        Objects.requireNonNull(message, "message");
        previewOpenIds = List.copyOf(previewOpenIds);
    }
}

package io.wxmass.campaign;

import io.wxmass.core.media.Article;
import io.wxmass.core.message.MassMessage;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A stored campaign.
 *
 * @param audience       who it goes to, as it was created (the store keeps its own form of it)
 * @param recipientCount distinct openids frozen (0 for sendall campaigns until an event reports a count)
 * @param duplicateCount openids dropped at planning because they appeared earlier in the audience
 * @param appId          the account it is sent from
 * @param approval       who created and approved it, and the rules its approval must meet
 * @param strategy       the delivery strategy asked for ({@link DeliveryStrategy#AUTO} unless chosen)
 * @param planReason     what the planner chose and why, once planned
 * @param articles       the articles of a campaign that makes a fresh draft per batch; empty otherwise
 */
public record Campaign(String id, String name, MassMessage message, AudienceSpec audience, boolean ignoreReprint, List<String> previewOpenIds,
                       Optional<Instant> scheduledAt, CampaignState state, long recipientCount, long duplicateCount,
                       Instant createdAt, Optional<Instant> plannedAt, String appId, Approval approval,
                       DeliveryStrategy strategy, Optional<String> planReason, List<Article> articles) {
    public Campaign {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(appId, "appId");
        Objects.requireNonNull(approval, "approval");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(strategy, "strategy");
        previewOpenIds = List.copyOf(previewOpenIds);
        articles = List.copyOf(articles);
    }

    /** The audience's kind: the openid audiences are frozen into list batches, TAG and ALL are one sendall. */
    public AudienceKind audienceKind() {
        return audience.kind();
    }

    /** A draft per batch: the message's media_id serves the first send only. */
    public boolean draftPerBatch() {
        return !articles.isEmpty();
    }
}

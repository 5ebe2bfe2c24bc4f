package io.wxmass.campaign;

import io.wxmass.core.error.InvalidRequestException;
import io.wxmass.core.media.Article;
import io.wxmass.core.media.MediaApi;
import io.wxmass.core.message.MassMessage;
import io.wxmass.core.internal.message.Require;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an operator asks for: a message, an audience, and optionally a schedule, preview recipients
 * and a delivery strategy. Built with {@link #builder(String, MassMessage, AudienceSpec)}, or with
 * {@link #fromArticles(String, List, AudienceSpec)} for an mpnews campaign that keeps its articles.
 *
 * @param message  the message; empty only for a campaign from articles before it is stored (the
 *                 service then makes its first draft)
 * @param articles the articles of an mpnews campaign: each batch gets a fresh draft of them, since a
 *                 draft media_id is used up by its first successful send (docs/platform.md D17)
 */
public record CampaignSpec(String name, Optional<MassMessage> message, AudienceSpec audience, Optional<Instant> scheduledAt,
                           List<String> previewOpenIds, boolean ignoreReprint, boolean requirePreview,
                           boolean fourEyes, DeliveryStrategy strategy, List<Article> articles) {
    public static final int MAX_NAME_LENGTH = 200;
    /** Previews are for the people checking a message, and they share the sends' 60-a-minute budget. */
    public static final int MAX_PREVIEW_RECIPIENTS = 20;

    public CampaignSpec {
        Objects.requireNonNull(name, "name");
        if (name.isBlank() || name.length() > MAX_NAME_LENGTH) {
            throw new InvalidRequestException("name", "must be 1 to " + MAX_NAME_LENGTH + " characters");
        }
        Require.noControlOrBidi(name, "name"); // names are printed in tables: no forged rows, no escape codes
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(strategy, "strategy");
        articles = List.copyOf(Objects.requireNonNull(articles, "articles"));
        if (message.isEmpty() && articles.isEmpty()) {
            throw new InvalidRequestException("message", "is required");
        }
        if (strategy != DeliveryStrategy.AUTO && (audience.kind() == AudienceKind.TAG || audience.kind() == AudienceKind.ALL)) {
            throw new InvalidRequestException("strategy", "applies to openid audiences; a tag or all-follower campaign "
                    + "is one sendall already");
        }
        if (!articles.isEmpty() && message.isPresent() && !(message.get() instanceof MassMessage.MpNews)) {
            throw new InvalidRequestException("message", "a campaign from articles sends mpnews");
        }
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(scheduledAt, "scheduledAt");
        previewOpenIds = List.copyOf(Objects.requireNonNull(previewOpenIds, "previewOpenIds"));
        if (previewOpenIds.size() > MAX_PREVIEW_RECIPIENTS) {
            throw new InvalidRequestException("previewOpenIds", "at most " + MAX_PREVIEW_RECIPIENTS + " preview recipients, got " + previewOpenIds.size());
        }
        for (String openId : previewOpenIds) {
            if (openId.isBlank() || openId.contains("\n")) {
                throw new InvalidRequestException("preview", "openids must be non-blank single-line values");
            }
        }
        if (requirePreview && previewOpenIds.isEmpty()) {
            throw new InvalidRequestException("requirePreview", "needs preview recipients to preview to");
        }
    }

    public static Builder builder(String name, MassMessage message, AudienceSpec audience) {
        return new Builder(name, Objects.requireNonNull(message, "message"), List.of(), audience);
    }

    /** An mpnews campaign that keeps its articles and sends each batch a draft of its own. */
    public static Builder fromArticles(String name, List<Article> articles, AudienceSpec audience) {
        if (Objects.requireNonNull(articles, "articles").isEmpty()) {
            throw new InvalidRequestException("articles", "needs at least one article");
        }
        // The draft rules (title length, thumb, ...) are checked now, not when a batch is sent.
        articles.forEach(MediaApi::draftArticle);
        return new Builder(name, null, articles, audience);
    }

    /** The same campaign with its message set (the first draft of a campaign from articles). */
    public CampaignSpec withMessage(MassMessage first) {
        return new CampaignSpec(name, Optional.of(first), audience, scheduledAt, previewOpenIds, ignoreReprint,
                requirePreview, fourEyes, strategy, articles);
    }

    /** Optional parts of a campaign. */
    public static final class Builder {
        private final String name;
        private final MassMessage message;
        private final List<Article> articles;
        private final AudienceSpec audience;
        private Instant scheduledAt;
        private List<String> previewOpenIds = List.of();
        private boolean ignoreReprint;
        private DeliveryStrategy strategy = DeliveryStrategy.AUTO;
        private boolean requirePreview;
        private boolean fourEyes;

        private Builder(String name, MassMessage message, List<Article> articles, AudienceSpec audience) {
            this.name = name;
            this.message = message;
            this.articles = articles;
            this.audience = audience;
        }

        /** List batches, a temporary tag, or the planner's choice (the default); openid audiences only. */
        public Builder strategy(DeliveryStrategy strategy) {
            this.strategy = Objects.requireNonNull(strategy, "strategy");
            return this;
        }

        /** No batch is sent before this instant. */
        public Builder scheduledAt(Instant scheduledAt) {
            this.scheduledAt = Objects.requireNonNull(scheduledAt, "scheduledAt");
            return this;
        }

        public Builder previewTo(List<String> openIds) {
            this.previewOpenIds = Objects.requireNonNull(openIds, "openIds");
            return this;
        }

        /** send_ignore_reprint=1: continue when an article is judged a reprint that allows reprinting. */
        public Builder ignoreReprint(boolean ignoreReprint) {
            this.ignoreReprint = ignoreReprint;
            return this;
        }

        /** Approval is refused until the campaign has been previewed (to its preview recipients). */
        public Builder requirePreview(boolean requirePreview) {
            this.requirePreview = requirePreview;
            return this;
        }

        /** Four-eyes rule: the approver must be someone other than the creator. */
        public Builder fourEyes(boolean fourEyes) {
            this.fourEyes = fourEyes;
            return this;
        }

        public CampaignSpec build() {
            return new CampaignSpec(name, Optional.ofNullable(message), audience, Optional.ofNullable(scheduledAt),
                    previewOpenIds, ignoreReprint, requirePreview, fourEyes, strategy, articles);
        }
    }
}

package io.wxmass.campaign;

import io.wxmass.core.error.InvalidRequestException;
import io.wxmass.core.message.MassMessage;
import io.wxmass.core.message.Require;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an operator asks for: a message, an audience, and optionally a schedule and preview
 * recipients. Built with {@link #builder(String, MassMessage, AudienceSpec)}.
 */
public record CampaignSpec(String name, MassMessage message, AudienceSpec audience, Optional<Instant> scheduledAt,
                           List<String> previewOpenIds, boolean ignoreReprint, boolean requirePreview,
                           boolean fourEyes) {
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
        return new Builder(name, message, audience);
    }

    /** Optional parts of a campaign. */
    public static final class Builder {
        private final String name;
        private final MassMessage message;
        private final AudienceSpec audience;
        private Instant scheduledAt;
        private List<String> previewOpenIds = List.of();
        private boolean ignoreReprint;
        private boolean requirePreview;
        private boolean fourEyes;

        private Builder(String name, MassMessage message, AudienceSpec audience) {
            this.name = name;
            this.message = message;
            this.audience = audience;
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
            return new CampaignSpec(name, message, audience, Optional.ofNullable(scheduledAt), previewOpenIds,
                    ignoreReprint, requirePreview, fourEyes);
        }
    }
}

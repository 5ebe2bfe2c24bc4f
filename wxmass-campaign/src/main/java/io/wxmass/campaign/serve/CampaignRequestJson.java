package io.wxmass.campaign.serve;

import com.fasterxml.jackson.databind.JsonNode;
import io.wxmass.campaign.AudienceSpec;
import io.wxmass.campaign.CampaignSpec;
import io.wxmass.campaign.DeliveryStrategy;
import io.wxmass.campaign.store.ArticlesJson;
import io.wxmass.campaign.store.MessageJson;
import io.wxmass.campaign.store.StoreException;
import io.wxmass.core.error.InvalidRequestException;
import io.wxmass.core.media.Article;
import io.wxmass.core.message.MassMessage;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads the body of {@code POST /api/campaigns}:
 * <pre>{@code
 * {"name": "spring sale",
 *  "message": {"type": "mpnews", "mediaId": "..."},          // the campaign store's message shape
 *  "audience": {"type": "tag", "tagId": 2},                   // all | tag | tagMembers | followers | openids
 *  "previewOpenIds": ["o..."], "scheduledAt": "2026-01-01T08:00:00Z", "ignoreReprint": false,
 *  "requirePreview": false, "fourEyes": false,
 *  "strategy": "auto"}                                        // auto | list | tag, for openid audiences
 * }</pre>
 * An mpnews message may carry {@code "articles": [{"title","thumbMediaId","content",...}]} instead of a
 * mediaId: the campaign then keeps them and sends every batch a draft of its own.
 * An openid file is not offered here: a REST caller must not make the server read its local files.
 */
public final class CampaignRequestJson {
    private static final Set<String> MESSAGE_TYPES = Set.of("text", "images", "voice", "mpvideo", "mpnews", "wxcard");

    private CampaignRequestJson() {
    }

    public static CampaignSpec read(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new InvalidRequestException("body", "must be a JSON object");
        }
        JsonNode articles = body.path("message").get("articles");
        CampaignSpec.Builder builder = articles != null && "mpnews".equals(body.path("message").path("type").asText())
                ? CampaignSpec.fromArticles(text(body, "name"), articles(articles), audience(body.get("audience")))
                : CampaignSpec.builder(text(body, "name"), message(body.get("message")), audience(body.get("audience")));
        JsonNode strategy = body.get("strategy");
        if (strategy != null && !strategy.isNull()) {
            builder.strategy(DeliveryStrategy.parse(strategy.asText(), "strategy"));
        }
        JsonNode preview = body.get("previewOpenIds");
        if (preview != null && !preview.isNull()) {
            builder.previewTo(strings(preview, "previewOpenIds"));
        }
        JsonNode scheduledAt = body.get("scheduledAt");
        if (scheduledAt != null && !scheduledAt.isNull()) {
            try {
                builder.scheduledAt(Instant.parse(scheduledAt.asText()));
            } catch (DateTimeParseException e) {
                throw new InvalidRequestException("scheduledAt", "must be an ISO-8601 instant such as 2026-01-01T08:00:00Z");
            }
        }
        builder.ignoreReprint(body.path("ignoreReprint").asBoolean(false));
        builder.requirePreview(body.path("requirePreview").asBoolean(false));
        builder.fourEyes(body.path("fourEyes").asBoolean(false));
        return builder.build();
    }

    static List<Article> articles(JsonNode node) {
        if (!node.isArray() || node.isEmpty()) {
            throw new InvalidRequestException("message.articles", "must be a non-empty array of articles");
        }
        return ArticlesJson.read(node.toString());
    }

    static MassMessage message(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw new InvalidRequestException("message", "required: an object with a type");
        }
        String type = node.path("type").asText();
        if (!MESSAGE_TYPES.contains(type)) {
            throw new InvalidRequestException("message.type", "must be one of " + String.join(", ", MESSAGE_TYPES.stream().sorted().toList()));
        }
        try {
            return MessageJson.read(node.toString());
        } catch (StoreException e) {
            throw new InvalidRequestException("message", e.getMessage());
        }
    }

    static AudienceSpec audience(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw new InvalidRequestException("audience", "required: an object with a type");
        }
        String type = node.path("type").asText();
        return switch (type) {
            case "all" -> AudienceSpec.all();
            case "tag" -> AudienceSpec.tag(tagId(node));
            case "tagMembers" -> AudienceSpec.tagMembers(tagId(node));
            case "followers" -> AudienceSpec.followers();
            case "openids" -> AudienceSpec.openIds(strings(node.get("openIds"), "audience.openIds"));
            default -> throw new InvalidRequestException("audience.type",
                    "must be one of all, tag, tagMembers, followers, openids");
        };
    }

    private static long tagId(JsonNode node) {
        JsonNode tag = node.get("tagId");
        if (tag == null || !tag.canConvertToLong()) {
            throw new InvalidRequestException("audience.tagId", "required: a number");
        }
        return tag.asLong();
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new InvalidRequestException(field, "required: a non-blank string");
        }
        return value.asText();
    }

    private static List<String> strings(JsonNode node, String field) {
        if (node == null || !node.isArray()) {
            throw new InvalidRequestException(field, "required: an array of strings");
        }
        List<String> values = new ArrayList<>(node.size());
        for (JsonNode item : node) {
            if (!item.isTextual()) {
                throw new InvalidRequestException(field, "must hold only strings");
            }
            values.add(item.asText());
        }
        return values;
    }
}

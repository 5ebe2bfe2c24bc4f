package io.wxmass.campaign.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wxmass.campaign.AudienceSpec;
import io.wxmass.campaign.CampaignSpec;
import io.wxmass.campaign.DeliveryStrategy;
import io.wxmass.campaign.store.ArticlesJson;
import io.wxmass.campaign.store.MessageJson;
import io.wxmass.core.error.InvalidRequestException;
import io.wxmass.core.media.Article;
import io.wxmass.core.message.MassMessage;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the body of {@code POST /api/campaigns}, strictly: every value of the right JSON type, within its
 * limits, and no field that is not one of these (a misspelt field is an error, not a silent default):
 * <pre>{@code
 * {"name": "spring sale",                                     // 1-200 characters, no control or bidi characters
 *  "message": {"type": "mpnews", "mediaId": "..."},          // the campaign store's message shape
 *  "audience": {"type": "tag", "tagId": 2},                   // all | tag | tagMembers | followers | openids
 *  "previewOpenIds": ["o..."],                                // at most 20
 *  "scheduledAt": "2026-01-01T08:00:00Z",                     // from now to a year ahead
 *  "ignoreReprint": false, "requirePreview": false, "fourEyes": false,  // four-eyes: another key approves
 *  "strategy": "auto"}                                        // auto | list | tag, for openid audiences
 * }</pre>
 * An mpnews message may carry {@code "articles": [{"title","thumbMediaId","content",...}]} instead of a
 * mediaId: the campaign then keeps them and sends every batch a draft of its own.
 * An openid file is not offered here: a REST caller must not make the server read its local files.
 */
public final class CampaignRequestJson {
    /** The platform documents no limit for a text; this one keeps a request's text to a readable size. */
    static final int MAX_TEXT_CHARS = 20_000;
    /** Media ids, card ids: the platform's media_id is at most 128 characters. */
    static final int MAX_ID_CHARS = 128;
    static final int MAX_IMAGES = 20;
    static final int MAX_SHORT_TEXT = 1_000;
    /** Inline openids of one campaign (the body limit, 4 MB, allows about this many). */
    static final int MAX_OPENIDS = 100_000;
    static final Duration MAX_SCHEDULE_AHEAD = Duration.ofDays(366);
    /** Clocks differ a little: a time this much in the past still counts as now. */
    static final Duration SCHEDULE_SKEW = Duration.ofMinutes(5);
    private static final Pattern OPENID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private static final Set<String> FIELDS = Set.of("name", "message", "audience", "previewOpenIds", "scheduledAt", "ignoreReprint",
            "requirePreview", "fourEyes", "strategy");
    private static final Map<String, Set<String>> MESSAGE_FIELDS = Map.of(
            "text", Set.of("type", "content"),
            "images", Set.of("type", "mediaIds", "recommend", "needOpenComment", "onlyFansCanComment"),
            "voice", Set.of("type", "mediaId"),
            "mpvideo", Set.of("type", "mediaId", "title", "description"),
            "mpnews", Set.of("type", "mediaId", "articles"),
            "wxcard", Set.of("type", "cardId"));
    private static final Map<String, Set<String>> AUDIENCE_FIELDS = Map.of(
            "all", Set.of("type"), "followers", Set.of("type"),
            "tag", Set.of("type", "tagId"), "tagMembers", Set.of("type", "tagId"),
            "openids", Set.of("type", "openIds"));

    private CampaignRequestJson() {
    }

    /** @param now the server's time, for the range of {@code scheduledAt} */
    public static CampaignSpec read(JsonNode body, Instant now) {
        if (body == null || !body.isObject()) {
            throw new InvalidRequestException("body", "must be a JSON object");
        }
        onlyKnown(body, FIELDS, "");
        String name = string(body, "name", "name", CampaignSpec.MAX_NAME_LENGTH);
        JsonNode articles = body.path("message").get("articles");
        CampaignSpec.Builder builder = articles != null && "mpnews".equals(body.path("message").path("type").asText())
                ? CampaignSpec.fromArticles(name, articles(body.get("message"), articles), audience(body.get("audience")))
                : CampaignSpec.builder(name, message(body.get("message")), audience(body.get("audience")));
        JsonNode strategy = body.get("strategy");
        if (strategy != null && !strategy.isNull()) {
            if (!strategy.isTextual()) {
                throw new InvalidRequestException("strategy", "must be a string: auto, list or tag");
            }
            builder.strategy(DeliveryStrategy.parse(strategy.asText(), "strategy"));
        }
        JsonNode preview = body.get("previewOpenIds");
        if (preview != null && !preview.isNull()) {
            builder.previewTo(openIds(preview, "previewOpenIds", CampaignSpec.MAX_PREVIEW_RECIPIENTS));
        }
        JsonNode scheduledAt = body.get("scheduledAt");
        if (scheduledAt != null && !scheduledAt.isNull()) {
            builder.scheduledAt(instant(scheduledAt, now));
        }
        optionalBool(body, "ignoreReprint", "ignoreReprint").ifPresent(builder::ignoreReprint);
        optionalBool(body, "requirePreview", "requirePreview").ifPresent(builder::requirePreview);
        optionalBool(body, "fourEyes", "fourEyes").ifPresent(builder::fourEyes);
        return builder.build();
    }

    /** An mpnews message given as articles: no mediaId beside them, a non-empty array, each article valid. */
    static List<Article> articles(JsonNode message, JsonNode node) {
        onlyKnown(message, Set.of("type", "articles"), "message.");
        if (!node.isArray() || node.isEmpty()) {
            throw new InvalidRequestException("message.articles", "must be a non-empty array of articles");
        }
        for (int i = 0; i < node.size(); i++) {
            if (!node.get(i).isObject()) {
                throw new InvalidRequestException("message.articles[" + i + "]", "must be an article object");
            }
        }
        return ArticlesJson.read(node.toString());
    }

    static MassMessage message(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw new InvalidRequestException("message", "required: an object with a type");
        }
        JsonNode typeNode = node.get("type");
        String type = typeNode != null && typeNode.isTextual() ? typeNode.asText() : "";
        if (!MESSAGE_FIELDS.containsKey(type)) {
            throw new InvalidRequestException("message.type", "must be one of " + String.join(", ", MESSAGE_FIELDS.keySet().stream().sorted().toList()));
        }
        onlyKnown(node, MESSAGE_FIELDS.get(type), "message.");
        switch (type) {
            case "text" -> string(node, "content", "message.content", MAX_TEXT_CHARS);
            case "images" -> {
                JsonNode ids = node.get("mediaIds");
                if (ids == null || !ids.isArray() || ids.isEmpty() || ids.size() > MAX_IMAGES) {
                    throw new InvalidRequestException("message.mediaIds", "required: an array of 1 to " + MAX_IMAGES + " media ids");
                }
                for (int i = 0; i < ids.size(); i++) {
                    id(ids.get(i), "message.mediaIds[" + i + "]");
                }
                optionalString(node, "recommend", "message.recommend", MAX_SHORT_TEXT);
                optionalBool(node, "needOpenComment", "message.needOpenComment");
                optionalBool(node, "onlyFansCanComment", "message.onlyFansCanComment");
            }
            case "mpvideo" -> {
                id(node.get("mediaId"), "message.mediaId");
                optionalString(node, "title", "message.title", MAX_SHORT_TEXT);
                optionalString(node, "description", "message.description", MAX_SHORT_TEXT);
            }
            case "wxcard" -> id(node.get("cardId"), "message.cardId");
            default -> id(node.get("mediaId"), "message.mediaId");
        }
        return MessageJson.read(node.toString());
    }

    static AudienceSpec audience(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw new InvalidRequestException("audience", "required: an object with a type");
        }
        JsonNode typeNode = node.get("type");
        String type = typeNode != null && typeNode.isTextual() ? typeNode.asText() : "";
        if (!AUDIENCE_FIELDS.containsKey(type)) {
            throw new InvalidRequestException("audience.type", "must be one of all, tag, tagMembers, followers, openids");
        }
        onlyKnown(node, AUDIENCE_FIELDS.get(type), "audience.");
        return switch (type) {
            case "all" -> AudienceSpec.all();
            case "tag" -> AudienceSpec.tag(tagId(node));
            case "tagMembers" -> AudienceSpec.tagMembers(tagId(node));
            case "followers" -> AudienceSpec.followers();
            default -> AudienceSpec.openIds(openIds(node.get("openIds"), "audience.openIds", MAX_OPENIDS));
        };
    }

    private static long tagId(JsonNode node) {
        JsonNode tag = node.get("tagId");
        if (tag == null || !tag.isIntegralNumber() || !tag.canConvertToInt() || tag.asInt() < 0) {
            throw new InvalidRequestException("audience.tagId", "required: an integer from 0 to " + Integer.MAX_VALUE);
        }
        return tag.asInt();
    }

    private static Instant instant(JsonNode node, Instant now) {
        Instant at;
        try {
            at = node.isTextual() ? Instant.parse(node.asText()) : null;
        } catch (DateTimeParseException e) {
            at = null;
        }
        if (at == null) {
            throw new InvalidRequestException("scheduledAt", "must be an ISO-8601 instant such as 2026-01-01T08:00:00Z");
        }
        if (at.isBefore(now.minus(SCHEDULE_SKEW)) || at.isAfter(now.plus(MAX_SCHEDULE_AHEAD))) {
            throw new InvalidRequestException("scheduledAt", "must be from now to " + MAX_SCHEDULE_AHEAD.toDays() + " days ahead, was " + at);
        }
        return at;
    }

    private static List<String> openIds(JsonNode node, String field, int max) {
        if (node == null || !node.isArray()) {
            throw new InvalidRequestException(field, "required: an array of openids");
        }
        if (node.size() > max) {
            throw new InvalidRequestException(field, "at most " + max + " openids, got " + node.size());
        }
        List<String> values = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            JsonNode item = node.get(i);
            if (!item.isTextual() || !OPENID.matcher(item.asText()).matches()) {
                throw new InvalidRequestException(field + "[" + i + "]", "an openid is 1 to 64 of A-Z a-z 0-9 _ -");
            }
            values.add(item.asText());
        }
        return values;
    }

    private static void id(JsonNode node, String field) {
        if (node == null || !node.isTextual() || node.asText().isBlank() || node.asText().length() > MAX_ID_CHARS
                || !printable(node.asText())) {
            throw new InvalidRequestException(field, "required: a string of 1 to " + MAX_ID_CHARS + " visible characters");
        }
    }

    private static String string(JsonNode parent, String name, String field, int max) {
        JsonNode value = parent.get(name);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new InvalidRequestException(field, "required: a non-blank string");
        }
        if (value.asText().length() > max) {
            throw new InvalidRequestException(field, "at most " + max + " characters, got " + value.asText().length());
        }
        return value.asText();
    }

    private static void optionalString(JsonNode parent, String name, String field, int max) {
        JsonNode value = parent.get(name);
        if (value != null && !value.isNull()) {
            if (!value.isTextual() || value.asText().length() > max) {
                throw new InvalidRequestException(field, "must be a string of at most " + max + " characters");
            }
        }
    }

    private static Optional<Boolean> optionalBool(JsonNode parent, String name, String field) {
        JsonNode value = parent.get(name);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(bool(value, field));
    }

    private static boolean bool(JsonNode value, String field) {
        if (!value.isBoolean()) {
            throw new InvalidRequestException(field, "must be true or false");
        }
        return value.asBoolean();
    }

    private static void onlyKnown(JsonNode node, Set<String> known, String prefix) {
        for (Iterator<String> names = ((ObjectNode) node).fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                String shown = name.length() > 40 || !printable(name) ? "(a field)" : name;
                throw new InvalidRequestException(prefix + shown, "unknown field: expected " + String.join(", ", known.stream().sorted().toList()));
            }
        }
    }

    private static boolean printable(String text) {
        return text.codePoints().noneMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT);
    }
}

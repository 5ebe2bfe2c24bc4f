package io.wxmass.core.draft;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wxmass.core.internal.mass.AnswerReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The wire shapes of the draft box (docs/platform.md §7.1, §7.2). The {@code news_item} reader is shared
 * with publishing, whose answers carry the same article objects.
 */
public final class DraftJson {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private DraftJson() {
    }

    /** draft/add: {@code {"articles":[ART…]}}. */
    public static ObjectNode add(List<DraftArticle> articles) {
        DraftRules.checkDraft(articles);
        ObjectNode body = JSON.objectNode();
        ArrayNode array = body.putArray("articles");
        articles.forEach(a -> array.add(article(a)));
        return body;
    }

    /** draft/update: one article object (not an array) at a 0-based index. */
    public static ObjectNode update(String mediaId, int index, DraftArticle article) {
        ObjectNode body = JSON.objectNode().put("media_id", mediaId).put("index", DraftRules.checkIndex(index));
        body.set("articles", article(article));
        return body;
    }

    /** draft/get and draft/delete: {@code {"media_id":…}}. */
    public static ObjectNode mediaId(String mediaId) {
        return JSON.objectNode().put("media_id", mediaId);
    }

    /** draft/batchget and freepublish/batchget: {@code {"offset","count","no_content"}}. */
    public static ObjectNode batchget(int offset, int count, boolean noContent) {
        DraftRules.checkPage(offset, count);
        return JSON.objectNode().put("offset", offset).put("count", count).put("no_content", noContent ? 1 : 0);
    }

    static ObjectNode article(DraftArticle a) {
        ObjectNode node = JSON.objectNode();
        node.put("article_type", a.articleType().wireName());
        node.put("title", a.title());
        a.author().ifPresent(v -> node.put("author", v));
        a.digest().ifPresent(v -> node.put("digest", v));
        node.put("content", a.content());
        a.contentSourceUrl().ifPresent(v -> node.put("content_source_url", v));
        a.thumbMediaId().ifPresent(v -> node.put("thumb_media_id", v));
        node.put("need_open_comment", a.needOpenComment() ? 1 : 0);
        node.put("only_fans_can_comment", a.onlyFansCanComment() ? 1 : 0);
        a.picCrop235().ifPresent(c -> node.put("pic_crop_235_1", c.wire()));
        a.picCrop11().ifPresent(c -> node.put("pic_crop_1_1", c.wire()));
        if (!a.imageMediaIds().isEmpty()) {
            ArrayNode list = node.putObject("image_info").putArray("image_list");
            a.imageMediaIds().forEach(id -> list.addObject().put("image_media_id", id));
        }
        if (!a.coverCrops().isEmpty()) {
            ArrayNode list = node.putObject("cover_info").putArray("crop_percent_list");
            for (CoverCrop crop : a.coverCrops()) {
                // The coordinates are strings here, unlike pic_crop's single X1_Y1_X2_Y2 string.
                list.addObject().put("ratio", crop.ratio().wireName())
                        .put("x1", Crop.plain(crop.crop().x1())).put("y1", Crop.plain(crop.crop().y1()))
                        .put("x2", Crop.plain(crop.crop().x2())).put("y2", Crop.plain(crop.crop().y2()));
            }
        }
        a.productKey().ifPresent(key -> node.putObject("product_info").putObject("footer_product_info")
                .put("product_key", key));
        return node;
    }

    /** draft/add: {@code {"media_id":…}}. */
    static String addedMediaId(JsonNode answer, String endpoint) {
        return AnswerReader.of(answer, endpoint).requiredText("media_id");
    }

    /** draft/get: {@code {"news_item":[…],"create_time"?,"update_time"?}}. */
    static Draft draft(String mediaId, JsonNode answer, String endpoint) {
        AnswerReader reader = AnswerReader.of(answer, endpoint);
        return new Draft(mediaId, storedArticles(reader, answer.get("news_item")),
                time(reader, answer, "create_time"), time(reader, answer, "update_time"));
    }

    /** draft/batchget: {@code {"total_count","item_count","item":[{"media_id","content":{"news_item"},"update_time"}]}}. */
    static DraftPage draftPage(JsonNode answer, String endpoint) {
        AnswerReader reader = AnswerReader.of(answer, endpoint);
        List<Draft> drafts = new ArrayList<>();
        for (JsonNode item : items(reader, answer)) {
            AnswerReader itemReader = AnswerReader.of(item, endpoint);
            JsonNode content = item.path("content");
            drafts.add(new Draft(itemReader.requiredText("media_id"), storedArticles(reader, content.get("news_item")),
                    time(reader, content, "create_time").or(() -> time(reader, item, "create_time")),
                    time(reader, item, "update_time").or(() -> time(reader, content, "update_time"))));
        }
        return new DraftPage(total(reader), drafts);
    }

    /** draft/count: {@code {"total_count":N}}. */
    static int count(JsonNode answer, String endpoint) {
        return total(AnswerReader.of(answer, endpoint));
    }

    /** A page answer's {@code total_count}, required. */
    public static int total(AnswerReader reader) {
        return Math.toIntExact(reader.requiredLong("total_count"));
    }

    /** A page answer's {@code item} array; absent on an empty page. */
    public static List<JsonNode> items(AnswerReader reader, JsonNode answer) {
        JsonNode items = answer.get("item");
        if (items == null || items.isNull()) {
            return List.of();
        }
        if (!items.isArray()) {
            throw reader.malformed("item is not an array");
        }
        List<JsonNode> list = new ArrayList<>(items.size());
        items.forEach(list::add);
        return list;
    }

    /** Seconds since the epoch under {@code field}, when present. */
    public static Optional<Instant> time(AnswerReader reader, JsonNode node, String field) {
        OptionalLong seconds = reader.longOf(node.get(field), field);
        return seconds.isPresent() ? Optional.of(Instant.ofEpochSecond(seconds.getAsLong())) : Optional.empty();
    }

    /** A {@code news_item} array, required: an answer without it cannot be trusted. */
    public static List<StoredArticle> storedArticles(AnswerReader reader, JsonNode newsItems) {
        if (newsItems == null || !newsItems.isArray()) {
            throw reader.malformed("has no news_item array");
        }
        List<StoredArticle> articles = new ArrayList<>(newsItems.size());
        for (JsonNode item : newsItems) {
            List<String> images = new ArrayList<>();
            for (JsonNode image : item.path("image_info").path("image_list")) {
                images.add(image.path("image_media_id").asText(""));
            }
            ArticleType type = ArticleType.parse(item.path("article_type").asText(""))
                    .orElseThrow(() -> reader.malformed("has an unknown article_type: " + item.path("article_type").asText()));
            articles.add(new StoredArticle(type, text(item, "title"), text(item, "author"), text(item, "digest"),
                    text(item, "content"), text(item, "content_source_url"), text(item, "thumb_media_id"),
                    text(item, "thumb_url"), text(item, "url"), flag(item, "need_open_comment"),
                    flag(item, "only_fans_can_comment"), images,
                    item.path("product_info").path("footer_product_info").path("product_key").asText(""),
                    flag(item, "is_deleted")));
        }
        return articles;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? "" : value.asText();
    }

    /** 0/1 numbers in most answers, a JSON boolean for is_deleted: both read. */
    private static boolean flag(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return false;
        }
        return value.isBoolean() ? value.booleanValue() : value.asInt(0) != 0;
    }
}

package io.wxmass.core.publish;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wxmass.core.draft.DraftJson;
import io.wxmass.core.error.InvalidRequestException;
import io.wxmass.core.internal.mass.AnswerReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The wire shapes of freepublish (docs/platform.md §8.1). */
final class PublishJson {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private PublishJson() {
    }

    static ObjectNode submit(String mediaId) {
        return JSON.objectNode().put("media_id", mediaId);
    }

    static ObjectNode publishId(String publishId) {
        return JSON.objectNode().put("publish_id", publishId);
    }

    static ObjectNode articleId(String articleId) {
        return JSON.objectNode().put("article_id", articleId);
    }

    /** freepublish/delete: {@code index} is 1-based; 0 deletes every article of the publish. */
    static ObjectNode delete(String articleId, int index) {
        if (index < 0) {
            throw new InvalidRequestException("index", "is 1-based, or 0 for every article; got " + index);
        }
        return JSON.objectNode().put("article_id", articleId).put("index", index);
    }

    static PublishSubmission submission(JsonNode answer, String endpoint) {
        AnswerReader reader = AnswerReader.of(answer, endpoint);
        return new PublishSubmission(reader.requiredText("publish_id"), reader.optionalText("msg_data_id"));
    }

    static PublishStatus status(JsonNode answer, String endpoint) {
        AnswerReader reader = AnswerReader.of(answer, endpoint);
        List<PublishedArticleUrl> detail = new ArrayList<>();
        for (JsonNode item : answer.path("article_detail").path("item")) {
            detail.add(new PublishedArticleUrl(item.path("idx").asInt(0), item.path("article_url").asText("")));
        }
        List<Integer> failIdx = new ArrayList<>();
        for (JsonNode idx : answer.path("fail_idx")) {
            failIdx.add(Math.toIntExact(reader.longOf(idx, "fail_idx").orElseThrow()));
        }
        Optional<String> articleId = reader.optionalText("article_id").filter(id -> !id.isBlank());
        return new PublishStatus(reader.requiredText("publish_id"), Math.toIntExact(reader.requiredLong("publish_status")),
                articleId, detail, failIdx);
    }

    static PublishedPage page(JsonNode answer, String endpoint) {
        AnswerReader reader = AnswerReader.of(answer, endpoint);
        List<PublishedItem> items = new ArrayList<>();
        for (JsonNode item : DraftJson.items(reader, answer)) {
            JsonNode content = item.path("content");
            items.add(new PublishedItem(AnswerReader.of(item, endpoint).requiredText("article_id"),
                    DraftJson.storedArticles(reader, content.get("news_item")),
                    DraftJson.time(reader, item, "update_time").or(() -> DraftJson.time(reader, content, "update_time"))));
        }
        return new PublishedPage(DraftJson.total(reader), items);
    }
}

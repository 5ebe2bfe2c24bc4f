package io.wxmass.core.audience;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wxmass.core.internal.mass.AnswerReader;
import java.util.ArrayList;
import java.util.List;

/** Request bodies and answers of the user and tag reads. */
final class AudienceJson {
    private AudienceJson() {
    }

    /** Body for /user/tag/get; an empty next_openid starts from the first member. */
    public static ObjectNode tagMembersRequest(long tagId, String nextOpenId) {
        return JsonNodeFactory.instance.objectNode().put("tagid", tagId).put("next_openid", nextOpenId);
    }

    /** /tags/get: {@code {"tags":[{"id":..,"name":..,"count":..}]}}. */
    public static List<Tag> tags(JsonNode answer, String endpoint) {
        AnswerReader reader = AnswerReader.of(answer, endpoint);
        JsonNode array = answer.path("tags");
        if (!array.isArray()) {
            throw reader.malformed("has no tags array");
        }
        List<Tag> tags = new ArrayList<>();
        for (JsonNode node : array) {
            AnswerReader tag = AnswerReader.of(node, endpoint);
            tags.add(new Tag(tag.requiredLong("id"), tag.requiredText("name"), tag.optionalLong("count").orElse(0)));
        }
        return List.copyOf(tags);
    }
}

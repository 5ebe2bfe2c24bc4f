package io.wxmass.core.audience;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wxmass.core.internal.mass.AnswerReader;
import java.util.ArrayList;
import java.util.List;

/** Request bodies and answers of the tag changes (tags/create, update, delete, members/batch(un)tagging, getidlist). */
final class TagJson {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private TagJson() {
    }

    /** {@code {"tag":{"name":..}}}, plus the id for an update. */
    static ObjectNode tag(Long id, String name) {
        ObjectNode body = F.objectNode();
        ObjectNode tag = body.putObject("tag");
        if (id != null) {
            tag.put("id", id);
        }
        if (name != null) {
            tag.put("name", name);
        }
        return body;
    }

    static ObjectNode members(long tagId, List<String> openIds) {
        ObjectNode body = F.objectNode();
        ArrayNode list = body.putArray("openid_list");
        openIds.forEach(list::add);
        return body.put("tagid", tagId);
    }

    static ObjectNode openId(String openId) {
        return F.objectNode().put("openid", openId);
    }

    /** tags/create: {@code {"tag":{"id":134,"name":"广东"}}} (no count: a new tag has no members). */
    static Tag created(JsonNode answer, String endpoint) {
        JsonNode tag = answer.path("tag");
        if (!tag.isObject()) {
            throw AnswerReader.of(answer, endpoint).malformed("has no tag object");
        }
        AnswerReader reader = AnswerReader.of(tag, endpoint);
        return new Tag(reader.requiredLong("id"), reader.requiredText("name"), 0);
    }

    /** The openids a (partly) failed batch(un)tagging lists; empty when the field is absent. */
    static List<String> failedOpenIds(JsonNode answer, String endpoint) {
        JsonNode list = answer.path("fail_openid_list");
        if (list.isMissingNode() || list.isNull()) {
            return List.of();
        }
        if (!list.isArray()) {
            throw AnswerReader.of(answer, endpoint).malformed("fail_openid_list is not an array");
        }
        List<String> failed = new ArrayList<>(list.size());
        list.forEach(id -> failed.add(id.asText()));
        return failed;
    }

    /** getidlist: {@code {"tagid_list":[134,2]}}. */
    static List<Long> tagIds(JsonNode answer, String endpoint) {
        AnswerReader reader = AnswerReader.of(answer, endpoint);
        JsonNode list = answer.path("tagid_list");
        if (list.isMissingNode()) {
            return List.of();
        }
        if (!list.isArray()) {
            throw reader.malformed("tagid_list is not an array");
        }
        List<Long> ids = new ArrayList<>(list.size());
        for (JsonNode id : list) {
            ids.add(reader.longOf(id, "tagid_list").orElseThrow(() -> reader.malformed("tagid_list holds a non-number")));
        }
        return List.copyOf(ids);
    }
}

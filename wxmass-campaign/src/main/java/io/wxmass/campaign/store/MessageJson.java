package io.wxmass.campaign.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wxmass.core.message.MassMessage;
import java.util.ArrayList;
import java.util.List;

/**
 * The stored form of a campaign's message: a small JSON document of our own (not the platform's
 * wire shape, which core builds per endpoint), so a stored campaign survives SDK upgrades.
 */
public final class MessageJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private MessageJson() {
    }

    public static String write(MassMessage message) {
        ObjectNode node = MAPPER.createObjectNode();
        if (message instanceof MassMessage.Text m) {
            node.put("type", "text").put("content", m.content());
        } else if (message instanceof MassMessage.Images m) {
            node.put("type", "images").put("recommend", m.recommend())
                    .put("needOpenComment", m.needOpenComment()).put("onlyFansCanComment", m.onlyFansCanComment());
            m.mediaIds().forEach(node.putArray("mediaIds")::add);
        } else if (message instanceof MassMessage.Voice m) {
            node.put("type", "voice").put("mediaId", m.mediaId());
        } else if (message instanceof MassMessage.MpVideo m) {
            node.put("type", "mpvideo").put("mediaId", m.mediaId()).put("title", m.title())
                    .put("description", m.description());
        } else if (message instanceof MassMessage.MpNews m) {
            node.put("type", "mpnews").put("mediaId", m.mediaId());
        } else if (message instanceof MassMessage.WxCard m) {
            node.put("type", "wxcard").put("cardId", m.cardId());
        } else {
            throw new IllegalArgumentException("unknown message type " + message.getClass().getName());
        }
        return node.toString();
    }

    public static MassMessage read(String json) {
        JsonNode node;
        try {
            node = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new StoreException("stored message is not JSON", e);
        }
        String type = node.path("type").asText();
        switch (type) {
            case "text":
                return MassMessage.text(node.path("content").asText());
            case "images":
                List<String> ids = new ArrayList<>();
                node.path("mediaIds").forEach(id -> ids.add(id.asText()));
                return new MassMessage.Images(ids, text(node, "recommend"), node.path("needOpenComment").asBoolean(),
                        node.path("onlyFansCanComment").asBoolean());
            case "voice":
                return MassMessage.voice(node.path("mediaId").asText());
            case "mpvideo":
                return new MassMessage.MpVideo(node.path("mediaId").asText(), text(node, "title"),
                        text(node, "description"));
            case "mpnews":
                return MassMessage.mpNews(node.path("mediaId").asText());
            case "wxcard":
                return MassMessage.wxCard(node.path("cardId").asText());
            default:
                throw new StoreException("stored message has unknown type '" + type + "'");
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}

package io.wxmass.sandbox.rules;

import com.fasterxml.jackson.databind.JsonNode;
import io.wxmass.sandbox.platform.MediaItem;
import io.wxmass.sandbox.platform.MediaKind;
import io.wxmass.sandbox.platform.MediaStore;
import io.wxmass.sandbox.platform.PlatformError;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads and validates the message part of sendall / send / preview (docs/platform.md §1.12), tolerant of the shapes
 * real SDKs send: {@code image} or {@code images}, {@code video} on /mass/send read as mpvideo.
 * Unknown msgtype: 40008 (45162 on /mass/send); missing media: 40007; empty text: 44004.
 */
public final class PayloadRules {
    /** No documented maximum; past this many images the sandbox answers 40215. */
    public static final int MAX_IMAGES = 20;

    private PayloadRules() {
    }

    public static MassContent read(JsonNode body, MassEndpoint endpoint) {
        String msgType = body.path("msgtype").asText("").trim().toLowerCase(Locale.ROOT);
        if (msgType.equals("video") && endpoint == MassEndpoint.SEND) {
            msgType = "mpvideo"; // docs/platform.md D3
        }
        return switch (msgType) {
            case "mpnews", "voice" -> new MassContent(msgType, List.of(mediaId(payload(body, msgType))), "");
            case "mpvideo" -> new MassContent(msgType, List.of(mediaId(payload(body, "mpvideo", "video"))), "");
            case "text" -> new MassContent(msgType, List.of(), text(payload(body, "text")));
            case "image" -> new MassContent(msgType, images(body), "");
            case "wxcard" -> new MassContent(msgType, List.of(), card(payload(body, "wxcard")));
            default -> throw endpoint == MassEndpoint.SEND
                    ? PlatformError.of(45162, "invalid msgtype")
                    : PlatformError.of(40008, "invalid message type");
        };
    }

    /**
     * Checks that every media id exists and suits the msgtype (40007 otherwise) and returns the
     * articles of an mpnews (empty for other types).
     */
    public static List<String> resolveMedia(MassContent content, MediaStore media) {
        Set<MediaKind> kinds = switch (content.msgType()) {
            case "mpnews" -> Set.of(MediaKind.NEWS, MediaKind.DRAFT);
            case "voice" -> Set.of(MediaKind.VOICE);
            case "image" -> Set.of(MediaKind.IMAGE);
            case "mpvideo" -> Set.of(MediaKind.MPVIDEO);
            default -> Set.of();
        };
        List<String> articles = new ArrayList<>();
        for (String id : content.mediaIds()) {
            MediaItem item = media.require(id, kinds);
            articles.addAll(item.articles());
        }
        return articles;
    }

    private static JsonNode payload(JsonNode body, String... keys) {
        for (String key : keys) {
            JsonNode p = body.get(key);
            if (p != null && p.isObject()) {
                return p;
            }
        }
        throw PlatformError.of(47001, "data format error");
    }

    private static String mediaId(JsonNode payload) {
        String id = payload.path("media_id").asText("");
        if (id.isBlank()) {
            throw PlatformError.of(40007, "invalid media_id");
        }
        return id;
    }

    private static String text(JsonNode payload) {
        String content = payload.path("content").asText("");
        if (content.isEmpty()) {
            throw PlatformError.of(44004, "empty content");
        }
        return content;
    }

    private static String card(JsonNode payload) {
        String id = payload.path("card_id").asText("");
        if (id.isBlank()) {
            throw PlatformError.of(40073, "invalid card id");
        }
        return id;
    }

    /** {@code images{media_ids:[..]}} (send/sendall) or {@code image{media_id}} (preview, WxJava's single image). */
    private static List<String> images(JsonNode body) {
        JsonNode images = body.get("images");
        List<String> ids = new ArrayList<>();
        if (images != null && images.isObject()) {
            JsonNode list = images.get("media_ids");
            if (list != null && list.isArray()) {
                list.forEach(n -> ids.add(n.asText()));
            } else if (list != null && list.isTextual()) {
                ids.add(list.asText());
            }
        } else {
            ids.add(mediaId(payload(body, "image")));
        }
        if (ids.isEmpty() || ids.stream().anyMatch(String::isBlank)) {
            throw PlatformError.of(40007, "invalid media_id");
        }
        if (ids.size() > MAX_IMAGES) {
            throw PlatformError.of(40215, "invalid image count");
        }
        return ids;
    }
}

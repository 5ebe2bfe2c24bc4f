package io.wxmass.core.internal.mass;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wxmass.core.error.InvalidRequestException;
import io.wxmass.core.message.Audience;
import io.wxmass.core.message.MassMessage;
import io.wxmass.core.message.PreviewTarget;
import io.wxmass.core.message.SendOptions;
import java.util.Objects;

/**
 * The request bodies of the mass endpoints (docs/platform.md §1.5 to 1.11), in one place. Strict in what it
 * writes: {@code images{media_ids[]}} on send/sendall, singular {@code image{media_id}} on preview,
 * {@code mpvideo} as the video msgtype, msg_id as a JSON number, and every send carries
 * {@code send_ignore_reprint} and {@code clientmsgid}.
 */
public final class MassRequestJson {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private MassRequestJson() {
    }

    /** Body for /mass/sendall: all followers or one tag. */
    public static ObjectNode sendAll(MassMessage message, Audience audience, SendOptions options) {
        Objects.requireNonNull(audience, "audience");
        ObjectNode filter = JSON.objectNode();
        if (audience instanceof Audience.AllFollowers) {
            filter.put("is_to_all", true);
        } else if (audience instanceof Audience.Tag tag) {
            filter.put("is_to_all", false).put("tag_id", tag.tagId());
        } else {
            throw new IllegalArgumentException("sendall takes all followers or a tag, not " + audience);
        }
        ObjectNode body = JSON.objectNode();
        body.set("filter", filter);
        putPayload(body, message, false);
        return putSendOptions(body, options);
    }

    /** Body for /mass/send: an explicit openid list. */
    public static ObjectNode sendToOpenIds(MassMessage message, Audience.OpenIds audience, SendOptions options) {
        ObjectNode body = JSON.objectNode();
        ArrayNode touser = body.putArray("touser");
        audience.openIds().forEach(touser::add);
        putPayload(body, message, true);
        return putSendOptions(body, options);
    }

    /** Body for /mass/preview: one user by openid or WeChat id, singular image payload. */
    public static ObjectNode preview(MassMessage message, PreviewTarget target) {
        Objects.requireNonNull(target, "target");
        ObjectNode body = JSON.objectNode();
        if (target instanceof PreviewTarget.OpenId openId) {
            body.put("touser", openId.openId());
        } else if (target instanceof PreviewTarget.WxName wxName) {
            body.put("towxname", wxName.wxName());
        }
        Objects.requireNonNull(message, "message");
        if (message instanceof MassMessage.Images images) {
            if (images.mediaIds().size() != 1) {
                throw new InvalidRequestException("image.media_id",
                        "preview shows exactly one image, got " + images.mediaIds().size());
            }
            body.putObject("image").put("media_id", images.mediaIds().get(0));
            body.put("msgtype", "image");
            return body;
        }
        putPayload(body, message, false);
        return body;
    }

    /** Body for /mass/delete by msg_id; article_idx 0 deletes every article, otherwise 1-based. */
    public static ObjectNode delete(long msgId, int articleIdx) {
        return JSON.objectNode().put("msg_id", msgId).put("article_idx", articleIdx);
    }

    /** Body for /mass/delete by article URL (used only when no msg_id is given). */
    public static ObjectNode deleteByUrl(String url) {
        return JSON.objectNode().put("url", url);
    }

    /** Body for /mass/get: msg_id as a number (docs/platform.md D11). */
    public static ObjectNode status(long msgId) {
        return JSON.objectNode().put("msg_id", msgId);
    }

    /** Body for /mass/speed/get: an empty object (docs/platform.md D2). */
    public static ObjectNode speedGet() {
        return JSON.objectNode();
    }

    public static ObjectNode speedSet(int speed) {
        return JSON.objectNode().put("speed", speed);
    }

    private static ObjectNode putSendOptions(ObjectNode body, SendOptions options) {
        Objects.requireNonNull(options, "options");
        return body.put("send_ignore_reprint", options.sendIgnoreReprint() ? 1 : 0)
                .put("clientmsgid", options.clientMsgId());
    }

    /** Writes the payload object and msgtype; mpvideo title/description only where the endpoint reads them. */
    private static void putPayload(ObjectNode body, MassMessage message, boolean videoDetails) {
        Objects.requireNonNull(message, "message");
        String msgtype;
        if (message instanceof MassMessage.Text text) {
            msgtype = "text";
            body.putObject("text").put("content", text.content());
        } else if (message instanceof MassMessage.Images images) {
            msgtype = "image";
            ObjectNode node = body.putObject("images");
            ArrayNode ids = node.putArray("media_ids");
            images.mediaIds().forEach(ids::add);
            images.recommendOptional().ifPresent(r -> node.put("recommend", r));
            node.put("need_open_comment", images.needOpenComment() ? 1 : 0);
            node.put("only_fans_can_comment", images.onlyFansCanComment() ? 1 : 0);
        } else if (message instanceof MassMessage.Voice voice) {
            msgtype = "voice";
            body.putObject("voice").put("media_id", voice.mediaId());
        } else if (message instanceof MassMessage.MpVideo video) {
            msgtype = "mpvideo";
            ObjectNode node = body.putObject("mpvideo").put("media_id", video.mediaId());
            if (videoDetails) {
                video.titleOptional().ifPresent(t -> node.put("title", t));
                video.descriptionOptional().ifPresent(d -> node.put("description", d));
            }
        } else if (message instanceof MassMessage.MpNews news) {
            msgtype = "mpnews";
            body.putObject("mpnews").put("media_id", news.mediaId());
        } else if (message instanceof MassMessage.WxCard card) {
            msgtype = "wxcard";
            body.putObject("wxcard").put("card_id", card.cardId());
        } else {
            throw new IllegalArgumentException("unknown message type " + message.getClass());
        }
        body.put("msgtype", msgtype);
    }
}

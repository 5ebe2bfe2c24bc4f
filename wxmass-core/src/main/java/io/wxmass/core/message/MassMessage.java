package io.wxmass.core.message;

import io.wxmass.core.error.InvalidRequestException;
import io.wxmass.core.internal.message.Require;
import java.util.List;
import java.util.Optional;

/**
 * What a mass send delivers (docs/platform.md §1.12): one of six immutable payloads, each validated on
 * construction so a bad message never reaches the network. The message does not know its JSON
 * shape; {@code mass.MassRequestJson} does, because the shape depends on the endpoint.
 */
public sealed interface MassMessage {

    static Text text(String content) {
        return new Text(content);
    }

    static Images images(List<String> mediaIds) {
        return new Images(mediaIds, null, false, false);
    }

    static Images image(String mediaId) {
        return images(List.of(Require.nonBlank(mediaId, "images.media_ids")));
    }

    static Voice voice(String mediaId) {
        return new Voice(mediaId);
    }

    static MpVideo mpVideo(String mediaId) {
        return new MpVideo(mediaId, null, null);
    }

    static MpNews mpNews(String mediaId) {
        return new MpNews(mediaId);
    }

    static WxCard wxCard(String cardId) {
        return new WxCard(cardId);
    }

    /** A text message; {@code content} is sent as UTF-8 text, never \\uXXXX escaped. */
    record Text(String content) implements MassMessage {
        public Text {
            Require.nonBlank(content, "text.content");
        }
    }

    /**
     * One or more images (permanent material media_ids), sent as {@code images} on send/sendall.
     *
     * @param recommend          the recommendation line; null lets the platform use its default
     * @param needOpenComment    open comments on the image message
     * @param onlyFansCanComment restrict comments to followers
     */
    record Images(List<String> mediaIds, String recommend, boolean needOpenComment, boolean onlyFansCanComment)
            implements MassMessage {
        public Images {
            if (mediaIds == null || mediaIds.isEmpty()) {
                throw new InvalidRequestException("images.media_ids", "needs at least one media_id");
            }
            mediaIds.forEach(id -> Require.nonBlank(id, "images.media_ids"));
            mediaIds = List.copyOf(mediaIds);
            Require.optionalNonBlank(recommend, "images.recommend");
        }

        public Optional<String> recommendOptional() {
            return Optional.ofNullable(recommend);
        }

        public Images withRecommend(String recommend) {
            return new Images(mediaIds, recommend, needOpenComment, onlyFansCanComment);
        }

        public Images withComments(boolean needOpenComment, boolean onlyFansCanComment) {
            return new Images(mediaIds, recommend, needOpenComment, onlyFansCanComment);
        }
    }

    /** A voice message from a permanent voice material. */
    record Voice(String mediaId) implements MassMessage {
        public Voice {
            Require.nonBlank(mediaId, "voice.media_id");
        }
    }

    /**
     * A video from media/uploadvideo. Title and description are only sent on /mass/send (openid
     * lists); the platform takes them from the uploaded video on sendall and preview.
     */
    record MpVideo(String mediaId, String title, String description) implements MassMessage {
        public MpVideo {
            Require.nonBlank(mediaId, "mpvideo.media_id");
            Require.optionalNonBlank(title, "mpvideo.title");
            Require.optionalNonBlank(description, "mpvideo.description");
        }

        public Optional<String> titleOptional() {
            return Optional.ofNullable(title);
        }

        public Optional<String> descriptionOptional() {
            return Optional.ofNullable(description);
        }

        public MpVideo withTitleAndDescription(String title, String description) {
            return new MpVideo(mediaId, title, description);
        }
    }

    /** Articles, by a media_id from draft/add (or, historically, media/uploadnews). */
    record MpNews(String mediaId) implements MassMessage {
        public MpNews {
            Require.nonBlank(mediaId, "mpnews.media_id");
        }
    }

    /** A card coupon. The platform may refuse these now (45113); the message stays expressible. */
    record WxCard(String cardId) implements MassMessage {
        public WxCard {
            Require.nonBlank(cardId, "wxcard.card_id");
        }
    }
}

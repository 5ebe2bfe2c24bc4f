package io.wxmass.sandbox.platform;

import java.util.Locale;
import java.util.Optional;

/** What a media_id stands for; mass payloads accept only the kinds listed in docs/platform.md §1.12. */
public enum MediaKind {
    IMAGE, VOICE, VIDEO, THUMB,
    /** A news message from /cgi-bin/media/uploadnews. */
    NEWS,
    /** A draft from /cgi-bin/draft/add: good for one successful mpnews send. */
    DRAFT,
    /** A mass-sendable video from /cgi-bin/media/uploadvideo. */
    MPVIDEO;

    /** The kind named by an upload's {@code type} parameter (image, voice, video, thumb). */
    public static Optional<MediaKind> ofUploadType(String type) {
        if (type == null) {
            return Optional.empty();
        }
        return switch (type.toLowerCase(Locale.ROOT)) {
            case "image" -> Optional.of(IMAGE);
            case "voice" -> Optional.of(VOICE);
            case "video" -> Optional.of(VIDEO);
            case "thumb" -> Optional.of(THUMB);
            default -> Optional.empty();
        };
    }

    /** The {@code type} the platform echoes in upload responses. */
    public String wireName() {
        return switch (this) {
            case NEWS, DRAFT -> "news";
            case MPVIDEO -> "video";
            default -> name().toLowerCase(Locale.ROOT);
        };
    }
}

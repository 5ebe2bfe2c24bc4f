package io.wxmass.core.media;

import java.time.Instant;
import java.util.Objects;

/**
 * A media_id the platform issued: from a temporary upload, uploadnews or uploadvideo.
 *
 * @param type      the platform's type text (image, voice, video, thumb, news)
 * @param createdAt when the platform created it; temporary media live three days from here
 */
public record UploadedMedia(String type, String mediaId, Instant createdAt) {
    public UploadedMedia {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(mediaId, "mediaId");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}

package io.wxmass.core.media;

import com.fasterxml.jackson.databind.JsonNode;
import io.wxmass.core.internal.mass.AnswerReader;
import java.time.Instant;

/** The answers of the media endpoints, read tolerantly (created_at may be a number or a string). */
final class MediaResponseJson {
    private MediaResponseJson() {
    }

    /**
     * {@code {"type":..,"media_id":..,"created_at":..}}. A thumb upload answers with
     * {@code thumb_media_id} instead of {@code media_id}; both are read.
     */
    public static UploadedMedia uploaded(JsonNode answer, String endpoint, String expectedType) {
        AnswerReader reader = AnswerReader.of(answer, endpoint);
        String mediaId = reader.optionalText("media_id")
                .or(() -> reader.optionalText("thumb_media_id"))
                .orElseThrow(() -> reader.malformed("has no media_id"));
        String type = reader.optionalText("type").orElse(expectedType);
        return new UploadedMedia(type, mediaId, Instant.ofEpochSecond(reader.requiredLong("created_at")));
    }

    /** uploadimg: {@code {"url":..}}. */
    public static String imageUrl(JsonNode answer, String endpoint) {
        return AnswerReader.of(answer, endpoint).requiredText("url");
    }

    /** add_material: {@code {"media_id":..,"url":..}}, url only for images. */
    public static Material material(JsonNode answer, String endpoint) {
        AnswerReader reader = AnswerReader.of(answer, endpoint);
        return new Material(reader.requiredText("media_id"), reader.optionalText("url"));
    }
}

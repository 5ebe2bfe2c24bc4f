package io.wxmass.core.media;

import io.wxmass.core.internal.message.Require;
import java.net.URLConnection;
import java.util.Objects;

/**
 * A file to upload: its name (the platform reads the extension), content type and bytes.
 * The bytes are copied in and out so the value stays immutable.
 */
public record MediaFile(String filename, String contentType, byte[] content) {
    public MediaFile {
        Require.nonBlank(filename, "media.filename");
        Require.nonBlank(contentType, "media.contentType");
        content = Objects.requireNonNull(content, "content").clone();
    }

    /** Guesses the content type from the file name; unknown names are sent as application/octet-stream. */
    public static MediaFile of(String filename, byte[] content) {
        String guessed = URLConnection.guessContentTypeFromName(Require.nonBlank(filename, "media.filename"));
        return new MediaFile(filename, guessed == null ? "application/octet-stream" : guessed, content);
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    public int size() {
        return content.length;
    }

    @Override
    public String toString() {
        return "MediaFile[" + filename + ", " + contentType + ", " + content.length + " bytes]";
    }
}

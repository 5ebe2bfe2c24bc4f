package io.wxmass.cli.command;

import io.wxmass.cli.input.FileInput;
import io.wxmass.core.media.MediaFile;

import java.nio.file.Path;

/**
 * The file inputs of the upload commands, each with the platform's size limit (docs/platform.md §2) checked
 * before the file is read; the content type is then checked by core before any call (uploadimg) or by the
 * platform.
 */
public final class MediaFiles {
    /** uploadimg: jpg or png under 1 MB. */
    static final long IN_ARTICLE_IMAGE_MAX = 1024 * 1024 - 1;
    /** media/upload type=thumb: jpg up to 64 KB. */
    static final long THUMB_MAX = 64 * 1024;
    /** media/upload type=video: mp4 up to 10 MB. */
    static final long VIDEO_MAX = 10 * 1024 * 1024;
    /** An article body: the platform takes under 20,000 characters and under 1 MB. */
    static final long ARTICLE_HTML_MAX = 1024 * 1024 - 1;

    private MediaFiles() {
    }

    public static MediaFile read(Path path, String field, long maxBytes) {
        return MediaFile.of(path.getFileName().toString(), FileInput.bytes(path, field, maxBytes));
    }

    public static String readText(Path path, String field) {
        return FileInput.text(path, field, ARTICLE_HTML_MAX);
    }
}

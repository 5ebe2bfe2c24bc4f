package io.wxmass.cli.command;

import io.wxmass.core.error.InvalidRequestException;
import io.wxmass.core.media.MediaFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads a local file into a {@link MediaFile}, refusing a missing file by the flag that named it. */
public final class MediaFiles {
    private MediaFiles() {
    }

    public static MediaFile read(Path path, String field) {
        try {
            return MediaFile.of(path.getFileName().toString(), Files.readAllBytes(path));
        } catch (NoSuchFileException e) {
            throw new InvalidRequestException(field, "file not found: " + path);
        } catch (IOException e) {
            throw new InvalidRequestException(field, "file not readable: " + path);
        }
    }

    public static String readText(Path path, String field) {
        try {
            return Files.readString(path);
        } catch (NoSuchFileException e) {
            throw new InvalidRequestException(field, "file not found: " + path);
        } catch (IOException e) {
            throw new InvalidRequestException(field, "file not readable as UTF-8: " + path);
        }
    }
}

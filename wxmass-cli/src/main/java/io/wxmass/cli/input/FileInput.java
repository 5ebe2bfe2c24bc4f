package io.wxmass.cli.input;

import io.wxmass.core.error.InvalidRequestException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Locale;

/**
 * Every file the CLI reads. Before a byte is read it must exist, be a regular file (not a device such as
 * {@code /dev/zero}, a pipe or a directory) and be no larger than its use allows, so a wrong path is one
 * line and exit 2, never an OutOfMemoryError. Text is strict UTF-8 with a leading BOM dropped and CRLF read
 * as LF, whichever editor wrote it.
 */
public final class FileInput {
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private FileInput() {
    }

    /** The file's bytes; {@code field} names the flag in every refusal. */
    public static byte[] bytes(Path path, String field, long maxBytes) {
        long size = checkedSize(path, field, maxBytes);
        try (InputStream in = Files.newInputStream(path)) {
            byte[] content = in.readNBytes((int) Math.min(size, maxBytes) + 1);
            if (content.length > maxBytes) { // grew since it was measured
                throw tooLarge(path, field, content.length, maxBytes);
            }
            return content;
        } catch (IOException e) {
            throw new InvalidRequestException(field, "file not readable: " + path);
        }
    }

    /** The first {@code n} bytes (fewer if the file is shorter), to tell a file's type before reading it all. */
    public static byte[] head(Path path, String field, long maxBytes, int n) {
        checkedSize(path, field, maxBytes);
        try (InputStream in = Files.newInputStream(path)) {
            return in.readNBytes(n);
        } catch (IOException e) {
            throw new InvalidRequestException(field, "file not readable: " + path);
        }
    }

    /** The file as text: UTF-8, no BOM, line ends as {@code \n}. */
    public static String text(Path path, String field, long maxBytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes(path, field, maxBytes))).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidRequestException(field, "not UTF-8 text: " + path);
        }
        if (!text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK) {
            text = text.substring(1);
        }
        return text.replace("\r\n", "\n");
    }

    /** The file's lines, as {@link #text} reads them. */
    public static List<String> lines(Path path, String field, long maxBytes) {
        return text(path, field, maxBytes).lines().toList();
    }

    /** Checks that {@code path} is a readable regular file, for files read later by someone else (a campaign's openids). */
    public static Path regularFile(Path path, String field) {
        checkedSize(path, field, Long.MAX_VALUE);
        if (!Files.isReadable(path)) {
            throw new InvalidRequestException(field, "file not readable: " + path);
        }
        return path;
    }

    private static long checkedSize(Path path, String field, long maxBytes) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(path, BasicFileAttributes.class); // follows links: a link to a file is fine
        } catch (NoSuchFileException e) {
            throw new InvalidRequestException(field, "file not found: " + path);
        } catch (IOException e) {
            throw new InvalidRequestException(field, "file not readable: " + path);
        }
        if (!attributes.isRegularFile()) {
            throw new InvalidRequestException(field, "not a regular file (a directory, device or pipe): " + path);
        }
        if (attributes.size() > maxBytes) {
            throw tooLarge(path, field, attributes.size(), maxBytes);
        }
        return attributes.size();
    }

    private static InvalidRequestException tooLarge(Path path, String field, long size, long maxBytes) {
        return new InvalidRequestException(field, String.format(Locale.ROOT, "file of %,d bytes is over the limit of %,d bytes: %s", size, maxBytes, path));
    }
}

package io.wxmass.cli.command.followers;

import io.wxmass.core.error.InvalidRequestException;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;
import java.util.Properties;

/**
 * What an export has made durable: the file's first {@code bytes} hold {@code written} openids, and the
 * next page is the one after {@code cursor}. Written only after the bytes it counts were forced to disk,
 * and replaced atomically, so after any crash the file's tail past {@code bytes} is the only thing to drop.
 */
record ExportCheckpoint(String cursor, long bytes, long written) {
    static final ExportCheckpoint START = new ExportCheckpoint("", 0, 0);

    ExportCheckpoint {
        Objects.requireNonNull(cursor, "cursor");
    }

    static Path beside(Path file) {
        return file.resolveSibling(file.getFileName() + ".state");
    }

    static ExportCheckpoint read(Path state) throws IOException {
        Properties p = new Properties();
        p.load(new StringReader(Files.readString(state, StandardCharsets.UTF_8)));
        try {
            return new ExportCheckpoint(Objects.requireNonNull(p.getProperty("next_openid")),
                    Long.parseLong(p.getProperty("bytes")), Long.parseLong(p.getProperty("written")));
        } catch (RuntimeException e) {
            throw new InvalidRequestException("FILE", state + " is not an export state file; remove it and FILE to start over");
        }
    }

    void write(Path state) throws IOException {
        Path tmp = state.resolveSibling(state.getFileName() + ".tmp");
        String text = "next_openid=" + cursor + "\nbytes=" + bytes + "\nwritten=" + written + "\n";
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        Files.move(tmp, state, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}

package io.wxmass.campaign.plan;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.stream.Stream;

/**
 * Openids read from the network (tag members, all followers), spooled to a temporary file before the freezing
 * transaction opens: on SQLite that transaction holds the only write lock, which must never wait on the user API.
 * Each openid is checked as it arrives, so the spool is one openid a line.
 */
final class OpenIdSpool implements AutoCloseable {
    private final Path file;

    private OpenIdSpool(Path file) {
        this.file = file;
    }

    /** Drains {@code openIds} (closing it) into a new spool; {@code what} names an openid's place in errors. */
    static OpenIdSpool fill(Stream<String> openIds, String what) throws IOException {
        Path file = Files.createTempFile("wxmass-plan-", ".openids");
        OpenIdSpool spool = new OpenIdSpool(file);
        try (openIds; BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            Iterator<String> it = openIds.iterator();
            long index = 0;
            while (it.hasNext()) {
                out.write(OpenIdRule.check(it.next(), what, ++index));
                out.write('\n');
            }
        } catch (IOException | RuntimeException e) {
            spool.close();
            throw e;
        }
        return spool;
    }

    /** Bytes spooled: about 29 an openid. */
    long bytes() throws IOException {
        return Files.size(file);
    }

    /** Feeds the spooled openids to {@code splitter} in their original order. */
    void feed(BatchSplitter splitter, String what) throws Exception {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            long index = 0;
            while ((line = in.readLine()) != null) {
                splitter.add(line, what, ++index);
            }
        }
    }

    @Override
    public void close() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the planning spool " + file, e);
        }
    }
}

package io.wxmass.campaign.testing;

import io.wxmass.campaign.Actor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Openid lists for tests, generated so that sizes can be large without large fixture files. */
public final class Fixtures {
    /** The account the store tests file their rows under. */
    public static final String APP_ID = "wxstoretest000001";
    /** Who approves the tests' campaigns: approval always names a person (the SDK never approves by itself). */
    public static final Actor APPROVER = Actor.cli("approver");

    private Fixtures() {
    }

    /** {@code count} distinct openids shaped like the platform's (28 characters). */
    public static List<String> openIds(String prefix, int count) {
        List<String> result = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            result.add(openId(prefix, i));
        }
        return result;
    }

    public static String openId(String prefix, int index) {
        String n = Integer.toString(index);
        return prefix + "0".repeat(Math.max(0, 28 - prefix.length() - n.length())) + n;
    }

    public static Path writeLines(Path file, Iterable<String> lines) {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (String line : lines) {
                w.write(line);
                w.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}

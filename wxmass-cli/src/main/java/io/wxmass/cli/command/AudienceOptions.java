package io.wxmass.cli.command;

import io.wxmass.core.error.InvalidRequestException;
import io.wxmass.core.message.Audience;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Exactly one audience: all followers, a tag, or openids (given inline or one per line in a file). */
public final class AudienceOptions {
    @Option(names = "--all", description = "Every follower (enters the history list, uses the account's quota).")
    boolean all;

    @Option(names = "--tag", paramLabel = "TAG_ID", description = "Followers carrying this tag.")
    Long tag;

    @Option(names = "--to", paramLabel = "OPENID", split = ",", description = "Openids (2 to 10,000), comma separated.")
    List<String> openIds;

    @Option(names = "--openid-file", paramLabel = "FILE", description = "Openids, one per line (2 to 10,000; use a campaign for more).")
    Path openIdFile;

    public Audience toAudience() {
        if (all) {
            return Audience.allFollowers();
        }
        if (tag != null) {
            return Audience.tag(tag);
        }
        return Audience.openIds(openIds != null ? openIds : readOpenIds(openIdFile));
    }

    /** Reads non-blank lines; comments (#) skipped (the same file format campaigns read). */
    static List<String> readOpenIds(Path file) {
        try {
            List<String> ids = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String id = line.strip();
                if (!id.isEmpty() && !id.startsWith("#")) {
                    ids.add(id);
                }
            }
            return ids;
        } catch (IOException e) {
            throw new InvalidRequestException("--openid-file", "not readable: " + file);
        }
    }
}

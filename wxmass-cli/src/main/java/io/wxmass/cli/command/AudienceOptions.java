package io.wxmass.cli.command;

import io.wxmass.core.error.InvalidRequestException;
import io.wxmass.core.message.Audience;
import picocli.CommandLine.Option;

import io.wxmass.cli.input.FileInput;
import io.wxmass.core.message.OpenIdSyntax;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Exactly one audience: all followers, a tag, or openids (given inline or one per line in a file). */
public final class AudienceOptions {
    /** 10,000 openids of at most 64 characters, with room for comments. */
    private static final long MAX_FILE_BYTES = 4L * 1024 * 1024;

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
        return Audience.openIds(openIds != null ? checkedOpenIds(openIds, "--to") : readOpenIds(openIdFile));
    }

    /**
     * Reads non-blank lines; comments (#) skipped (the same file format campaigns read). Each openid is checked
     * here, by file and line, so a stray character fails this command before any call rather than a batch.
     */
    static List<String> readOpenIds(Path file) {
        List<String> lines = FileInput.lines(file, "--openid-file", MAX_FILE_BYTES);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String id = lines.get(i).strip();
            if (!id.isEmpty() && !id.startsWith("#")) {
                ids.add(checked(id, "--openid-file", file + " line " + (i + 1)));
            }
        }
        return ids;
    }

    static List<String> checkedOpenIds(List<String> openIds, String field) {
        for (int i = 0; i < openIds.size(); i++) {
            checked(openIds.get(i), field, "openid #" + (i + 1));
        }
        return openIds;
    }

    private static String checked(String openId, String field, String where) {
        if (!OpenIdSyntax.isValid(openId)) {
            throw new InvalidRequestException(field, where + ": " + OpenIdSyntax.RULE);
        }
        return openId;
    }
}

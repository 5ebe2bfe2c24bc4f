package io.wxmass.cli.command;

import io.wxmass.cli.input.OpenIdInput;
import io.wxmass.core.message.Audience;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.List;

/** Exactly one audience: all followers, a tag, or openids (given inline or one per line in a file). */
final class AudienceOptions {
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
        return Audience.openIds(openIds != null ? OpenIdInput.list(openIds, "--to")
                : OpenIdInput.file(openIdFile, "--openid-file", MAX_FILE_BYTES));
    }
}

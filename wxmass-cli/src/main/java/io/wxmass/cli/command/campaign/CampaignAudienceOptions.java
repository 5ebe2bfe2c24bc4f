package io.wxmass.cli.command.campaign;

import io.wxmass.campaign.AudienceSpec;
import io.wxmass.cli.input.OpenIdInput;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.List;

/** A campaign's audience: one sendall (all, tag) or openids frozen into batches of up to 10,000. */
final class CampaignAudienceOptions {
    @Option(names = "--all", description = "One sendall to every follower.")
    boolean all;

    @Option(names = "--tag", paramLabel = "TAG_ID", description = "One sendall to a tag.")
    Long tag;

    @Option(names = "--tag-members", paramLabel = "TAG_ID", description = "A tag's members, resolved now and sent by openid.")
    Long tagMembers;

    @Option(names = "--followers", description = "All followers, resolved through user/get and sent by openid.")
    boolean followers;

    @Option(names = "--openid-file", paramLabel = "FILE", description = "Openids, one per line; any number (split into batches).")
    Path openIdFile;

    @Option(names = "--to", paramLabel = "OPENID", split = ",", description = "Openids, comma separated.")
    List<String> openIds;

    AudienceSpec toSpec() {
        if (all) {
            return AudienceSpec.all();
        }
        if (tag != null) {
            return AudienceSpec.tag(tag);
        }
        if (tagMembers != null) {
            return AudienceSpec.tagMembers(tagMembers);
        }
        if (followers) {
            return AudienceSpec.followers();
        }
        if (openIdFile != null) {
            return AudienceSpec.openIdFile(openIdFile.toAbsolutePath());
        }
        return AudienceSpec.openIds(OpenIdInput.list(openIds, "--to"));
    }
}

package io.wxmass.cli.command.draft;

import io.wxmass.cli.command.WxCommand;
import io.wxmass.cli.config.ResolvedConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code wxmass draft get MEDIA_ID}. */
@Command(name = "get", description = "Show a draft's articles.")
final class DraftGetCommand extends WxCommand {
    @Parameters(paramLabel = "MEDIA_ID", description = "The draft's media_id.")
    String mediaId;

    @Override
    protected int execute(ResolvedConfig config) {
        output().result(DraftResults.draft(connect(config).drafts().get(mediaId)));
        return ok();
    }
}

package io.wxmass.cli.command.draft;

import io.wxmass.cli.command.WxCommand;
import io.wxmass.cli.config.ResolvedConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.util.LinkedHashMap;
import java.util.Map;

/** {@code wxmass draft delete MEDIA_ID}: cannot be undone. */
@Command(name = "delete", description = "Delete a draft for good.")
final class DraftDeleteCommand extends WxCommand {
    @Parameters(paramLabel = "MEDIA_ID", description = "The draft's media_id.")
    String mediaId;

    @Override
    protected int execute(ResolvedConfig config) {
        connect(config).drafts().delete(mediaId);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("mediaId", mediaId);
        out.put("deleted", true);
        output().result(out);
        return ok();
    }
}

package io.wxmass.cli.command.campaign;

import io.wxmass.cli.config.ResolvedConfig;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;

/** {@code wxmass campaign preview ID}: the message to the campaign's preview recipients. Written to the audit log. */
@Command(name = "preview", description = "Preview the campaign to its --preview-to recipients (a campaign created with"
        + " --require-preview can be approved only after this).")
final class CampaignPreviewCommand extends CampaignVerbCommand {
    @Override
    protected int execute(ResolvedConfig config) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("campaignId", id);
        result.put("previewed", service(config).preview(id, actor()));
        output().result(result);
        return ok();
    }
}

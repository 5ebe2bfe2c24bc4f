package io.wxmass.cli.command.campaign;

import io.wxmass.campaign.CampaignService;
import io.wxmass.campaign.serve.CampaignJson;
import io.wxmass.cli.config.ResolvedConfig;
import picocli.CommandLine.Command;

/** {@code wxmass campaign resume ID}: a paused campaign may send again. Written to the audit log. */
@Command(name = "resume", description = "Resume a PAUSED campaign (campaign run or serve sends its batches).")
final class CampaignResumeCommand extends CampaignVerbCommand {
    @Override
    protected int execute(ResolvedConfig config) {
        CampaignService service = service(config);
        service.resume(id, actor());
        output().result(CampaignJson.campaign(service.campaign(id)));
        return ok();
    }
}

package io.wxmass.cli.command.campaign;

import io.wxmass.campaign.CampaignService;
import io.wxmass.campaign.serve.CampaignJson;
import io.wxmass.cli.config.ResolvedConfig;
import picocli.CommandLine.Command;

/** {@code wxmass campaign pause ID}: no batch is attempted until it is resumed. Written to the audit log. */
@Command(name = "pause", description = "Pause a PLANNED campaign: no batch is attempted until it is resumed (batches in flight finish).")
final class CampaignPauseCommand extends CampaignVerbCommand {
    @Override
    protected int execute(ResolvedConfig config) {
        CampaignService service = service(config);
        service.pause(id, actor());
        output().result(CampaignJson.campaign(service.campaign(id)));
        return ok();
    }
}

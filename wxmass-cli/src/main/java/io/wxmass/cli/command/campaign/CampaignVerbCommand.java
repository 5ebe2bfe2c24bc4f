package io.wxmass.cli.command.campaign;

import io.wxmass.campaign.Actor;
import io.wxmass.campaign.CampaignService;
import io.wxmass.cli.campaign.CampaignRuntime;
import io.wxmass.cli.command.EventTimeoutOption;
import io.wxmass.cli.command.WxCommand;
import io.wxmass.cli.config.ResolvedConfig;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** An operator verb on one campaign: the campaign id, the service, and who is asking (the operating-system user). */
abstract class CampaignVerbCommand extends WxCommand {
    @Parameters(index = "0", paramLabel = "CAMPAIGN_ID")
    String id;

    @Mixin
    EventTimeoutOption eventTimeout;

    CampaignService service(ResolvedConfig config) {
        return CampaignRuntime.service(config, eventTimeout.value());
    }

    static Actor actor() {
        return CampaignRuntime.actor();
    }
}

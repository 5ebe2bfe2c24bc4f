package io.wxmass.cli.command.campaign;

import io.wxmass.campaign.RetractResult;
import io.wxmass.campaign.serve.CampaignJson;
import io.wxmass.cli.campaign.CampaignRuntime;
import io.wxmass.cli.command.WxCommand;
import io.wxmass.cli.config.ResolvedConfig;
import io.wxmass.cli.output.ExitCode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.time.Duration;

/** {@code wxmass campaign retract ID}: cancel unsent batches, delete sent mpnews/mpvideo jobs. */
@Command(name = "retract", description = "Withdraw a campaign: cancel unsent batches, delete sent mpnews/mpvideo jobs.")
public final class CampaignRetractCommand extends WxCommand {
    @Parameters(paramLabel = "CAMPAIGN_ID")
    String id;

    @Override
    protected int execute(ResolvedConfig config) {
        RetractResult result = CampaignRuntime.service(config, Duration.ofMinutes(30)).retract(id);
        output().result(CampaignJson.retracted(id, result));
        return result.failed().isEmpty() && result.inFlight() == 0 ? ok() : ExitCode.INCOMPLETE;
    }
}

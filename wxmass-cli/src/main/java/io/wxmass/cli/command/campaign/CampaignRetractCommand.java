package io.wxmass.cli.command.campaign;

import io.wxmass.cli.config.ResolvedConfig;
import picocli.CommandLine.Command;

/** {@code wxmass campaign retract ID}: cancel, then delete the sent mpnews/mpvideo jobs. Written to the audit log. */
@Command(name = "retract", description = "Withdraw a campaign: cancel unsent batches and delete sent mpnews/mpvideo jobs."
        + " Deleting an article makes its page unavailable for every send of that material.")
final class CampaignRetractCommand extends CampaignVerbCommand {
    @Override
    protected int execute(ResolvedConfig config) {
        return CampaignStopOutcome.report(output(), id, service(config).retract(id, actor()));
    }
}

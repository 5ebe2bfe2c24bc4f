package io.wxmass.cli.command.campaign;

import io.wxmass.cli.config.ResolvedConfig;
import picocli.CommandLine.Command;

/** {@code wxmass campaign cancel ID}: stop unsent batches and delete nothing. Written to the audit log. */
@Command(name = "cancel", description = "Cancel a campaign: unsent batches never go out; nothing sent is deleted."
        + " Exits 5 when a batch's outcome is unknown (it is PARKED for campaign resolve).")
final class CampaignCancelCommand extends CampaignVerbCommand {
    @Override
    protected int execute(ResolvedConfig config) {
        return CampaignStopOutcome.report(output(), id, service(config).cancel(id, actor()));
    }
}

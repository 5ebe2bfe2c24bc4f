package io.wxmass.cli.command.campaign;

import io.wxmass.campaign.Campaign;
import io.wxmass.campaign.CampaignStateException;
import io.wxmass.campaign.serve.CampaignJson;
import io.wxmass.campaign.store.CampaignStore;
import io.wxmass.cli.campaign.CampaignRuntime;
import io.wxmass.cli.command.WxCommand;
import io.wxmass.cli.config.ResolvedConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code wxmass campaign show ID}: the campaign and its totals (counts, batches, copyright, article URLs). */
@Command(name = "show", description = "Show a campaign and its totals (no credentials needed).")
public final class CampaignShowCommand extends WxCommand {
    @Parameters(paramLabel = "CAMPAIGN_ID")
    String id;

    @Override
    protected int execute(ResolvedConfig config) {
        CampaignStore store = CampaignRuntime.store(config);
        Campaign campaign = store.get(id).orElseThrow(() -> CampaignStateException.notFound(id));
        output().result(CampaignJson.status(campaign, store.totals(id)));
        return ok();
    }
}

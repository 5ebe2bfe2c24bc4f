package io.wxmass.cli.command.campaign;

import io.wxmass.campaign.Campaign;
import io.wxmass.campaign.CampaignStateException;
import io.wxmass.campaign.CampaignTotals;
import io.wxmass.campaign.RunVerdict;
import io.wxmass.campaign.quota.QuotaOutlook;
import io.wxmass.campaign.quota.QuotaSettings;
import io.wxmass.campaign.store.BatchStore;
import io.wxmass.campaign.store.QuotaLedger;
import io.wxmass.campaign.serve.CampaignJson;
import io.wxmass.campaign.store.CampaignStore;
import io.wxmass.cli.campaign.CampaignRuntime;
import io.wxmass.cli.command.WxCommand;
import io.wxmass.cli.config.ResolvedConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.time.Instant;
import java.util.Map;

/** {@code wxmass campaign show ID}: the campaign and its totals (counts, batches, copyright, article URLs). */
@Command(name = "show", description = "Show a campaign and its totals (no credentials needed).")
final class CampaignShowCommand extends WxCommand {
    @Parameters(paramLabel = "CAMPAIGN_ID")
    String id;

    @Override
    protected int execute(ResolvedConfig config) {
        CampaignStore store = CampaignRuntime.store(config);
        Campaign campaign = store.get(id).orElseThrow(() -> CampaignStateException.notFound(id));
        CampaignTotals totals = store.totals(id);
        Map<String, Object> result = CampaignJson.status(campaign, totals);
        // No credentials here, so no quota/get: the schedule reckons with the store's ledger (campaign plan asks the platform).
        BatchStore batches = new BatchStore(store.database(), store.appId());
        result.put("schedule", CampaignJson.outlook(QuotaOutlook.fromLedger(batches, new QuotaLedger(store.database()),
                store.appId(), id, QuotaSettings.SERVICE_ACCOUNT, Instant.now())));
        result.put("outcome", RunVerdict.of(totals, batches.batches(id)).toJson());
        output().result(result);
        return ok();
    }
}

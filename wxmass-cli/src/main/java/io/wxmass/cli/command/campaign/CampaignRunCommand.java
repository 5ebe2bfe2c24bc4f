package io.wxmass.cli.command.campaign;

import io.wxmass.campaign.Campaign;
import io.wxmass.campaign.CampaignService;
import io.wxmass.campaign.CampaignState;
import io.wxmass.campaign.CampaignStateException;
import io.wxmass.campaign.CampaignTotals;
import io.wxmass.campaign.RunVerdict;
import io.wxmass.campaign.serve.CampaignJson;
import io.wxmass.cli.campaign.CampaignFollower;
import io.wxmass.cli.campaign.CampaignRuntime;
import io.wxmass.cli.command.EventTimeoutOption;
import io.wxmass.cli.command.WxCommand;
import io.wxmass.cli.config.ResolvedConfig;
import io.wxmass.cli.output.ExitCode;
import io.wxmass.core.http.Sleeper;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/**
 * {@code wxmass campaign run ID}: optionally preview and (with --approve) approve a draft, submit
 * every batch, and with --wait follow it until every batch is settled. Safe to re-run after a
 * crash: batches carry deterministic clientmsgids, so nothing is sent twice.
 */
@Command(name = "run", description = "Submit every batch of an approved campaign (--approve approves a DRAFT first), and"
        + " with --wait follow the outcome. Safe to re-run: nothing is ever sent twice.")
final class CampaignRunCommand extends WxCommand {
    @Parameters(paramLabel = "CAMPAIGN_ID")
    String id;

    @Option(names = "--preview", description = "Preview to the campaign's --preview-to recipients before sending.")
    boolean preview;

    @Option(names = "--approve", description = "Approve a DRAFT campaign first (recorded in the audit log as you).")
    boolean approve;

    @Option(names = "--wait", description = "Wait until every batch is settled (events from 'wxmass serve', or mass/get).")
    boolean await;

    @Option(names = "--max-wait", paramLabel = "DURATION", defaultValue = "PT10M",
            description = "With --wait: give up after this long (ISO-8601, default ${DEFAULT-VALUE}).")
    Duration maxWait;

    @Mixin
    EventTimeoutOption eventTimeout;

    @Override
    protected int execute(ResolvedConfig config) throws InterruptedException {
        CampaignService service = CampaignRuntime.service(config, eventTimeout.value());
        Campaign campaign = service.campaign(id);
        if (preview) {
            output().note("previewed to " + service.preview(id, CampaignRuntime.actor()) + " recipients");
        }
        if (campaign.state() == CampaignState.DRAFT) {
            if (!approve) {
                throw CampaignStateException.wrongState(id, campaign.state(),
                        "approve it first: wxmass campaign approve " + id + " (or campaign run --approve)");
            }
            var plan = service.approve(id, CampaignRuntime.actor());
            output().note("approved " + id + ": " + plan.recipients() + " recipients in " + plan.batches() + " batches; "
                    + plan.reason());
        }
        CampaignFollower follower = new CampaignFollower(service, output(), Clock.systemUTC(), Sleeper.SYSTEM);
        CampaignTotals totals = follower.send(id);
        if (await) {
            totals = follower.awaitOutcome(id, maxWait);
        }
        RunVerdict verdict = RunVerdict.of(totals, service.batches(id));
        Map<String, Object> result = CampaignJson.totals(totals);
        service.campaign(id).planReason().ifPresent(reason -> result.put("plan", reason));
        result.put("outcome", verdict.toJson());
        output().result(result);
        output().note(verdict.line());
        // Anything failed, unknown, parked, deferred past this run or held for an admin is not done: say so in the code.
        return !verdict.complete() || (await && !totals.done()) ? ExitCode.INCOMPLETE : ok();
    }
}

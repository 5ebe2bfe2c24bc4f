package io.wxmass.cli.command.campaign;

import io.wxmass.campaign.Campaign;
import io.wxmass.campaign.CampaignService;
import io.wxmass.campaign.CampaignState;
import io.wxmass.campaign.CampaignStateException;
import io.wxmass.campaign.lint.PlanFindings;
import io.wxmass.campaign.quota.QuotaOutlook;
import io.wxmass.campaign.serve.CampaignJson;
import io.wxmass.cli.campaign.CampaignRuntime;
import io.wxmass.cli.command.WxCommand;
import io.wxmass.cli.config.ResolvedConfig;
import io.wxmass.cli.output.ExitCode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.time.Duration;
import java.util.Map;

/**
 * {@code wxmass campaign plan ID}: a dry run. With {@code --approve}, approves a DRAFT first (reading followers, no send;
 * the strategy, list batches or a temporary tag, is chosen then and its reason printed) and prints the schedule under the account's quotas: batches per day, days needed, ETA (today's remain from
 * quota/get), the month's history quota for a send to all, and followers already at the monthly cap; then the
 * pre-flight lint ({@code verdict}, {@code findings}): exit 2 when a finding blocks the plan (see CampaignLint).
 */
@Command(name = "plan", description = "Dry run, nothing is sent: freeze the audience if not yet and show the schedule"
        + " under today's quota (quota/get): batches per day, days needed, ETA, history quota, monthly cap;"
        + " and the pre-flight lint (exit 2 when a finding blocks the plan).")
final class CampaignPlanCommand extends WxCommand {
    @Parameters(paramLabel = "CAMPAIGN_ID")
    String id;

    // Freezing the audience is the approval: a dry run must not approve behind the approver's (or four-eyes') back.
    @Option(names = "--approve", description = "Approve a DRAFT campaign first (recorded in the audit log as you).")
    boolean approve;

    @Override
    protected int execute(ResolvedConfig config) {
        CampaignService service = CampaignRuntime.service(config, Duration.ofMinutes(30));
        Campaign campaign = service.campaign(id);
        if (campaign.state() == CampaignState.DRAFT) {
            if (!approve) {
                throw CampaignStateException.wrongState(id, campaign.state(), "the schedule needs the frozen audience:"
                        + " approve it first: wxmass campaign approve " + id + " (or campaign plan --approve)");
            }
            var plan = service.approve(id, CampaignRuntime.actor());
            output().note("approved and froze " + id + ": " + plan.recipients() + " recipients in " + plan.batches() + " batches; "
                    + plan.reason());
        }
        QuotaOutlook outlook = service.outlook(id);
        Map<String, Object> result = CampaignJson.outlook(outlook);
        result.put("campaignId", id);
        // The strategy chosen when the audience was frozen (list batches or a temporary tag) and why.
        service.campaign(id).planReason().ifPresent(reason -> result.put("plan", reason));
        PlanFindings lint = service.lint(id);
        result.putAll(CampaignJson.lint(lint));
        output().result(result);
        if (lint.blocked()) {
            output().note("blocked: an error above would fail the send; fix the campaign before campaign run");
        }
        if (outlook.toAllBlocked()) {
            output().note("warning: this month's " + outlook.toAllPerMonth() + " sends to all are spent; the send waits"
                    + " for next month (45028)");
        }
        if (outlook.atMonthlyCap() > 0) {
            output().note("note: " + outlook.atMonthlyCap() + " recipients already got " + outlook.perUserMonth()
                    + " mass messages this month from this store's campaigns; the platform will filter them");
        }
        return lint.blocked() ? ExitCode.USAGE : ok();
    }
}

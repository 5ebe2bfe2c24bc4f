package io.wxmass.cli.command.campaign;

import io.wxmass.campaign.CampaignService;
import io.wxmass.campaign.plan.PlanResult;
import io.wxmass.campaign.serve.CampaignJson;
import io.wxmass.cli.config.ResolvedConfig;
import picocli.CommandLine.Command;

/** {@code wxmass campaign approve ID}: freeze the audience into batches, recording the approver. Written to the audit log. */
@Command(name = "approve", description = "Approve a DRAFT campaign: freeze its audience into batches and record who approved it.")
final class CampaignApproveCommand extends CampaignVerbCommand {
    @Override
    protected int execute(ResolvedConfig config) {
        CampaignService service = service(config);
        PlanResult plan = service.approve(id, actor());
        output().result(CampaignJson.plan(service.campaign(id), plan));
        return ok();
    }
}

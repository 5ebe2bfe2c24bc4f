package io.wxmass.cli.command.campaign;

import io.wxmass.campaign.AuditEntry;
import io.wxmass.campaign.serve.OperatorJson;
import io.wxmass.cli.config.ResolvedConfig;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;

/** {@code wxmass campaign audit ID}: who did what to the campaign, and when. */
@Command(name = "audit", description = "The campaign's audit log: who did what, and when.")
final class CampaignAuditCommand extends CampaignVerbCommand {
    @Override
    protected int execute(ResolvedConfig config) {
        List<AuditEntry> entries = service(config).audit(id);
        if (output().json()) {
            output().result(Map.of("campaignId", id, "audit", entries.stream().map(OperatorJson::audit).toList()));
            return ok();
        }
        for (AuditEntry e : entries) {
            output().line(e.at() + "  " + e.actor() + "  " + e.action()
                    + (e.batchNo().isPresent() ? " batch " + e.batchNo().getAsInt() : "") + e.detail().map(d -> ": " + d).orElse(""));
        }
        return ok();
    }
}

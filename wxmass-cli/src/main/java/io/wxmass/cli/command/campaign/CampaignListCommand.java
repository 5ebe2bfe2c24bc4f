package io.wxmass.cli.command.campaign;

import io.wxmass.cli.campaign.CampaignRuntime;
import io.wxmass.cli.command.WxCommand;
import io.wxmass.cli.config.ResolvedConfig;
import picocli.CommandLine.Command;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code wxmass campaign list}: every stored campaign, newest state first as the store orders them. */
@Command(name = "list", description = "List the stored campaigns (no credentials needed).")
final class CampaignListCommand extends WxCommand {
    @Override
    protected int execute(ResolvedConfig config) {
        List<Map<String, Object>> rows = CampaignRuntime.store(config).list().stream().map(c -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", c.id());
            row.put("name", c.name());
            row.put("state", c.state().name());
            row.put("audienceKind", c.audienceKind().name());
            row.put("recipients", c.recipientCount());
            row.put("createdAt", c.createdAt().toString());
            return row;
        }).toList();
        if (output().json()) {
            output().result(Map.of("campaigns", rows));
        } else if (rows.isEmpty()) {
            output().note("no campaigns");
        } else {
            // A table for people: one campaign per line.
            output().line(String.format("%-18s %-10s %-12s %10s  %s", "ID", "STATE", "AUDIENCE", "RECIPIENTS", "NAME"));
            rows.forEach(r -> output().line(String.format("%-18s %-10s %-12s %10s  %s",
                    r.get("id"), r.get("state"), r.get("audienceKind"), r.get("recipients"), r.get("name"))));
        }
        return ok();
    }
}

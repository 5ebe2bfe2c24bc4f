package io.wxmass.cli.command.keys;

import io.wxmass.cli.command.WxCommand;
import io.wxmass.cli.config.ResolvedConfig;
import picocli.CommandLine.Command;

import java.util.List;
import java.util.Map;

/** {@code wxmass keys list}: names, scopes and dates of every key, revoked ones too; never a secret. */
@Command(name = "list", description = "List the API keys (names and scopes; the keys themselves are not stored).")
final class KeysListCommand extends WxCommand {
    @Override
    protected int execute(ResolvedConfig config) {
        List<Map<String, Object>> rows = KeyRows.store(config).list().stream().map(KeyRows::row).toList();
        if (output().json()) {
            output().result(Map.of("keys", rows));
        } else if (rows.isEmpty()) {
            output().note("no API keys");
        } else {
            output().line(String.format("%-24s %-40s %-26s %s", "NAME", "SCOPES", "CREATED", "REVOKED"));
            rows.forEach(r -> output().line(String.format("%-24s %-40s %-26s %s", r.get("name"), r.get("scopes"),
                    r.get("createdAt"), r.get("revokedAt") == null ? "-" : r.get("revokedAt"))));
        }
        return ok();
    }
}

package io.wxmass.cli.command.inbox;

import io.wxmass.campaign.inbox.DeadLetters;
import io.wxmass.cli.command.WxCommand;
import io.wxmass.cli.config.ResolvedConfig;
import io.wxmass.core.error.InvalidRequestException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.List;
import java.util.Map;

/** {@code wxmass inbox list --dead}: the messages redelivery gave up, oldest first; their ids requeue them. */
@Command(name = "list", description = "List the inbox's dead letters (messages your application never took), oldest first.")
final class InboxListCommand extends WxCommand {
    @Option(names = "--dead", required = true, description = "The dead letters (the only list today).")
    boolean dead;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "100", description = "At most N (default ${DEFAULT-VALUE}).")
    int limit;

    @Override
    protected int execute(ResolvedConfig config) {
        if (limit < 1 || limit > 100_000) {
            throw new InvalidRequestException("--limit", "must be 1 to 100000, was " + limit);
        }
        DeadLetters letters = InboxRows.deadLetters(config);
        List<Map<String, Object>> rows = letters.list(limit).stream().map(InboxRows::row).toList();
        long count = letters.count();
        if (output().json()) {
            output().result(Map.of("dead", rows, "count", count));
        } else if (rows.isEmpty()) {
            output().note("no dead letters");
        } else {
            output().line(String.format("%-40s %-24s %-30s %-26s %s", "ID", "TYPE", "FROM", "RECEIVED", "ATTEMPTS"));
            rows.forEach(r -> output().line(String.format("%-40s %-24s %-30s %-26s %s", r.get("id"), r.get("msgType"), r.get("fromUser"),
                    r.get("receivedAt"), r.get("attempts"))));
            if (count > rows.size()) {
                output().note("wxmass: note: " + rows.size() + " of " + count + " shown; --limit shows more");
            }
        }
        return ok();
    }
}

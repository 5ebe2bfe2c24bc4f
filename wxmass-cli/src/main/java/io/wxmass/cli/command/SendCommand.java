package io.wxmass.cli.command;

import io.wxmass.cli.config.ResolvedConfig;
import io.wxmass.core.lint.Finding;
import io.wxmass.core.lint.Preflight;
import io.wxmass.core.mass.SendReceipt;
import io.wxmass.core.message.SendOptions;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.List;

/** {@code wxmass send}: one mass send job (to all, a tag, or up to 10,000 openids). */
@Command(name = "send", description = "Submit one mass send (to all followers, a tag, or 2 to 10,000 openids).")
public final class SendCommand extends WxCommand {
    @ArgGroup(exclusive = true, multiplicity = "1", heading = "Audience (one of):%n")
    AudienceOptions audience;

    @ArgGroup(exclusive = true, multiplicity = "1", heading = "Message (one of):%n")
    MessageOptions message;

    @Option(names = "--clientmsgid", paramLabel = "ID",
            description = "Your dedupe id (at most 32 bytes). Re-running with the same id never sends twice. Default: generated.")
    String clientMsgId;

    @Option(names = "--ignore-reprint", negatable = true,
            description = "Continue when an article is judged a reprint (send_ignore_reprint=1); --no-ignore-reprint stops the send (0, the default).")
    Boolean ignoreReprint;

    @Option(names = "--dry-run", description = "Check the send (pre-flight lint) and print the request; send nothing.")
    boolean dryRun;

    @Override
    protected int execute(ResolvedConfig config) {
        // Build and validate everything before connecting, so bad input never reaches the network.
        var msg = message.toMessage();
        var to = audience.toAudience();
        SendOptions options = (clientMsgId == null ? SendOptions.generated() : SendOptions.withClientMsgId(clientMsgId))
                .ignoreReprint(Boolean.TRUE.equals(ignoreReprint));
        // --all is the operator asking for every follower; nothing else in a single send can mean it.
        Preflight preflight = Preflight.send(msg, to).allFollowersIntended(audience.all);
        if (ignoreReprint != null) {
            preflight.ignoreReprint(ignoreReprint);
        }
        List<Finding> findings = preflight.findings();
        if (dryRun) {
            return DryRun.print(output(), msg, to, options, findings);
        }
        findings.forEach(f -> output().note("wxmass: " + f));
        SendReceipt receipt = connect(config).mass().send(msg, to, options);
        output().result(Results.receipt(receipt));
        return ok();
    }
}

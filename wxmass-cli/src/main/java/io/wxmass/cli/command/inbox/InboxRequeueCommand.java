package io.wxmass.cli.command.inbox;

import io.wxmass.campaign.inbox.DeadLetters;
import io.wxmass.cli.command.WxCommand;
import io.wxmass.cli.config.ResolvedConfig;
import io.wxmass.core.error.InvalidRequestException;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.Map;

/**
 * {@code wxmass inbox requeue ID|--all-dead}: dead letters back in the queue, due now, with a fresh give-up
 * bound; a running serve delivers them at its next redelivery tick.
 */
@Command(name = "requeue", description = "Queue dead letters for delivery again (a running serve sends them within a second).")
final class InboxRequeueCommand extends WxCommand {
    static final class Which {
        @Parameters(paramLabel = "ID", description = "A dead letter's id, as inbox list --dead shows it.")
        String id;

        @Option(names = "--all-dead", description = "Every dead letter of the account.")
        boolean allDead;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Which which;

    @Override
    protected int execute(ResolvedConfig config) {
        DeadLetters letters = InboxRows.deadLetters(config);
        int requeued;
        if (which.allDead) {
            requeued = letters.requeueAll();
        } else if (letters.requeue(which.id)) {
            requeued = 1;
        } else {
            throw new InvalidRequestException("ID", "no dead letter " + which.id + " (wxmass inbox list --dead lists them)");
        }
        output().result(Map.of("requeued", requeued));
        return ok();
    }
}

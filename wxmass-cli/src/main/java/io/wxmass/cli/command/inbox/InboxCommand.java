package io.wxmass.cli.command.inbox;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code wxmass inbox}: the messages serve stored and forwards, in --db-url; today its dead letters. */
@Command(name = "inbox", description = "The inbox of serve --forward-to: list its dead letters, requeue them.",
        subcommands = {InboxListCommand.class, InboxRequeueCommand.class})
public final class InboxCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "an inbox command is required: list --dead or requeue");
    }
}

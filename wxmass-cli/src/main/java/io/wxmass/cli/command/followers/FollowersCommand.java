package io.wxmass.cli.command.followers;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code wxmass followers}: the account's follower list. */
@Command(name = "followers", description = "The account's follower list.",
        subcommands = {FollowersExportCommand.class})
public final class FollowersCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a followers command is required: export");
    }
}

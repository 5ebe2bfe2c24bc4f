package io.wxmass.cli.command.keys;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code wxmass keys}: the API keys of {@code wxmass serve}'s REST API, stored (as hashes) in --db-url. */
@Command(name = "keys", description = "API keys of the serve REST API: create (shown once), list, revoke.",
        subcommands = {KeysCreateCommand.class, KeysListCommand.class, KeysRevokeCommand.class})
public final class KeysCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a keys command is required: create, list or revoke");
    }
}

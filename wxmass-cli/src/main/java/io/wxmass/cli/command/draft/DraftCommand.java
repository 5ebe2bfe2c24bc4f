package io.wxmass.cli.command.draft;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code wxmass draft}: the draft box, where mpnews articles are made. */
@Command(name = "draft", description = "The draft box: articles for mpnews sends and for publishing.",
        subcommands = {DraftAddCommand.class, DraftGetCommand.class, DraftListCommand.class,
                DraftUpdateCommand.class, DraftDeleteCommand.class})
public final class DraftCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a draft command is required: add, get, list, update or delete");
    }
}

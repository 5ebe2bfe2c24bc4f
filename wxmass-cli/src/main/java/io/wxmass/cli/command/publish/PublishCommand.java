package io.wxmass.cli.command.publish;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code wxmass publish}: freepublish. Publishing gives articles permanent links; it sends nothing to followers. */
@Command(name = "publish", description = "Publish drafts as articles with permanent links (sends nothing to followers).",
        subcommands = {PublishSubmitCommand.class, PublishStatusCommand.class, PublishListCommand.class,
                PublishDeleteCommand.class})
public final class PublishCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a publish command is required: submit, status, list or delete");
    }
}

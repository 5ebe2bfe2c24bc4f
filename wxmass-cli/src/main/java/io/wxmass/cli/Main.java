package io.wxmass.cli;

import io.wxmass.cli.command.DeleteCommand;
import io.wxmass.cli.command.DemoCommand;
import io.wxmass.cli.command.SandboxCommand;
import io.wxmass.cli.command.PreviewCommand;
import io.wxmass.cli.command.QuotaCommand;
import io.wxmass.cli.command.SendCommand;
import io.wxmass.cli.command.ServeCommand;
import io.wxmass.cli.command.campaign.CampaignCommand;
import io.wxmass.cli.command.doctor.DoctorCommand;
import io.wxmass.cli.command.draft.DraftCommand;
import io.wxmass.cli.command.followers.FollowersCommand;
import io.wxmass.cli.command.publish.PublishCommand;
import io.wxmass.cli.command.inbox.InboxCommand;
import io.wxmass.cli.command.keys.KeysCommand;
import io.wxmass.cli.command.SpeedCommand;
import io.wxmass.cli.command.StatusCommand;
import io.wxmass.cli.command.UploadImageCommand;
import io.wxmass.cli.command.UploadNewsCommand;
import io.wxmass.cli.command.UploadVideoCommand;
import io.wxmass.cli.command.WxCommand;
import io.wxmass.cli.output.ExitCode;
import io.wxmass.cli.output.Failure;
import io.wxmass.cli.output.Output;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

import java.time.Duration;

/** The {@code wxmass} command: parses, dispatches to one subcommand, maps failures to exit codes. */
@Command(name = "wxmass", scope = ScopeType.INHERIT, mixinStandardHelpOptions = true, version = "wxmass 0.1.0",
        description = "WeChat Official Account mass messaging: send, preview, follow, retract, run campaigns, run the sandbox.",
        footer = ExitCode.HELP_FOOTER,
        subcommands = {
                SendCommand.class, PreviewCommand.class, StatusCommand.class, DeleteCommand.class, SpeedCommand.class,
                QuotaCommand.class, FollowersCommand.class,
                UploadImageCommand.class, UploadNewsCommand.class, UploadVideoCommand.class,
                DraftCommand.class, PublishCommand.class, DoctorCommand.class,
                CampaignCommand.class, ServeCommand.class, KeysCommand.class, InboxCommand.class, SandboxCommand.class, DemoCommand.class
        })
public final class Main implements Runnable {
    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    public static int execute(String... args) {
        return commandLine().execute(args);
    }

    /** The configured command line: handlers for usage errors and for failures of a command. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Main());
        cli.registerConverter(Duration.class, DurationFlag::parse);
        cli.setExecutionStrategy(Main::executeUnlessUnmatched);
        cli.setParameterExceptionHandler(Main::usageError);
        cli.setExecutionExceptionHandler((error, commandLine, parseResult) -> {
            Object command = commandLine.getCommand();
            WxCommand wx = command instanceof WxCommand c ? c : null;
            Output output = wx != null ? wx.output()
                    : command instanceof SandboxCommand sandbox ? sandbox.output() : Output.system(false);
            Failure failure = Failure.of(error, wx != null ? wx.baseUrl() : null);
            output.failure(failure);
            return failure.exitCode();
        });
        return cli;
    }

    /**
     * picocli skips its unmatched-argument check when --help is present, so {@code wxmass campaign frobnicate
     * --help} would print the parent's help and exit 0: a script would take a command that does not exist for
     * one that does. Here any unmatched argument is a usage error, help or not.
     */
    private static int executeUnlessUnmatched(CommandLine.ParseResult parseResult) {
        for (CommandLine.ParseResult level = parseResult; level != null; level = level.subcommand()) {
            if (!level.unmatched().isEmpty()) {
                throw new CommandLine.UnmatchedArgumentException(level.commandSpec().commandLine(), level.unmatched());
            }
        }
        return new CommandLine.RunLast().execute(parseResult);
    }

    /** A bad flag or argument: one line naming it, and where to look; with --json, the same as a document on stdout. */
    private static int usageError(CommandLine.ParameterException e, String[] args) {
        CommandLine cli = e.getCommandLine();
        Failure failure = UsageError.of(e, args);
        new Output(cli.getOut(), cli.getErr(), UsageError.wantsJson(args), false).failure(failure);
        return failure.exitCode();
    }

    /** {@code wxmass} alone: the usage, as a usage error. */
    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }
}

package io.wxmass.cli.command;

import io.wxmass.cli.config.ResolvedConfig;
import io.wxmass.cli.demo.Demo;
import io.wxmass.cli.output.ExitCode;
import io.wxmass.core.error.InvalidRequestException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Duration;

/**
 * {@code wxmass demo}: the main job on the embedded defaults — an in-process sandbox, a SQLite
 * file, the receiver service — needing no account and no configuration.
 */
@Command(name = "demo", description = "Run a whole campaign end to end on an in-process sandbox and a SQLite file:"
        + " upload media, preview, send to a tag and to an openid list longer than 10,000, receive the events, print the totals.")
public final class DemoCommand extends WxCommand {
    @Option(names = "--followers", defaultValue = "25000", description = "Sandbox followers, all in the openid-list campaign (default ${DEFAULT-VALUE}).")
    int followers;

    @Option(names = "--tag-size", defaultValue = "3000", description = "Followers carrying the demo tag (default ${DEFAULT-VALUE}).")
    int tagSize;

    @Option(names = "--db", paramLabel = "FILE", description = "SQLite file to keep the campaigns in (default: a temporary file, deleted after).")
    Path db;

    @Option(names = "--max-wait", paramLabel = "DURATION", defaultValue = "PT2M", description = "Longest wait for the outcome (default ${DEFAULT-VALUE}).")
    Duration maxWait;

    @Override
    protected int execute(ResolvedConfig config) throws Exception {
        if (followers < 10_001) {
            throw new InvalidRequestException("--followers", "must be more than 10,000 so the openid list needs several batches, was " + followers);
        }
        if (tagSize < 1 || tagSize > followers) {
            throw new InvalidRequestException("--tag-size", "must be 1 to --followers, was " + tagSize);
        }
        boolean ok = new Demo(output(), followers, tagSize, maxWait).run(db);
        return ok ? ok() : ExitCode.INCOMPLETE;
    }
}

package io.wxmass.cli.command;

import io.wxmass.cli.config.ResolvedConfig;
import io.wxmass.cli.output.ExitCode;
import io.wxmass.cli.output.Output;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.Map;
import java.util.concurrent.Callable;

/**
 * Base of every leaf command: the shared flags, the output, the resolved configuration. A command
 * only parses, calls core/campaign/sandbox and prints; failures propagate as exceptions and
 * {@link io.wxmass.cli.Main} turns them into one line and an exit code.
 */
public abstract class WxCommand implements Callable<Integer> {
    @Mixin
    ConfigOptions configOptions;

    @Option(names = "--json", description = "Print one JSON document on stdout (errors too), for scripts.")
    boolean json;

    private Output output;

    @Override
    public final Integer call() throws Exception {
        return execute(config());
    }

    protected abstract int execute(ResolvedConfig config) throws Exception;

    public Output output() {
        if (output == null) {
            output = Output.system(json);
        }
        return output;
    }

    protected ResolvedConfig config() {
        return configOptions.resolve(environment());
    }

    /** Overridable seam for the environment; the CLI reads the process environment. */
    protected Map<String, String> environment() {
        return System.getenv();
    }

    protected static int ok() {
        return ExitCode.OK;
    }
}

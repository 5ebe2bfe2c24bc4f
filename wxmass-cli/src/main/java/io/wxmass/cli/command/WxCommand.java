package io.wxmass.cli.command;

import io.wxmass.cli.config.ResolvedConfig;
import io.wxmass.cli.config.Setting;
import io.wxmass.cli.output.ExitCode;
import io.wxmass.cli.output.Output;
import io.wxmass.cli.platform.Connector;
import io.wxmass.core.WxMass;
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
    private String baseUrl;

    @Override
    public final Integer call() throws Exception {
        ResolvedConfig config = config();
        baseUrl = config.optional(Setting.BASE_URL).orElse(null);
        return execute(config);
    }

    /** The base URL this run talks to (for error messages), or null before configuration resolved. */
    public String baseUrl() {
        return baseUrl;
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

    /** A client for the configured account; refuses (exit 2) before any call when a credential is missing. */
    protected WxMass connect(ResolvedConfig config) {
        return Connector.connect(config);
    }

    protected static int ok() {
        return ExitCode.OK;
    }
}

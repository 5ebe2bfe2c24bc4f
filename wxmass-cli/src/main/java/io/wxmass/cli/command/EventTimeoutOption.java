package io.wxmass.cli.command;

import picocli.CommandLine.Option;

import java.time.Duration;

/** The reconciler's patience, shared by the commands that follow campaigns (run, serve). */
public final class EventTimeoutOption {
    @Option(names = "--event-timeout", paramLabel = "DURATION", defaultValue = "PT30M",
            description = "Ask mass/get about a batch whose event has not come after this long (ISO-8601, default ${DEFAULT-VALUE}).")
    Duration eventTimeout;

    public Duration value() {
        return eventTimeout;
    }
}

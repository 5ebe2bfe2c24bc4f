package io.wxmass.cli.command;

import io.wxmass.campaign.inbox.ForwardFormat;
import io.wxmass.campaign.inbox.ForwardSettings;
import io.wxmass.cli.config.ConfigResolver;
import io.wxmass.cli.config.ResolvedConfig;
import io.wxmass.core.error.InvalidRequestException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ServeForwardingTest {
    private static final String KEY = "0123456789abcdef0123456789abcdef-cfg";

    @TempDir
    Path folder;

    @Test
    void forwardSettings_comeFromTheConfigFile_whenNoFlagOrEnvironmentGivesThem() throws Exception {
        Path keyFile = keyFile();
        ResolvedConfig config = config(Map.of(), "forwardTo=http://127.0.0.1:9/wx\nforwardFormat=json\nforwardKeyFile=" + keyFile
                + "\nforwardDeadline=PT2S\n");

        ForwardSettings settings = ServeForwarding.resolve(null, null, null, null, config).orElseThrow();

        assertThat(settings.target()).isEqualTo(URI.create("http://127.0.0.1:9/wx"));
        assertThat(settings.format()).isEqualTo(ForwardFormat.JSON);
        assertThat(settings.deadline()).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void flagBeatsEnvironment_whichBeatsTheConfigFile() throws Exception {
        ResolvedConfig config = config(Map.of("WXMASS_FORWARD_TO", "http://127.0.0.1:8/env", "WXMASS_FORWARD_KEY_FILE", keyFile().toString()),
                "forwardTo=http://127.0.0.1:9/file\nforwardDeadline=PT2S\n");

        assertThat(ServeForwarding.resolve(null, null, null, null, config).orElseThrow().target()).isEqualTo(URI.create("http://127.0.0.1:8/env"));
        ForwardSettings flagged = ServeForwarding.resolve(URI.create("http://127.0.0.1:7/flag"), "xml", null, Duration.ofSeconds(1), config)
                .orElseThrow();
        assertThat(flagged.target()).isEqualTo(URI.create("http://127.0.0.1:7/flag"));
        assertThat(flagged.deadline()).isEqualTo(Duration.ofSeconds(1));
        assertThat(flagged.format()).isEqualTo(ForwardFormat.XML);
    }

    @Test
    void noTargetAnywhere_forwardsNothing() throws Exception {
        assertThat(ServeForwarding.resolve(null, null, null, null, config(Map.of(), "forwardDeadline=PT2S\n"))).isEqualTo(Optional.empty());
    }

    @Test
    void badValueFromTheFile_isNamedByItsFlag_andNeverShowsTheKey() throws Exception {
        ResolvedConfig config = config(Map.of(), "forwardTo=http://127.0.0.1:9/wx\nforwardKeyFile=" + keyFile() + "\nforwardDeadline=PT9S\n");

        InvalidRequestException e = catchThrowableOfType(() -> ServeForwarding.resolve(null, null, null, null, config),
                InvalidRequestException.class);

        assertThat(e.field()).isEqualTo("--forward-deadline");
        assertThat(e.getMessage()).doesNotContain(KEY);
        assertThat(config.toString()).doesNotContain(KEY);
    }

    private Path keyFile() throws Exception {
        Path file = folder.resolve("forward.key");
        Files.writeString(file, KEY + "\n");
        return file;
    }

    private ResolvedConfig config(Map<String, String> env, String properties) throws Exception {
        Path file = folder.resolve("wxmass.properties");
        Files.writeString(file, properties);
        return new ConfigResolver(env).resolve(Map.of(), file);
    }
}

package io.wxmass.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonLogEncoderTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static String encode(String message, Throwable error, Map<String, String> mdc, Object... args) {
        LoggerContext context = new LoggerContext();
        LoggingEvent event = new LoggingEvent("x", context.getLogger("io.wxmass.test"), Level.WARN, message, error, args);
        event.setMDCPropertyMap(mdc);
        JsonLogEncoder encoder = new JsonLogEncoder();
        encoder.setContext(context);
        encoder.start();
        return new String(encoder.encode(event), StandardCharsets.UTF_8);
    }

    @Test
    void line_isOneJsonObjectWithLevelLoggerMessageAndTheCampaignAndBatchFromTheMdc() throws Exception {
        String line = encode("batch {} deferred", null, Map.of("campaign", "c7f3a", "batch", "2"), 2);

        assertThat(line).endsWith("\n").doesNotContain("\n\n");
        assertThat(line.strip()).doesNotContain("\n");
        JsonNode json = JSON.readTree(line);
        assertThat(json.get("level").asText()).isEqualTo("WARN");
        assertThat(json.get("logger").asText()).isEqualTo("io.wxmass.test");
        assertThat(json.get("message").asText()).isEqualTo("batch 2 deferred");
        assertThat(json.get("campaign").asText()).isEqualTo("c7f3a");
        assertThat(json.get("batch").asText()).isEqualTo("2");
        assertThat(json.get("time").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
    }

    @Test
    void line_withANewlineOrAPasswordInTheMessageOrStack_staysOneLineAndMasked() throws Exception {
        String line = encode("cannot reach {}\nFORGED line", new IllegalStateException("jdbc:postgresql://app:hunter2@db/wx"),
                Map.of(), "redis://app:hunter2@h:6379");

        assertThat(line.strip()).doesNotContain("\n").doesNotContain("hunter2");
        JsonNode json = JSON.readTree(line);
        assertThat(json.get("message").asText()).isEqualTo("cannot reach redis://app:***@h:6379\nFORGED line");
        assertThat(json.get("error").asText()).contains("IllegalStateException", "app:***@db");
    }

    @Test
    void mdcEntry_namedLikeAFixedField_doesNotReplaceIt() throws Exception {
        JsonNode json = JSON.readTree(encode("real", null, Map.of("message", "forged", "level", "INFO")));

        assertThat(json.get("message").asText()).isEqualTo("real");
        assertThat(json.get("level").asText()).isEqualTo("WARN");
    }
}

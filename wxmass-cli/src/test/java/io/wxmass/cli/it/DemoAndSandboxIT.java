package io.wxmass.cli.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The main job ({@code wxmass demo}) and the in-process sandbox command, through the real jar. */
class DemoAndSandboxIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void demo_onDefaults_exits0AndPrintsTotalsPerCampaign() {
        JarRunner.Run run = new JarRunner().run("demo");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.stdout()).contains("demo: tag demo-vip").contains("demo: 25000 openids")
                .containsPattern("demo: 25000 openids\\s+3/3\\s+25000\\s+25000\\s+25000\\s+0\\s+25000\\s+ok")
                .contains("outcome: every batch finished");
    }

    @Test
    void sandbox_command_servesThePlatformThatOtherCommandsCanUse() throws Exception {
        try (JarRunner.Background sandbox = new JarRunner().start("sandbox", "--port", "0", "--followers", "10",
                "--app-id", "wxitsandbox", "--app-secret", "it-secret-value", "--instant")) {
            String url = sandbox.awaitLine("wxmass-sandbox listening on ").substring("wxmass-sandbox listening on ".length());

            JarRunner.Run speed = new JarRunner().env("WXMASS_APP_ID", "wxitsandbox").env("WXMASS_APP_SECRET", "it-secret-value")
                    .env("WXMASS_BASE_URL", url).run("speed", "--json");

            assertThat(speed.exitCode()).as(speed.toString()).isZero();
            assertThat(JSON.readTree(speed.stdout()).get("speed").asInt()).isBetween(0, 4);
        }
    }

    @Test
    void sandbox_command_withTokenButNoCallbackUrl_exits2() {
        JarRunner.Run run = new JarRunner().run("sandbox", "--token", "t");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stderr().strip()).startsWith("wxmass: error: --callback-url");
    }

    @Test
    void sandbox_command_withJson_printsWhereItListensAsOneDocument() throws Exception {
        try (JarRunner.Background sandbox = new JarRunner().start("sandbox", "--port", "0", "--followers", "3",
                "--app-id", "wxitjson", "--app-secret", "it-secret-json", "--json")) {
            JsonNode ready = JSON.readTree(sandbox.awaitLine("{\"baseUrl\""));

            assertThat(ready.get("appId").asText()).isEqualTo("wxitjson");
            assertThat(ready.get("baseUrl").asText()).startsWith("http://127.0.0.1:");
            assertThat(ready.has("appSecret")).as("a given secret is not echoed").isFalse();
        }
    }

    @Test
    void sandbox_command_withUnreadableConfigAndJson_reportsTheFlagAsJson_exits2() throws Exception {
        JarRunner.Run run = new JarRunner().run("sandbox", "--config", "no-such-sandbox-config.json", "--json");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        JsonNode error = JSON.readTree(run.stdout()).get("error");
        assertThat(error.get("field").asText()).isEqualTo("--config");
        assertThat(error.get("exitCode").asInt()).isEqualTo(2);
    }
}

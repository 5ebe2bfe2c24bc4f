package io.wxmass.cli.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Usage errors through the real jar: one line naming the flag, exit 2 (3 for a port someone else holds),
 * never a value typed after an unknown flag, never exit 70, and with --json a document on stdout.
 */
class UsageErrorsIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SECRET = "s3cretTypedAfterATypo";

    private static void assertUsageLine(JarRunner.Run run, int exitCode, String... fragments) {
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(exitCode);
        assertThat(run.stderr().strip().lines()).as(run.toString()).hasSize(1);
        assertThat(run.stderr()).startsWith("wxmass: error: ").contains(fragments).doesNotContain("Exception", "\tat ");
    }

    @Test
    void misspeltSecretFlag_withEquals_isNamedWithoutItsValue() {
        JarRunner.Run run = new JarRunner().run("send", "--app-secert=" + SECRET, "--tag", "2", "--text", "hi");

        assertUsageLine(run, 2, "unknown option '--app-secert'", "did you mean", "--app-secret");
        assertThat(run.stdout() + run.stderr()).doesNotContain(SECRET);
    }

    @Test
    void misspeltSecretFlag_withTheValueAsTheNextArgument_countsTheValueWithoutShowingIt() {
        JarRunner.Run run = new JarRunner().run("send", "--app-secert", SECRET, "--tag", "2", "--text", "hi", "--json");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stderr()).contains("'--app-secert'", "1 more argument (not shown)");
        assertThat(run.stdout() + run.stderr()).doesNotContain(SECRET);
    }

    @Test
    void usageError_withJson_printsOneJsonErrorDocumentOnStdout() throws IOException {
        JarRunner.Run run = new JarRunner().run("send", "--tag", "2", "--text", "hi", "--bogus", "--json");

        assertThat(run.exitCode()).isEqualTo(2);
        JsonNode error = JSON.readTree(run.stdout()).get("error");
        assertThat(error.get("kind").asText()).isEqualTo("usage");
        assertThat(error.get("field").asText()).isEqualTo("--bogus");
        assertThat(error.get("exitCode").asInt()).isEqualTo(2);
        assertThat(error.get("message").asText()).contains("--bogus");
    }

    @Test
    void missingRequiredFlag_withJson_printsItsJsonErrorToo() throws IOException {
        JarRunner.Run run = new JarRunner().run("send", "--tag", "2", "--json");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(JSON.readTree(run.stdout()).get("error").get("message").asText()).contains("--text");
    }

    @Test
    void commandThatDoesNotExist_givenHelp_isAUsageError_notItsParentsHelp() {
        JarRunner.Run run = new JarRunner().run("campaign", "frobnicate", "--help");

        assertUsageLine(run, 2, "unknown command 'frobnicate'", "wxmass campaign --help");
        assertThat(run.stdout()).isEmpty();
    }

    @Test
    void badDuration_isAUsageErrorNamingTheFlagAndTheFormat() {
        JarRunner.Run words = new JarRunner().run("campaign", "run", "c1", "--max-wait", "5minutes");
        JarRunner.Run zero = new JarRunner().run("campaign", "run", "c1", "--event-timeout", "PT0S");
        JarRunner.Run huge = new JarRunner().run("campaign", "run", "c1", "--max-wait", "PT9999999999999H");

        assertUsageLine(words, 2, "--max-wait", "ISO-8601", "5minutes");
        assertUsageLine(zero, 2, "--event-timeout", "above zero");
        assertUsageLine(huge, 2, "--max-wait", "at most P366D");
    }

    @Test
    void sandbox_onAPortInUse_isANetworkErrorSayingSo() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            JarRunner.Run run = new JarRunner().run("sandbox", "--port", String.valueOf(taken.getLocalPort()));

            assertUsageLine(run, 3, "network", String.valueOf(taken.getLocalPort()), "already in use");
        }
    }

    @Test
    void serve_onAPortInUse_isANetworkErrorSayingSo() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            JarRunner.Run run = new JarRunner().env("WXMASS_DB_URL", "jdbc:sqlite:" + new JarRunner().tempFile("serve-port", ".db"))
                    .env("WXMASS_APP_ID", "wxit").env("WXMASS_APP_SECRET", "it").env("WXMASS_TOKEN", "it")
                    .run("serve", "--port", String.valueOf(taken.getLocalPort()));

            assertUsageLine(run, 3, "network", String.valueOf(taken.getLocalPort()), "already in use");
        }
    }

    @Test
    void sandbox_onAHostThatDoesNotResolve_isAUsageErrorNamingHost() {
        JarRunner.Run run = new JarRunner().run("sandbox", "--host", "no-such-host.invalid");

        assertUsageLine(run, 2, "--host", "no-such-host.invalid");
    }

    @Test
    void sandbox_onAnAddressOfAnotherMachine_isAUsageErrorNamingHost() {
        JarRunner.Run run = new JarRunner().run("sandbox", "--host", "192.0.2.1"); // TEST-NET-1: never local

        assertUsageLine(run, 2, "--host", "not an address of this machine");
    }

    @Test
    void badOpenIdInPreviewOrACampaignsPreviewList_isRefusedBeforeAnyCall() throws IOException {
        JarRunner runner = new JarRunner().env("WXMASS_APP_ID", "wxit").env("WXMASS_APP_SECRET", "it")
                .env("WXMASS_BASE_URL", "http://127.0.0.1:9").env("WXMASS_DB_URL", "jdbc:sqlite:" + new JarRunner().tempFile("ids", ".db"));

        JarRunner.Run preview = runner.run("preview", "--openid", "o<script>", "--text", "hi");
        JarRunner.Run create = runner.run("campaign", "create", "--name", "n", "--all", "--text", "hi", "--preview-to", "oGood,o bad");

        assertUsageLine(preview, 2, "--openid", "A-Z a-z 0-9 _ -"); // exit 2, not 3: nothing tried to reach the platform
        assertUsageLine(create, 2, "--preview-to", "openid #2");
    }
}

package io.wxmass.cli.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wxmass.sandbox.embed.Sandbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What goes wrong, through the real jar: each failure is one line on stderr naming the field or
 * the cause, a documented non-zero exit code, and nothing sent (the sandbox's counters prove it).
 */
class FailuresIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SENDALL = "/cgi-bin/message/mass/sendall";

    private static Sandbox sandbox;

    @BeforeAll
    static void startSandbox() {
        sandbox = SandboxFixture.start(20);
    }

    @AfterAll
    static void stopSandbox() {
        sandbox.close();
    }

    private static void assertOneLineError(JarRunner.Run run, int exitCode, String... fragments) {
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(exitCode);
        String stderr = run.stderr().strip();
        assertThat(stderr.lines()).as(run.toString()).hasSize(1);
        assertThat(stderr).startsWith("wxmass: error: ").contains(fragments);
        assertThat(run.stdout()).isEmpty();
    }

    private long sent() {
        return sandbox.admin().requests(SENDALL) + sandbox.admin().requests("/cgi-bin/message/mass/send");
    }

    @Test
    void send_withUnknownFlag_exits2NamingTheFlag_andSendsNothing() {
        long before = sent();
        long tokens = sandbox.admin().tokenFetches(sandbox.appId());

        JarRunner.Run run = SandboxFixture.runnerFor(sandbox).run("send", "--tag", "2", "--text", "hi", "--bogus");

        assertOneLineError(run, 2, "--bogus", "wxmass send --help");
        assertThat(sent()).isEqualTo(before);
        assertThat(sandbox.admin().tokenFetches(sandbox.appId())).isEqualTo(tokens);
    }

    @Test
    void send_withoutAppSecret_exits2NamingTheSettingAndWhereToSetIt_andSendsNothing() {
        long before = sent();
        long tokens = sandbox.admin().tokenFetches(sandbox.appId());

        JarRunner.Run run = new JarRunner().env("WXMASS_APP_ID", sandbox.appId()).env("WXMASS_BASE_URL", sandbox.baseUrl())
                .run("send", "--tag", "2", "--text", "hi");

        assertOneLineError(run, 2, "--app-secret", "WXMASS_APP_SECRET", "appSecret");
        assertThat(sent()).isEqualTo(before);
        assertThat(sandbox.admin().tokenFetches(sandbox.appId())).isEqualTo(tokens);
    }

    @Test
    void send_toUnreachableBaseUrl_exits3NamingTheUrl() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        String url = "http://127.0.0.1:" + closedPort;

        JarRunner.Run run = SandboxFixture.runnerFor(sandbox).env("WXMASS_BASE_URL", url).run("send", "--tag", "2", "--text", "hi");

        assertOneLineError(run, 3, "cannot reach " + url);
        assertThat(sandbox.admin().jobs(sandbox.appId())).isEmpty();
    }

    @Test
    void send_withTooFewOpenIds_exits2NamingTouser_beforeAnyCall() {
        long tokens = sandbox.admin().tokenFetches(sandbox.appId());

        JarRunner.Run run = SandboxFixture.runnerFor(sandbox).run("send", "--to", "oOnlyOne", "--text", "hi");

        assertOneLineError(run, 2, "touser", "2 to 10000");
        assertThat(sandbox.admin().tokenFetches(sandbox.appId())).isEqualTo(tokens);
    }

    @Test
    void send_toUnknownTag_exits1WithThePlatformsErrcode() {
        JarRunner.Run run = SandboxFixture.runnerFor(sandbox).run("send", "--tag", "9999", "--text", "hi");

        assertOneLineError(run, 1, "errcode=40152");
        assertThat(sandbox.admin().jobs(sandbox.appId())).isEmpty();
    }

    @Test
    void send_withJson_printsTheErrorAsJsonOnStdoutToo() throws IOException {
        JarRunner.Run run = SandboxFixture.runnerFor(sandbox).run("send", "--to", "oOnlyOne", "--text", "hi", "--json");

        assertThat(run.exitCode()).isEqualTo(2);
        JsonNode error = JSON.readTree(run.stdout()).get("error");
        assertThat(error.get("field").asText()).isEqualTo("touser");
        assertThat(error.get("exitCode").asInt()).isEqualTo(2);
    }

    @Test
    void uploadImage_ofATextFile_exits2BeforeUploading() {
        long uploads = sandbox.admin().requests("/cgi-bin/media/uploadimg");

        JarRunner.Run run = SandboxFixture.runnerFor(sandbox).run("upload-image", SandboxFixture.resource("/media/not-an-image.txt"));

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.stderr().strip().lines()).hasSize(1);
        assertThat(sandbox.admin().requests("/cgi-bin/media/uploadimg")).isEqualTo(uploads);
    }

    @Test
    void campaignShow_ofUnknownId_exits4() throws IOException {
        Path db = Files.createTempFile("wxmass-it", ".db");
        // The store is scoped by account, so the command needs one even to find nothing.
        JarRunner.Run run = new JarRunner().env("WXMASS_DB_URL", "jdbc:sqlite:" + db).env("WXMASS_APP_ID", "wxitshow")
                .run("campaign", "show", "nope");

        assertOneLineError(run, 4, "no campaign with id nope");
        Files.deleteIfExists(db);
    }

    @Test
    void output_neverContainsTheAppSecret() {
        JarRunner.Run run = SandboxFixture.runnerFor(sandbox).run("send", "--tag", "9999", "--text", "hi", "--json");

        assertThat(run.stdout() + run.stderr()).doesNotContain(sandbox.appSecret());
    }
}

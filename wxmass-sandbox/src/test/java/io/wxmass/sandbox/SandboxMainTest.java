package io.wxmass.sandbox;

import io.wxmass.sandbox.embed.Sandbox;
import io.wxmass.sandbox.embed.SandboxBuilder;
import io.wxmass.sandbox.testing.PlatformClient;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SandboxMainTest {
    private static PrintStream sink(ByteArrayOutputStream out) {
        return new PrintStream(out, true, StandardCharsets.UTF_8);
    }

    @Test
    void flags_startTheSandboxAndTheBannerPrintsUrlAndGeneratedSecret() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SandboxBuilder b = SandboxMain.parse(new String[]{"--port", "0", "--host", "127.0.0.1", "--followers", "12",
                "--instant", "--app-id", "wxmaintest000001"}, sink(out));
        try (Sandbox sandbox = b.start()) {
            SandboxMain.banner(sandbox, b.generatesSecret(), sink(out));
            String printed = out.toString(StandardCharsets.UTF_8);
            assertThat(printed).contains("listening on " + sandbox.baseUrl()).contains("wxmaintest000001")
                    .contains(sandbox.appSecret());
            PlatformClient c = PlatformClient.of(sandbox).login(sandbox);
            assertThat(c.callGet("/cgi-bin/user/get").get("total").asInt()).isEqualTo(12);
        }
    }

    @Test
    void adminTokenFlag_locksTheAdminApi_andIsNeverPrinted() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SandboxBuilder b = SandboxMain.parse(new String[]{"--admin-token", "s3cr3t-admin-t0ken"}, sink(out), Map.of());
        try (Sandbox sandbox = b.start()) {
            SandboxMain.banner(sandbox, b.generatesSecret(), sink(out));
            SandboxMain.adminNotice(b, sink(out));
            HttpClient http = HttpClient.newHttpClient();
            URI accounts = URI.create(sandbox.baseUrl() + "/admin/accounts");

            int without = http.send(HttpRequest.newBuilder(accounts).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            int wrong = http.send(HttpRequest.newBuilder(accounts).header("Authorization", "Bearer guess").build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
            int right = http.send(HttpRequest.newBuilder(accounts).header("Authorization", "Bearer s3cr3t-admin-t0ken").build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();

            assertThat(without).isEqualTo(401);
            assertThat(wrong).isEqualTo(401);
            assertThat(right).isEqualTo(200);
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("Authorization: Bearer").doesNotContain("s3cr3t-admin-t0ken");
            assertThat(b.toString()).doesNotContain("s3cr3t-admin-t0ken");
        }
    }

    @Test
    void adminToken_fromTheEnvironment_whenNoFlag() throws Exception {
        SandboxBuilder b = SandboxMain.parse(new String[0], sink(new ByteArrayOutputStream()),
                Map.of("WXMASS_SANDBOX_ADMIN_TOKEN", "from-env"));

        assertThat(b.adminTokenSet()).isTrue();
    }

    @Test
    void openAdminApi_onANonLoopbackInterface_isWarnedAbout() throws Exception {
        ByteArrayOutputStream open = new ByteArrayOutputStream();
        ByteArrayOutputStream local = new ByteArrayOutputStream();

        SandboxMain.adminNotice(SandboxMain.parse(new String[]{"--host", "0.0.0.0"}, sink(open), Map.of()), sink(open));
        SandboxMain.adminNotice(SandboxMain.parse(new String[]{"--host", "127.0.0.1"}, sink(local), Map.of()), sink(local));

        assertThat(open.toString(StandardCharsets.UTF_8)).contains("warning: the admin API").contains("--admin-token");
        assertThat(local.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void givenSecret_isNotPrinted() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SandboxBuilder b = SandboxMain.parse(new String[]{"--app-id", "wxmaintest000002", "--app-secret",
                "99999999999999999999999999999999"}, sink(out));
        try (Sandbox sandbox = b.start()) {
            SandboxMain.banner(sandbox, b.generatesSecret(), sink(out));
            assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("9999999999");
        }
    }

    @Test
    void callbackFlags_configureTheDefaultAccount() throws Exception {
        SandboxBuilder b = SandboxMain.parse(new String[]{"--callback-url", "http://127.0.0.1:9/cb", "--token", "AAAAA",
                "--aes-key", "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG", "--encrypt-mode", "safe"}, sink(new ByteArrayOutputStream()));
        try (Sandbox sandbox = b.start()) {
            assertThat(sandbox.account().callback().mode()).isEqualTo("safe");
            assertThat(sandbox.account().callback().url()).isEqualTo("http://127.0.0.1:9/cb");
        }
    }

    @Test
    void configFlag_loadsSeveralAccounts() throws Exception {
        Path file = Path.of(SandboxMainTest.class.getResource("/config/two-accounts.json").toURI());
        SandboxBuilder b = SandboxMain.parse(new String[]{"--config", file.toString()}, sink(new ByteArrayOutputStream()));
        try (Sandbox sandbox = b.start()) {
            assertThat(sandbox.appId()).isEqualTo("wxservice0000001");
            assertThat(sandbox.admin().accounts()).hasSize(2);
            assertThat(b.generatesSecret()).isFalse();
        }
    }

    @Test
    void badFlags_areRefusedNamingTheFlag() throws URISyntaxException {
        PrintStream out = sink(new ByteArrayOutputStream());
        assertThatThrownBy(() -> SandboxMain.parse(new String[]{"--port", "eighty"}, out)).hasMessageContaining("--port");
        assertThatThrownBy(() -> SandboxMain.parse(new String[]{"--frobnicate"}, out)).hasMessageContaining("--frobnicate");
        assertThatThrownBy(() -> SandboxMain.parse(new String[]{"--app-secert=s3cr3tValue"}, out))
                .hasMessageContaining("--app-secert").hasMessageNotContaining("s3cr3tValue");
        assertThatThrownBy(() -> SandboxMain.parse(new String[]{"--followers"}, out)).hasMessageContaining("--followers");
        assertThatThrownBy(() -> SandboxMain.parse(new String[]{"--callback-url", "http://x"}, out)).hasMessageContaining("--token");
    }

    @Test
    void help_printsUsageAndStartsNothing() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(SandboxMain.parse(new String[]{"--help"}, sink(out))).isNull();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("--encrypt-mode");
    }
}

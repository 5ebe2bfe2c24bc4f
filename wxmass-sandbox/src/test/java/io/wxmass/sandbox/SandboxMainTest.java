package io.wxmass.sandbox;

import io.wxmass.sandbox.embed.Sandbox;
import io.wxmass.sandbox.embed.SandboxBuilder;
import io.wxmass.sandbox.testing.PlatformClient;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

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

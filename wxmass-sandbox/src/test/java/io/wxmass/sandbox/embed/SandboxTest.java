package io.wxmass.sandbox.embed;

import io.wxmass.sandbox.testing.PlatformClient;
import org.junit.jupiter.api.Test;

import java.io.UncheckedIOException;
import java.net.ServerSocket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SandboxTest {
    @Test
    void builder_generatesCredentials_andToStringRedactsTheSecret() {
        try (Sandbox sandbox = Sandbox.builder().followers(3).start()) {
            assertThat(sandbox.appId()).matches("wx[0-9a-f]{16}");
            assertThat(sandbox.appSecret()).matches("[0-9a-f]{32}");
            assertThat(sandbox.baseUrl()).startsWith("http://127.0.0.1:").doesNotEndWith("/");
            assertThat(sandbox.toString()).contains(sandbox.appId()).doesNotContain(sandbox.appSecret());
        }
    }

    @Test
    void close_releasesThePort() throws Exception {
        Sandbox sandbox = Sandbox.builder().start();
        int port = sandbox.port();
        PlatformClient.of(sandbox).login(sandbox);
        sandbox.close();
        try (ServerSocket again = new ServerSocket(port, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            assertThat(again.getLocalPort()).isEqualTo(port);
        }
    }

    @Test
    void start_onAPortInUse_failsNamingIt() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            assertThatThrownBy(() -> Sandbox.builder().port(taken.getLocalPort()).start())
                    .isInstanceOf(UncheckedIOException.class).hasMessageContaining(String.valueOf(taken.getLocalPort()));
        }
    }
}

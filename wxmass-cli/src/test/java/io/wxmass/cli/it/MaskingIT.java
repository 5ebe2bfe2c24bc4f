package io.wxmass.cli.it;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

import static org.assertj.core.api.Assertions.assertThat;

/** A password inside a URL setting never reaches stderr or --json, whichever message carries the URL. */
class MaskingIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PASSWORD = "hunter2pw";

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    @Test
    void baseUrlWithAPassword_isMaskedInTheNetworkError_onStderrAndInJson() throws IOException {
        String url = "http://ops:" + PASSWORD + "@127.0.0.1:" + closedPort();

        JarRunner.Run human = new JarRunner().env("WXMASS_APP_ID", "wxit").env("WXMASS_APP_SECRET", "it")
                .run("send", "--base-url", url, "--tag", "2", "--text", "hi");
        JarRunner.Run json = new JarRunner().env("WXMASS_APP_ID", "wxit").env("WXMASS_APP_SECRET", "it")
                .env("WXMASS_BASE_URL", url).run("send", "--tag", "2", "--text", "hi", "--json");

        assertThat(human.exitCode()).as(human.toString()).isEqualTo(3);
        assertThat(human.stderr()).contains("ops:***@127.0.0.1").doesNotContain(PASSWORD);
        assertThat(json.exitCode()).isEqualTo(3);
        assertThat(JSON.readTree(json.stdout()).get("error").get("message").asText()).contains("ops:***@");
        assertThat(json.stdout() + json.stderr()).doesNotContain(PASSWORD);
    }

    @Test
    void postgresUrlWithAPasswordInUserInfoOrQuery_isMaskedInTheStoreError() throws IOException {
        int port = closedPort();

        JarRunner.Run userInfo = new JarRunner().env("WXMASS_APP_ID", "wxit")
                .run("campaign", "list", "--db-url", "jdbc:postgresql://app:" + PASSWORD + "@127.0.0.1:" + port + "/wx", "--json");
        JarRunner.Run query = new JarRunner().env("WXMASS_APP_ID", "wxit")
                .run("campaign", "list", "--db-url", "jdbc:postgresql://127.0.0.1:" + port + "/wx?user=app&password=" + PASSWORD);

        assertThat(userInfo.exitCode()).as(userInfo.toString()).isEqualTo(4);
        assertThat(userInfo.stdout() + userInfo.stderr()).doesNotContain(PASSWORD).contains("app:***@");
        assertThat(query.exitCode()).as(query.toString()).isEqualTo(4);
        assertThat(query.stdout() + query.stderr()).doesNotContain(PASSWORD);
    }
}

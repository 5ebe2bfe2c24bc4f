package io.wxmass.sandbox.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.wxmass.sandbox.embed.Sandbox;
import io.wxmass.sandbox.testing.Fixtures;
import io.wxmass.sandbox.testing.PlatformClient;
import io.wxmass.sandbox.testing.RawHttp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The server plumbing every route shares, against clients that are slow, greedy or lying. */
class SandboxServerHostileClientsTest {
    private static final String BOUNDARY = "----wxmassHostileBoundary";
    private Sandbox sandbox;
    private PlatformClient client;

    @BeforeEach
    void start() {
        sandbox = Fixtures.fixedSandbox().start();
        client = PlatformClient.of(sandbox).login(sandbox);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private static byte[] multipart(String filename, byte[] content) {
        byte[] head = ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"media\"; filename=\"" + filename
                + "\"\r\nContent-Type: image/png\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        return body;
    }

    @Test
    void sixtyFourSlowSockets_doNotStopANormalCallFromBeingAnsweredWithinOneSecond() throws Exception {
        List<Socket> slow = new ArrayList<>();
        try {
            for (int i = 0; i < 64; i++) {
                slow.add(RawHttp.stalled(sandbox, i % 2 == 0
                        ? "GET /cgi-bin/token HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Never: ends"           // headers never finished
                        : "POST /admin/accounts HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 1000\r\n\r\n{")); // 1 byte of 1,000
            }
            HttpClient fresh = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

            HttpResponse<String> answer = fresh.send(HttpRequest.newBuilder(client.uri("/cgi-bin/tags/get?access_token="
                    + client.accessToken())).timeout(Duration.ofSeconds(1)).GET().build(), HttpResponse.BodyHandlers.ofString());

            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(slow).allSatisfy(s -> assertThat(s.isClosed()).isFalse());
        } finally {
            for (Socket s : slow) {
                s.close();
            }
        }
    }

    @Test
    void countersCountOnlyKnownRoutes_soJunkPathsCannotGrowThem() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (int i = 0; i < 2_000; i++) {
            http.send(HttpRequest.newBuilder(client.uri("/junk/" + i + "?x=" + i)).GET().build(), HttpResponse.BodyHandlers.discarding());
        }
        for (int i = 0; i < 100; i++) {
            http.send(HttpRequest.newBuilder(client.uri("/mmbiz/no-such-image-" + i + ".png")).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
        }

        JsonNode requests = client.get("/admin/counters").get("requests");

        assertThat(requests.fieldNames()).toIterable().noneMatch(path -> path.startsWith("/junk/"));
        assertThat(requests.fieldNames()).toIterable().noneMatch(path -> path.startsWith("/mmbiz/") && !path.equals("/mmbiz/"));
        assertThat(requests.get("/mmbiz/").asLong()).isEqualTo(100);
        assertThat(requests.get("/cgi-bin/token").asLong()).isEqualTo(1);
    }

    @Test
    void uploadOf13Megabytes_isAnswered40006_notResetMidUpload() {
        byte[] body = multipart("big.png", new byte[13 * 1024 * 1024]);
        long uploads = sandbox.admin().requests("/cgi-bin/media/upload");

        HttpResponse<byte[]> r = client.raw(HttpRequest.newBuilder(client.uri("/cgi-bin/media/upload?type=image&access_token="
                + client.accessToken())).header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(Fixtures.json(new String(r.body(), StandardCharsets.UTF_8)).get("errcode").asInt()).isEqualTo(40006);
        assertThat(sandbox.admin().requests("/cgi-bin/media/upload")).isEqualTo(uploads);
    }

    @Test
    void oversizedAdminBody_isAnswered413() {
        byte[] body = new byte[13 * 1024 * 1024];

        HttpResponse<byte[]> r = client.raw(HttpRequest.newBuilder(client.uri("/admin/accounts"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));

        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(sandbox.admin().accounts()).hasSize(1);
    }

    @Test
    void imageUrls_areBuiltFromTheSandboxsBaseUrl_neverFromTheHostHeader() throws IOException {
        byte[] body = multipart("a.png", Fixtures.resource("media/tiny.png"));

        RawHttp.Answer r = RawHttp.exchange(sandbox, "POST /cgi-bin/media/uploadimg?access_token=" + client.accessToken()
                + " HTTP/1.1\r\nHost: attacker.example\r\nContent-Type: multipart/form-data; boundary=" + BOUNDARY, body);

        String url = Fixtures.json(r.body()).get("url").asText();
        assertThat(url).startsWith(sandbox.baseUrl() + "/mmbiz/").doesNotContain("attacker");
    }

    @Test
    void withAPublicUrl_imageUrlsAndTheBaseUrlUseIt_andTheAdminApiAnswersToItsName() throws IOException {
        try (Sandbox proxied = Fixtures.fixedSandbox().publicUrl("https://sandbox.example:8443/").start()) {
            assertThat(proxied.baseUrl()).isEqualTo("https://sandbox.example:8443");
            PlatformClient direct = new PlatformClient("http://127.0.0.1:" + proxied.port()).login(proxied);
            byte[] body = multipart("a.png", Fixtures.resource("media/tiny.png"));

            RawHttp.Answer image = RawHttp.exchange(proxied, "POST /cgi-bin/media/uploadimg?access_token=" + direct.accessToken()
                    + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: multipart/form-data; boundary=" + BOUNDARY, body);
            RawHttp.Answer admin = RawHttp.exchange(proxied, "GET /admin/clock HTTP/1.1\r\nHost: sandbox.example:8443", new byte[0]);

            assertThat(Fixtures.json(image.body()).get("url").asText()).startsWith("https://sandbox.example:8443/mmbiz/");
            assertThat(admin.status()).isEqualTo(200);
        }
    }
}

package io.wxmass.sample;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wxmass.sandbox.embed.Sandbox;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The sample as a newcomer runs it, against the sandbox in safe mode, over HTTP only. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
class SampleApplicationTest {
    static final int PORT = freePort();
    static final Sandbox SANDBOX = Sandbox.builder().followers(4).instant(true)
            .callback("http://127.0.0.1:" + PORT + "/wx/callback", "sampletoken",
                    "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG", "safe").start();
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final ObjectMapper JSON = new ObjectMapper();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry r) {
        r.add("server.port", () -> PORT);
        r.add("wxmass.accounts.main.app-id", SANDBOX::appId);
        r.add("wxmass.accounts.main.app-secret", SANDBOX::appSecret);
        r.add("wxmass.accounts.main.base-url", SANDBOX::baseUrl);
    }

    @AfterAll
    static void stopSandbox() {
        SANDBOX.close();
    }

    @Test
    void send_whenSandboxPushesTheJobsEnd_listsItAndHealthIsUp() throws Exception {
        JsonNode sent = call(HttpRequest.newBuilder(uri("/send?text=hello&clientMsgId=sample-1"))
                .POST(HttpRequest.BodyPublishers.noBody()));
        long msgId = sent.get("msgId").asLong();

        JsonNode job = null;
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (job == null && System.nanoTime() < deadline) {
            for (JsonNode j : call(HttpRequest.newBuilder(uri("/jobs")).GET())) {
                if (j.get("msgId").asLong() == msgId) {
                    job = j;
                }
            }
            Thread.sleep(50);
        }
        assertThat(job).as("MASSSENDJOBFINISH of %d", msgId).isNotNull();
        assertThat(job.get("sentCount").asInt()).isEqualTo(4);

        JsonNode health = call(HttpRequest.newBuilder(uri("/actuator/health")).GET());
        assertThat(health.get("status").asText()).isEqualTo("UP");
        assertThat(health.at("/components/wxMass/details/main/token").asText()).isEqualTo("obtainable");
        assertThat(health.at("/components/wxMass/details/main/callback").asText()).isEqualTo("/wx/callback");

        // The send and the push it caused, as Actuator's metrics show them.
        JsonNode sends = call(HttpRequest.newBuilder(uri("/actuator/metrics/wxmass.api.calls?tag=account:main&tag=outcome:ok&tag=endpoint:"
                + URLEncoder.encode("/cgi-bin/message/mass/sendall", StandardCharsets.UTF_8))).GET());
        assertThat(count(sends)).isEqualTo(1);
        JsonNode pushes = call(HttpRequest.newBuilder(uri("/actuator/metrics/wxmass.callback.events?tag=account:main"
                + "&tag=type:masssendjobfinish&tag=result:accepted")).GET());
        assertThat(count(pushes)).isEqualTo(1);
    }

    /** The COUNT measurement of an Actuator metrics answer. */
    private static double count(JsonNode metric) {
        for (JsonNode m : metric.get("measurements")) {
            if (m.get("statistic").asText().equals("COUNT")) {
                return m.get("value").asDouble();
            }
        }
        throw new AssertionError("no COUNT in " + metric);
    }

    private static URI uri(String path) {
        return URI.create("http://127.0.0.1:" + PORT + path);
    }

    private static JsonNode call(HttpRequest.Builder request) throws Exception {
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

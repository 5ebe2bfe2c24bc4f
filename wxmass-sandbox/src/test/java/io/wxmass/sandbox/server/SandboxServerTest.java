package io.wxmass.sandbox.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.wxmass.sandbox.embed.Sandbox;
import io.wxmass.sandbox.faults.FaultPlan;
import io.wxmass.sandbox.testing.Fixtures;
import io.wxmass.sandbox.testing.PlatformClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

import static io.wxmass.sandbox.testing.Errcode.assertError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What every answer shares (content type, rid suffix) and the fault plan applied to platform endpoints. */
class SandboxServerTest {
    private static final String TAGS = "/cgi-bin/tags/get";
    private FaultPlan faults;
    private Sandbox sandbox;
    private PlatformClient client;

    @BeforeEach
    void start() {
        faults = FaultPlan.seeded(42);
        sandbox = Fixtures.fixedSandbox().faults(faults).start();
        client = PlatformClient.of(sandbox).login(sandbox);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void start_turnsOnTcpNoDelay_soAnswersDoNotWaitForDelayedAcks() {
        // The JDK server reads this once; the build sets nothing, so the value comes from SandboxServer.
        assertThat(System.getProperty("sun.net.httpserver.nodelay")).isEqualTo("true");
    }

    @Test
    void answers_carryThePlatformContentType() {
        HttpResponse<byte[]> r = client.raw(HttpRequest.newBuilder(client.uri(TAGS + "?access_token=" + client.accessToken())).GET());
        assertThat(r.headers().firstValue("Content-Type")).contains("application/json; encoding=utf-8");
    }

    @Test
    void errors_endErrmsgWithARidSuffix() {
        JsonNode e = client.get(TAGS + "?access_token=nope");
        assertThat(e.get("errmsg").asText()).matches("invalid credential, access_token is invalid or not latest rid: "
                + "[0-9a-f]{8}-[0-9a-f]{8}-[0-9a-f]{8}");
    }

    @Test
    void faults_systemErrorShare_answersMinus1() {
        faults.systemError(TAGS, 1.0);
        assertError(client.callGet(TAGS), -1);
        faults.reset(42);
        assertThat(client.callGet(TAGS).has("tags")).isTrue();
    }

    @Test
    void faults_cut_dropsTheConnectionMidBody() {
        faults.cut(TAGS, 1.0);
        assertThatThrownBy(() -> client.callGet(TAGS)).isInstanceOf(UncheckedIOException.class);
    }

    @Test
    void faults_delay_holdsTheAnswerPastAClientTimeout() throws Exception {
        faults.delay(TAGS, 1.0, Duration.ofSeconds(3));
        HttpClient impatient = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(client.uri(TAGS + "?access_token=" + client.accessToken()))
                .timeout(Duration.ofMillis(200)).GET().build();
        assertThatThrownBy(() -> impatient.send(request, HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(HttpTimeoutException.class);
    }

    @Test
    void faults_neverApplyToTheAdminApi() throws IOException, InterruptedException {
        faults.systemError("/admin/counters", 1.0);
        assertThat(client.get("/admin/counters").has("requests")).isTrue();
    }

    @Test
    void faults_sameSeedSameOrder_giveTheSameSequence() {
        faults.systemError(TAGS, 0.5);
        StringBuilder first = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            first.append(client.callGet(TAGS).has("tags") ? '.' : 'x');
        }
        faults.reset(42).systemError(TAGS, 0.5);
        StringBuilder second = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            second.append(client.callGet(TAGS).has("tags") ? '.' : 'x');
        }
        assertThat(second.toString()).isEqualTo(first.toString()).contains(".", "x");
    }

    @Test
    void unknownPath_answers404() {
        HttpResponse<byte[]> r = client.raw(HttpRequest.newBuilder(client.uri("/cgi-bin/nothing")).GET());
        assertThat(r.statusCode()).isEqualTo(404);
    }
}

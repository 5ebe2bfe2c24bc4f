package io.wxmass.sandbox.admin;

import com.fasterxml.jackson.databind.JsonNode;
import io.wxmass.sandbox.embed.Sandbox;
import io.wxmass.sandbox.testing.Fixtures;
import io.wxmass.sandbox.testing.PlatformClient;
import io.wxmass.sandbox.testing.RawHttp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The admin API against a hostile caller: every number capped and named, and no web page gets in. */
class AdminApiHostileInputTest {
    private Sandbox sandbox;
    private PlatformClient client;

    @BeforeEach
    void start() {
        sandbox = Fixtures.fixedSandbox().start();
        client = PlatformClient.of(sandbox);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private HttpResponse<byte[]> post(String path, String json) {
        return client.raw(HttpRequest.newBuilder(client.uri(path)).POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private static String body(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2000000000", "10000001", "99999999999", "-1", "\"12\"", "1.5", "true"})
    void createAccount_withFollowersOutOfRangeOrNotAWholeNumber_is400NamingTheField_andCreatesNothing(String followers) {
        int accounts = sandbox.admin().accounts().size();

        HttpResponse<byte[]> r = post("/admin/accounts", "{\"appId\":\"wxhostile\",\"followers\":" + followers + "}");

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(body(r)).contains("followers: must be").doesNotContain("secret");
        assertThat(sandbox.admin().accounts()).hasSize(accounts);
    }

    @Test
    void addFollowers_pastTheCapOrOutOfIntRange_is400_andTheCountNeverGoesNegative() {
        int before = sandbox.account().followers().size();
        String path = "/admin/accounts/" + sandbox.appId() + "/followers";

        HttpResponse<byte[]> huge = post(path, "{\"count\":2147483647}");
        HttpResponse<byte[]> wrapped = post(path, "{\"count\":4294967296}");
        HttpResponse<byte[]> oneOver = post(path, "{\"count\":" + (10_000_000 - before + 1) + "}");

        assertThat(huge.statusCode()).isEqualTo(400);
        assertThat(wrapped.statusCode()).isEqualTo(400);
        assertThat(oneOver.statusCode()).isEqualTo(400);
        assertThat(body(oneOver)).contains("count:", "10000000");
        assertThat(sandbox.account().followers().size()).isEqualTo(before);
    }

    @Test
    void advanceClock_byLongMaxOrPastACentury_is400_andTheClockStaysPut() {
        var before = sandbox.admin().clock().instant();

        HttpResponse<byte[]> max = post("/admin/clock/advance", "{\"seconds\":9223372036854775807}");
        HttpResponse<byte[]> tooFar = post("/admin/clock/advance", "{\"seconds\":3153600001}");

        assertThat(max.statusCode()).isEqualTo(400);
        assertThat(body(max)).contains("seconds:");
        assertThat(tooFar.statusCode()).isEqualTo(400);
        assertThat(sandbox.admin().clock().instant()).isEqualTo(before);
    }

    @Test
    void advanceClock_inStepsThatAddUpPastTheCap_refusesTheStepThatWouldOverflow() {
        long century = 36_500L * 24 * 3600;
        assertThat(post("/admin/clock/advance", "{\"seconds\":" + century + "}").statusCode()).isEqualTo(200);

        HttpResponse<byte[]> more = post("/admin/clock/advance", "{\"seconds\":1}");

        assertThat(more.statusCode()).isEqualTo(400);
        assertThat(sandbox.admin().clock().offset().toSeconds()).isEqualTo(century);
    }

    @Test
    void faults_withADelayOfDaysOrAShareAboveOne_is400NamingTheField() {
        HttpResponse<byte[]> delay = post("/admin/faults",
                "{\"rules\":[{\"kind\":\"delay\",\"path\":\"/cgi-bin/token\",\"share\":1,\"millis\":86400000}]}");
        HttpResponse<byte[]> share = post("/admin/faults", "{\"rules\":[{\"kind\":\"cut\",\"path\":\"/cgi-bin/token\",\"share\":1e308}]}");

        assertThat(delay.statusCode()).isEqualTo(400);
        assertThat(body(delay)).contains("millis:");
        assertThat(share.statusCode()).isEqualTo(400);
        assertThat(body(share)).contains("share:");
    }

    @Test
    void crossOriginPost_asAWebPageWouldSendIt_isRefused_andCreatesNoAccountAndNoSecret() throws IOException {
        int accounts = sandbox.admin().accounts().size();

        RawHttp.Answer r = RawHttp.exchange(sandbox, "POST /admin/accounts HTTP/1.1\r\nHost: 127.0.0.1:" + sandbox.port()
                + "\r\nOrigin: http://evil.example\r\nContent-Type: text/plain", "{\"appId\":\"wxfromapage\"}".getBytes(StandardCharsets.UTF_8));

        assertThat(r.status()).isEqualTo(403);
        assertThat(r.body()).contains("Origin").doesNotContain("secret");
        assertThat(sandbox.admin().accounts()).hasSize(accounts);
    }

    @Test
    void requestUnderAForeignHostName_asDnsRebindingSendsIt_isRefused() throws IOException {
        RawHttp.Answer r = RawHttp.exchange(sandbox, "GET /admin/accounts HTTP/1.1\r\nHost: rebound.evil.example:" + sandbox.port(), new byte[0]);

        assertThat(r.status()).isEqualTo(403);
        assertThat(r.body()).contains("Host").doesNotContain(sandbox.appId());
    }

    @Test
    void sameOriginAndScriptRequests_areAnswered() throws IOException {
        RawHttp.Answer page = RawHttp.exchange(sandbox, "GET /admin/accounts HTTP/1.1\r\nHost: localhost:" + sandbox.port()
                + "\r\nOrigin: http://localhost:" + sandbox.port(), new byte[0]);
        JsonNode script = client.get("/admin/accounts");

        assertThat(page.status()).isEqualTo(200);
        assertThat(script.findValuesAsText("appId")).contains(sandbox.appId());
    }
}

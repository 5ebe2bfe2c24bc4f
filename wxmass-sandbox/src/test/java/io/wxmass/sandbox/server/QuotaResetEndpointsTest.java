package io.wxmass.sandbox.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.wxmass.sandbox.config.RuleSettings;
import io.wxmass.sandbox.embed.Sandbox;
import io.wxmass.sandbox.testing.Fixtures;
import io.wxmass.sandbox.testing.PlatformClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static io.wxmass.sandbox.testing.Errcode.assertError;
import static io.wxmass.sandbox.testing.Errcode.assertOk;
import static org.assertj.core.api.Assertions.assertThat;

/** clear_quota/v2 (AppSecret, no token) and openapi/quota/clear (one API) over HTTP (docs/platform.md §10.1). */
class QuotaResetEndpointsTest {
    private static final String APP = "wxquota00000001";
    private static final String SECRET = "0123456789abcdef0123456789abcdef";
    private static final String V2 = "/cgi-bin/clear_quota/v2";
    private static final String ONE = "/cgi-bin/openapi/quota/clear";
    private static final String SENDALL = "/cgi-bin/message/mass/sendall";

    private Sandbox sandbox;
    private PlatformClient client;

    @BeforeEach
    void start() {
        sandbox = Fixtures.fixedSandbox().appId(APP).appSecret(SECRET)
                .rules(RuleSettings.defaults().withTokensPerDay(2).withDailyMassCalls(1)).start();
        client = PlatformClient.of(sandbox).login(APP, SECRET);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private JsonNode v2(String body) {
        return client.post(V2, body);
    }

    private JsonNode v2() {
        return v2("{\"appid\":\"" + APP + "\",\"appsecret\":\"" + SECRET + "\"}");
    }

    private JsonNode token() {
        return client.get("/cgi-bin/token?grant_type=client_credential&appid=" + APP + "&secret=" + SECRET);
    }

    private JsonNode clearOne(String cgiPath) {
        return client.call(ONE, "{\"cgi_path\":\"" + cgiPath + "\"}");
    }

    private int used(String cgiPath) {
        return client.call("/cgi-bin/openapi/quota/get", "{\"cgi_path\":\"" + cgiPath + "\"}").path("quota").path("used").asInt();
    }

    @Test
    void clearQuotaV2_withoutAnyToken_givesTheTokenEndpointItsDayBack() {
        token(); // the second of 2 today
        assertError(token(), 45009);

        assertOk(v2());

        assertThat(token().has("access_token")).isTrue();
    }

    @Test
    void clearQuotaV2_sharesTheTenAMonthWithClearQuota_andTheNextMonthStartsAgain() {
        for (int i = 0; i < 5; i++) {
            assertOk(client.call("/cgi-bin/clear_quota", "{\"appid\":\"" + APP + "\"}"));
            assertOk(v2());
        }
        assertError(v2(), 48006);
        assertError(client.call("/cgi-bin/clear_quota", "{\"appid\":\"" + APP + "\"}"), 48006);

        sandbox.clock().advance(Duration.ofDays(31)); // March → April
        assertOk(v2());
    }

    @Test
    void clearQuotaV2_refusesMissingOrWrongCredentials_withTheirOwnCodes() {
        assertError(v2("{\"appsecret\":\"" + SECRET + "\"}"), 41002);
        assertError(v2("{\"appid\":\"" + APP + "\"}"), 41004);
        assertError(v2("{\"appid\":\"wxnosuchaccount1\",\"appsecret\":\"" + SECRET + "\"}"), 40013);
        // A wrong secret is 40125 whatever its shape: 40001 would send a client off refreshing a token it never used.
        assertError(v2("{\"appid\":\"" + APP + "\",\"appsecret\":\"ffffffffffffffffffffffffffffffff\"}"), 40125);
        assertError(v2("{\"appid\":\"" + APP + "\",\"appsecret\":\"nope\"}"), 40125);
        assertError(client.post(V2, ""), 44002);
        assertError(client.get(V2), 43002);
    }

    @Test
    void clearQuotaV2_refusals_doNotSpendTheMonthlyCount() {
        for (int i = 0; i < 10; i++) {
            assertError(v2("{\"appid\":\"" + APP + "\",\"appsecret\":\"nope\"}"), 40125);
        }
        assertOk(v2());
    }

    @Test
    void quotaClear_ofSend_resetsTheCounterSendallAndSendShare_andNothingElse() {
        assertOk(client.call(SENDALL, "{\"filter\":{\"is_to_all\":true},\"text\":{\"content\":\"hi\"},\"msgtype\":\"text\","
                + "\"clientmsgid\":\"reset-1\"}"));
        token();
        assertThat(used(SENDALL)).isEqualTo(1);
        assertThat(used("/cgi-bin/token")).isEqualTo(2);

        assertOk(clearOne("/cgi-bin/message/mass/send"));

        assertThat(used(SENDALL)).isZero();
        assertThat(used("/cgi-bin/token")).isEqualTo(2);
    }

    @Test
    void quotaClear_fiftyAMonth_thenIs45009() {
        for (int i = 0; i < 50; i++) {
            assertOk(clearOne("/cgi-bin/draft/add"));
        }
        assertError(clearOne("/cgi-bin/draft/add"), 45009);
        // Its own allowance: clear_quota's ten are untouched.
        assertOk(v2());
    }

    @Test
    void quotaClear_refusesUnknownAndSnsPaths_andCallsWithoutAToken() {
        assertError(clearOne("/cgi-bin/no/such/api"), 76021);
        assertError(clearOne("/sns/userinfo"), 76022);
        assertError(client.call(ONE, "{}"), 76021);
        assertError(client.post(ONE, "{\"cgi_path\":\"" + SENDALL + "\"}"), 41001);
    }
}

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

class TokenEndpointsTest {
    private static final String APP = "wxtoken000000001";
    private static final String SECRET = "0123456789abcdef0123456789abcdef";
    private Sandbox sandbox;
    private PlatformClient client;

    @BeforeEach
    void start() {
        sandbox = Fixtures.fixedSandbox().appId(APP).appSecret(SECRET)
                .rules(RuleSettings.defaults().withTokensPerDay(3)).start();
        client = PlatformClient.of(sandbox);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private JsonNode token() {
        return client.get("/cgi-bin/token?grant_type=client_credential&appid=" + APP + "&secret=" + SECRET);
    }

    private JsonNode stable(boolean force) {
        return client.post("/cgi-bin/stable_token", "{\"grant_type\":\"client_credential\",\"appid\":\"" + APP
                + "\",\"secret\":\"" + SECRET + "\",\"force_refresh\":" + force + "}");
    }

    /** Any guarded endpoint: tags/get answers the tag list for a good token. */
    private JsonNode probe(String token) {
        return client.get("/cgi-bin/tags/get?access_token=" + token);
    }

    @Test
    void token_returnsTokenValidFor7200Seconds() {
        JsonNode t = token();
        assertThat(t.get("expires_in").asLong()).isEqualTo(7200);
        assertThat(t.get("access_token").asText()).hasSizeGreaterThan(100).hasSizeLessThanOrEqualTo(512);
        assertThat(probe(t.get("access_token").asText()).has("tags")).isTrue();
    }

    @Test
    void token_whenFetchedAgain_previousStaysValidFiveMoreMinutes() {
        String first = token().get("access_token").asText();
        String second = token().get("access_token").asText();
        assertThat(second).isNotEqualTo(first);
        sandbox.clock().advance(Duration.ofSeconds(299));
        assertThat(probe(first).has("tags")).isTrue();
        sandbox.clock().advance(Duration.ofSeconds(1));
        assertError(probe(first), 40001);
        assertThat(probe(second).has("tags")).isTrue();
    }

    @Test
    void token_afterLifetime_isExpired42001() {
        String t = token().get("access_token").asText();
        sandbox.clock().advance(Duration.ofSeconds(7200));
        assertError(probe(t), 42001);
    }

    @Test
    void token_pastDailyQuota_is45009() {
        token();
        token();
        token();
        assertError(token(), 45009);
        sandbox.clock().advance(Duration.ofDays(1));
        assertThat(token().has("access_token")).isTrue();
    }

    @Test
    void token_credentialErrors_useThePlatformCodes() {
        assertError(client.get("/cgi-bin/token?grant_type=client_credential&appid=wxnobody&secret=" + SECRET), 40013);
        assertError(client.get("/cgi-bin/token?grant_type=client_credential&appid=" + APP
                + "&secret=ffffffffffffffffffffffffffffffff"), 40001);
        assertError(client.get("/cgi-bin/token?grant_type=client_credential&appid=" + APP + "&secret=short"), 40125);
        assertError(client.get("/cgi-bin/token?grant_type=password&appid=" + APP + "&secret=" + SECRET), 40002);
        assertError(client.get("/cgi-bin/token?grant_type=client_credential&secret=" + SECRET), 41002);
        assertError(client.get("/cgi-bin/token?grant_type=client_credential&appid=" + APP), 41004);
    }

    @Test
    void guardedEndpoint_withoutToken_is41001_andUnknownToken_is40001() {
        assertError(client.get("/cgi-bin/tags/get"), 41001);
        assertError(probe("not-a-token"), 40001);
    }

    @Test
    void stableToken_whileValid_returnsSameToken() {
        JsonNode a = stable(false);
        sandbox.clock().advance(Duration.ofMinutes(60));
        JsonNode b = stable(false);
        assertThat(b.get("access_token").asText()).isEqualTo(a.get("access_token").asText());
        assertThat(b.get("expires_in").asLong()).isEqualTo(7200 - 3600);
    }

    @Test
    void stableToken_inLastFiveMinutes_renewsAndOldLivesToItsExpiry() {
        String old = stable(false).get("access_token").asText();
        sandbox.clock().advance(Duration.ofSeconds(7200 - 300));
        JsonNode renewed = stable(false);
        assertThat(renewed.get("access_token").asText()).isNotEqualTo(old);
        assertThat(renewed.get("expires_in").asLong()).isEqualTo(7200);
        sandbox.clock().advance(Duration.ofSeconds(299));
        assertThat(probe(old).has("tags")).isTrue();
        sandbox.clock().advance(Duration.ofSeconds(1));
        assertError(probe(old), 42001);
    }

    @Test
    void stableToken_forceRefresh_invalidatesPreviousToken() {
        String old = stable(false).get("access_token").asText();
        String forced = stable(true).get("access_token").asText();
        assertThat(forced).isNotEqualTo(old);
        assertError(probe(old), 40001);
        assertThat(probe(forced).has("tags")).isTrue();
    }

    @Test
    void stableToken_forceRefreshWithin30Seconds_isNotRefreshed() {
        String forced = stable(true).get("access_token").asText();
        sandbox.clock().advance(Duration.ofSeconds(29));
        assertThat(stable(true).get("access_token").asText()).isEqualTo(forced);
        sandbox.clock().advance(Duration.ofSeconds(1));
        assertThat(stable(true).get("access_token").asText()).isNotEqualTo(forced);
    }

    @Test
    void stableToken_forceRefreshBeyond20ADay_isNotRefreshed() {
        String last = null;
        for (int i = 0; i < 20; i++) {
            String t = stable(true).get("access_token").asText();
            assertThat(t).isNotEqualTo(last);
            last = t;
            sandbox.clock().advance(Duration.ofSeconds(30));
        }
        assertThat(stable(true).get("access_token").asText()).isEqualTo(last);
    }

    @Test
    void stableToken_isIsolatedFromToken() {
        String st = stable(false).get("access_token").asText();
        String plain = token().get("access_token").asText();
        token();
        sandbox.clock().advance(Duration.ofMinutes(10));
        assertThat(probe(st).has("tags")).isTrue();
        stable(true);
        assertError(probe(plain), 40001); // superseded by the second /cgi-bin/token call, not by stable_token
        String latestPlain = token().get("access_token").asText();
        stable(false);
        assertThat(probe(latestPlain).has("tags")).isTrue();
    }

    @Test
    void stableToken_requiresPost_43002() {
        assertError(client.get("/cgi-bin/stable_token"), 43002);
    }

    @Test
    void counters_countTokenFetchesPerApp() {
        token();
        stable(false);
        stable(false);
        assertThat(sandbox.admin().tokenFetches(APP)).isEqualTo(3);
        assertThat(sandbox.admin().requests("/cgi-bin/stable_token")).isEqualTo(2);
        assertOk(probe(token().get("access_token").asText()));
    }
}

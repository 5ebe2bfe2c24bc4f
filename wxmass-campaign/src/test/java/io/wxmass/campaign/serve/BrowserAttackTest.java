package io.wxmass.campaign.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wxmass.campaign.auth.Scope;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a web page the operator opens could make the browser send to a loopback {@code serve}: a
 * {@code text/plain} POST (no CORS preflight), a foreign Origin, a rebound DNS name in Host. Each is
 * refused naming the header, and nothing is stored or sent, even with a valid key.
 */
class BrowserAttackTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TEXT_TO_ALL = "{\"name\":\"drive-by\",\"message\":{\"type\":\"text\",\"content\":\"hi\"},\"audience\":{\"type\":\"all\"}}";

    @RegisterExtension
    static final ServeRig rig = new ServeRig(b -> b.publicNames(List.of("wxmass.example.com")));
    private static String key;

    @BeforeAll
    static void start() {
        key = rig.key(Scope.ADMIN);
    }

    private static JsonNode error(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body()).get("error");
    }

    @Test
    void textPlainPost_fromAForeignOriginAndHost_isRefused_nothingStoredNothingSent() throws Exception {
        HttpResponse<String> textPlain = rig.api("POST", "/api/campaigns", TEXT_TO_ALL, key, Map.of("Content-Type", "text/plain"));
        HttpResponse<String> formPost = rig.api("POST", "/api/campaigns", "name=x", key,
                Map.of("Content-Type", "application/x-www-form-urlencoded"));
        HttpResponse<String> foreignOrigin = rig.api("POST", "/api/campaigns", TEXT_TO_ALL, key, Map.of("Origin", "https://evil.example"));
        HttpResponse<String> nullOrigin = rig.api("POST", "/api/campaigns", TEXT_TO_ALL, key, Map.of("Origin", "null"));
        HttpResponse<String> crossSite = rig.api("POST", "/api/campaigns", TEXT_TO_ALL, key, Map.of("Sec-Fetch-Site", "cross-site"));

        assertThat(textPlain.statusCode()).isEqualTo(415);
        assertThat(error(textPlain).get("field").asText()).isEqualTo("Content-Type");
        assertThat(formPost.statusCode()).isEqualTo(415);
        assertThat(foreignOrigin.statusCode()).isEqualTo(403);
        assertThat(error(foreignOrigin).get("field").asText()).isEqualTo("Origin");
        assertThat(nullOrigin.statusCode()).isEqualTo(403);
        assertThat(crossSite.statusCode()).isEqualTo(403);
        assertThat(rig.service.list()).isEmpty();
        assertThat(rig.massRequests()).isZero();
    }

    @Test
    void reboundHostName_isRefused_butLoopbackAndConfiguredNamesAreServed() throws Exception {
        HttpResponse<String> rebound = RawHttp.exchange(rig.server.apiPort(),
                "GET /api/campaigns HTTP/1.1\r\nHost: attacker.example:" + rig.server.apiPort() + "\r\nAuthorization: Bearer " + key
                        + "\r\nConnection: close\r\n\r\n");
        HttpResponse<String> configured = RawHttp.exchange(rig.server.apiPort(),
                "GET /api/campaigns HTTP/1.1\r\nHost: wxmass.example.com\r\nAuthorization: Bearer " + key
                        + "\r\nOrigin: https://wxmass.example.com\r\nConnection: close\r\n\r\n");
        HttpResponse<String> localhost = RawHttp.exchange(rig.server.apiPort(),
                "GET /api/campaigns HTTP/1.1\r\nHost: localhost:" + rig.server.apiPort() + "\r\nAuthorization: Bearer " + key
                        + "\r\nOrigin: http://localhost:" + rig.server.apiPort() + "\r\nConnection: close\r\n\r\n");

        assertThat(rebound.statusCode()).isEqualTo(403);
        assertThat(error(rebound).get("field").asText()).isEqualTo("Host");
        assertThat(configured.statusCode()).as(configured.body()).isEqualTo(200);
        assertThat(localhost.statusCode()).as(localhost.body()).isEqualTo(200);
    }

    @Test
    void theBrowserChecks_comeBeforeTheKey_soAPageLearnsNothingFromTheAnswer() throws Exception {
        HttpResponse<String> noKey = rig.api("POST", "/api/campaigns", TEXT_TO_ALL, null, Map.of("Origin", "https://evil.example"));

        assertThat(noKey.statusCode()).isEqualTo(403);
        assertThat(error(noKey).get("field").asText()).isEqualTo("Origin");
    }
}

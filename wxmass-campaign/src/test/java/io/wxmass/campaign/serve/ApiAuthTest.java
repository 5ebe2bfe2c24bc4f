package io.wxmass.campaign.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wxmass.campaign.auth.Scope;
import io.wxmass.campaign.testing.CapturedLogs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Nobody calls the API without a key, and a key does only what its scopes allow; refusals store and send nothing. */
class ApiAuthTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TEXT_TO_ALL = "{\"name\":\"to all\",\"message\":{\"type\":\"text\",\"content\":\"hi\"},\"audience\":{\"type\":\"all\"}}";

    @RegisterExtension
    static final ServeRig rig = new ServeRig();

    private static JsonNode error(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body()).get("error");
    }

    @Test
    void noKey_createApproveSend_are401_andNothingIsStoredOrSent() throws Exception {
        int before = rig.service.list().size();

        HttpResponse<String> created = rig.api("POST", "/api/campaigns", TEXT_TO_ALL, null);
        HttpResponse<String> listed = rig.api("GET", "/api/campaigns", null, null);
        HttpResponse<String> unknownPath = rig.api("GET", "/api/anything", null, null);

        assertThat(created.statusCode()).isEqualTo(401);
        assertThat(created.headers().firstValue("WWW-Authenticate")).contains("Bearer");
        assertThat(error(created).get("field").asText()).isEqualTo("Authorization");
        assertThat(listed.statusCode()).isEqualTo(401);
        assertThat(unknownPath.statusCode()).as("no key, no map of the routes").isEqualTo(401);
        assertThat(rig.service.list()).hasSize(before);
        assertThat(rig.massRequests()).isZero();
    }

    @Test
    void unknownOrMalformedKey_is401() throws Exception {
        assertThat(rig.api("GET", "/api/campaigns", null, "wxk_" + "A".repeat(43)).statusCode()).isEqualTo(401);
        assertThat(rig.api("GET", "/api/campaigns", null, "not-a-key").statusCode()).isEqualTo(401);
        assertThat(rig.api("GET", "/api/campaigns", null, "").statusCode()).isEqualTo(401);
    }

    @Test
    void wrongScope_is403NamingTheScope_andNothingIsStoredOrSent() throws Exception {
        String reader = rig.key(Scope.READ);
        String author = rig.key(Scope.CREATE);
        String draft = JSON.readTree(rig.api("POST", "/api/campaigns", TEXT_TO_ALL, author).body()).get("id").asText();
        int stored = rig.service.list().size();

        HttpResponse<String> create = rig.api("POST", "/api/campaigns", TEXT_TO_ALL, reader);
        HttpResponse<String> approve = rig.api("POST", "/api/campaigns/" + draft + "/approve", null, author);
        HttpResponse<String> send = rig.api("POST", "/api/campaigns/" + draft + "/send", null, author);
        HttpResponse<String> retract = rig.api("DELETE", "/api/campaigns/" + draft, null, reader);

        assertThat(create.statusCode()).isEqualTo(403);
        assertThat(error(create).get("message").asText()).contains("'create'");
        assertThat(approve.statusCode()).isEqualTo(403);
        assertThat(error(approve).get("message").asText()).contains("'approve'");
        assertThat(send.statusCode()).isEqualTo(403);
        assertThat(retract.statusCode()).isEqualTo(403);
        assertThat(rig.service.list()).hasSize(stored);
        assertThat(rig.service.campaign(draft).state().name()).isEqualTo("DRAFT");
        assertThat(rig.massRequests()).isZero();
    }

    @Test
    void everyRoute_needsItsScope_andAdminHoldsThemAll() throws Exception {
        String admin = rig.key(Scope.ADMIN);
        String id = JSON.readTree(rig.api("POST", "/api/campaigns", TEXT_TO_ALL, admin).body()).get("id").asText();
        Map<String, Scope> routes = Map.of(
                "GET /api/campaigns", Scope.READ, "GET /api/campaigns/" + id, Scope.READ,
                "POST /api/campaigns", Scope.CREATE, "POST /api/campaigns/" + id + "/preview", Scope.CREATE,
                "POST /api/campaigns/" + id + "/approve", Scope.APPROVE, "POST /api/campaigns/" + id + "/send", Scope.SEND,
                "POST /api/campaigns/" + id + "/retract", Scope.RETRACT, "DELETE /api/campaigns/" + id, Scope.RETRACT);
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, Scope> route : routes.entrySet()) {
            EnumSet<Scope> others = EnumSet.complementOf(EnumSet.of(route.getValue(), Scope.ADMIN));
            String[] parts = route.getKey().split(" ");
            int status = rig.api(parts[0], parts[1], parts[0].equals("POST") && parts[1].endsWith("campaigns") ? TEXT_TO_ALL : null,
                    rig.key(others.toArray(Scope[]::new))).statusCode();
            if (status != 403) {
                wrong.add(route.getKey() + " answered " + status + " to a key without " + route.getValue().id());
            }
        }

        assertThat(wrong).isEmpty();
        assertThat(rig.api("GET", "/api/campaigns/" + id, null, admin).statusCode()).isEqualTo(200);
        assertThat(rig.massRequests()).isZero();
    }

    @Test
    void revokedKey_is401FromItsNextRequest() throws Exception {
        String key = rig.key(Scope.READ);
        String name = rig.keys.list().stream().filter(k -> !k.revoked()).reduce((a, b) -> b).orElseThrow().name();
        HttpResponse<String> before = rig.api("GET", "/api/campaigns", null, key);

        rig.keys.revoke(name);
        HttpResponse<String> after = rig.api("GET", "/api/campaigns", null, key);

        assertThat(before.statusCode()).isEqualTo(200);
        assertThat(after.statusCode()).isEqualTo(401);
        assertThat(error(after).get("message").asText()).contains("unknown or revoked");
    }

    @Test
    void theKey_appearsInNoLogLine_noAnswer_andNotInTheDatabaseFile() throws Exception {
        String key = rig.key(Scope.READ);
        List<String> answers = new ArrayList<>();
        List<String> logged;
        try (CapturedLogs logs = CapturedLogs.root()) {
            answers.add(rig.api("POST", "/api/campaigns", TEXT_TO_ALL, key).body());                   // 403
            answers.add(rig.api("GET", "/api/campaigns?limit=x", null, key).body());                    // 400
            answers.add(rig.api("GET", "/api/campaigns", null, key + "x").body());                      // 401
            answers.add(rig.api("GET", "/api/campaigns", null, key, Map.of("Origin", "https://evil.example")).body()); // 403
            logged = logs.messages();
        }

        assertThat(logged).isNotEmpty().noneMatch(line -> line.contains(key) || line.contains(key.substring(4)));
        assertThat(answers).noneMatch(body -> body.contains(key.substring(4)));
        assertThat(rig.databaseBytes()).doesNotContain(key.substring(4)).contains(io.wxmass.campaign.auth.ApiKeysAccess.sha256(key));
    }
}

package io.wxmass.campaign.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wxmass.campaign.auth.Scope;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** The REST create and approve answers carry the campaign's pre-flight lint: the verdict and each finding. */
class ApiLintTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final ServeRig rig = new ServeRig();

    @Test
    void create_aCardCampaign_answers201WithABlockedVerdictAndTheFinding() throws Exception {
        String key = rig.key("lint-author", Scope.CREATE, Scope.READ);

        HttpResponse<String> created = rig.api("POST", "/api/campaigns", ServeRig.fixture("create-wxcard-to-all.json"), key);

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode lint = JSON.readTree(created.body()).path("lint");
        assertThat(lint.path("verdict").asText()).isEqualTo("blocked");
        assertThat(lint.path("findings")).singleElement().satisfies(f -> {
            assertThat(f.path("severity").asText()).isEqualTo("ERROR");
            assertThat(f.path("rule").asText()).isEqualTo("NO_LONGER_SUPPORTED");
            assertThat(f.path("field").asText()).isEqualTo("wxcard");
            assertThat(f.path("message").asText()).contains("45113");
        });
    }

    @Test
    void createAndApprove_aTextCampaignToAll_answerAClean() throws Exception {
        String author = rig.key("lint-writer", Scope.CREATE, Scope.READ);
        String approver = rig.key("lint-approver", Scope.APPROVE);

        JsonNode created = JSON.readTree(rig.api("POST", "/api/campaigns", ServeRig.fixture("create-text-to-all.json"), author).body());
        HttpResponse<String> approved = rig.api("POST", "/api/campaigns/" + created.path("id").asText() + "/approve", null, approver);

        assertThat(created.path("lint").path("verdict").asText()).isEqualTo("clean");
        assertThat(created.path("lint").path("findings")).isEmpty();
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        assertThat(JSON.readTree(approved.body()).path("lint").path("verdict").asText()).isEqualTo("clean");
    }
}

package io.wxmass.campaign.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.wxmass.campaign.auth.Scope;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Who did what, by key name: every call that changes a campaign is in the audit log; refused calls add nothing. */
class ApiAuditTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final ServeRig rig = new ServeRig();

    private static List<String> audit(String campaignId) {
        return rig.database.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT actor, action FROM audit_log WHERE campaign_id = ? ORDER BY id")) {
                ps.setString(1, campaignId);
                try (ResultSet rs = ps.executeQuery()) {
                    List<String> rows = new ArrayList<>();
                    while (rs.next()) {
                        rows.add(rs.getString(1) + " " + rs.getString(2));
                    }
                    return rows;
                }
            }
        });
    }

    @Test
    void everyMutatingCall_isInTheAuditLog_underTheNameOfItsKey_andRefusedCallsAreNot() throws Exception {
        String author = rig.key("alice-author", Scope.CREATE, Scope.READ);
        String approver = rig.key("bob-approver", Scope.APPROVE);
        String sender = rig.key("ci-sender", Scope.SEND);
        String retractor = rig.key("carol-retract", Scope.RETRACT);
        String id = JSON.readTree(rig.api("POST", "/api/campaigns", "{\"name\":\"audited\",\"message\":{\"type\":\"text\",\"content\":\"hi\"},"
                + "\"audience\":{\"type\":\"openids\",\"openIds\":[\"" + rig.follower(2) + "\",\"" + rig.follower(3) + "\"]},"
                + "\"previewOpenIds\":[\"" + rig.follower(2) + "\"]}", author).body()).get("id").asText();

        int refusedApprove = rig.api("POST", "/api/campaigns/" + id + "/approve", null, author).statusCode();
        int refusedSend = rig.api("POST", "/api/campaigns/" + id + "/send", null, sender).statusCode(); // a DRAFT: 409
        List<Integer> statuses = List.of(
                rig.api("POST", "/api/campaigns/" + id + "/preview", null, author).statusCode(),
                rig.api("POST", "/api/campaigns/" + id + "/approve", null, approver).statusCode(),
                rig.api("POST", "/api/campaigns/" + id + "/send", null, sender).statusCode(),
                rig.api("DELETE", "/api/campaigns/" + id, null, retractor).statusCode());

        assertThat(refusedApprove).isEqualTo(403);
        assertThat(refusedSend).isEqualTo(409);
        assertThat(statuses).containsOnly(200);
        assertThat(audit(id)).containsExactly("key:alice-author create", "key:alice-author preview", "key:bob-approver approve",
                "key:ci-sender send", "key:carol-retract retract");
    }

    @Test
    void fourEyes_theKeyThatCreatedACampaignCannotApproveIt_anotherKeyCan() throws Exception {
        String both = rig.key("dave-both", Scope.CREATE, Scope.APPROVE);
        String other = rig.key("erin-approver", Scope.APPROVE);
        String id = JSON.readTree(rig.api("POST", "/api/campaigns", "{\"name\":\"four eyes\",\"message\":{\"type\":\"text\",\"content\":\"hi\"},"
                + "\"audience\":{\"type\":\"openids\",\"openIds\":[\"" + rig.follower(2) + "\",\"" + rig.follower(3) + "\"]},"
                + "\"fourEyes\":true}", both).body()).get("id").asText();

        java.net.http.HttpResponse<String> self = rig.api("POST", "/api/campaigns/" + id + "/approve", null, both);
        String stateAfterSelf = rig.service.campaign(id).state().name();
        java.net.http.HttpResponse<String> second = rig.api("POST", "/api/campaigns/" + id + "/approve", null, other);

        assertThat(self.statusCode()).as(self.body()).isBetween(400, 499);
        assertThat(stateAfterSelf).isEqualTo("DRAFT");
        assertThat(second.statusCode()).as(second.body()).isEqualTo(200);
        assertThat(audit(id)).containsExactly("key:dave-both create", "key:erin-approver approve");
    }

    @Test
    void operatorVerbs_needTheirScope_andEachWritesOneRowNamingTheKey() throws Exception {
        String author = rig.key("frank-author", Scope.CREATE, Scope.APPROVE);
        String approver = rig.key("gina-approver", Scope.APPROVE);
        String sender = rig.key("hank-sender", Scope.SEND);
        String retractor = rig.key("ivy-retract", Scope.RETRACT);
        String reader = rig.key("jack-reader", Scope.READ);
        String id = JSON.readTree(rig.api("POST", "/api/campaigns", "{\"name\":\"verbs\",\"message\":{\"type\":\"text\",\"content\":\"hi\"},"
                + "\"audience\":{\"type\":\"openids\",\"openIds\":[\"" + rig.follower(4) + "\",\"" + rig.follower(5) + "\"]},"
                + "\"scheduledAt\":\"" + java.time.Instant.now().plus(java.time.Duration.ofDays(30)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                + "\"}", author).body()).get("id").asText();
        int approved = rig.api("POST", "/api/campaigns/" + id + "/approve", null, approver).statusCode();

        List<Integer> refused = List.of(
                rig.api("POST", "/api/campaigns/" + id + "/pause", null, retractor).statusCode(),
                rig.api("POST", "/api/campaigns/" + id + "/pause", null, reader).statusCode(),
                rig.api("POST", "/api/campaigns/" + id + "/retry", "{}", reader).statusCode(),
                rig.api("POST", "/api/campaigns/" + id + "/cancel", null, sender).statusCode(),
                rig.api("POST", "/api/campaigns/" + id + "/batches/1/resolve", "{\"outcome\":\"sent\"}", retractor).statusCode(),
                rig.api("POST", "/api/campaigns/" + id + "/approve", null, sender).statusCode());
        List<Integer> allowed = List.of(
                rig.api("POST", "/api/campaigns/" + id + "/pause", null, sender).statusCode(),
                rig.api("POST", "/api/campaigns/" + id + "/resume", null, sender).statusCode(),
                rig.api("GET", "/api/campaigns/" + id + "/batches", null, reader).statusCode(),
                rig.api("GET", "/api/campaigns/" + id + "/audit", null, reader).statusCode(),
                rig.api("POST", "/api/campaigns/" + id + "/cancel", null, retractor).statusCode());

        assertThat(approved).isEqualTo(200);
        assertThat(refused).containsOnly(403);
        assertThat(allowed).containsOnly(200);
        assertThat(audit(id)).containsExactly("key:frank-author create", "key:gina-approver approve",
                "key:hank-sender pause", "key:hank-sender resume", "key:ivy-retract cancel");
    }
}

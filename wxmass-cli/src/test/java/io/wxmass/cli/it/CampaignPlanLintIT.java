package io.wxmass.cli.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wxmass.sandbox.embed.Sandbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code campaign plan} through the real jar prints the pre-flight lint and exits 2 when a finding blocks. */
class CampaignPlanLintIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    private Sandbox sandbox;

    @BeforeEach
    void start() {
        sandbox = SandboxFixture.start(10);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private JarRunner.Run wxmass(String... args) {
        return SandboxFixture.runnerFor(sandbox).env("WXMASS_DB_URL", "jdbc:sqlite:" + folder.resolve("campaigns.db")).run(args);
    }

    private String create(String... audienceAndMessage) throws Exception {
        String[] args = new String[audienceAndMessage.length + 5];
        args[0] = "campaign";
        args[1] = "create";
        args[2] = "--name";
        args[3] = "lint";
        System.arraycopy(audienceAndMessage, 0, args, 4, audienceAndMessage.length);
        args[args.length - 1] = "--json";
        return SandboxFixture.okJson(wxmass(args)).get("id").asText();
    }

    @Test
    void plan_ofACardCampaign_isBlocked_exit2_inJsonAndForPeople() throws Exception {
        String id = create("--all", "--wxcard", "pCardLint01");

        JarRunner.Run json = wxmass("campaign", "plan", id, "--approve", "--json");
        JarRunner.Run human = wxmass("campaign", "plan", id);

        assertThat(json.exitCode()).as(json.toString()).isEqualTo(2);
        JsonNode plan = JSON.readTree(json.stdout());
        assertThat(plan.path("verdict").asText()).isEqualTo("blocked");
        assertThat(plan.path("findings")).singleElement().satisfies(f -> {
            assertThat(f.path("severity").asText()).isEqualTo("ERROR");
            assertThat(f.path("rule").asText()).isEqualTo("NO_LONGER_SUPPORTED");
        });
        assertThat(plan.path("pendingBatches").asInt()).as("the schedule is still shown").isEqualTo(1);
        assertThat(human.exitCode()).as(human.toString()).isEqualTo(2);
        assertThat(human.stdout()).contains("verdict: blocked").contains("NO_LONGER_SUPPORTED").contains("45113");
        assertThat(human.stderr()).contains("blocked:");
        assertThat(sandbox.admin().jobs(sandbox.appId())).as("a plan sends nothing").isEmpty();
    }

    @Test
    void plan_ofATextCampaign_isClean_exit0() throws Exception {
        String id = create("--to", String.join(",", SandboxFixture.openIds(sandbox, 0, 3)), "--text", "hello");

        JarRunner.Run planned = wxmass("campaign", "plan", id, "--approve", "--json");

        assertThat(planned.exitCode()).as(planned.toString()).isZero();
        JsonNode plan = JSON.readTree(planned.stdout());
        assertThat(plan.path("verdict").asText()).isEqualTo("clean");
        assertThat(plan.path("findings")).isEmpty();
    }
}

package io.wxmass.cli.it;

import com.fasterxml.jackson.databind.JsonNode;
import io.wxmass.sandbox.config.RuleSettings;
import io.wxmass.sandbox.delivery.InboxEntry;
import io.wxmass.sandbox.delivery.MassJob;
import io.wxmass.sandbox.embed.Sandbox;
import io.wxmass.sandbox.platform.Followers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A 70,000-openid list on an account allowed 3 sends a day, sent through the real jar as one sendall
 * to a temporary tag: the list would need 7 batches, the tag needs one send. {@code wxmass serve}
 * receives the MASSSENDJOBFINISH; the tag is deleted once the outcome is in.
 */
class TemporaryTagCampaignIT {
    private static final int AUDIENCE = 70_000;
    private static final int FOLLOWERS = 70_500;

    private static Sandbox sandbox;
    private static ServedStore store;

    @BeforeAll
    static void start() throws Exception {
        sandbox = Sandbox.builder().followers(FOLLOWERS).instant(true)
                .rules(RuleSettings.defaults().withDailyMassCalls(3)).start();
        store = ServedStore.start(sandbox);
    }

    @AfterAll
    static void stop() throws Exception {
        store.close();
        sandbox.close();
    }

    private static JsonNode json(String... args) throws Exception {
        return store.json(args);
    }

    @Test
    void run_70000OpenidsOnAThreeSendsADayAccount_byTemporaryTag_oneSendall_everyFollowerOneCopy_tagGone() throws Exception {
        List<String> audience = SandboxFixture.openIds(sandbox, 0, AUDIENCE);
        Path file = Files.createTempFile("it-tag-openids", ".txt");
        Files.write(file, audience);
        int tagsBefore = sandbox.account().tags().all().size();
        String id = json("campaign", "create", "--name", "big list", "--openid-file", file.toString(),
                "--strategy", "tag", "--text", "one copy each", "--json").get("id").asText();

        JarRunner.Run run = store.runner().run("campaign", "run", id, "--approve", "--wait", "--max-wait", "PT90S",
                "--json");
        JsonNode shown = json("campaign", "show", id, "--json");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        JsonNode totals = ServedStore.JSON.readTree(run.stdout());
        assertThat(totals.get("done").asBoolean()).isTrue();
        assertThat(totals.get("counts").get("sent").asLong()).isEqualTo(AUDIENCE);
        assertThat(totals.get("plan").asText())
                .startsWith("one sendall to a temporary tag of 70000 openids (1400 batchtagging calls), as asked");
        assertThat(shown.get("campaign").get("strategy").asText()).isEqualTo("tag");
        assertThat(shown.get("campaign").get("plan").asText()).contains("temporary tag");

        List<MassJob> jobs = sandbox.admin().jobs(sandbox.appId());
        assertThat(jobs).as("one sendall for 70,000 on a 3-a-day account").singleElement()
                .satisfies(job -> assertThat(job.sentCount()).isEqualTo(AUDIENCE));
        long msgId = jobs.get(0).msgId();
        Followers followers = sandbox.account().followers();
        for (int i = 0; i < FOLLOWERS; i++) {
            List<InboxEntry> inbox = sandbox.admin().inbox(sandbox.appId(), followers.openId(i));
            assertThat(inbox).as("inbox of follower %d", i).hasSize(i < AUDIENCE ? 1 : 0);
            if (i < AUDIENCE) {
                assertThat(inbox.get(0).msgId()).isEqualTo(msgId);
            }
        }
        assertThat(sandbox.account().tags().all()).as("the temporary tag is deleted after the event")
                .hasSize(tagsBefore).noneMatch(t -> t.name().equals("wxmass-" + id));
        assertThat(sandbox.admin().requests("/cgi-bin/tags/members/batchtagging")).isEqualTo(1_400);
        Files.deleteIfExists(file);
    }
}

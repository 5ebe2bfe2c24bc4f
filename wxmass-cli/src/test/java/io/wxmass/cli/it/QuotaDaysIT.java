package io.wxmass.cli.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wxmass.sandbox.clock.SandboxClock;
import io.wxmass.sandbox.config.RuleSettings;
import io.wxmass.sandbox.delivery.MassJob;
import io.wxmass.sandbox.embed.Sandbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A 70,000-openid campaign (7 batches) on an account allowed 3 sendall+send calls a day, through the real jar:
 * run, move the sandbox's clock a day through its admin API, run again, until done. No batch is ever FAILED,
 * each run exits 5 while batches wait for a later day and says so, every batch is one job, and every follower
 * has exactly one copy in its inbox.
 */
class QuotaDaysIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int FOLLOWERS = 70_000;

    @TempDir
    Path folder;

    private Sandbox sandbox;

    @BeforeEach
    void start() {
        sandbox = Sandbox.builder().followers(FOLLOWERS).instant(true)
                .clock(SandboxClock.fixed(Instant.parse("2026-03-02T02:00:00Z")))
                .rules(RuleSettings.defaults().withDailyMassCalls(3)).start();
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private JarRunner runner() {
        return SandboxFixture.runnerFor(sandbox).env("WXMASS_DB_URL", "jdbc:sqlite:" + folder.resolve("campaigns.db"));
    }

    private void advanceSandboxOneDay() throws Exception {
        HttpResponse<String> moved = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(sandbox.baseUrl() + "/admin/clock/advance"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"seconds\":86400}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
    }

    @Test
    void campaignRun_70000OpenIdsAt3ADay_finishesOverThreeDays_neverFailed_oneCopyEach() throws Exception {
        Path list = folder.resolve("fans.txt");
        Files.write(list, SandboxFixture.openIds(sandbox, 0, FOLLOWERS));
        // List batches over three days (under --strategy auto the 7 batches would go as one sendall by temporary
        // tag: TemporaryTagCampaignIT).
        JarRunner.Run created = runner().run("campaign", "create", "--name", "big list", "--openid-file", list.toString(),
                "--strategy", "list", "--text", "spring sale", "--json");
        assertThat(created.exitCode()).as(created.toString()).isZero();
        String id = JSON.readTree(created.stdout()).get("id").asText();

        JarRunner.Run unapproved = runner().run("campaign", "plan", id, "--json");
        assertThat(unapproved.exitCode()).as("a dry run never approves by itself: " + unapproved).isEqualTo(4);
        assertThat(JSON.readTree(runner().run("campaign", "show", id, "--json").stdout()).path("campaign").path("state").asText())
                .isEqualTo("DRAFT");

        JarRunner.Run planned = runner().run("campaign", "plan", id, "--approve", "--json");
        assertThat(planned.exitCode()).as(planned.toString()).isZero();
        JsonNode plan = JSON.readTree(planned.stdout());
        assertThat(plan.get("pendingBatches").asInt()).isEqualTo(7);
        assertThat(plan.get("quotaFrom").asText()).isEqualTo("quota/get");
        assertThat(plan.get("daysNeeded").asInt()).isEqualTo(3);
        assertThat(JSON.convertValue(plan.get("batchesPerDay"), java.util.Map.class).values()).containsExactly(3, 3, 1);
        assertThat(sandbox.admin().jobs(sandbox.appId())).as("planning sends nothing").isEmpty();

        int[] submittedAfter = new int[3];
        for (int day = 0; day < 3; day++) {
            // The first day as a person runs it (the verdict on stderr), the others as a script does (--json).
            JarRunner.Run run = day == 0 ? runner().run("campaign", "run", id) : runner().run("campaign", "run", id, "--json");
            JsonNode totals = day == 0 ? JSON.readTree(runner().run("campaign", "show", id, "--json").stdout()).get("totals")
                    : JSON.readTree(run.stdout());
            JsonNode outcome = day == 0 ? JSON.readTree(runner().run("campaign", "show", id, "--json").stdout()).get("outcome")
                    : totals.get("outcome");
            assertThat(totals.get("batches").get("FAILED").asInt()).as(run.toString()).isZero();
            submittedAfter[day] = totals.get("batches").get("SUBMITTED").asInt();
            if (day < 2) {
                assertThat(run.exitCode()).as(run.toString()).isEqualTo(5);
                assertThat(outcome.get("deferred").asInt()).isEqualTo(7 - submittedAfter[day]);
                assertThat(outcome.get("line").asText()).startsWith("incomplete: " + (7 - submittedAfter[day]) + " deferred")
                        .contains("deferred");
                if (day == 0) {
                    assertThat(run.stderr()).contains("incomplete: 4 deferred (not before ");
                }
                advanceSandboxOneDay();
            } else {
                assertThat(run.exitCode()).as(run.toString()).isZero();
                assertThat(outcome.get("complete").asBoolean()).isTrue();
            }
        }

        assertThat(submittedAfter).containsExactly(3, 6, 7);
        List<MassJob> jobs = sandbox.admin().jobs(sandbox.appId());
        assertThat(jobs).as("one job per batch").hasSize(7);
        assertThat(sandbox.admin().requests("/cgi-bin/message/mass/send")).as("no call beyond the day's quota").isEqualTo(7);
        sandbox.admin().awaitIdle(java.time.Duration.ofSeconds(60));
        Set<Long> msgIds = jobs.stream().map(MassJob::msgId).collect(Collectors.toSet());
        for (String openId : SandboxFixture.openIds(sandbox, 0, FOLLOWERS)) {
            assertThat(sandbox.admin().inbox(sandbox.appId(), openId).stream().filter(e -> msgIds.contains(e.msgId())).count())
                    .as(openId).isEqualTo(1);
        }
    }
}

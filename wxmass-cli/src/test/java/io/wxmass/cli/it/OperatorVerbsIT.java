package io.wxmass.cli.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wxmass.sandbox.embed.Sandbox;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every operator verb through the real jar (the CLI) and through {@code wxmass serve}'s REST API, each leaving
 * its row in the audit log; the export of a finished campaign checked against the sandbox's inboxes.
 */
class OperatorVerbsIT {
    private static final ObjectMapper JSON = ServeFixture.JSON;
    private static final String CLI_ACTOR = "cli:" + System.getProperty("user.name");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static ServeFixture fixture;
    private static Sandbox sandbox;
    private static String apiUrl;

    @BeforeAll
    static void start() throws Exception {
        fixture = ServeFixture.start(120);
        sandbox = fixture.sandbox;
        apiUrl = fixture.apiUrl;
    }

    @AfterAll
    static void stop() throws Exception {
        fixture.close();
    }

    private static JarRunner runner() {
        return fixture.runner();
    }

    private static JsonNode json(String... args) throws IOException {
        return fixture.json(args);
    }

    private static List<String> audit(JsonNode audit) {
        List<String> rows = new ArrayList<>();
        audit.get("audit").forEach(a -> rows.add(a.get("actor").asText() + " " + a.get("action").asText()));
        return rows;
    }

    /** A schedule far ahead: serve's resident sender leaves such a campaign alone while the test steers it. */
    private static final String LATER = "2099-01-01T00:00:00Z";

    /**
     * Leaves batch 1 PARKED, as a worker does when its outcome stayed unknown past the clientmsgid window (a day
     * the test cannot wait): attempted once, never answered.
     */
    private static void park(String campaignId) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + fixture.db);
             PreparedStatement ps = c.prepareStatement("UPDATE campaign_batch SET state = 'PARKED', attempts = 1, "
                     + "first_attempt_at = ?, settled_at = ?, settled_by = 'park: outcome unknown and the clientmsgid "
                     + "window is over' WHERE campaign_id = ? AND batch_no = 1 AND state = 'PLANNED'")) {
            long now = System.currentTimeMillis();
            ps.setLong(1, now - Duration.ofHours(25).toMillis());
            ps.setLong(2, now);
            ps.setString(3, campaignId);
            assertThat(ps.executeUpdate()).isEqualTo(1);
        }
    }

    /** REST send answers 202 at once: waits (at most 30 s) until serve's sender and the events settle every batch. */
    private static JsonNode awaitSettled(String campaign) throws Exception {
        long giveUp = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            JsonNode lines = JSON.readTree(get(campaign + "/batches").body()).get("batches");
            boolean settled = true;
            for (JsonNode line : lines) {
                settled &= line.get("state").asText().equals("FINISHED");
            }
            if (settled || System.nanoTime() > giveUp) {
                return lines;
            }
            Thread.sleep(100);
        }
    }

    @Test
    void cli_everyVerb_doesItsWork_andWritesItsAuditRow() throws Exception {
        String text = "--text";
        Path file = Files.createTempFile("it-verbs", ".txt");
        Files.write(file, SandboxFixture.openIds(sandbox, 0, 60));
        String id = json("campaign", "create", "--name", "verbs", "--openid-file", file.toString(), text, "verbs",
                "--json").get("id").asText();

        JarRunner.Run unapproved = runner().run("campaign", "run", id);
        JsonNode approved = json("campaign", "approve", id, "--json");
        JsonNode paused = json("campaign", "pause", id, "--json");
        JarRunner.Run whilePaused = runner().run("campaign", "run", id);
        json("campaign", "resume", id, "--json");
        JsonNode totals = json("campaign", "run", id, "--wait", "--max-wait", "PT60S", "--json");
        JsonNode batches = json("campaign", "batches", id, "--json");
        Path csv = Files.createTempFile("it-export", ".csv");
        JsonNode exported = json("campaign", "export", id, "--out", csv.toString(), "--json");
        JsonNode retried = json("campaign", "retry", id, "--json");
        JsonNode cancelled = json("campaign", "cancel", id, "--json");
        JsonNode audit = json("campaign", "audit", id, "--json");

        assertThat(unapproved.exitCode()).as(unapproved.toString()).isEqualTo(4);
        assertThat(unapproved.stderr()).contains("approve it first");
        assertThat(approved.get("campaign").get("approvedBy").asText()).isEqualTo(CLI_ACTOR);
        assertThat(paused.get("state").asText()).isEqualTo("PAUSED");
        assertThat(whilePaused.exitCode()).as(whilePaused.toString()).isEqualTo(4);
        assertThat(totals.get("batches").get("FINISHED").asInt()).isEqualTo(1);
        JsonNode line = batches.get("batches").get(0);
        assertThat(line.get("state").asText()).isEqualTo("FINISHED");
        assertThat(line.get("attempts").asInt()).isEqualTo(1);
        assertThat(line.get("msgId").asLong()).isPositive();
        assertThat(exported.get("recipients").asLong()).isEqualTo(60);
        assertExportMatchesInboxes(Files.readAllLines(csv), 60);
        assertThat(retried.get("requeued").asInt()).isZero();
        assertThat(cancelled.get("cancelledBatches").asInt()).isZero();
        assertThat(audit(audit)).containsExactly(CLI_ACTOR + " create", CLI_ACTOR + " approve", CLI_ACTOR + " pause",
                CLI_ACTOR + " resume", CLI_ACTOR + " export", CLI_ACTOR + " retry", CLI_ACTOR + " cancel");
        Files.deleteIfExists(file);
        Files.deleteIfExists(csv);
    }

    @Test
    void cli_requirePreviewAndFourEyes_holdApprovalUntilTheirRulesAreMet() throws Exception {
        String preview = SandboxFixture.openIds(sandbox, 110, 1).get(0);
        String id = json("campaign", "create", "--name", "rules", "--to", String.join(",",
                SandboxFixture.openIds(sandbox, 100, 5)), "--text", "rules", "--preview-to", preview, "--require-preview",
                "--four-eyes", "--schedule", LATER, "--json").get("id").asText();

        JarRunner.Run beforePreview = runner().run("campaign", "approve", id);
        json("campaign", "preview", id, "--json");
        JarRunner.Run byCreator = runner().run("campaign", "approve", id);
        JsonNode audit = json("campaign", "audit", id, "--json");

        assertThat(beforePreview.exitCode()).as(beforePreview.toString()).isEqualTo(4);
        assertThat(beforePreview.stderr()).contains("requires a preview before approval");
        assertThat(sandbox.admin().previews(sandbox.appId(), preview)).hasSize(1);
        assertThat(byCreator.exitCode()).as(byCreator.toString()).isEqualTo(4);
        assertThat(byCreator.stderr()).contains("four-eyes");
        assertThat(audit(audit)).containsExactly(CLI_ACTOR + " create", CLI_ACTOR + " preview");
    }

    @Test
    void cli_resolveShowsTheEvidenceFirst_thenSettles_andRetractCancelsTheRequeuedBatch() throws Exception {
        String id = json("campaign", "create", "--name", "parked", "--to",
                String.join(",", SandboxFixture.openIds(sandbox, 60, 5)), "--text", "parked", "--schedule", LATER,
                "--json").get("id").asText();
        json("campaign", "approve", id, "--json");
        park(id);

        JsonNode evidence = json("campaign", "resolve", id, "1", "--json");
        JsonNode resolved = json("campaign", "resolve", id, "1", "--as", "not-sent", "--json");
        JsonNode retried = json("campaign", "retry", id, "--batch", "1", "--json");
        JarRunner.Run retract = runner().run("campaign", "retract", id, "--json");
        JsonNode audit = json("campaign", "audit", id, "--json");

        assertThat(evidence.get("state").asText()).isEqualTo("PARKED");
        assertThat(evidence.get("attempts").asInt()).isEqualTo(1);
        assertThat(evidence.get("platformStatusError").asText()).contains("no msg_id");
        assertThat(resolved.get("resolvedAs").asText()).isEqualTo("not-sent");
        assertThat(resolved.get("state").asText()).isEqualTo("PARKED");
        assertThat(retried.get("requeued").asInt()).isEqualTo(1);
        assertThat(retract.exitCode()).as(retract.toString()).isZero();
        assertThat(JSON.readTree(retract.stdout()).get("cancelledBatches").asInt()).isEqualTo(1);
        assertThat(audit(audit)).containsExactly(CLI_ACTOR + " create", CLI_ACTOR + " approve", CLI_ACTOR + " resolve",
                CLI_ACTOR + " retry", CLI_ACTOR + " retract");
        assertThat(audit.get("audit").get(2).get("batch").asInt()).isEqualTo(1);
        assertThat(sandbox.admin().jobs(sandbox.appId()).stream().noneMatch(j -> j.totalCount() == 5)).isTrue();
    }

    @Test
    void rest_everyVerb_doesItsWork_andWritesItsAuditRow() throws Exception {
        String body = "{\"name\":\"rest verbs\",\"message\":{\"type\":\"text\",\"content\":\"via REST\"},"
                + "\"audience\":{\"type\":\"openids\",\"openIds\":" + JSON.writeValueAsString(SandboxFixture.openIds(sandbox, 70, 20))
                + "}}";
        String id = JSON.readTree(post(apiUrl, body).body()).get("id").asText();
        String campaign = apiUrl + "/" + id;

        HttpResponse<String> approved = post(campaign + "/approve", "");
        HttpResponse<String> paused = post(campaign + "/pause", "");
        HttpResponse<String> pausedAgain = post(campaign + "/pause", "");
        HttpResponse<String> resumed = post(campaign + "/resume", "");
        HttpResponse<String> sent = post(campaign + "/send", "");
        JsonNode batches = awaitSettled(campaign);
        HttpResponse<String> evidence = get(campaign + "/batches/1");
        HttpResponse<String> export = get(campaign + "/export");
        HttpResponse<String> retried = post(campaign + "/retry", "{}");
        HttpResponse<String> cancelled = post(campaign + "/cancel", "");
        HttpResponse<String> retracted = post(campaign + "/retract", "");
        HttpResponse<String> audit = get(campaign + "/audit");

        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        assertThat(JSON.readTree(paused.body()).get("state").asText()).isEqualTo("PAUSED");
        assertThat(pausedAgain.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(resumed.body()).get("state").asText()).isEqualTo("PLANNED");
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(202);
        assertThat(batches).hasSize(1);
        assertThat(batches.get(0).get("state").asText()).isEqualTo("FINISHED");
        assertThat(JSON.readTree(evidence.body()).get("platformStatus").asText()).isEqualTo("SEND_SUCCESS");
        assertThat(export.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertExportMatchesInboxes(export.body().lines().toList(), 20);
        assertThat(JSON.readTree(retried.body()).get("requeued").asInt()).isZero();
        assertThat(cancelled.statusCode()).isEqualTo(200);
        assertThat(retracted.statusCode()).isEqualTo(200);
        assertThat(audit(JSON.readTree(audit.body()))).containsExactly("key:anonymous create", "key:anonymous approve",
                "key:anonymous pause", "key:anonymous resume", "key:anonymous export", "key:anonymous retry",
                "key:anonymous cancel", "key:anonymous retract");
    }

    @Test
    void rest_resolve_settlesAParkedBatch_andRefusesAnUnknownOutcomeWord() throws Exception {
        String body = "{\"name\":\"rest parked\",\"message\":{\"type\":\"text\",\"content\":\"x\"},"
                + "\"audience\":{\"type\":\"openids\",\"openIds\":" + JSON.writeValueAsString(SandboxFixture.openIds(sandbox, 90, 4))
                + "},\"scheduledAt\":\"" + LATER + "\"}";
        String id = JSON.readTree(post(apiUrl, body).body()).get("id").asText();
        post(apiUrl + "/" + id + "/approve", "");
        park(id);

        HttpResponse<String> bad = post(apiUrl + "/" + id + "/batches/1/resolve", "{\"outcome\":\"maybe\"}");
        HttpResponse<String> resolved = post(apiUrl + "/" + id + "/batches/1/resolve", "{\"outcome\":\"sent\"}");
        HttpResponse<String> lines = get(apiUrl + "/" + id + "/batches");
        HttpResponse<String> audit = get(apiUrl + "/" + id + "/audit");

        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(bad.body()).get("error").get("field").asText()).isEqualTo("outcome");
        assertThat(resolved.statusCode()).as(resolved.body()).isEqualTo(200);
        assertThat(JSON.readTree(lines.body()).get("batches").get(0).get("state").asText()).isEqualTo("FINISHED");
        assertThat(JSON.readTree(lines.body()).get("batches").get(0).get("settledBy").asText())
                .isEqualTo("operator:key:anonymous");
        assertThat(audit(JSON.readTree(audit.body()))).endsWith("key:anonymous resolve");
    }

    /** Every exported recipient got exactly one copy, from the job the export names; no follower is listed twice. */
    private static void assertExportMatchesInboxes(List<String> csv, int recipients) {
        assertThat(csv.get(0)).isEqualTo("openid,batch,state,msg_id,status,errcode");
        Map<String, Long> jobs = new HashMap<>();
        for (String row : csv.subList(1, csv.size())) {
            String[] cells = row.split(",", -1);
            assertThat(cells[2]).isEqualTo("FINISHED");
            assertThat(jobs.put(cells[0], Long.parseLong(cells[3]))).as("%s exported twice", cells[0]).isNull();
        }
        assertThat(jobs).hasSize(recipients);
        jobs.forEach((openId, msgId) -> assertThat(sandbox.admin().inbox(sandbox.appId(), openId))
                .as("inbox of %s", openId).extracting(e -> e.msgId()).containsExactly(msgId));
    }

    private static HttpResponse<String> post(String url, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}

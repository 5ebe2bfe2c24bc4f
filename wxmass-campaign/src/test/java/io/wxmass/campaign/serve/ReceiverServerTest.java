package io.wxmass.campaign.serve;

import io.wxmass.campaign.testing.Fixtures;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wxmass.campaign.AudienceSpec;
import io.wxmass.campaign.Batch;
import io.wxmass.campaign.CampaignService;
import io.wxmass.campaign.CampaignSpec;
import io.wxmass.campaign.CampaignTotals;
import io.wxmass.campaign.auth.ApiKeys;
import io.wxmass.campaign.auth.Scope;
import io.wxmass.campaign.store.Database;
import io.wxmass.core.WxMass;
import io.wxmass.core.WxMassConfig;
import io.wxmass.core.callback.Signatures;
import io.wxmass.core.message.MassMessage;
import io.wxmass.sandbox.embed.Sandbox;
import io.wxmass.sandbox.platform.CallbackSettings;
import io.wxmass.sandbox.push.PushAttempt;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The receiver service against the real sandbox and a real SQLite store: pushes in safe mode
 * settle campaigns driven through the REST API; a repeated push is acknowledged but counted once;
 * forged requests are refused without touching the store.
 */
class ReceiverServerTest {
    private static final String TOKEN = "serveTestToken";
    private static final String AES_KEY = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path folder;

    private static Sandbox sandbox;
    private static CampaignService service;
    private static ReceiverServer server;
    private static String adminKey;

    @BeforeAll
    static void start() {
        sandbox = Sandbox.builder().followers(40).instant(true).start();
        WxMass wx = WxMass.create(WxMassConfig.builder().appId(sandbox.appId()).appSecret(sandbox.appSecret())
                .baseUrl(sandbox.baseUrl()).build());
        Database database = Database.sqlite(folder.resolve("serve.db")).migrate();
        service = CampaignService.builder(database, wx).build();
        ApiKeys keys = new ApiKeys(database, Clock.systemUTC());
        adminKey = keys.create("test-admin", Set.of(Scope.ADMIN)).secret();
        server = ReceiverServer.builder().port(0)
                .callbackHandler(CallbackHandlers.forReconciler(service.reconciler(), sandbox.appId(), TOKEN, Optional.of(AES_KEY), false))
                .campaigns(service, keys).build().start();
    }

    @AfterAll
    static void stop() {
        server.close();
        sandbox.close();
    }

    private static List<String> followers(int from, int count) {
        List<String> ids = new ArrayList<>();
        for (int i = from; i < from + count; i++) {
            ids.add(sandbox.account().followers().openId(i));
        }
        return ids;
    }

    private static HttpResponse<String> call(String method, String url, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
        if (url.startsWith(server.apiUrl())) {
            request.header("Authorization", "Bearer " + adminKey).header("Content-Type", "application/json");
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Events are pushed after the send returns; wait (bounded) until the store has settled every batch. */
    private static CampaignTotals awaitSettled(String id) throws InterruptedException {
        sandbox.admin().awaitIdle(java.time.Duration.ofSeconds(20));
        CampaignTotals totals = service.status(id);
        for (int i = 0; i < 200 && !totals.done(); i++) {
            Thread.sleep(50);
            totals = service.status(id);
        }
        return totals;
    }

    @Test
    void safeModePushes_settleACampaignDrivenThroughTheRestApi() throws Exception {
        sandbox.account().callback(new CallbackSettings(server.callbackUrl(), TOKEN, AES_KEY, "safe"));
        String body = "{\"name\":\"rest\",\"message\":{\"type\":\"text\",\"content\":\"hello\"},"
                + "\"audience\":{\"type\":\"openids\",\"openIds\":" + JSON.writeValueAsString(followers(0, 12)) + "}}";

        HttpResponse<String> created = call("POST", server.apiUrl(), body);
        String id = JSON.readTree(created.body()).get("id").asText();
        HttpResponse<String> approved = call("POST", server.apiUrl() + "/" + id + "/approve", null);
        HttpResponse<String> sent = call("POST", server.apiUrl() + "/" + id + "/send", null);
        CampaignTotals totals = awaitSettled(id);
        JsonNode status = JSON.readTree(call("GET", server.apiUrl() + "/" + id, null).body());

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(JSON.readTree(approved.body()).get("recipients").asLong()).isEqualTo(12);
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(200);
        assertThat(totals.done()).isTrue();
        assertThat(status.get("totals").get("counts").get("sent").asLong()).isEqualTo(12);
        assertThat(status.get("totals").get("batches").get("FINISHED").asInt()).isEqualTo(1);
        assertThat(sandbox.admin().pushAttempts(sandbox.appId())).filteredOn(PushAttempt::accepted).isNotEmpty();
    }

    @Test
    void repeatedPlainPush_isAcknowledgedEachTime_butCountedOnce() throws Exception {
        sandbox.account().callback(null); // this test plays the platform's push itself
        String id = service.create(CampaignSpec.builder("repeat", MassMessage.text("hi"),
                AudienceSpec.openIds(followers(20, 7))).build()).id();
        service.approve(id, Fixtures.APPROVER);
        service.run(id);
        Batch batch = service.batches(id).get(0);
        String push = push(batch.msgId().getAsLong(), followers(20, 1).get(0), System.currentTimeMillis() / 1000);

        HttpResponse<String> first = postSigned(push, "nonce-a");
        HttpResponse<String> again = postSigned(push, "nonce-b");
        long stored = storedEvents(batch.msgId().getAsLong());
        service.reconciler().pollOverdue();
        CampaignTotals totals = service.status(id);

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body()).isEqualTo("success");
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).isEqualTo("success");
        // Counts are set, not added, so they alone cannot show a second application: the stored events can.
        assertThat(stored).as("events stored for the job").isEqualTo(1);
        assertThat(totals.done()).isTrue();
        assertThat(totals.counts().sent()).isEqualTo(6);
        assertThat(totals.counts().errors()).isEqualTo(1);
    }

    @Test
    void forgedPush_isRefusedWith403_andStoresNothing() throws Exception {
        sandbox.account().callback(null);
        String id = service.create(CampaignSpec.builder("forged", MassMessage.text("hi"),
                AudienceSpec.openIds(followers(30, 3))).build()).id();
        service.approve(id, Fixtures.APPROVER);
        service.run(id);
        long now = System.currentTimeMillis() / 1000;
        String push = push(service.batches(id).get(0).msgId().getAsLong(), followers(30, 1).get(0), now);

        HttpResponse<String> forged = call("POST", server.callbackUrl() + "?signature=" + "0".repeat(40)
                + "&timestamp=" + now + "&nonce=forged", push);

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).isEmpty();
        assertThat(service.status(id).done()).isFalse();
    }

    @Test
    void handshake_echoesEchostrWhenSigned() throws Exception {
        String timestamp = String.valueOf(System.currentTimeMillis() / 1000);

        HttpResponse<String> reply = call("GET", server.callbackUrl() + "?signature=" + Signatures.sign(TOKEN, timestamp, "hs")
                + "&timestamp=" + timestamp + "&nonce=hs&echostr=4375120948345356249", null);

        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(reply.body()).isEqualTo("4375120948345356249");
    }

    @Test
    void restApi_mapsFailuresToStatusCodesNamingTheField() throws Exception {
        HttpResponse<String> badAudience = call("POST", server.apiUrl(),
                "{\"name\":\"x\",\"message\":{\"type\":\"text\",\"content\":\"c\"},\"audience\":{\"type\":\"everyone\"}}");
        HttpResponse<String> notJson = call("POST", server.apiUrl(), "name=x");
        HttpResponse<String> page = call("GET", server.apiUrl() + "?limit=0", null);
        HttpResponse<String> unknown = call("GET", server.apiUrl() + "/no-such-campaign", null);
        String draft = JSON.readTree(call("POST", server.apiUrl(),
                "{\"name\":\"draft\",\"message\":{\"type\":\"text\",\"content\":\"c\"},\"audience\":{\"type\":\"all\"}}").body())
                .get("id").asText();
        HttpResponse<String> sendDraft = call("POST", server.apiUrl() + "/" + draft + "/send", null);
        HttpResponse<String> wrongMethod = call("PUT", server.apiUrl() + "/" + draft + "/approve", "{}");
        HttpResponse<String> noAction = call("POST", server.apiUrl() + "/" + draft + "/launch", null);

        assertThat(badAudience.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(badAudience.body()).get("error").get("field").asText()).isEqualTo("audience.type");
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(page.body()).get("error").get("field").asText()).isEqualTo("limit");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(sendDraft.statusCode()).isEqualTo(409);
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        assertThat(noAction.statusCode()).isEqualTo(404);
    }

    @Test
    void restApi_retract_cancelsUnsentBatches() throws Exception {
        String body = "{\"name\":\"retract me\",\"message\":{\"type\":\"text\",\"content\":\"c\"},"
                + "\"audience\":{\"type\":\"openids\",\"openIds\":" + JSON.writeValueAsString(followers(35, 4)) + "}}";
        String id = JSON.readTree(call("POST", server.apiUrl(), body).body()).get("id").asText();
        call("POST", server.apiUrl() + "/" + id + "/approve", null);

        JsonNode schedule = JSON.readTree(call("GET", server.apiUrl() + "/" + id + "/schedule", null).body());
        JsonNode retracted = JSON.readTree(call("DELETE", server.apiUrl() + "/" + id, null).body());
        JsonNode status = JSON.readTree(call("GET", server.apiUrl() + "/" + id, null).body());

        assertThat(schedule.get("pendingBatches").asInt()).isEqualTo(1);
        assertThat(schedule.get("quotaFrom").asText()).isEqualTo("quota/get");
        assertThat(schedule.get("daysNeeded").asInt()).isEqualTo(1);
        assertThat(retracted.get("cancelledBatches").asInt()).isEqualTo(1);
        assertThat(status.get("campaign").get("state").asText()).isEqualTo("RETRACTED");
        assertThat(status.get("totals").get("batches").get("CANCELLED").asInt()).isEqualTo(1);
    }

    private static long storedEvents(long msgId) {
        return Database.sqlite(folder.resolve("serve.db")).read(c -> {
            try (var ps = c.prepareStatement("SELECT COUNT(*) FROM mass_event WHERE msg_id = ?")) {
                ps.setLong(1, msgId);
                try (var rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    private static HttpResponse<String> postSigned(String xml, String nonce) throws Exception {
        String timestamp = String.valueOf(System.currentTimeMillis() / 1000);
        return call("POST", server.callbackUrl() + "?signature=" + Signatures.sign(TOKEN, timestamp, nonce)
                + "&timestamp=" + timestamp + "&nonce=" + nonce, xml);
    }

    private static String push(long msgId, String from, long createTime) throws IOException {
        try (InputStream in = ReceiverServerTest.class.getResourceAsStream("/serve/job-finished.xml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip()
                    .replace("{{MSG_ID}}", String.valueOf(msgId)).replace("{{FROM}}", from)
                    .replace("{{CREATE_TIME}}", String.valueOf(createTime));
        }
    }
}

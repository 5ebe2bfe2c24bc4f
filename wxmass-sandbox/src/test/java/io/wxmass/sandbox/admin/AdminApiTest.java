package io.wxmass.sandbox.admin;

import com.fasterxml.jackson.databind.JsonNode;
import io.wxmass.sandbox.embed.Sandbox;
import io.wxmass.sandbox.receiver.CallbackReceiver;
import io.wxmass.sandbox.testing.Fixtures;
import io.wxmass.sandbox.testing.PlatformClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.time.Duration;

import static io.wxmass.sandbox.testing.Errcode.assertError;
import static io.wxmass.sandbox.testing.Errcode.assertOk;
import static org.assertj.core.api.Assertions.assertThat;

/** The admin HTTP API documented in the sandbox README. */
class AdminApiTest {
    private CallbackReceiver receiver;
    private Sandbox sandbox;
    private PlatformClient client;

    @BeforeEach
    void start() throws Exception {
        receiver = CallbackReceiver.start(CallbackReceiver.Reply.status(500, "busy"));
        sandbox = Fixtures.fixedSandbox().callback(receiver.url(), "AAAAA", null, "plain").start();
        client = PlatformClient.of(sandbox).login(sandbox);
    }

    @AfterEach
    void stop() throws InterruptedException {
        sandbox.close();
        receiver.close();
    }

    private JsonNode sendToAll(String text) throws InterruptedException {
        JsonNode r = client.call("/cgi-bin/message/mass/sendall",
                "{\"filter\":{\"is_to_all\":true},\"text\":{\"content\":\"" + text + "\"},\"msgtype\":\"text\"}");
        assertOk(r);
        assertThat(sandbox.admin().awaitIdle(Duration.ofSeconds(30))).isTrue();
        return r;
    }

    @Test
    void accounts_createSubscriptionAccount_thenItGetsTokensAndIsRefusedSend() {
        JsonNode created = client.post("/admin/accounts",
                "{\"appId\":\"wxadmincreated01\",\"type\":\"subscription\",\"verified\":true,\"followers\":5}");
        assertThat(created.get("secret").asText()).hasSize(32);
        JsonNode list = client.get("/admin/accounts");
        assertThat(list.findValuesAsText("appId")).contains(sandbox.appId(), "wxadmincreated01");
        assertThat(list.toString()).doesNotContain(sandbox.appSecret());
        PlatformClient sub = PlatformClient.of(sandbox).login("wxadmincreated01", created.get("secret").asText());
        assertError(sub.call("/cgi-bin/message/mass/send", "{\"touser\":[\"a\",\"b\"],\"msgtype\":\"text\"}"), 48001);
    }

    @Test
    void tagsAndFollowers_createdByAdmin_areVisibleThroughThePlatform() {
        JsonNode grown = client.post("/admin/accounts/" + sandbox.appId() + "/followers", "{\"count\":10}");
        assertThat(grown.get("first").asInt()).isEqualTo(50);
        assertThat(grown.get("total").asInt()).isEqualTo(60);
        String newcomer = sandbox.account().followers().openId(55);
        JsonNode tag = client.post("/admin/accounts/" + sandbox.appId() + "/tags",
                "{\"name\":\"newcomers\",\"openids\":[\"" + newcomer + "\"]}");
        assertThat(tag.get("count").asInt()).isEqualTo(1);
        JsonNode members = client.call("/cgi-bin/user/tag/get", "{\"tagid\":" + tag.get("id").asInt() + "}");
        assertThat(members.get("data").get("openid").get(0).asText()).isEqualTo(newcomer);
        JsonNode page = client.get("/admin/accounts/" + sandbox.appId() + "/followers?offset=55&limit=1");
        assertThat(page.get("followers").get(0).get("openid").asText()).isEqualTo(newcomer);
    }

    @Test
    void inbox_showsEachFollowersMassMessagesAndPreviews() throws InterruptedException {
        long msgId = sendToAll("inbox").get("msg_id").asLong();
        String openId = sandbox.account().followers().openId(7);
        client.call("/cgi-bin/message/mass/preview", "{\"touser\":\"" + openId + "\",\"text\":{\"content\":\"p\"},\"msgtype\":\"text\"}");
        JsonNode inbox = client.get("/admin/accounts/" + sandbox.appId() + "/inbox/" + openId);
        assertThat(inbox.get("received")).hasSize(1);
        assertThat(inbox.get("received").get(0).get("msgId").asLong()).isEqualTo(msgId);
        assertThat(inbox.get("previews")).hasSize(1);
    }

    @Test
    void jobsAndPushes_listEveryJobAndEveryCallbackAttemptWithItsReply() throws InterruptedException {
        long msgId = sendToAll("pushed").get("msg_id").asLong();
        JsonNode jobs = client.get("/admin/accounts/" + sandbox.appId() + "/jobs");
        assertThat(jobs.get(0).get("msgId").asLong()).isEqualTo(msgId);
        assertThat(jobs.get(0).get("status").asText()).isEqualTo("SEND_SUCCESS");
        assertThat(jobs.get(0).get("sentCount").asInt()).isEqualTo(50);
        JsonNode pushes = client.get("/admin/accounts/" + sandbox.appId() + "/pushes");
        assertThat(pushes).hasSize(2);
        assertThat(pushes.get(0).get("httpStatus").asInt()).isEqualTo(500);
        assertThat(pushes.get(0).get("reply").asText()).isEqualTo("busy");
        assertThat(pushes.get(1).get("reply").asText()).isEqualTo("success");
        assertThat(pushes.get(1).get("outcome").asText()).isEqualTo("accepted");
    }

    @Test
    void counters_reportRequestsPerEndpointAndTokenFetchesPerApp() {
        client.callGet("/cgi-bin/tags/get");
        client.callGet("/cgi-bin/tags/get");
        JsonNode counters = client.get("/admin/counters");
        assertThat(counters.get("requests").get("/cgi-bin/tags/get").asLong()).isEqualTo(2);
        assertThat(counters.get("tokenFetches").get(sandbox.appId()).asLong()).isEqualTo(1);
    }

    @Test
    void clockAdvance_movesEveryRuleForward() {
        JsonNode moved = client.post("/admin/clock/advance", "{\"seconds\":7200}");
        assertThat(moved.get("offsetSeconds").asLong()).isEqualTo(7200);
        assertThat(moved.get("now").asText()).isEqualTo(Fixtures.START.plusSeconds(7200).toString());
        assertError(client.callGet("/cgi-bin/tags/get"), 42001);
    }

    @Test
    void faults_setThroughTheApi_applyToTheNextRequest() {
        JsonNode plan = client.post("/admin/faults", "{\"seed\":9,\"rules\":[{\"kind\":\"system_error\","
                + "\"path\":\"/cgi-bin/tags/get\",\"share\":1.0}]}");
        assertThat(plan.get("seed").asLong()).isEqualTo(9);
        assertError(client.callGet("/cgi-bin/tags/get"), -1);
        client.post("/admin/faults", "{\"reset\":true}");
        assertThat(client.callGet("/cgi-bin/tags/get").has("tags")).isTrue();
    }

    @Test
    void badInput_answers400NamingTheField() {
        var r = client.raw(HttpRequest.newBuilder(client.uri("/admin/clock/advance"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"seconds\":\"soon\"}")));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(new String(r.body())).contains("seconds");
        var unknown = client.raw(HttpRequest.newBuilder(client.uri("/admin/accounts/wxnobody")).GET());
        assertThat(unknown.statusCode()).isEqualTo(400);
    }
}

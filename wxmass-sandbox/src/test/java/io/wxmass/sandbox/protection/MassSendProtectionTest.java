package io.wxmass.sandbox.protection;

import com.fasterxml.jackson.databind.JsonNode;
import io.wxmass.core.callback.event.JobStatus;
import io.wxmass.core.callback.event.MassSendJobFinished;
import io.wxmass.sandbox.embed.SandboxBuilder;
import io.wxmass.sandbox.delivery.EncryptMode;
import io.wxmass.sandbox.receiver.PushCapture;
import io.wxmass.sandbox.testing.SandboxPerTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static io.wxmass.sandbox.testing.Errcode.assertError;
import static io.wxmass.sandbox.testing.Errcode.assertOk;
import static org.assertj.core.api.Assertions.assertThat;

/** API 群发保护 over HTTP: a send to all waits for the admin API's confirm or reject, or fails after 30 minutes. */
class MassSendProtectionTest extends SandboxPerTest {
    private static final String TOKEN = "protectionToken";
    private static final String TO_ALL = "{\"filter\":{\"is_to_all\":true},\"msgtype\":\"text\",\"text\":{\"content\":\"hi all\"}}";
    private static final String TO_TAG = "{\"filter\":{\"is_to_all\":false,\"tag_id\":2},\"msgtype\":\"text\",\"text\":{\"content\":\"hi tag\"}}";

    private PushCapture receiver;

    @Override
    protected SandboxBuilder configure(SandboxBuilder builder) {
        return builder.massSendProtection(true);
    }

    @BeforeEach
    void receivePushes() throws Exception {
        receiver = PushCapture.start(sandbox, TOKEN, null, EncryptMode.PLAIN);
    }

    @AfterEach
    void stopReceiver() throws InterruptedException {
        receiver.close();
    }

    private long sendToAll() {
        JsonNode accepted = client.call("/cgi-bin/message/mass/sendall", TO_ALL);
        assertOk(accepted);
        return accepted.get("msg_id").asLong();
    }

    private JsonNode massGet(long msgId) {
        return client.call("/cgi-bin/message/mass/get", "{\"msg_id\":" + msgId + "}");
    }

    private JsonNode admin(long msgId, String decision) {
        return client.post("/admin/protection/" + sandbox.appId() + "/" + msgId + "/" + decision, "");
    }

    private JobStatus pushedStatus() {
        assertThat(receiver.events()).hasSize(1);
        return ((MassSendJobFinished) receiver.events().get(0)).status();
    }

    @Test
    void sendToAll_answersAMsgId_thenWaits_andMassGetAnswers89504() {
        long msgId = sendToAll();
        sandbox.clock().advance(Duration.ofMinutes(29));

        assertError(massGet(msgId), 89504);
        JsonNode view = client.get("/admin/protection/" + sandbox.appId());
        assertThat(view.get("enabled").asBoolean()).isTrue();
        assertThat(view.get("waiting")).singleElement().satisfies(w -> {
            assertThat(w.get("msgId").asLong()).isEqualTo(msgId);
            assertThat(w.get("deadline").asText()).isEqualTo("2026-03-11T02:30:00Z");
        });
        assertThat(sandbox.admin().inbox(sandbox.appId(), followers.openId(0))).isEmpty();
        assertThat(receiver.events()).isEmpty();
    }

    @Test
    void speedSet_whileASendWaits_answers89504_andAfterTheDecisionWorks() {
        long msgId = sendToAll();

        assertError(client.call("/cgi-bin/message/mass/speed/set", "{\"speed\":3}"), 89504);
        admin(msgId, "reject");
        assertOk(client.call("/cgi-bin/message/mass/speed/set", "{\"speed\":3}"));
        assertThat(sandbox.account().speed()).isEqualTo(3);
    }

    @Test
    void confirm_deliversTheSendToEveryFollower() throws InterruptedException {
        long msgId = sendToAll();

        assertThat(admin(msgId, "confirm").get("waiting")).isEmpty();
        awaitIdle();

        assertThat(massGet(msgId).get("msg_status").asText()).isEqualTo("SEND_SUCCESS");
        assertThat(sandbox.admin().inbox(sandbox.appId(), followers.openId(followers.size() - 1))).hasSize(1);
        assertThat(pushedStatus()).isInstanceOf(JobStatus.SendSuccess.class);
    }

    @Test
    void reject_failsTheSend_pushedAsErr40001() throws InterruptedException {
        long msgId = sendToAll();

        admin(msgId, "reject");
        awaitIdle();

        assertThat(massGet(msgId).get("msg_status").asText()).isEqualTo("SEND_FAIL");
        assertThat(sandbox.admin().inbox(sandbox.appId(), followers.openId(0))).isEmpty();
        assertThat(pushedStatus()).isEqualTo(new JobStatus.Err(40001, "err(40001)"));
    }

    @Test
    void noDecisionWithin30Minutes_failsTheSend_pushedAsSendFail() throws InterruptedException {
        long msgId = sendToAll();

        sandbox.clock().advance(MassSendProtection.WINDOW);
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (sandbox.admin().job(sandbox.appId(), msgId).isEmpty() && System.nanoTime() < until) {
            Thread.sleep(5); // the ticker settles the deadline on its own thread
        }
        awaitIdle();

        assertThat(massGet(msgId).get("msg_status").asText()).isEqualTo("SEND_FAIL");
        assertThat(pushedStatus()).isInstanceOf(JobStatus.SendFail.class);
        assertThat(sandbox.admin().inbox(sandbox.appId(), followers.openId(0))).isEmpty();
        JsonNode late = admin(msgId, "confirm");
        assertThat(late.path("errcode").asInt()).isEqualTo(400);
        assertThat(late.path("errmsg").asText()).contains("msgId", "past its 30 minutes");
    }

    @Test
    void aSecondSendToAllWhileOneWaits_answers89501_butTagSendsGoOut() throws InterruptedException {
        sendToAll();

        assertError(client.call("/cgi-bin/message/mass/sendall",
                TO_ALL.replace("hi all", "hi again")), 89501);
        JsonNode byTag = client.call("/cgi-bin/message/mass/sendall", TO_TAG);
        assertThat(finished(byTag).status().name()).isEqualTo("SEND_SUCCESS");
    }

    @Test
    void switchedOffThroughTheAdminApi_sendsToAllGoOutAtOnce() throws InterruptedException {
        JsonNode view = client.post("/admin/protection/" + sandbox.appId(), "{\"enabled\":false}");
        assertThat(view.get("enabled").asBoolean()).isFalse();

        JsonNode accepted = client.call("/cgi-bin/message/mass/sendall", TO_ALL);

        assertThat(finished(accepted).status().name()).isEqualTo("SEND_SUCCESS");
        assertThat(client.post("/admin/protection/" + sandbox.appId(), "{\"enabled\":\"yes\"}").path("errcode").asInt())
                .isEqualTo(400);
    }
}

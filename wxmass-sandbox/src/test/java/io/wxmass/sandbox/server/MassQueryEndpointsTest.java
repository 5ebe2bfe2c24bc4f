package io.wxmass.sandbox.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.wxmass.sandbox.delivery.JobStatus;
import io.wxmass.sandbox.delivery.MassJob;
import io.wxmass.sandbox.embed.Sandbox;
import io.wxmass.sandbox.testing.Fixtures;
import io.wxmass.sandbox.testing.SandboxPerTest;
import io.wxmass.sandbox.testing.MediaUploads;
import io.wxmass.sandbox.testing.PlatformClient;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static io.wxmass.sandbox.testing.Errcode.assertError;
import static io.wxmass.sandbox.testing.Errcode.assertOk;
import static org.assertj.core.api.Assertions.assertThat;

/** mass/get, mass/delete and speed get/set (docs/platform.md §1.8-1.11, D2 and D10). */
class MassQueryEndpointsTest extends SandboxPerTest {
    private long sendNews(int tag, String... bodies) throws InterruptedException {
        String news = MediaUploads.news(client, bodies);
        JsonNode r = client.call("/cgi-bin/message/mass/sendall", "{\"filter\":{\"is_to_all\":false,\"tag_id\":" + tag
                + "},\"mpnews\":{\"media_id\":\"" + news + "\"},\"msgtype\":\"mpnews\",\"send_ignore_reprint\":0}");
        assertOk(r);
        assertThat(sandbox.admin().awaitIdle(Duration.ofSeconds(20))).isTrue();
        return r.get("msg_id").asLong();
    }

    private String status(long msgId) {
        return client.call("/cgi-bin/message/mass/get", "{\"msg_id\":" + msgId + "}").get("msg_status").asText();
    }

    @Test
    void get_unknownMsgId_40059() {
        assertError(client.call("/cgi-bin/message/mass/get", "{\"msg_id\":12345}"), 40059);
        assertError(client.call("/cgi-bin/message/mass/get", "{}"), 40059);
    }

    @Test
    void get_answersOnlyMsgIdAndStatus() throws InterruptedException {
        long msgId = sendNews(100, "a");
        JsonNode r = client.call("/cgi-bin/message/mass/get", "{\"msg_id\":" + msgId + "}");
        assertThat(r.get("msg_id").asLong()).isEqualTo(msgId);
        assertThat(r.get("msg_status").asText()).isEqualTo("SEND_SUCCESS");
        assertThat(r.size()).isEqualTo(2);
    }

    @Test
    void get_whileDeliveringAtSpeed_isSending_thenSuccessAfterTheClockMoves() throws InterruptedException {
        try (Sandbox slow = Fixtures.fixedSandbox().instant(false).followers(200_000).speed(4).start()) {
            PlatformClient c = PlatformClient.of(slow).login(slow);
            long msgId = c.call("/cgi-bin/message/mass/sendall",
                    "{\"filter\":{\"is_to_all\":true},\"text\":{\"content\":\"slow\"},\"msgtype\":\"text\"}").get("msg_id").asLong();
            assertThat(c.call("/cgi-bin/message/mass/get", "{\"msg_id\":" + msgId + "}").get("msg_status").asText())
                    .isEqualTo("SENDING");
            slow.clock().advance(Duration.ofMinutes(2)); // speed 4 = 100,000 a minute
            assertThat(slow.admin().awaitIdle(Duration.ofSeconds(20))).isTrue();
            assertThat(c.call("/cgi-bin/message/mass/get", "{\"msg_id\":" + msgId + "}").get("msg_status").asText())
                    .isEqualTo("SEND_SUCCESS");
        }
    }

    @Test
    void delete_sentMpnews_setsStatusDelete() throws InterruptedException {
        long msgId = sendNews(100, "a");
        assertOk(client.call("/cgi-bin/message/mass/delete", "{\"msg_id\":" + msgId + "}"));
        assertThat(status(msgId)).isEqualTo("DELETE");
        assertError(client.call("/cgi-bin/message/mass/delete", "{\"msg_id\":" + msgId + "}"), 40065);
    }

    @Test
    void delete_oneArticleOfTwo_keepsTheMessageUntilBothAreGone() throws InterruptedException {
        long msgId = sendNews(100, "a", "b");
        assertOk(client.call("/cgi-bin/message/mass/delete", "{\"msg_id\":\"" + msgId + "\",\"article_idx\":2}"));
        assertThat(status(msgId)).isEqualTo("SEND_SUCCESS");
        assertOk(client.call("/cgi-bin/message/mass/delete", "{\"msg_id\":" + msgId + ",\"article_idx\":1}"));
        assertThat(status(msgId)).isEqualTo("DELETE");
    }

    @Test
    void delete_articleIdxBeyondTheArticles_40060() throws InterruptedException {
        long msgId = sendNews(100, "a", "b");
        assertError(client.call("/cgi-bin/message/mass/delete", "{\"msg_id\":" + msgId + ",\"article_idx\":3}"), 40060);
    }

    @Test
    void delete_byArticleUrl_whenNoMsgId() throws InterruptedException {
        long msgId = sendNews(101, "a");
        MassJob job = sandbox.admin().job(sandbox.appId(), msgId).orElseThrow();
        assertOk(client.call("/cgi-bin/message/mass/delete", "{\"url\":\"" + job.articleUrls().get(0) + "\"}"));
        assertThat(job.status()).isEqualTo(JobStatus.DELETE);
    }

    @Test
    void delete_withoutMsgIdOrUrl_40059() {
        assertError(client.call("/cgi-bin/message/mass/delete", "{\"article_idx\":0}"), 40059);
    }

    @Test
    void delete_textMessage_40008() throws InterruptedException {
        JsonNode r = client.call("/cgi-bin/message/mass/sendall",
                "{\"filter\":{\"is_to_all\":true},\"text\":{\"content\":\"t\"},\"msgtype\":\"text\"}");
        assertThat(sandbox.admin().awaitIdle(Duration.ofSeconds(20))).isTrue();
        assertError(client.call("/cgi-bin/message/mass/delete", "{\"msg_id\":" + r.get("msg_id").asLong() + "}"), 40008);
    }

    @Test
    void delete_whileStillSending_40065() {
        try (Sandbox slow = Fixtures.fixedSandbox().instant(false).start()) {
            PlatformClient c = PlatformClient.of(slow).login(slow);
            String mpvideo = MediaUploads.mpvideo(c);
            long msgId = c.call("/cgi-bin/message/mass/sendall", "{\"filter\":{\"is_to_all\":true},\"mpvideo\":{\"media_id\":\""
                    + mpvideo + "\"},\"msgtype\":\"mpvideo\"}").get("msg_id").asLong();
            assertError(c.call("/cgi-bin/message/mass/delete", "{\"msg_id\":" + msgId + "}"), 40065);
        }
    }

    @Test
    void speed_getByPostAndGet_answersLevelAndRealSpeedFromTheTable() {
        int[] real = {80, 60, 45, 30, 10};
        for (int level = 0; level <= 4; level++) {
            JsonNode set = client.call("/cgi-bin/message/mass/speed/set", "{\"speed\":" + level + "}");
            assertThat(set.get("errcode").asInt()).isZero();
            JsonNode byPost = client.call("/cgi-bin/message/mass/speed/get", "{}");
            JsonNode byGet = client.callGet("/cgi-bin/message/mass/speed/get");
            assertThat(byPost.get("speed").asInt()).isEqualTo(level);
            assertThat(byPost.get("realspeed").asInt()).isEqualTo(real[level]);
            assertThat(byGet).isEqualTo(byPost);
        }
    }

    @Test
    void speed_setOutOfRange_45083_andMissing_45084() {
        assertError(client.call("/cgi-bin/message/mass/speed/set", "{\"speed\":5}"), 45083);
        assertError(client.call("/cgi-bin/message/mass/speed/set", "{\"speed\":-1}"), 45083);
        assertError(client.call("/cgi-bin/message/mass/speed/set", "{}"), 45084);
    }
}

package io.wxmass.sandbox.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.wxmass.sandbox.config.RuleSettings;
import io.wxmass.sandbox.delivery.MassJob;
import io.wxmass.sandbox.embed.Sandbox;
import io.wxmass.sandbox.testing.Fixtures;
import io.wxmass.sandbox.testing.SandboxPerTest;
import io.wxmass.sandbox.testing.MediaUploads;
import io.wxmass.sandbox.testing.PlatformClient;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static io.wxmass.sandbox.testing.Errcode.assertError;
import static io.wxmass.sandbox.testing.Errcode.assertOk;
import static org.assertj.core.api.Assertions.assertThat;

/** Payload validation (docs/platform.md §1.5, 1.6, 1.12, D3–D5, D16) and the client shapes the platform accepts. */
class MassPayloadTest extends SandboxPerTest {

    private String two() {
        return "\"" + followers.openId(0) + "\",\"" + followers.openId(1) + "\"";
    }

    private MassJob job(JsonNode accepted) {
        assertOk(accepted);
        return sandbox.admin().job(sandbox.appId(), accepted.get("msg_id").asLong()).orElseThrow();
    }

    @Test
    void send_withFewerThanTwoOpenIds_40130() {
        assertError(client.call("/cgi-bin/message/mass/send", "{\"touser\":[\"" + followers.openId(0)
                + "\"],\"text\":{\"content\":\"x\"},\"msgtype\":\"text\"}"), 40130);
    }

    @Test
    void send_withMoreThan10000OpenIds_40032() {
        String ids = IntStream.range(0, 10_001).mapToObj(i -> "\"o" + i + "\"").collect(Collectors.joining(","));
        assertError(client.call("/cgi-bin/message/mass/send", "{\"touser\":[" + ids
                + "],\"text\":{\"content\":\"x\"},\"msgtype\":\"text\"}"), 40032);
    }

    @Test
    void send_withAnOpenIdThatDoesNotFollow_40003() {
        assertError(client.call("/cgi-bin/message/mass/send", "{\"touser\":[\"" + followers.openId(0)
                + "\",\"oNotAFollowerOfThisAccount000\"],\"text\":{\"content\":\"x\"},\"msgtype\":\"text\"}"), 40003);
    }

    @Test
    void sendall_withUnknownTag_40152() {
        assertError(client.call("/cgi-bin/message/mass/sendall",
                "{\"filter\":{\"is_to_all\":false,\"tag_id\":999},\"text\":{\"content\":\"x\"},\"msgtype\":\"text\"}"), 40152);
    }

    @Test
    void sendall_withUnknownTagAndSystemErrorSwitch_minus1() {
        try (Sandbox other = Fixtures.fixedSandbox().rules(RuleSettings.defaults().withUnknownTagSystemError(true)).start()) {
            PlatformClient c = PlatformClient.of(other).login(other);
            assertError(c.call("/cgi-bin/message/mass/sendall",
                    "{\"filter\":{\"is_to_all\":false,\"tag_id\":999},\"text\":{\"content\":\"x\"},\"msgtype\":\"text\"}"), -1);
        }
    }

    @Test
    void sendall_withUnknownMediaId_40007() {
        assertError(client.call("/cgi-bin/message/mass/sendall",
                "{\"filter\":{\"is_to_all\":true},\"mpnews\":{\"media_id\":\"nope\"},\"msgtype\":\"mpnews\"}"), 40007);
    }

    @Test
    void sendall_withMediaOfTheWrongKind_40007() {
        String image = MediaUploads.image(client);
        assertError(client.call("/cgi-bin/message/mass/sendall",
                "{\"filter\":{\"is_to_all\":true},\"mpnews\":{\"media_id\":\"" + image + "\"},\"msgtype\":\"mpnews\"}"), 40007);
    }

    @Test
    void sendall_withUnknownMsgType_40008_butSend_45162() {
        assertError(client.call("/cgi-bin/message/mass/sendall", "{\"filter\":{\"is_to_all\":true},\"msgtype\":\"fax\"}"), 40008);
        assertError(client.call("/cgi-bin/message/mass/send", "{\"touser\":[" + two() + "],\"msgtype\":\"fax\"}"), 45162);
    }

    @Test
    void send_withEmptyBody_44002_andBrokenJson_47001() {
        assertError(client.call("/cgi-bin/message/mass/send", ""), 44002);
        assertError(client.call("/cgi-bin/message/mass/send", "{\"touser\":"), 47001);
    }

    @Test
    void mpnews_returnsMsgDataId_otherTypesDoNot() {
        String news = MediaUploads.news(client, "body one", "body two");
        JsonNode mpnews = client.call("/cgi-bin/message/mass/sendall",
                "{\"filter\":{\"is_to_all\":true},\"mpnews\":{\"media_id\":\"" + news + "\"},\"msgtype\":\"mpnews\",\"send_ignore_reprint\":0}");
        assertThat(mpnews.get("msg_data_id").asLong()).isPositive();
        assertThat(job(mpnews).articleCount()).isEqualTo(2);
        JsonNode text = client.call("/cgi-bin/message/mass/send", "{\"touser\":[" + two() + "],\"text\":{\"content\":\"t\"},\"msgtype\":\"text\"}");
        assertOk(text);
        assertThat(text.has("msg_data_id")).isFalse();
    }

    @Test
    void tolerant_legacyGroupId_isReadAsTagId() {
        MassJob job = job(client.call("/cgi-bin/message/mass/sendall",
                "{\"filter\":{\"is_to_all\":false,\"group_id\":\"102\"},\"text\":{\"content\":\"g\"},\"msgtype\":\"text\"}"));
        assertThat(job.totalCount()).isEqualTo(sandbox.account().tags().get(102).orElseThrow().count());
    }

    @Test
    void tolerant_singleImageAndImagesShapes_areBothAccepted() {
        String image = MediaUploads.image(client);
        assertOk(client.call("/cgi-bin/message/mass/send", "{\"touser\":[" + two() + "],\"image\":{\"media_id\":\""
                + image + "\"},\"msgtype\":\"image\"}"));
        String others = "\"" + followers.openId(2) + "\",\"" + followers.openId(3) + "\"";
        assertOk(client.call("/cgi-bin/message/mass/send", "{\"touser\":[" + others + "],\"images\":{\"media_ids\":[\""
                + image + "\"],\"recommend\":\"r\",\"need_open_comment\":1,\"only_fans_can_comment\":0},\"msgtype\":\"image\"}"));
    }

    @Test
    void tolerant_videoMsgTypeOnSend_isReadAsMpvideo() {
        String mpvideo = MediaUploads.mpvideo(client);
        MassJob job = job(client.call("/cgi-bin/message/mass/send", "{\"touser\":[" + two() + "],\"mpvideo\":{\"media_id\":\""
                + mpvideo + "\",\"title\":\"t\",\"description\":\"d\"},\"msgtype\":\"video\"}"));
        assertThat(job.msgType()).isEqualTo("mpvideo");
    }

    @Test
    void tolerant_filterObjectArrivingAtSend_sendsToTheTag() {
        MassJob job = job(client.call("/cgi-bin/message/mass/send",
                "{\"filter\":{\"is_to_all\":false,\"group_id\":101},\"text\":{\"content\":\"easy\"},\"msgtype\":\"text\"}"));
        assertThat(job.totalCount()).isEqualTo(sandbox.account().tags().get(101).orElseThrow().count());
    }

    @Test
    void tolerant_msgIdAsNumericString_isAcceptedByGet() {
        long msgId = client.call("/cgi-bin/message/mass/send", "{\"touser\":[" + two() + "],\"text\":{\"content\":\"s\"},\"msgtype\":\"text\"}")
                .get("msg_id").asLong();
        JsonNode status = client.call("/cgi-bin/message/mass/get", "{\"msg_id\":\"" + msgId + "\"}");
        assertThat(status.get("msg_id").asLong()).isEqualTo(msgId);
        assertThat(status.get("msg_status").asText()).isIn("SENDING", "SEND_SUCCESS");
    }

    @Test
    void temporaryMedia_afterThreeDays_40007() {
        String image = MediaUploads.image(client);
        sandbox.clock().advance(Duration.ofDays(3));
        client.login(sandbox);
        assertError(client.call("/cgi-bin/message/mass/send", "{\"touser\":[" + two() + "],\"images\":{\"media_ids\":[\""
                + image + "\"]},\"msgtype\":\"image\"}"), 40007);
    }

    @Test
    void draftMediaId_isGoodForOneSuccessfulSend() {
        String draft = MediaUploads.draft(client, "draft body");
        assertOk(client.call("/cgi-bin/message/mass/sendall", "{\"filter\":{\"is_to_all\":true},\"mpnews\":{\"media_id\":\""
                + draft + "\"},\"msgtype\":\"mpnews\",\"send_ignore_reprint\":0}"));
        assertError(client.call("/cgi-bin/message/mass/sendall", "{\"filter\":{\"is_to_all\":false,\"tag_id\":100},"
                + "\"mpnews\":{\"media_id\":\"" + draft + "\"},\"msgtype\":\"mpnews\"}"), 40007);
    }

    @Test
    void draftMediaId_withDraftReusableSwitch_servesASecondSend() {
        sandbox.close();
        sandbox = Fixtures.fixedSandbox().rules(RuleSettings.defaults().withDraftReusable(true)).start();
        client = PlatformClient.of(sandbox).login(sandbox);
        String draft = MediaUploads.draft(client, "draft body");
        String body = "{\"filter\":{\"is_to_all\":false,\"tag_id\":100},\"mpnews\":{\"media_id\":\"" + draft
                + "\"},\"msgtype\":\"mpnews\",\"clientmsgid\":\"";
        assertOk(client.call("/cgi-bin/message/mass/sendall", body + "first\"}"));
        assertOk(client.call("/cgi-bin/message/mass/sendall", body + "second\"}"));
    }
}

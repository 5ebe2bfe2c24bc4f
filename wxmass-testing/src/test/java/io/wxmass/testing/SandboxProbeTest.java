package io.wxmass.testing;

import io.wxmass.core.WxMass;
import io.wxmass.core.WxMassConfig;
import io.wxmass.core.callback.event.CallbackEvent;
import io.wxmass.core.callback.event.MassSendJobFinished;
import io.wxmass.core.mass.SendReceipt;
import io.wxmass.core.message.Audience;
import io.wxmass.core.message.MassMessage;
import io.wxmass.core.message.SendOptions;
import io.wxmass.sandbox.delivery.InboxEntry;
import io.wxmass.sandbox.delivery.JobStatus;
import io.wxmass.sandbox.delivery.MassJob;
import io.wxmass.sandbox.embed.Sandbox;
import io.wxmass.sandbox.platform.Tag;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The probe's awaits and reads against a real sandbox over HTTP, driven by wxmass-core's client. */
@WithSandbox(followers = 12)
class SandboxProbeTest {
    private static WxMass wx;
    private static Tag vip;

    @BeforeAll
    static void tagFollowers(Sandbox sandbox) {
        wx = WxMass.create(WxMassConfig.builder().baseUrl(sandbox.baseUrl()).appId(sandbox.appId())
                .appSecret(sandbox.appSecret()).clock(sandbox.clock()).build());
        vip = sandbox.admin().createTag(sandbox.appId(), "probe-vip");
        sandbox.admin().tag(sandbox.appId(), vip.id(), List.of(openId(sandbox, 0), openId(sandbox, 1), openId(sandbox, 2)));
    }

    @Test
    void awaitJobEnd_afterASendToATag_returnsTheFinishedJobAndEveryMemberReceivedIt(Sandbox sandbox, SandboxProbe probe) {
        SendReceipt receipt = wx.mass().send(MassMessage.text("for the tag"), Audience.tag(vip.id()), SendOptions.generated());

        MassJob job = probe.awaitJobEnd(receipt.msgId());

        assertThat(job.status()).isEqualTo(JobStatus.SEND_SUCCESS);
        assertThat(job.sentCount()).isEqualTo(3);
        probe.assertTagReceived(vip.id(), receipt.msgId());
        TagDelivery delivery = probe.tagReceived(vip.id());
        assertThat(delivery.members()).isEqualTo(3);
        assertThat(delivery.receivedJob(receipt.msgId())).isEqualTo(3);
        assertThat(delivery.byMsgType()).containsEntry("text", 3);
        InboxEntry newest = probe.awaitMessage(openId(sandbox, 1));
        assertThat(newest.msgType()).isEqualTo("text");
        assertThat(probe.inbox(openId(sandbox, 11))).extracting(InboxEntry::msgId).doesNotContain(receipt.msgId());
    }

    @Test
    void assertTagReceived_whenTheJobWentElsewhere_failsNamingTheCounts(Sandbox sandbox, SandboxProbe probe) {
        SendReceipt receipt = wx.mass().send(MassMessage.text("two only"),
                Audience.openIds(List.of(openId(sandbox, 0), openId(sandbox, 9))), SendOptions.generated());
        probe.awaitJobEnd(receipt.msgId());

        assertThatThrownBy(() -> probe.assertTagReceived(vip.id(), receipt.msgId()))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("expected all 3 member(s) to receive job " + receipt.msgId() + ", 1 did");
    }

    @Test
    void awaits_whenNothingArrives_failWithWhatWasSeen(Sandbox sandbox, SandboxProbe probe) {
        assertThatThrownBy(() -> probe.awaitJobEnd(4_242_424L, Duration.ZERO))
                .isInstanceOf(AssertionError.class).hasMessageContaining("job 4242424 to end: no such job");
        String quiet = openId(sandbox, 10);
        assertThatThrownBy(() -> probe.awaitMessages(quiet, 1, Duration.ZERO))
                .isInstanceOf(AssertionError.class).hasMessageContaining("1 message(s) for " + quiet + ": has 0");
        assertThatThrownBy(() -> probe.tagReceived(999_999))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tagId: no tag 999999");
    }

    @Test
    void lastPush_afterCapturePushes_isTheDecryptedMassSendJobFinishedOfTheSend(SandboxProbe probe) {
        probe.capturePushes();
        assertThat(probe.lastPush()).isEmpty();

        SendReceipt receipt = wx.mass().send(MassMessage.text("pushed"), Audience.tag(vip.id()), SendOptions.generated());
        CallbackEvent event = probe.awaitPush(1, SandboxProbe.DEFAULT_WAIT);

        assertThat(event).isInstanceOf(MassSendJobFinished.class);
        MassSendJobFinished finished = (MassSendJobFinished) event;
        assertThat(finished.msgId()).isEqualTo(receipt.msgId());
        assertThat(finished.sentCount()).isEqualTo(3);
        assertThat(probe.lastPush()).contains(event);
        assertThat(probe.capturePushes().receiver().received()).first()
                .satisfies(push -> assertThat(push.body()).contains("<Encrypt>").doesNotContain("MASSSENDJOBFINISH"));
    }

    private static String openId(Sandbox sandbox, int index) {
        return sandbox.account().followers().openId(index);
    }
}

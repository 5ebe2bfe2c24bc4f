package io.wxmass.testing.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import io.wxmass.core.WxMass;
import io.wxmass.core.mass.SendReceipt;
import io.wxmass.core.message.Audience;
import io.wxmass.core.message.MassMessage;
import io.wxmass.core.message.SendOptions;
import io.wxmass.sandbox.delivery.MassJob;
import io.wxmass.sandbox.embed.Sandbox;
import io.wxmass.testing.WithSandbox;
import io.wxmass.sandbox.faults.FaultPlan;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A send that fails on the way (system error, answer after the client gave up, answer cut off) or is simply
 * repeated is posted again only with the same clientmsgid, and the sandbox ends up with exactly one job whose
 * msg_id the receipt carries. The platform recovers while the SDK waits: the first wait heals the fault plan.
 */
@WithSandbox(followers = 10, fixedClock = Sdk.START)
class MassNoDoubleSendTest {
    private static final String SENDALL = "/cgi-bin/message/mass/sendall";
    private static final String SEND = "/cgi-bin/message/mass/send";

    private FaultPlan faults;
    private ClockSleeper sleeper;
    private int jobsBefore;

    @BeforeEach
    void freshMonth(Sandbox sandbox) {
        Sdk.startNextMonth(sandbox);
        faults = sandbox.admin().faults();
        sleeper = new ClockSleeper(sandbox.clock(), () -> faults.reset(0));
        jobsBefore = sandbox.admin().jobs(sandbox.appId()).size();
    }

    @AfterEach
    void healFaults() {
        faults.reset(0);
    }

    @Test
    void send_whenTheFirstAttemptAnswersSystemError_isRepostedAndMakesExactlyOneJob(Sandbox sandbox)
            throws InterruptedException {
        WxMass wx = Sdk.client(sandbox, sleeper);
        wx.tokens().current();
        faults.systemError(SENDALL, 1.0);
        long posts = sandbox.admin().requests(SENDALL);

        SendReceipt receipt = wx.mass().send(MassMessage.text("Doors open at nine"), Audience.allFollowers(),
                SendOptions.withClientMsgId("doors-0900"));

        assertThat(sandbox.admin().requests(SENDALL) - posts).isEqualTo(2);
        assertThat(receipt.duplicate()).as("the failed attempt never reached the platform's dedupe").isFalse();
        assertExactlyOneJobReachingEveryFollowerOnce(sandbox, receipt);
    }

    @Test
    void send_whenTheAnswerComesAfterTheClientTimeout_returnsTheOriginalJobAsADuplicate(Sandbox sandbox)
            throws InterruptedException {
        WxMass wx = WxMass.create(Sdk.config(sandbox, sleeper).requestTimeout(Duration.ofSeconds(2)).build());
        wx.tokens().current();
        // The sandbox accepts the job, then holds its answer well past the client's timeout.
        faults.delay(SENDALL, 1.0, Duration.ofSeconds(6));
        long posts = sandbox.admin().requests(SENDALL);

        SendReceipt receipt = wx.mass().send(MassMessage.text("Late answer"), Audience.allFollowers(),
                SendOptions.withClientMsgId("late-answer"));

        // timed out → re-post too soon (45066) → wait out the minute → re-post (45065 with the job's msg_id)
        assertThat(sandbox.admin().requests(SENDALL) - posts).isEqualTo(3);
        assertThat(receipt.duplicate()).isTrue();
        assertThat(receipt.clientMsgId()).isEqualTo("late-answer");
        assertExactlyOneJobReachingEveryFollowerOnce(sandbox, receipt);
    }

    @Test
    void send_whenTheAnswerIsCutMidway_returnsTheOriginalJobAsADuplicate(Sandbox sandbox) throws InterruptedException {
        WxMass wx = Sdk.client(sandbox, sleeper);
        wx.tokens().current();
        faults.cut(SEND, 1.0);
        long posts = sandbox.admin().requests(SEND);

        SendReceipt receipt = wx.mass().send(MassMessage.text("Cut off"),
                Audience.openIds(List.of(Sdk.openId(sandbox, 0), Sdk.openId(sandbox, 1))),
                SendOptions.withClientMsgId("cut-off"));

        assertThat(sandbox.admin().requests(SEND) - posts).isEqualTo(3);
        assertThat(receipt.duplicate()).isTrue();
        List<Long> created = newJobs(sandbox);
        assertThat(created).containsExactly(receipt.msgId());
        Sdk.awaitIdle(sandbox);
        assertThat(Sdk.copiesOf(sandbox, Sdk.openId(sandbox, 0), receipt.msgId())).hasSize(1);
        assertThat(Sdk.copiesOf(sandbox, Sdk.openId(sandbox, 1), receipt.msgId())).hasSize(1);
        assertThat(Sdk.copiesOf(sandbox, Sdk.openId(sandbox, 2), receipt.msgId())).isEmpty();
    }

    @Test
    void send_whenClientMsgIdIsReusedAfterAMinute_returnsTheExistingMsgIdAsADuplicate(Sandbox sandbox)
            throws InterruptedException {
        WxMass wx = Sdk.client(sandbox, sleeper);
        SendReceipt first = toAll(wx, "weekly-2026-14");
        sandbox.clock().advance(Duration.ofMinutes(5));

        SendReceipt again = toAll(wx, "weekly-2026-14");

        assertThat(first.duplicate()).isFalse();
        assertThat(again.duplicate()).isTrue();
        assertThat(again.msgId()).isEqualTo(first.msgId());
        assertThat(sleeper.waits()).as("nothing to wait for").isEmpty();
        assertExactlyOneJobReachingEveryFollowerOnce(sandbox, first);
    }

    @Test
    void send_whenClientMsgIdIsReusedWithinAMinute_waitsOutTheWindowThenReturnsTheExistingMsgId(Sandbox sandbox)
            throws InterruptedException {
        SendReceipt first = toAll(Sdk.client(sandbox, sleeper), "flash-sale");
        long posts = sandbox.admin().requests(SENDALL);

        SendReceipt again = toAll(Sdk.client(sandbox, sleeper), "flash-sale");

        assertThat(sandbox.admin().requests(SENDALL) - posts).as("45066, then 45065").isEqualTo(2);
        assertThat(sleeper.waits()).as("one wait of the platform's minute, plus a second of skew")
                .containsExactly(Duration.ofSeconds(61));
        assertThat(again.duplicate()).isTrue();
        assertThat(again.msgId()).isEqualTo(first.msgId());
        assertExactlyOneJobReachingEveryFollowerOnce(sandbox, first);
    }

    /** The same text to all followers under {@code clientMsgId}: what a caller retrying one intended send does. */
    private static SendReceipt toAll(WxMass wx, String clientMsgId) {
        return wx.mass().send(MassMessage.text("News of " + clientMsgId), Audience.allFollowers(),
                SendOptions.withClientMsgId(clientMsgId));
    }

    private void assertExactlyOneJobReachingEveryFollowerOnce(Sandbox sandbox, SendReceipt receipt)
            throws InterruptedException {
        assertThat(newJobs(sandbox)).containsExactly(receipt.msgId());
        Sdk.awaitIdle(sandbox);
        for (int i = 0; i < 10; i++) {
            assertThat(Sdk.copiesOf(sandbox, Sdk.openId(sandbox, i), receipt.msgId()))
                    .as("copies in the inbox of follower %d", i).hasSize(1);
        }
    }

    private List<Long> newJobs(Sandbox sandbox) {
        List<Long> all = sandbox.admin().jobs(sandbox.appId()).stream().map(MassJob::msgId).toList();
        return all.subList(jobsBefore, all.size());
    }
}

package io.wxmass.testing.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import io.wxmass.core.WxMass;
import io.wxmass.core.callback.CallbackHandler;
import io.wxmass.core.callback.event.ArticleUrl;
import io.wxmass.core.callback.event.CallbackEvent;
import io.wxmass.core.callback.event.JobStatus;
import io.wxmass.core.callback.event.MassSendJobFinished;
import io.wxmass.core.mass.SendReceipt;
import io.wxmass.core.message.Audience;
import io.wxmass.core.message.MassMessage;
import io.wxmass.core.message.SendOptions;
import io.wxmass.sandbox.delivery.MassJob;
import io.wxmass.sandbox.embed.Sandbox;
import io.wxmass.sandbox.push.PushAttempt;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A send through the SDK, its MASSSENDJOBFINISH pushed by the sandbox in safe mode to a small application
 * that mounts core's {@link CallbackHandler}: verified, decrypted and read into the typed event.
 */
class CallbackRoundTripTest {
    private static final String APP_ID = "wx5a1d2b0c3e4f5a6b";
    private static final int FOLLOWERS = 12;

    private static final List<CallbackEvent> events = new CopyOnWriteArrayList<>();
    private static SafeModeApp pushes;
    private static Sandbox sandbox;
    private WxMass wx;

    @BeforeAll
    static void start() throws Exception {
        pushes = SafeModeApp.start(APP_ID, "wxmassSdkRoundTrip", FOLLOWERS, handler -> handler.listener(events::add));
        sandbox = pushes.sandbox;
    }

    @AfterAll
    static void stop() throws InterruptedException {
        pushes.close();
    }

    @BeforeEach
    void client() {
        Sdk.startNextMonth(sandbox);
        wx = Sdk.client(sandbox);
    }

    @Test
    void push_ofATextSend_isDecryptedIntoAMassSendJobFinishedEqualToTheJob() throws InterruptedException {
        SendReceipt receipt = wx.mass().send(MassMessage.text("Round trip"), Audience.allFollowers(),
                SendOptions.generated());
        Sdk.awaitIdle(sandbox);

        MassJob job = sandbox.admin().job(APP_ID, receipt.msgId()).orElseThrow();
        MassSendJobFinished event = eventOf(receipt.msgId());
        assertThat(event.status()).isInstanceOf(JobStatus.SendSuccess.class);
        assertThat(event.totalCount()).isEqualTo(job.totalCount()).isEqualTo(FOLLOWERS);
        assertThat(event.filterCount()).isEqualTo(job.filterCount());
        assertThat(event.sentCount()).isEqualTo(job.sentCount());
        assertThat(event.errorCount()).isEqualTo(job.errorCount());
        assertThat(event.header().toUserName()).isEqualTo(sandbox.account().originalId());
        assertThat(event.header().msgType()).isEqualTo("event");
        assertThat(sandbox.admin().pushAttempts(APP_ID)).filteredOn(a -> a.msgId() == receipt.msgId())
                .singleElement().satisfies(a -> {
                    assertThat(a.accepted()).isTrue();
                    assertThat(a.replyBody()).isEqualTo("success");
                });
    }

    @Test
    void push_ofAnMpnewsSend_carriesTheJobsArticleUrls() throws InterruptedException {
        String draft = wx.media().addDraft(Sdk.articles(Sdk.thumb(wx), 2));
        SendReceipt receipt = wx.mass().send(MassMessage.mpNews(draft), Audience.tag(earlyBirds()), SendOptions.generated());
        Sdk.awaitIdle(sandbox);

        MassJob job = sandbox.admin().job(APP_ID, receipt.msgId()).orElseThrow();
        MassSendJobFinished event = eventOf(receipt.msgId());
        assertThat(job.articleUrls()).hasSize(2);
        assertThat(event.articleUrls()).extracting(ArticleUrl::articleUrl).containsExactlyElementsOf(job.articleUrls());
        assertThat(event.articleUrls()).extracting(ArticleUrl::articleIdx).containsExactly(1, 2);
        assertThat(event.totalCount()).isEqualTo(job.totalCount()).isEqualTo(FOLLOWERS / 2);
    }

    @Test
    void push_signedWithAnotherToken_isRefusedAndReachesNoListener() throws InterruptedException {
        SendReceipt receipt = pushes.signedWithAnotherToken(() -> {
            SendReceipt sent = wx.mass().send(MassMessage.text("Forged?"), Audience.tag(earlyBirds()), SendOptions.generated());
            Sdk.awaitIdle(sandbox);
            return sent;
        });

        List<PushAttempt> attempts = sandbox.admin().pushAttempts(APP_ID).stream()
                .filter(a -> a.msgId() == receipt.msgId()).toList();
        assertThat(attempts).hasSize(3).allSatisfy(a -> assertThat(a.httpStatus()).isEqualTo(403));
        assertThat(events).noneMatch(e -> e instanceof MassSendJobFinished f && f.msgId() == receipt.msgId());
    }

    private long earlyBirds() {
        return wx.audience().tags().stream().filter(t -> t.name().equals("早鸟")).findFirst().orElseThrow().id();
    }

    private static MassSendJobFinished eventOf(long msgId) {
        List<MassSendJobFinished> pushed = events.stream().filter(MassSendJobFinished.class::isInstance)
                .map(MassSendJobFinished.class::cast).filter(e -> e.msgId() == msgId).toList();
        assertThat(pushed).as("MASSSENDJOBFINISH events for job %d", msgId).hasSize(1);
        return pushed.get(0);
    }
}

package io.wxmass.sandbox.push;

import static org.assertj.core.api.Assertions.assertThat;

import io.wxmass.core.callback.AesKey;
import io.wxmass.core.callback.CallbackHandler;
import io.wxmass.core.callback.event.ArticleUrl;
import io.wxmass.core.callback.event.CallbackEvent;
import io.wxmass.core.callback.event.JobStatus;
import io.wxmass.core.callback.event.MassSendJobFinished;
import io.wxmass.sandbox.clock.SandboxClock;
import io.wxmass.sandbox.delivery.CallbackTarget;
import io.wxmass.sandbox.delivery.CopyrightItem;
import io.wxmass.sandbox.delivery.DeliveryEngine;
import io.wxmass.sandbox.delivery.EncryptMode;
import io.wxmass.sandbox.delivery.JobSpec;
import io.wxmass.sandbox.delivery.MassJob;
import io.wxmass.sandbox.delivery.Recipients;
import io.wxmass.sandbox.delivery.Verdict;
import io.wxmass.sandbox.faults.FaultPlan;
import io.wxmass.sandbox.platform.Followers;
import io.wxmass.sandbox.receiver.CallbackReceiver;
import io.wxmass.sandbox.receiver.CallbackReceiver.Reply;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The sandbox's pushes, over real HTTP, into wxmass-core's own CallbackHandler. */
class CoreCallbackHandlerAcceptsPushTest {
    static final String APP = PushServiceTest.APP;
    static final String TOKEN = PushServiceTest.TOKEN;
    static final String KEY = PushServiceTest.KEY;

    private final SandboxClock clock = SandboxClock.fixed(Instant.parse("2026-03-10T08:00:00Z"));
    private final Followers followers = Followers.of(APP, 10);
    private final List<CallbackEvent> events = new CopyOnWriteArrayList<>();
    private final PushService push = new PushService(clock, HttpClient.newHttpClient(), FaultPlan.none());
    private final DeliveryEngine engine = new DeliveryEngine(clock, push, null);
    private CallbackReceiver receiver;

    @AfterEach
    void stop() throws InterruptedException {
        engine.close();
        push.close();
        receiver.close();
    }

    @ParameterizedTest
    @EnumSource(EncryptMode.class)
    void push_inEveryMode_isAcceptedAndReadByCore(EncryptMode mode) throws Exception {
        CallbackHandler handler = handler(mode == EncryptMode.SAFE);
        receiver = CallbackReceiver.start(CallbackReceiver.handledBy(handler));
        for (int n = 0; n < Followers.MONTHLY_CAP; n++) {
            followers.tryReceive(9, YearMonth.now(clock));
        }

        MassJob job = engine.submit(new JobSpec(77, APP, followers, Recipients.all(10), "mpnews", true, 2, 0, true,
                new Verdict(null, 2, List.of(new CopyrightItem(1, 2, 11, "http://mp.weixin.qq.com/s/o", 2, 1, 0, 1))),
                new CallbackTarget(receiver.url(), TOKEN, KEY, mode, APP, "gh_sandbox")));
        engine.deliverDue();

        assertThat(engine.awaitIdle(Duration.ofSeconds(20))).isTrue();
        assertThat(push.attempts(APP)).singleElement().satisfies(a -> assertThat(a.accepted()).isTrue());
        MassSendJobFinished event = (MassSendJobFinished) events.get(0);
        assertThat(events).hasSize(1);
        assertThat(event.msgId()).isEqualTo(77);
        assertThat(event.status()).isInstanceOf(JobStatus.SendSuccess.class);
        assertThat(event.totalCount()).isEqualTo(10);
        assertThat(event.filterCount()).isEqualTo(9);
        assertThat(event.sentCount()).isEqualTo(9);
        assertThat(event.errorCount()).isZero();
        assertThat(event.copyrightCheck().count()).isEqualTo(1);
        assertThat(event.copyrightCheck().checkStateCode()).hasValue(2);
        assertThat(event.articleUrls()).extracting(ArticleUrl::articleUrl).containsExactlyElementsOf(job.articleUrls());
    }

    @Test
    void push_retriedAfterAFailure_isSignedAfreshAndPassesCoresReplayGuard() throws Exception {
        CallbackHandler handler = handler(true);
        receiver = CallbackReceiver.start(CallbackReceiver.handledBy(handler), Reply.status(502, "bad gateway"));

        engine.submit(new JobSpec(78, APP, followers, Recipients.all(10), "text", true, 0, 0, true,
                Verdict.refused(20002, 1, List.of()),
                new CallbackTarget(receiver.url(), TOKEN, KEY, EncryptMode.SAFE, APP, "gh_sandbox")));
        engine.deliverDue();

        assertThat(engine.awaitIdle(Duration.ofSeconds(20))).isTrue();
        assertThat(push.attempts(APP)).extracting(PushAttempt::httpStatus).containsExactly(502, 200);
        assertThat(((MassSendJobFinished) events.get(0)).status()).isEqualTo(new JobStatus.Err(20002, "err(20002)"));
    }

    private CallbackHandler handler(boolean requireEncryption) {
        return CallbackHandler.builder().token(TOKEN).appId(APP).aesKey(AesKey.fromEncodingAesKey(KEY))
                .requireEncryption(requireEncryption).clock(clock).listener(events::add).build();
    }
}

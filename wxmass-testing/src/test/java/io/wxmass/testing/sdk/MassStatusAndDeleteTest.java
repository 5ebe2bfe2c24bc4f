package io.wxmass.testing.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wxmass.core.WxMass;
import io.wxmass.core.error.InvalidRequestException;
import io.wxmass.core.error.WeChatApiException;
import io.wxmass.core.mass.MassStatus;
import io.wxmass.core.mass.SendReceipt;
import io.wxmass.core.mass.StatusReport;
import io.wxmass.core.message.Audience;
import io.wxmass.core.message.MassMessage;
import io.wxmass.core.message.SendOptions;
import io.wxmass.sandbox.clock.SandboxClock;
import io.wxmass.sandbox.embed.Sandbox;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * /mass/get and /mass/delete through the SDK. Delivery here is paced by the sandbox clock (not instant), so a
 * job stays SENDING until a test moves time on.
 */
class MassStatusAndDeleteTest {
    private static final String DELETE = "/cgi-bin/message/mass/delete";
    private static final String GET = "/cgi-bin/message/mass/get";
    private static Sandbox sandbox;
    private WxMass wx;

    @BeforeAll
    static void start() {
        sandbox = Sandbox.builder().clock(SandboxClock.fixed(Instant.parse(Sdk.START))).instant(false).followers(10)
                .start();
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @BeforeEach
    void freshMonth() {
        Sdk.startNextMonth(sandbox);
        wx = Sdk.client(sandbox);
    }

    @Test
    void status_ofANewSend_isSendingUntilDelivered_thenSendSuccess() throws InterruptedException {
        SendReceipt receipt = wx.mass().send(MassMessage.text("Paced"), Audience.allFollowers(), SendOptions.generated());

        StatusReport sending = wx.mass().status(receipt.msgId());
        deliverEverything();
        StatusReport done = wx.mass().status(receipt.msgId());

        assertThat(sending.msgId()).isEqualTo(receipt.msgId());
        assertThat(sending.status()).isEqualTo(MassStatus.SENDING);
        assertThat(done.status()).isEqualTo(MassStatus.SEND_SUCCESS);
        assertThat(done.rawStatus()).isEqualTo("SEND_SUCCESS");
    }

    @Test
    void delete_ofASentMpnews_turnsItsStatusToDelete() throws InterruptedException {
        SendReceipt receipt = sentMpnews(1);

        wx.mass().delete(receipt.msgId());

        assertThat(wx.mass().status(receipt.msgId()).status()).isEqualTo(MassStatus.DELETE);
    }

    @Test
    void delete_ofOneArticleOfTwo_keepsTheJobUntilTheLastArticleIsDeleted() throws InterruptedException {
        SendReceipt receipt = sentMpnews(2);

        wx.mass().delete(receipt.msgId(), 1);
        MassStatus afterFirst = wx.mass().status(receipt.msgId()).status();
        wx.mass().delete(receipt.msgId(), 2);

        assertThat(afterFirst).isEqualTo(MassStatus.SEND_SUCCESS);
        assertThat(wx.mass().status(receipt.msgId()).status()).isEqualTo(MassStatus.DELETE);
    }

    @Test
    void deleteByUrl_ofASentArticle_deletesItsJob() throws InterruptedException {
        SendReceipt receipt = sentMpnews(1);
        List<String> urls = sandbox.admin().job(sandbox.appId(), receipt.msgId()).orElseThrow().articleUrls();
        assertThat(urls).hasSize(1);

        wx.mass().deleteByUrl(urls.get(0));

        assertThat(wx.mass().status(receipt.msgId()).status()).isEqualTo(MassStatus.DELETE);
    }

    @Test
    void delete_ofAJobStillSending_throws40065AndLeavesItSending() {
        SendReceipt receipt = wx.mass().send(MassMessage.mpNews(wx.media().addDraft(Sdk.articles(Sdk.thumb(wx), 1))),
                Audience.allFollowers(), SendOptions.generated());

        assertThatThrownBy(() -> wx.mass().delete(receipt.msgId()))
                .isInstanceOfSatisfying(WeChatApiException.class, e -> {
                    assertThat(e.errcode()).isEqualTo(40065);
                    assertThat(e.endpoint()).isEqualTo(DELETE);
                });
        assertThat(wx.mass().status(receipt.msgId()).status()).isEqualTo(MassStatus.SENDING);
    }

    @Test
    void delete_withANegativeArticleIndex_isRefusedBeforeAnyRequest() {
        long deletes = sandbox.admin().requests(DELETE);

        assertThatThrownBy(() -> wx.mass().delete(1_000_000_001L, -1))
                .isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.field()).isEqualTo("article_idx"));
        assertThat(sandbox.admin().requests(DELETE)).isEqualTo(deletes);
    }

    @Test
    void status_ofAnUnknownMsgId_throws40059() {
        assertThatThrownBy(() -> wx.mass().status(42L))
                .isInstanceOfSatisfying(WeChatApiException.class, e -> {
                    assertThat(e.errcode()).isEqualTo(40059);
                    assertThat(e.endpoint()).isEqualTo("/cgi-bin/message/mass/get");
                });
    }

    @Test
    void status_polledBySixteenThreadsWhileDeleted_neverAnswersACallStartedAfterTheDeleteWithTheOldStatus()
            throws Exception {
        SendReceipt receipt = sentMpnews(1);
        // The sandbox reads the job, then holds each answer 300 ms: a read in flight carries the state of when it
        // started, so a call that joined one started before the delete would see SEND_SUCCESS.
        sandbox.admin().faults().delay(GET, 1.0, Duration.ofMillis(300));
        long gets = sandbox.admin().requests(GET);
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong deletedAt = new AtomicLong(Long.MAX_VALUE);
        List<String> stale = new CopyOnWriteArrayList<>();
        AtomicInteger calls = new AtomicInteger();
        ExecutorService pollers = Executors.newFixedThreadPool(16);
        MassStatus right;
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int t = 0; t < 16; t++) {
                running.add(pollers.submit(() -> {
                    while (!stop.get()) {
                        long started = System.nanoTime();
                        MassStatus seen = wx.mass().status(receipt.msgId()).status();
                        calls.incrementAndGet();
                        if (started > deletedAt.get() && seen != MassStatus.DELETE) {
                            stale.add(seen + " for a call started " + (started - deletedAt.get()) + " ns after the delete");
                        }
                    }
                    return null;
                }));
            }
            while (calls.get() < 32) {
                Thread.sleep(1);
            }
            wx.mass().delete(receipt.msgId());
            deletedAt.set(System.nanoTime());
            // The pollers' reads run back to back, 300 ms each, so this call almost surely finds one in flight
            // that started before the delete; it must not take that read's answer.
            right = wx.mass().status(receipt.msgId()).status();
            int before = calls.get();
            while (calls.get() < before + 32) {
                Thread.sleep(1);
            }
            stop.set(true);
            for (Future<?> f : running) {
                f.get();
            }
        } finally {
            pollers.shutdownNow();
            sandbox.admin().faults().reset(sandbox.admin().faults().seed());
        }

        assertThat(right).isEqualTo(MassStatus.DELETE);
        assertThat(stale).isEmpty();
        // Sixteen threads on one job overlap all the time: they share requests, each started after its callers.
        assertThat(sandbox.admin().requests(GET) - gets).isLessThan(calls.get());
    }

    /** An mpnews from a draft of {@code articles} articles, sent to all followers and fully delivered. */
    private SendReceipt sentMpnews(int articles) throws InterruptedException {
        String draft = wx.media().addDraft(Sdk.articles(Sdk.thumb(wx), articles));
        SendReceipt receipt = wx.mass().send(MassMessage.mpNews(draft), Audience.allFollowers(), SendOptions.generated());
        deliverEverything();
        assertThat(wx.mass().status(receipt.msgId()).status()).isEqualTo(MassStatus.SEND_SUCCESS);
        return receipt;
    }

    /** A minute of sandbox time delivers far more than ten followers at any speed. */
    private static void deliverEverything() throws InterruptedException {
        sandbox.clock().advance(Duration.ofMinutes(1));
        Sdk.awaitIdle(sandbox);
    }
}

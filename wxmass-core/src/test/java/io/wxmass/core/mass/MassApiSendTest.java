package io.wxmass.core.mass;

import static io.wxmass.core.mass.WireFixtures.json;
import static io.wxmass.core.mass.WireFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wxmass.core.error.InvalidRequestException;
import io.wxmass.core.error.WeChatApiException;
import io.wxmass.core.message.Audience;
import io.wxmass.core.message.MassMessage;
import io.wxmass.core.message.SendOptions;
import io.wxmass.core.testing.ManualClock;
import io.wxmass.core.testing.ScriptedPlatform;
import io.wxmass.core.testing.ScriptedPlatform.Recorded;
import io.wxmass.core.testing.ScriptedPlatform.Reply;
import io.wxmass.core.testing.TestSecrets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Sends through the real transport to a scripted platform over HTTP: routing, receipts and the no-double-send rules. */
class MassApiSendTest {
    private static final String SENDALL = "/cgi-bin/message/mass/sendall";
    private static final String SEND = "/cgi-bin/message/mass/send";
    private static final MassMessage NEWS = MassMessage.mpNews("123dsdajkasd231jhksad");

    private final ScriptedAccount account = ScriptedAccount.start();
    private final ScriptedPlatform platform = account.platform();
    private final ManualClock clock = account.clock();
    private final MassApi mass = account.mass();

    @AfterEach
    void stop() {
        account.close();
    }

    @Test
    void send_toTag_postsSpecBodyToSendall_andReturnsTheJob() {
        platform.always(SENDALL, Reply.json(text("mass/answer-sendall.json")));

        SendReceipt receipt = mass.send(NEWS, Audience.tag(2), SendOptions.withClientMsgId("send_tag_2"));

        assertThat(receipt).isEqualTo(new SendReceipt(34182, OptionalLong.of(206227730), "send_tag_2", false));
        Recorded request = platform.requests(SENDALL).get(0);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.query()).containsEntry("access_token", TestSecrets.ACCESS_TOKEN);
        assertThat(request.json()).isEqualTo(json("mass/sendall-mpnews-tag.json"));
        assertThat(platform.count(SEND)).isZero();
    }

    @Test
    void send_toAllFollowers_postsIsToAllTrueToSendall() {
        platform.always(SENDALL, Reply.json(text("mass/answer-sendall.json")));

        mass.send(NEWS, Audience.allFollowers(), SendOptions.withClientMsgId("send_all_1").ignoreReprint(true));

        assertThat(platform.requests(SENDALL).get(0).json()).isEqualTo(json("mass/sendall-mpnews-all.json"));
    }

    @Test
    void send_toOpenIds_postsTouserArrayToSend() {
        platform.always(SEND, Reply.json(text("mass/answer-send-text.json")));

        SendReceipt receipt = mass.send(MassMessage.text("CONTENT"), Audience.openIds(List.of("OPENID1", "OPENID2", "OPENID1")),
                SendOptions.withClientMsgId("send_ids_1"));

        assertThat(receipt.msgId()).isEqualTo(1000000001L);
        assertThat(receipt.msgDataId()).isEmpty();
        assertThat(platform.requests(SEND).get(0).json()).isEqualTo(json("mass/send-text-openids.json"));
        assertThat(platform.count(SENDALL)).isZero();
    }

    @Test
    void send_ofChineseText_postsRawUtf8WithoutUnicodeEscapes() {
        platform.always(SENDALL, Reply.json(text("mass/answer-send-text.json")));

        mass.send(MassMessage.text("春季新品上市 🌸"), Audience.tag(2), SendOptions.withClientMsgId("cn-1"));

        String body = platform.requests(SENDALL).get(0).bodyText();
        assertThat(body).contains("\"content\":\"春季新品上市 🌸\"").doesNotContain("\\u");
    }

    @Test
    void send_withGeneratedOptions_carriesTheGeneratedClientMsgId() {
        platform.always(SENDALL, Reply.json(text("mass/answer-sendall.json")));
        SendOptions options = SendOptions.generated();

        SendReceipt receipt = mass.send(NEWS, Audience.tag(2), options);

        assertThat(receipt.clientMsgId()).isEqualTo(options.clientMsgId());
        assertThat(platform.requests(SENDALL).get(0).json().path("clientmsgid").asText()).isEqualTo(options.clientMsgId());
    }

    @Test
    void send_whenClientMsgIdReused_returnsExistingMsgIdAsDuplicate() {
        platform.always(SENDALL, Reply.json(text("mass/error-45065.json")));

        SendReceipt receipt = mass.send(NEWS, Audience.tag(2), SendOptions.withClientMsgId("send_tag_2"));

        assertThat(receipt).isEqualTo(new SendReceipt(34182, OptionalLong.empty(), "send_tag_2", true));
        assertThat(platform.count(SENDALL)).isEqualTo(1);
    }

    @Test
    void send_whenAnswerLostWithSystemErrorThen45065_createsExactlyOneJobAndReturnsItsMsgId() {
        JobsByClientMsgId jobs = new JobsByClientMsgId(Reply.json(text("mass/error-system.json")));
        platform.always(SENDALL, jobs::answer);

        SendReceipt receipt = mass.send(NEWS, Audience.tag(2), SendOptions.withClientMsgId("batch-42"));

        assertThat(jobs.created()).isEqualTo(1);
        assertThat(receipt.msgId()).isEqualTo(jobs.msgIdOf("batch-42"));
        assertThat(receipt.duplicate()).isTrue();
        assertSameBodyPostedTwice(SENDALL);
    }

    @Test
    void send_whenConnectionResetAfterJobCreatedThen45065_createsExactlyOneJobAndReturnsItsMsgId() {
        JobsByClientMsgId jobs = new JobsByClientMsgId(Reply.drop());
        platform.always(SEND, jobs::answer);

        SendReceipt receipt = mass.send(NEWS, Audience.openIds(List.of("o1", "o2")), SendOptions.withClientMsgId("batch-43"));

        assertThat(jobs.created()).isEqualTo(1);
        assertThat(receipt.msgId()).isEqualTo(jobs.msgIdOf("batch-43"));
        assertThat(receipt.duplicate()).isTrue();
        assertSameBodyPostedTwice(SEND);
    }

    @Test
    void send_when45066_waitsOutTheMinuteThenRepostsTheSameClientMsgId() {
        platform.enqueue(SENDALL, Reply.json(text("mass/error-45066.json")));
        platform.always(SENDALL, Reply.json(text("mass/answer-sendall.json")));

        SendReceipt receipt = mass.send(NEWS, Audience.tag(2), SendOptions.withClientMsgId("send_tag_2"));

        assertThat(receipt.msgId()).isEqualTo(34182);
        assertThat(receipt.duplicate()).isFalse();
        assertThat(clock.sleeps()).containsExactly(Duration.ofSeconds(61));
        assertSameBodyPostedTwice(SENDALL);
    }

    @Test
    void send_when45066Persists_givesUpAfterBoundedWaitsWithThatError() {
        platform.always(SENDALL, Reply.json(text("mass/error-45066.json")));

        assertThatThrownBy(() -> mass.send(NEWS, Audience.tag(2), SendOptions.withClientMsgId("send_tag_2")))
                .isInstanceOfSatisfying(WeChatApiException.class, e -> {
                    assertThat(e.errcode()).isEqualTo(45066);
                    assertThat(e.clientMsgId()).contains("send_tag_2");
                });
        assertThat(platform.count(SENDALL)).isEqualTo(1 + MassApi.MAX_TOO_FAST_WAITS);
        assertThat(clock.sleeps()).hasSize(MassApi.MAX_TOO_FAST_WAITS).allMatch(d -> d.equals(Duration.ofSeconds(61)));
    }

    @Test
    void send_whenInterruptedWhileWaitingOut45066_givesUpWith45066AndKeepsTheInterrupt() {
        platform.always(SENDALL, Reply.json(text("mass/error-45066.json")));
        MassApi interrupted = new MassApi(account.transport(), clock, duration -> {
            throw new InterruptedException("stop");
        });

        try {
            assertThatThrownBy(() -> interrupted.send(NEWS, Audience.tag(2), SendOptions.withClientMsgId("send_tag_2")))
                    .isInstanceOfSatisfying(WeChatApiException.class, e -> assertThat(e.errcode()).isEqualTo(45066));
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
        assertThat(platform.count(SENDALL)).isEqualTo(1);
    }

    @Test
    void send_when45065CarriesNoMsgId_isAnErrorRatherThanAReceiptWithoutJob() {
        platform.always(SENDALL, Reply.error(45065, "clientmsgid exist"));

        assertThatThrownBy(() -> mass.send(NEWS, Audience.tag(2), SendOptions.withClientMsgId("send_tag_2")))
                .isInstanceOfSatisfying(WeChatApiException.class, e -> assertThat(e.errcode()).isEqualTo(45065));
        assertThat(platform.count(SENDALL)).isEqualTo(1);
    }

    @Test
    void send_toUnknownTag_failsNamingTheTag_andKeepsErrcodeAndErrmsg() {
        platform.always(SENDALL, Reply.error(40152, "invalid group id rid: 64ffdf3b"));

        assertThatThrownBy(() -> mass.send(NEWS, Audience.tag(777), SendOptions.withClientMsgId("t-777")))
                .isInstanceOfSatisfying(WeChatApiException.class, e -> {
                    assertThat(e.errcode()).isEqualTo(40152);
                    assertThat(e.errmsg()).startsWith("invalid group id rid: 64ffdf3b").contains("tag_id 777");
                    assertThat(e.getMessage()).contains("tag_id 777").contains("clientmsgid=t-777");
                });
        assertThat(platform.count(SENDALL)).isEqualTo(1);
    }

    @Test
    void send_toTagAnsweredWithSystemErrorUntilRetriesRunOut_namesTheTag() {
        platform.always(SENDALL, Reply.json(text("mass/error-system.json")));

        assertThatThrownBy(() -> mass.send(NEWS, Audience.tag(9), SendOptions.withClientMsgId("t-9")))
                .isInstanceOfSatisfying(WeChatApiException.class, e -> {
                    assertThat(e.errcode()).isEqualTo(-1);
                    assertThat(e.errmsg()).contains("tag_id 9");
                });
        assertThat(platform.count(SENDALL)).isGreaterThan(1);
        assertThat(platform.requests(SENDALL)).allMatch(r -> r.json().path("clientmsgid").asText().equals("t-9"));
    }

    @Test
    void send_whenQuotaExhausted_failsAtOnceWithoutRetry() {
        platform.always(SENDALL, Reply.json(text("mass/error-45028.json")));

        assertThatThrownBy(() -> mass.send(NEWS, Audience.allFollowers(), SendOptions.withClientMsgId("all-1")))
                .isInstanceOfSatisfying(WeChatApiException.class, e -> {
                    assertThat(e.errcode()).isEqualTo(45028);
                    assertThat(e.endpoint()).isEqualTo(SENDALL);
                    assertThat(e.clientMsgId()).contains("all-1");
                });
        assertThat(platform.count(SENDALL)).isEqualTo(1);
        assertThat(clock.sleeps()).isEmpty();
    }

    @Test
    void send_toAllWhenProtectionHoldsIt_89504_isAWaitForAnAdmin_postedOnceWithoutRetry() {
        platform.always(SENDALL, Reply.json(text("mass/error-89504.json")));

        assertThatThrownBy(() -> mass.send(NEWS, Audience.allFollowers(), SendOptions.withClientMsgId("all-2")))
                .isInstanceOfSatisfying(WeChatApiException.class, e -> {
                    assertThat(e.errcode()).isEqualTo(89504);
                    assertThat(e.awaitingAdminConfirmation()).isTrue();
                    assertThat(e.clientMsgId()).contains("all-2");
                });
        assertThat(platform.count(SENDALL)).isEqualTo(1);
        assertThat(clock.sleeps()).isEmpty();
    }

    @Test
    void status_whileAnAdminDecides_89505_isAWaitForAnAdmin_askedOnce() {
        platform.always("/cgi-bin/message/mass/get", Reply.json(text("mass/error-89505.json")));

        assertThatThrownBy(() -> mass.status(1000000001L))
                .isInstanceOfSatisfying(WeChatApiException.class, e -> assertThat(e.awaitingAdminConfirmation()).isTrue());
        assertThat(platform.count("/cgi-bin/message/mass/get")).isEqualTo(1);
    }

    @Test
    void send_whenClientMsgIdOver32Bytes_isRefusedWithoutAnyRequest() {
        assertThatThrownBy(() -> mass.send(NEWS, Audience.tag(2), SendOptions.withClientMsgId("x".repeat(33))))
                .isInstanceOf(InvalidRequestException.class);
        assertThat(platform.requests()).isEmpty();
    }

    @Test
    void send_whenOpenIdListOutOfBounds_isRefusedWithoutAnyRequest() {
        List<String> tooMany = IntStream.rangeClosed(1, 10_001).mapToObj(i -> "o" + i).toList();
        assertThatThrownBy(() -> mass.send(NEWS, Audience.openIds(tooMany), SendOptions.generated()))
                .isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> mass.send(NEWS, Audience.openIds(List.of("o1", "o1")), SendOptions.generated()))
                .isInstanceOf(InvalidRequestException.class);
        assertThat(platform.requests()).isEmpty();
    }

    private void assertSameBodyPostedTwice(String path) {
        List<Recorded> posts = platform.requests(path);
        assertThat(posts).hasSize(2);
        assertThat(posts.get(1).json()).isEqualTo(posts.get(0).json());
    }

    /**
     * A platform that creates a job for a new clientmsgid but loses the answer ({@code firstAnswer}),
     * then answers any repeat of that clientmsgid with 45065 and the job's msg_id, as the platform does.
     */
    private static final class JobsByClientMsgId {
        private final Reply firstAnswer;
        private final Map<String, Long> jobs = new ConcurrentHashMap<>();
        private final AtomicLong nextMsgId = new AtomicLong(3147494276L);

        JobsByClientMsgId(Reply firstAnswer) {
            this.firstAnswer = firstAnswer;
        }

        Reply answer(Recorded request) {
            String clientMsgId = request.json().path("clientmsgid").asText();
            Long existing = jobs.get(clientMsgId);
            if (existing != null) {
                return Reply.json("{\"errcode\":45065,\"errmsg\":\"clientmsgid exist\",\"msg_id\":" + existing + "}");
            }
            jobs.put(clientMsgId, nextMsgId.getAndIncrement());
            return firstAnswer;
        }

        int created() {
            return jobs.size();
        }

        long msgIdOf(String clientMsgId) {
            return jobs.get(clientMsgId);
        }
    }
}

package io.wxmass.sandbox.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.wxmass.core.callback.AesKey;
import io.wxmass.core.callback.EncryptedEnvelope;
import io.wxmass.core.callback.MessageCrypto;
import io.wxmass.core.callback.Signatures;
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
import io.wxmass.sandbox.receiver.CallbackReceiver.Received;
import io.wxmass.sandbox.receiver.CallbackReceiver.Reply;
import java.io.IOException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PushServiceTest {
    static final String APP = "wx5823bf96d3bd56c7";
    static final String TOKEN = "pushToken";
    static final String KEY = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";
    static final String GH = "gh_4d00ed8d6399";

    private final HttpClient http = HttpClient.newHttpClient();
    private final Followers followers = Followers.of(APP, 20);
    private SandboxClock clock = SandboxClock.fixed(Instant.parse("2026-03-10T08:00:00Z"));
    private CallbackReceiver receiver;
    private PushService push;
    private DeliveryEngine engine;

    @AfterEach
    void stop() throws InterruptedException {
        if (engine != null) {
            engine.close();
        }
        if (push != null) {
            push.close();
        }
        if (receiver != null) {
            receiver.close();
        }
    }

    @Test
    void push_plainMode_signsTimestampAndNonceWithTheToken() throws Exception {
        Received got = sendOne(EncryptMode.PLAIN, Verdict.clean(), "text", 0).get(0);

        assertThat(Signatures.matches(got.query().get("signature"), TOKEN, got.query().get("timestamp"),
                got.query().get("nonce"))).isTrue();
        assertThat(got.query()).doesNotContainKeys("encrypt_type", "msg_signature");
        assertThat(field(got.body(), "ToUserName")).isEqualTo(GH);
        assertThat(field(got.body(), "FromUserName")).isEqualTo(followers.openId(0));
        assertThat(field(got.body(), "CreateTime")).isEqualTo(got.query().get("timestamp"))
                .isEqualTo(Long.toString(clock.instant().getEpochSecond()));
        assertThat(field(got.body(), "Event")).isEqualTo("MASSSENDJOBFINISH");
        assertThat(field(got.body(), "MsgID")).isEqualTo("42");
        assertThat(field(got.body(), "Status")).isEqualTo("send success");
        assertThat(field(got.body(), "TotalCount")).isEqualTo("5");
        assertThat(field(got.body(), "FilterCount")).isEqualTo("5");
        assertThat(field(got.body(), "SentCount")).isEqualTo("5");
        assertThat(field(got.body(), "ErrorCount")).isEqualTo("0");
    }

    @Test
    void push_safeMode_sendsOnlyTheEnvelopeThatCoreDecrypts() throws Exception {
        Received got = sendOne(EncryptMode.SAFE, Verdict.clean(), "text", 0).get(0);
        String encrypt = field(got.body(), "Encrypt");

        assertThat(got.query()).containsEntry("encrypt_type", "aes");
        assertThat(got.query().get("msg_signature")).isEqualTo(EncryptedEnvelope.msgSignature(TOKEN,
                got.query().get("timestamp"), got.query().get("nonce"), encrypt));
        assertThat(Signatures.matches(got.query().get("signature"), TOKEN, got.query().get("timestamp"),
                got.query().get("nonce"))).isTrue();
        assertThat(got.body()).doesNotContain("MsgID").contains("<ToUserName><![CDATA[" + GH + "]]>");
        String plain = new MessageCrypto(APP, AesKey.fromEncodingAesKey(KEY)).decrypt(encrypt);
        assertThat(field(plain, "MsgID")).isEqualTo("42");
        assertThat(field(plain, "Status")).isEqualTo("send success");
    }

    @Test
    void push_compatibleMode_carriesPlainFieldsAndTheirEncryption() throws Exception {
        Received got = sendOne(EncryptMode.COMPATIBLE, Verdict.clean(), "text", 0).get(0);
        String encrypt = field(got.body(), "Encrypt");

        assertThat(got.query().get("msg_signature")).isEqualTo(EncryptedEnvelope.msgSignature(TOKEN,
                got.query().get("timestamp"), got.query().get("nonce"), encrypt));
        String plain = new MessageCrypto(APP, AesKey.fromEncodingAesKey(KEY)).decrypt(encrypt);
        assertThat(got.body()).isEqualTo(plain.replace("</xml>", "<Encrypt><![CDATA[" + encrypt + "]]></Encrypt></xml>"));
    }

    @Test
    void push_refusedMpnews_carriesErrStatusAndEveryCopyrightItem() throws Exception {
        Verdict refused = Verdict.refused(30003, 3, List.of(
                new CopyrightItem(1, 0, 2, "http://mp.weixin.qq.com/s/orig1", 1, 0, 1, 1),
                new CopyrightItem(2, 1, 11, "http://mp.weixin.qq.com/s/orig2", 2, 1, 0, 0)));

        String body = sendOne(EncryptMode.PLAIN, refused, "mpnews", 2).get(0).body();

        assertThat(field(body, "Status")).isEqualTo("err(30003)");
        assertThat(field(body, "SentCount")).isEqualTo("0");
        assertThat(body).contains("<CopyrightCheckResult><Count>2</Count><ResultList>"
                + "<item><ArticleIdx>1</ArticleIdx><UserDeclareState>0</UserDeclareState><AuditState>2</AuditState>"
                + "<OriginalArticleUrl><![CDATA[http://mp.weixin.qq.com/s/orig1]]></OriginalArticleUrl>"
                + "<OriginalArticleType>1</OriginalArticleType><CanReprint>0</CanReprint>"
                + "<NeedReplaceContent>1</NeedReplaceContent><NeedShowReprintSource>1</NeedShowReprintSource></item>"
                + "<item><ArticleIdx>2</ArticleIdx><UserDeclareState>1</UserDeclareState><AuditState>11</AuditState>")
                .contains("</ResultList><CheckState>3</CheckState></CopyrightCheckResult>")
                .doesNotContain("ArticleUrlResult");
    }

    @Test
    void push_successfulMpnews_listsTheJobsArticleUrls() throws Exception {
        String body = sendOne(EncryptMode.PLAIN, Verdict.clean(), "mpnews", 3).get(0).body();
        List<String> urls = engine.find(APP, 42).orElseThrow().articleUrls();

        assertThat(urls).hasSize(3).doesNotHaveDuplicates().allMatch(u -> u.startsWith("http://mp.weixin.qq.com/s/"));
        assertThat(body).contains("<ArticleUrlResult><Count>3</Count><ResultList>"
                + "<item><ArticleIdx>1</ArticleIdx><ArticleUrl><![CDATA[" + urls.get(0) + "]]></ArticleUrl></item>"
                + "<item><ArticleIdx>2</ArticleIdx><ArticleUrl><![CDATA[" + urls.get(1) + "]]></ArticleUrl></item>"
                + "<item><ArticleIdx>3</ArticleIdx><ArticleUrl><![CDATA[" + urls.get(2) + "]]></ArticleUrl></item>");
    }

    @Test
    void push_receiverFailsEveryTime_triesThreeTimesAndLogsEachReply() throws Exception {
        receiver = CallbackReceiver.start(Reply.status(500, "busy"), Reply.status(500, "busy"),
                Reply.status(500, "busy"), Reply.ok());

        List<Received> got = sendOne(EncryptMode.PLAIN, Verdict.clean(), "text", 0);

        assertThat(got).hasSize(3).extracting(Received::body).containsOnly(got.get(0).body());
        assertThat(push.attempts(APP)).extracting(PushAttempt::attempt, PushAttempt::httpStatus,
                        PushAttempt::replyBody, PushAttempt::outcome)
                .containsExactly(tuple(1, 500, "busy", "rejected: http 500"), tuple(2, 500, "busy", "rejected: http 500"),
                        tuple(3, 500, "busy", "rejected: http 500"));
    }

    @Test
    void push_receiverRecoversOnSecondAttempt_stopsAtTheAcceptedOne() throws Exception {
        receiver = CallbackReceiver.start(Reply.status(503, ""), Reply.status(200, "success"));

        assertThat(sendOne(EncryptMode.PLAIN, Verdict.clean(), "text", 0)).hasSize(2);
        assertThat(push.attempts(APP)).extracting(PushAttempt::attempt, PushAttempt::httpStatus, PushAttempt::outcome)
                .containsExactly(tuple(1, 503, "rejected: http 503"),
                        tuple(2, 200, "accepted"));
        assertThat(push.attempts(APP).get(1).replyBody()).isEqualTo("success");
    }

    @Test
    void push_receiverSlowerThanTheTimeout_timesOutThreeTimes() throws Exception {
        receiver = CallbackReceiver.start(Reply.hold(Duration.ofSeconds(2)), Reply.hold(Duration.ofSeconds(2)),
                Reply.hold(Duration.ofSeconds(2)));
        push = new PushService(clock, http, FaultPlan.none(), Duration.ofMillis(150));

        sendOne(EncryptMode.PLAIN, Verdict.clean(), "text", 0);

        assertThat(push.attempts(APP)).extracting(PushAttempt::attempt, PushAttempt::httpStatus, PushAttempt::outcome)
                .containsExactly(tuple(1, -1, "timeout"),
                        tuple(2, -1, "timeout"),
                        tuple(3, -1, "timeout"));
    }

    @Test
    void push_droppedByFaultPlan_neverReachesTheReceiver() throws Exception {
        push = new PushService(clock, http, FaultPlan.seeded(7).dropCallbacks(1.0));

        assertThat(sendOne(EncryptMode.PLAIN, Verdict.clean(), "text", 0)).isEmpty();
        assertThat(push.attempts(APP)).singleElement()
                .satisfies(a -> assertThat(a.outcome()).isEqualTo(PushAttempt.DROPPED))
                .satisfies(a -> assertThat(a.attempt()).isZero());
    }

    @Test
    void push_delayedByFaultPlan_isPostedNoEarlierThanTheDelay() throws Exception {
        clock = SandboxClock.system();
        push = new PushService(clock, http, FaultPlan.seeded(7).delayCallbacks(1.0, Duration.ofMillis(300)));
        Instant before = clock.instant();

        assertThat(sendOne(EncryptMode.PLAIN, Verdict.clean(), "text", 0)).hasSize(1);
        assertThat(push.attempts(APP)).singleElement()
                .satisfies(a -> assertThat(a.accepted()).isTrue())
                .satisfies(a -> assertThat(a.at()).isAfterOrEqualTo(before.plusMillis(300)));
    }

    @Test
    void push_targetWithoutUrl_postsNothing() throws Exception {
        receiver = CallbackReceiver.start();
        push = new PushService(clock, http, FaultPlan.none());
        engine = new DeliveryEngine(clock, push, null);
        CallbackTarget none = new CallbackTarget(null, null, null, EncryptMode.PLAIN, APP, GH);

        engine.submit(spec(Verdict.clean(), "text", 0, none));
        engine.deliverDue();

        assertThat(engine.awaitIdle(Duration.ofSeconds(5))).isTrue();
        assertThat(push.attempts(APP)).isEmpty();
        assertThat(receiver.received()).isEmpty();
    }

    @Test
    void callbackTarget_toString_hidesTokenAndAesKey() {
        CallbackTarget target = new CallbackTarget("http://h/cb", TOKEN, KEY, EncryptMode.SAFE, APP, GH);

        assertThat(target.toString()).doesNotContain(TOKEN).doesNotContain(KEY).contains("http://h/cb");
    }

    /** Submits job 42 to followers 0..4, delivers it and returns what the receiver got. */
    private List<Received> sendOne(EncryptMode mode, Verdict verdict, String msgType, int articles)
            throws IOException, InterruptedException {
        if (receiver == null) {
            receiver = CallbackReceiver.start();
        }
        if (push == null) {
            push = new PushService(clock, http, FaultPlan.none());
        }
        engine = new DeliveryEngine(clock, push, null);
        MassJob job = engine.submit(spec(verdict, msgType, articles,
                new CallbackTarget(receiver.url(), TOKEN, KEY, mode, APP, GH)));
        engine.deliverDue();
        assertThat(engine.awaitIdle(Duration.ofSeconds(20))).isTrue();
        assertThat(job.pushStatus()).isNotNull();
        return receiver.received();
    }

    private JobSpec spec(Verdict verdict, String msgType, int articles, CallbackTarget target) {
        return new JobSpec(42, APP, followers, Recipients.of(new int[] {0, 1, 2, 3, 4}), msgType, false, articles,
                0, true, verdict, target);
    }

    static String field(String xml, String name) {
        Matcher m = Pattern.compile("<" + name + ">(?:<!\\[CDATA\\[(.*?)]]>|([^<]*))</" + name + ">",
                Pattern.DOTALL).matcher(xml);
        assertThat(m.find()).as("element %s in %s", name, xml).isTrue();
        return m.group(1) != null ? m.group(1) : m.group(2);
    }
}

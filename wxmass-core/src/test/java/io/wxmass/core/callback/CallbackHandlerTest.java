package io.wxmass.core.callback;

import static io.wxmass.core.callback.SignedPush.APP_ID;
import static io.wxmass.core.callback.SignedPush.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import io.wxmass.core.callback.CallbackException.Reason;
import io.wxmass.core.testing.ManualClock;
import java.time.Instant;
import io.wxmass.core.callback.event.CallbackEvent;
import io.wxmass.core.callback.event.GenericEvent;
import io.wxmass.core.callback.event.JobStatus;
import io.wxmass.core.callback.event.MassSendJobFinished;
import io.wxmass.core.callback.event.PublishJobFinished;
import io.wxmass.core.xml.XmlElement;
import io.wxmass.core.xml.XmlReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CallbackHandlerTest {
    static final long NOW = 1_714_037_059L;
    static final String NONCE = "486452656";

    private final AesKey key = AesKey.fromEncodingAesKey(AesKeyTest.SAMPLE_KEY);
    private final AesKey oldKey = AesKey.fromEncodingAesKey("ZYXWVUTSRQPONMLKJIHGFEDCBA9876543210zyxwvut");
    private final MessageCrypto crypto = new MessageCrypto(APP_ID, key);
    private final ManualClock clock = new ManualClock(Instant.ofEpochSecond(NOW));
    private final List<CallbackEvent> received = new ArrayList<>();

    private CallbackHandlerBuilder builder() {
        return CallbackHandler.builder().token(TOKEN).appId(APP_ID).aesKey(key).clock(clock).listener(received::add);
    }

    private final CallbackHandler handler = builder().build();

    private static Reason refusal(CallbackHandler h, String method, SignedPush push) {
        try {
            h.receive(method, push.query(), push.body());
        } catch (CallbackException e) {
            return e.reason();
        }
        return null;
    }

    @Test
    void get_withOfficialHandshakeVector_echoesEchostrVerbatim() {
        CallbackHandler h = builder().clock(new ManualClock(Instant.ofEpochSecond(1_714_036_504L))).build();
        Map<String, String> query = Map.of("signature", "f464b24fc39322e44b38aa78f5edd27bd1441696",
                "timestamp", "1714036504", "nonce", "1514711492", "echostr", "4375120948345356249");

        CallbackReply reply = h.handle("GET", query, null);

        assertThat(reply).isEqualTo(new CallbackReply(200, "text/plain; charset=utf-8", "4375120948345356249"));
    }

    @Test
    void get_whenSignatureIsWrong_replies403WithEmptyBody() {
        Map<String, String> query = Map.of("signature", "f464b24fc39322e44b38aa78f5edd27bd1441696",
                "timestamp", Long.toString(NOW), "nonce", "1514711492", "echostr", "x");

        CallbackReply reply = handler.handle("GET", query, "");

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.body()).isEmpty();
    }

    @Test
    void post_plainModeWithOfficialVector_deliversTypedEventAndRepliesSuccess() {
        SignedPush push = SignedPush.plain(Fixtures.read("spec-4.3-real-push-2024.xml"), NOW, NONCE);
        assertThat(push.query().get("signature")).isEqualTo("899cf89e464efb63f54ddac96b0a0a235f53aa78");

        CallbackReply reply = handler.handle("POST", push.query(), push.body());

        assertThat(reply).isEqualTo(CallbackReply.success());
        assertThat(received).singleElement().isInstanceOfSatisfying(MassSendJobFinished.class,
                e -> assertThat(e.msgId()).isEqualTo(3162228393L));
    }

    @Test
    void post_safeModeWithSpec53Vector_decryptsAndDeliversEvent() {
        SignedPush push = SignedPush.safeEncrypt(MessageCryptoTest.SPEC_ENCRYPT, NOW, NONCE);
        assertThat(push.query().get("msg_signature")).isEqualTo("0903eefac2b21cf079a90a87f51fe95d130c0973");

        assertThat(handler.handle("POST", push.query(), push.body())).isEqualTo(CallbackReply.success());

        assertThat(received).singleElement().isInstanceOfSatisfying(GenericEvent.class,
                e -> assertThat(e.header().toUserName()).isEqualTo("gh_test"));
    }

    @Test
    void post_safeModeRoundTrip_encryptThenHandle_givesTypedMassSendEvent() {
        SignedPush push = SignedPush.safe(crypto, Fixtures.read("seed-004-official-err30003.xml"), NOW, NONCE);

        handler.handle("POST", push.query(), push.body());

        MassSendJobFinished event = (MassSendJobFinished) received.get(0);
        assertThat(event.msgId()).isEqualTo(1000001625L);
        assertThat(event.status()).isInstanceOf(JobStatus.Err.class);
        assertThat(event.copyrightCheck().items()).hasSize(2);
    }

    @Test
    void post_publishJobFinishedInPlainAndSafeMode_givesTheTypedPublishEvent() {
        String xml = Fixtures.read("publish-job-finish-success.xml");
        SignedPush plain = SignedPush.plain(xml, NOW, NONCE);
        SignedPush safe = SignedPush.safe(crypto, xml, NOW, "another-nonce");

        assertThat(handler.handle("POST", plain.query(), plain.body())).isEqualTo(CallbackReply.success());
        assertThat(handler.handle("POST", safe.query(), safe.body())).isEqualTo(CallbackReply.success());

        assertThat(received).hasSize(2).allSatisfy(e -> assertThat(e).isInstanceOfSatisfying(PublishJobFinished.class, p -> {
            assertThat(p.publishId()).isEqualTo("2247503051");
            assertThat(p.articleDetail()).hasSize(2);
        }));
    }

    @Test
    void post_compatibleMode_readsTheEncryptedCopy() {
        String inner = Fixtures.read("spec-4.3-real-push-2024.xml");
        String encrypt = crypto.encrypt(inner);
        String body = "<xml><ToUserName><![CDATA[gh_test]]></ToUserName><MsgType><![CDATA[event]]></MsgType>"
                + "<Encrypt><![CDATA[" + encrypt + "]]></Encrypt></xml>";
        SignedPush push = SignedPush.safeEncrypt(encrypt, NOW, NONCE);

        handler.handle("POST", push.query(), body);

        assertThat(received).singleElement().isInstanceOf(MassSendJobFinished.class);
    }

    @Test
    void post_whenEncryptedWithPreviousKey_acceptsAndSealsReplyWithThatKey() {
        CallbackHandler rotated = CallbackHandler.builder().token(TOKEN).appId(APP_ID).aesKey(key)
                .previousAesKey(oldKey).clock(clock).listener(received::add)
                .replier(e -> Optional.of("<xml><Content><![CDATA[ok]]></Content></xml>")).build();
        SignedPush push = SignedPush.safe(new MessageCrypto(APP_ID, oldKey), Fixtures.read("text-message.xml"), NOW, NONCE);

        CallbackReply reply = rotated.handle("POST", push.query(), push.body());

        assertThat(reply.status()).isEqualTo(200);
        XmlElement sealed = XmlReader.forCallbacks().read(reply.body());
        String encrypt = sealed.childText("Encrypt").orElseThrow();
        assertThat(Signatures.matches(sealed.childText("MsgSignature").orElseThrow(), TOKEN,
                sealed.childText("TimeStamp").orElseThrow(), sealed.childText("Nonce").orElseThrow(), encrypt)).isTrue();
        assertThat(new MessageCrypto(APP_ID, oldKey).decrypt(encrypt)).contains("<Content><![CDATA[ok]]>");
        assertThat(received).hasSize(1);
    }

    @Test
    void post_plainWithReplier_repliesPlainXml() {
        CallbackHandler h = builder().replier(e -> Optional.of("<xml/>")).build();
        SignedPush push = SignedPush.plain(Fixtures.read("text-message.xml"), NOW, NONCE);

        assertThat(h.handle("POST", push.query(), push.body()))
                .isEqualTo(new CallbackReply(200, "application/xml; charset=utf-8", "<xml/>"));
    }

    @Test
    void post_whenListenerThrows_replies500SoPlatformRetries() {
        CallbackHandler h = builder().listener(e -> {
            throw new IllegalStateException("database down");
        }).build();
        SignedPush push = SignedPush.plain(Fixtures.read("text-message.xml"), NOW, NONCE);

        assertThat(h.handle("POST", push.query(), push.body()).status()).isEqualTo(500);
    }

    @Test
    void post_withExecutor_repliesSuccessBeforeListenerRuns() {
        List<Runnable> queued = new ArrayList<>();
        CallbackHandler h = builder().dispatchOn(queued::add).build();
        SignedPush push = SignedPush.plain(Fixtures.read("text-message.xml"), NOW, NONCE);

        assertThat(h.handle("POST", push.query(), push.body())).isEqualTo(CallbackReply.success());
        assertThat(received).isEmpty();

        queued.forEach(Runnable::run);
        assertThat(received).hasSize(1);
    }

    @Test
    void post_plainSignatureWrong_refusedAsBadSignature() {
        SignedPush push = SignedPush.plain(Fixtures.read("text-message.xml"), NOW, NONCE)
                .with("signature", "899cf89e464efb63f54ddac96b0a0a235f53aa79");

        assertThat(refusal(handler, "POST", push)).isEqualTo(Reason.BAD_SIGNATURE);
        assertThat(handler.handle("POST", push.query(), push.body()).status()).isEqualTo(403);
        assertThat(received).isEmpty();
    }

    @Test
    void post_safeMsgSignatureWrong_refusedAsBadSignature() {
        SignedPush push = SignedPush.safe(crypto, Fixtures.read("text-message.xml"), NOW, NONCE)
                .with("msg_signature", "0903eefac2b21cf079a90a87f51fe95d130c0973");

        assertThat(refusal(handler, "POST", push)).isEqualTo(Reason.BAD_SIGNATURE);
    }

    @Test
    void post_staleTimestamp_refused() {
        SignedPush push = SignedPush.plain(Fixtures.read("text-message.xml"), NOW - 301, NONCE);

        assertThat(refusal(handler, "POST", push)).isEqualTo(Reason.STALE_TIMESTAMP);
    }

    @Test
    void post_futureTimestamp_refused() {
        SignedPush push = SignedPush.plain(Fixtures.read("text-message.xml"), NOW + 301, NONCE);

        assertThat(refusal(handler, "POST", push)).isEqualTo(Reason.FUTURE_TIMESTAMP);
    }

    @Test
    void post_replayedNonce_refusedOnSecondDelivery() {
        SignedPush push = SignedPush.safe(crypto, Fixtures.read("text-message.xml"), NOW, NONCE);
        assertThat(handler.handle("POST", push.query(), push.body())).isEqualTo(CallbackReply.success());

        assertThat(refusal(handler, "POST", push)).isEqualTo(Reason.REPLAYED_NONCE);
        assertThat(received).hasSize(1);
    }

    @Test
    void post_messageForAnotherAppId_refusedAsWrongAppId() {
        MessageCrypto otherApp = new MessageCrypto("wx0000000000000000", key);
        SignedPush push = SignedPush.safe(otherApp, Fixtures.read("text-message.xml"), NOW, NONCE);

        assertThat(refusal(handler, "POST", push)).isEqualTo(Reason.WRONG_APPID);
    }

    @Test
    void post_tamperedPadding_refusedAsBadPadding() {
        byte[] raw = java.util.Base64.getDecoder().decode(crypto.encrypt(Fixtures.read("text-message.xml")));
        raw[raw.length - 17] ^= 0x40;
        SignedPush push = SignedPush.safeEncrypt(java.util.Base64.getEncoder().encodeToString(raw), NOW, NONCE);

        assertThat(refusal(handler, "POST", push)).isEqualTo(Reason.BAD_PADDING);
    }

    @Test
    void post_truncatedBase64_refusedAsBadBase64() {
        String encrypt = crypto.encrypt(Fixtures.read("text-message.xml"));
        SignedPush push = SignedPush.safeEncrypt(encrypt.substring(0, encrypt.length() - 1), NOW, NONCE);

        assertThat(refusal(handler, "POST", push)).isEqualTo(Reason.BAD_BASE64);
    }

    @Test
    void post_oversizedBody_refusedWith413BeforeSignatureCheck() {
        SignedPush push = new SignedPush(Map.of(), "<xml>" + "a".repeat(64 * 1024) + "</xml>");

        assertThat(refusal(handler, "POST", push)).isEqualTo(Reason.OVERSIZED);
        assertThat(handler.handle("POST", push.query(), push.body()).status()).isEqualTo(413);
    }

    @Test
    void post_plainDoctypePayload_refusedAsForbiddenXml() {
        SignedPush push = SignedPush.plain(Fixtures.read("xxe-external-file.xml"), NOW, NONCE);
        SignedPush again = SignedPush.plain(Fixtures.read("xxe-external-file.xml"), NOW, "another-nonce");

        assertThat(refusal(handler, "POST", push)).isEqualTo(Reason.FORBIDDEN_XML);
        assertThat(handler.handle("POST", again.query(), again.body()).status()).isEqualTo(400);
    }

    @Test
    void post_entityExpansionInsideEncryptedPayload_refusedAsForbiddenXml() {
        SignedPush push = SignedPush.safe(crypto, Fixtures.read("billion-laughs.xml"), NOW, NONCE);

        assertThat(refusal(handler, "POST", push)).isEqualTo(Reason.FORBIDDEN_XML);
    }

    @Test
    void post_doctypeInSafeModeWrapper_refusedAsForbiddenXml() {
        SignedPush push = SignedPush.safe(crypto, "<xml/>", NOW, NONCE);
        SignedPush wrapped = new SignedPush(push.query(), Fixtures.read("xxe-parameter-entity.xml"));

        assertThat(refusal(handler, "POST", wrapped)).isEqualTo(Reason.FORBIDDEN_XML);
    }

    @Test
    void post_missingTimestamp_refusedAsMissingParameter() {
        SignedPush push = SignedPush.plain("<xml/>", NOW, NONCE);
        push.query().remove("timestamp");

        assertThat(refusal(handler, "POST", push)).isEqualTo(Reason.MISSING_PARAMETER);
    }

    @Test
    void post_plainWhenEncryptionRequired_refused() {
        CallbackHandler strict = builder().requireEncryption(true).build();
        SignedPush push = SignedPush.plain(Fixtures.read("text-message.xml"), NOW, NONCE);

        assertThat(refusal(strict, "POST", push)).isEqualTo(Reason.ENCRYPTION_MISMATCH);
    }

    @Test
    void put_isRefusedWith405() {
        assertThat(handler.handle("PUT", Map.of(), "").status()).isEqualTo(405);
    }

    @Test
    void toString_neverShowsToken() {
        CallbackHandler h = CallbackHandler.builder().token("s3cr3t-token").listener(e -> { }).build();

        assertThat(h.toString()).doesNotContain("s3cr3t-token");
    }
}

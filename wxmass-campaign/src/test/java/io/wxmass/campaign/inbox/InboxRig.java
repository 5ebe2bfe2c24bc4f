package io.wxmass.campaign.inbox;

import io.wxmass.campaign.serve.ReceiverServer;
import io.wxmass.campaign.store.Database;
import io.wxmass.campaign.store.Dialect;
import io.wxmass.campaign.testing.TestDatabases;
import io.wxmass.core.callback.AesKey;
import io.wxmass.core.callback.CallbackHandler;
import io.wxmass.core.callback.EncryptedEnvelope;
import io.wxmass.core.callback.MessageCrypto;
import io.wxmass.core.callback.Signatures;

import io.wxmass.core.callback.event.CallbackEvent;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.UnaryOperator;

/** {@code serve}'s callback door with an inbox on a fresh database, and the platform's side: sealed safe-mode pushes. */
final class InboxRig implements AutoCloseable {
    static final String APP_ID = "wx5823bf96d3bd56c7";
    static final String TOKEN = "inboxRigToken";
    static final String AES_KEY = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    static final MessageCrypto CRYPTO = new MessageCrypto(APP_ID, AesKey.fromEncodingAesKey(AES_KEY));
    private static final AtomicLong NONCES = new AtomicLong(System.nanoTime());

    final Database database;
    final Inbox inbox;
    final ReceiverServer server;
    /** Campaign events the handler's listener got (what the reconciler would store). */
    final List<CallbackEvent> campaignEvents = new CopyOnWriteArrayList<>();

    InboxRig(Dialect dialect, Path folder, UnaryOperator<Inbox.Builder> settings) {
        database = TestDatabases.fresh(dialect, folder);
        inbox = settings.apply(Inbox.builder(database, APP_ID, TOKEN).aesKey(Optional.of(AES_KEY))).build().start();
        CallbackHandler handler = CallbackHandler.builder().token(TOKEN).appId(APP_ID).aesKey(AesKey.fromEncodingAesKey(AES_KEY))
                .listener(campaignEvents::add).build();
        server = ReceiverServer.builder().callbackHandler(handler).inbox(inbox).build().start();
    }

    /** The push in safe mode, as the platform sends it, under a fresh nonce (a retry is a new request). */
    HttpResponse<String> push(String xml) throws IOException, InterruptedException {
        String timestamp = Long.toString(System.currentTimeMillis() / 1000);
        String nonce = Long.toString(NONCES.incrementAndGet());
        EncryptedEnvelope.Sealed sealed = EncryptedEnvelope.sealRequest(CRYPTO, TOKEN, "gh_4d00ed8d6399", xml, timestamp, nonce);
        URI uri = URI.create(server.callbackUrl() + "?signature=" + Signatures.sign(TOKEN, timestamp, nonce) + "&timestamp=" + timestamp
                + "&nonce=" + nonce + "&encrypt_type=aes&msg_signature=" + sealed.msgSignature());
        return HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(sealed.body()))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    InboxStore store() {
        return inbox.store();
    }

    static String fixture(String name) throws IOException {
        try (InputStream in = InboxRig.class.getResourceAsStream("/inbox/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        }
    }

    /** A user's text message with its own MsgId. */
    static String text(String from, long msgId, String content) {
        return "<xml><ToUserName><![CDATA[gh_4d00ed8d6399]]></ToUserName><FromUserName><![CDATA[" + from + "]]></FromUserName>"
                + "<CreateTime>1714037059</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[" + content
                + "]]></Content><MsgId>" + msgId + "</MsgId></xml>";
    }

    static String event(String from, long createTime, String event) {
        return "<xml><ToUserName><![CDATA[gh_4d00ed8d6399]]></ToUserName><FromUserName><![CDATA[" + from + "]]></FromUserName>"
                + "<CreateTime>" + createTime + "</CreateTime><MsgType><![CDATA[event]]></MsgType><Event><![CDATA[" + event
                + "]]></Event></xml>";
    }

    /** Waits (up to 30 s: the machine may be loaded) for a condition; false if it never held. */
    static boolean await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(20);
        }
        return condition.getAsBoolean();
    }

    @Override
    public void close() {
        server.close();
        inbox.close();
        database.close();
    }
}

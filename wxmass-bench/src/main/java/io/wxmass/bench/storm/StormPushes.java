package io.wxmass.bench.storm;

import io.wxmass.core.callback.AesKey;
import io.wxmass.core.callback.EncryptedEnvelope;
import io.wxmass.core.callback.MessageCrypto;
import io.wxmass.core.callback.Signatures;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The storm's pushes, sealed in safe mode before a phase starts so the load generator spends no CPU on
 * crypto while it measures: 9 in 10 a user's text message (its own MsgId), 1 in 10 a MASSSENDJOBFINISH
 * (its own MsgID). Every push is new: nothing is a retry, so every acknowledged push must be stored.
 */
final class StormPushes {
    static final String APP_ID = "wx5823bf96d3bd56c7";
    static final String TOKEN = "stormToken";
    static final String AES_KEY = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";
    static final MessageCrypto CRYPTO = new MessageCrypto(APP_ID, AesKey.fromEncodingAesKey(AES_KEY));
    private static final AtomicLong IDS = new AtomicLong(3_000_000_000L);

    /** One request: the path with its query, and the body. */
    record Push(String pathAndQuery, byte[] body, boolean massEvent) {
    }

    private StormPushes() {
    }

    static Push[] seal(String path, int count) {
        Push[] pushes = new Push[count];
        String timestamp = Long.toString(System.currentTimeMillis() / 1000);
        for (int i = 0; i < count; i++) {
            long id = IDS.incrementAndGet();
            boolean mass = id % 10 == 0;
            String xml = mass ? massEvent(id, timestamp) : userText(id, timestamp);
            String nonce = Long.toString(id);
            EncryptedEnvelope.Sealed sealed = EncryptedEnvelope.sealRequest(CRYPTO, TOKEN, "gh_4d00ed8d6399", xml, timestamp, nonce);
            pushes[i] = new Push(path + "?signature=" + Signatures.sign(TOKEN, timestamp, nonce) + "&timestamp=" + timestamp
                    + "&nonce=" + nonce + "&openid=o" + id + "&encrypt_type=aes&msg_signature=" + sealed.msgSignature(),
                    sealed.body().getBytes(StandardCharsets.UTF_8), mass);
        }
        return pushes;
    }

    static String userText(long id, String timestamp) {
        return "<xml><ToUserName><![CDATA[gh_4d00ed8d6399]]></ToUserName><FromUserName><![CDATA[oV5CrjpxgaGXNHIQig" + id
                + "]]></FromUserName><CreateTime>" + timestamp + "</CreateTime><MsgType><![CDATA[text]]></MsgType>"
                + "<Content><![CDATA[Is the offer in today's article still valid? I would like two.]]></Content><MsgId>" + id
                + "</MsgId></xml>";
    }

    static String massEvent(long id, String timestamp) {
        return "<xml><ToUserName><![CDATA[gh_4d00ed8d6399]]></ToUserName><FromUserName><![CDATA[oV5CrjpxgaGXNHIQig" + id
                + "]]></FromUserName><CreateTime>" + timestamp + "</CreateTime><MsgType><![CDATA[event]]></MsgType>"
                + "<Event><![CDATA[MASSSENDJOBFINISH]]></Event><MsgID>" + id + "</MsgID><Status><![CDATA[send success]]></Status>"
                + "<TotalCount>125000</TotalCount><FilterCount>124310</FilterCount><SentCount>124288</SentCount><ErrorCount>22</ErrorCount>"
                + "<CopyrightCheckResult><Count>0</Count><ResultList></ResultList><CheckState>1</CheckState></CopyrightCheckResult></xml>";
    }
}

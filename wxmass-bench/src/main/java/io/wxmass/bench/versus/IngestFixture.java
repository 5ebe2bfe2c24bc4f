package io.wxmass.bench.versus;

import io.wxmass.core.callback.AesKey;
import io.wxmass.core.callback.CallbackHandler;
import io.wxmass.core.callback.EncryptedEnvelope;
import io.wxmass.core.callback.MessageCrypto;
import io.wxmass.core.callback.event.CallbackEvent;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import me.chanjar.weixin.mp.bean.message.WxMpXmlMessage;
import me.chanjar.weixin.mp.config.impl.WxMpDefaultConfigImpl;

/**
 * One safe-mode MASSSENDJOBFINISH push, sealed once, and both SDKs' receivers for it. The XML is the
 * push documented with the copyright check (two items) and article URLs, reporting a successful send.
 * Two copies differ only in nonce so that wxmass's replay guard (kept on, one nonce remembered) accepts
 * them alternately: wxmass pays for replay protection, WxJava has none.
 */
final class IngestFixture {
    static final String APP_ID = "wxbad0b45542aa0b5e";
    static final String TOKEN = "pamtest";
    static final String AES_KEY = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";
    static final String TIMESTAMP = "1714037059";
    static final long MSG_ID = 1000001625L;
    static final int ITEMS = 2;

    final String body;
    final Map<String, String>[] queries;
    final String[] nonces = {"486452656", "486452657"};
    final String[] signatures = new String[2];
    final String[] bodies = new String[2];
    final CallbackHandler handler;
    final WxMpDefaultConfigImpl wxJavaConfig;

    @SuppressWarnings("unchecked")
    IngestFixture() {
        MessageCrypto crypto = new MessageCrypto(APP_ID, AesKey.fromEncodingAesKey(AES_KEY));
        String xml = pushXml();
        queries = new Map[2];
        for (int i = 0; i < 2; i++) {
            EncryptedEnvelope.Sealed sealed = EncryptedEnvelope.sealRequest(crypto, TOKEN, "gh_4d00ed8d6399", xml,
                    TIMESTAMP, nonces[i]);
            bodies[i] = sealed.body();
            signatures[i] = sealed.msgSignature();
            queries[i] = Map.of("timestamp", TIMESTAMP, "nonce", nonces[i], "encrypt_type", "aes",
                    "msg_signature", sealed.msgSignature());
        }
        body = bodies[0];
        Clock atPush = Clock.fixed(Instant.ofEpochSecond(Long.parseLong(TIMESTAMP)), ZoneOffset.UTC);
        handler = CallbackHandler.builder().token(TOKEN).appId(APP_ID).aesKey(AesKey.fromEncodingAesKey(AES_KEY))
                .requireEncryption(true).clock(atPush).maxNonces(1).listener(event -> { }).build();
        wxJavaConfig = Sdks.wxJavaConfig(APP_ID, "unused-secret", TOKEN, AES_KEY);
    }

    /** wxmass: size, msg_signature, replay window and nonce, AES with appid check, typed event. */
    CallbackEvent wxmass(int copy) {
        return handler.receive("POST", queries[copy], bodies[copy]).event().orElseThrow();
    }

    /** WxJava: msg_signature, AES with appid check, XStream into WxMpXmlMessage. */
    WxMpXmlMessage wxJava(int copy) {
        return WxMpXmlMessage.fromEncryptedXml(bodies[copy], wxJavaConfig, TIMESTAMP, nonces[copy], signatures[copy]);
    }

    static String pushXml() {
        StringBuilder xml = new StringBuilder(1600).append("<xml>")
                .append("<ToUserName><![CDATA[gh_4d00ed8d6399]]></ToUserName>")
                .append("<FromUserName><![CDATA[oV5CrjpxgaGXNHIQigzNlgLTnwic]]></FromUserName>")
                .append("<CreateTime>1714037059</CreateTime><MsgType><![CDATA[event]]></MsgType>")
                .append("<Event><![CDATA[MASSSENDJOBFINISH]]></Event><MsgID>").append(MSG_ID).append("</MsgID>")
                .append("<Status><![CDATA[send success]]></Status><TotalCount>125000</TotalCount>")
                .append("<FilterCount>124310</FilterCount><SentCount>124288</SentCount><ErrorCount>22</ErrorCount>")
                .append("<CopyrightCheckResult><Count>").append(ITEMS).append("</Count><ResultList>");
        for (int i = 1; i <= ITEMS; i++) {
            xml.append("<item><ArticleIdx>").append(i).append("</ArticleIdx><UserDeclareState>0</UserDeclareState>")
                    .append("<AuditState>2</AuditState><OriginalArticleUrl><![CDATA[").append(originalUrl(i))
                    .append("]]></OriginalArticleUrl><OriginalArticleType>1</OriginalArticleType>")
                    .append("<CanReprint>1</CanReprint><NeedReplaceContent>1</NeedReplaceContent>")
                    .append("<NeedShowReprintSource>1</NeedShowReprintSource></item>");
        }
        xml.append("</ResultList><CheckState>2</CheckState></CopyrightCheckResult>")
                .append("<ArticleUrlResult><Count>").append(ITEMS).append("</Count><ResultList>");
        for (int i = 1; i <= ITEMS; i++) {
            xml.append("<item><ArticleIdx>").append(i).append("</ArticleIdx><ArticleUrl><![CDATA[")
                    .append(articleUrl(i)).append("]]></ArticleUrl></item>");
        }
        return xml.append("</ResultList></ArticleUrlResult></xml>").toString();
    }

    static String originalUrl(int idx) {
        return "http://mp.weixin.qq.com/s/Xr9bOriginalArticle" + idx + "AbCdEfGhIjKlMn";
    }

    static String articleUrl(int idx) {
        return "http://mp.weixin.qq.com/s/YIpdQ7a8sKx0Lm3nPq" + idx + "RsTuVwXyZ0123456789abcdef";
    }
}

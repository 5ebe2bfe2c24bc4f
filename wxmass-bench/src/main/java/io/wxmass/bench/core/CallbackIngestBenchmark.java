package io.wxmass.bench.core;

import io.wxmass.core.callback.AesKey;
import io.wxmass.core.callback.CallbackParser;
import io.wxmass.core.callback.EncryptedEnvelope;
import io.wxmass.core.callback.MessageCrypto;
import io.wxmass.core.callback.Signatures;
import io.wxmass.core.callback.event.CallbackEvent;
import io.wxmass.core.callback.event.MassSendJobFinished;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Ingesting one safe-mode MASSSENDJOBFINISH push (two copyright items, two article URLs, about 1.5 KB of
 * XML) on one thread: {@link #wholePath} reads the wrapper, checks msg_signature, decrypts and parses the
 * typed event; {@link #cryptoOnly} does just the signature check and AES decryption of the same message.
 * Target: wholePath at least half the throughput of cryptoOnly, i.e. XML costs no more than the crypto.
 *
 * <p>Run: {@code java -jar wxmass-bench/target/benchmarks.jar CallbackIngest -f 1 -wi 2 -i 3}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
public class CallbackIngestBenchmark {
    private static final String TOKEN = "AAAAA";
    private static final String TIMESTAMP = "1714037059";
    private static final String NONCE = "486452656";

    private MessageCrypto crypto;
    private CallbackParser parser;
    private String body;
    private String encrypt;
    private String msgSignature;

    @Setup
    public void setUp() {
        crypto = new MessageCrypto("wxbad0b45542aa0b5e",
                AesKey.fromEncodingAesKey("abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG"));
        parser = CallbackParser.withDefaults();
        String xml = pushXml();
        if (xml.length() < 1400 || xml.length() > 1700) {
            throw new IllegalStateException("push should be about 1.5 KB, is " + xml.length());
        }
        EncryptedEnvelope.Sealed sealed = EncryptedEnvelope.sealRequest(crypto, TOKEN, "gh_4d00ed8d6399", xml,
                TIMESTAMP, NONCE);
        body = sealed.body();
        encrypt = sealed.encrypt();
        msgSignature = sealed.msgSignature();
        if (!(wholePath() instanceof MassSendJobFinished event) || event.copyrightCheck().items().size() != 2
                || event.articleUrls().size() != 2) {
            throw new IllegalStateException("benchmark push did not parse as intended");
        }
    }

    @Benchmark
    public CallbackEvent wholePath() {
        String enc = parser.tree(body).childText("Encrypt").orElseThrow();
        if (!Signatures.matches(msgSignature, TOKEN, TIMESTAMP, NONCE, enc)) {
            throw new IllegalStateException("signature");
        }
        return parser.parse(crypto.decrypt(enc));
    }

    @Benchmark
    public String cryptoOnly() {
        if (!Signatures.matches(msgSignature, TOKEN, TIMESTAMP, NONCE, encrypt)) {
            throw new IllegalStateException("signature");
        }
        return crypto.decrypt(encrypt);
    }

    private static String pushXml() {
        StringBuilder xml = new StringBuilder(1600).append("<xml>")
                .append("<ToUserName><![CDATA[gh_4d00ed8d6399]]></ToUserName>")
                .append("<FromUserName><![CDATA[oV5CrjpxgaGXNHIQigzNlgLTnwic]]></FromUserName>")
                .append("<CreateTime>1714037059</CreateTime><MsgType><![CDATA[event]]></MsgType>")
                .append("<Event><![CDATA[MASSSENDJOBFINISH]]></Event><MsgID>3162228393</MsgID>")
                .append("<Status><![CDATA[send success]]></Status><TotalCount>125000</TotalCount>")
                .append("<FilterCount>124310</FilterCount><SentCount>124288</SentCount><ErrorCount>22</ErrorCount>")
                .append("<CopyrightCheckResult><Count>2</Count><ResultList>");
        for (int i = 1; i <= 2; i++) {
            xml.append("<item><ArticleIdx>").append(i).append("</ArticleIdx><UserDeclareState>0</UserDeclareState>")
                    .append("<AuditState>2</AuditState><OriginalArticleUrl><![CDATA[http://mp.weixin.qq.com/s/")
                    .append("Xr9bOriginalArticle").append(i).append("AbCdEfGhIjKlMn]]></OriginalArticleUrl>")
                    .append("<OriginalArticleType>1</OriginalArticleType><CanReprint>1</CanReprint>")
                    .append("<NeedReplaceContent>1</NeedReplaceContent><NeedShowReprintSource>1</NeedShowReprintSource>")
                    .append("</item>");
        }
        xml.append("</ResultList><CheckState>2</CheckState></CopyrightCheckResult>")
                .append("<ArticleUrlResult><Count>2</Count><ResultList>");
        for (int i = 1; i <= 2; i++) {
            xml.append("<item><ArticleIdx>").append(i).append("</ArticleIdx><ArticleUrl><![CDATA[")
                    .append("http://mp.weixin.qq.com/s/YIpdQ7a8sKx0Lm3nPq").append(i)
                    .append("RsTuVwXyZ0123456789abcdefGhIjKlMnOpQrStUv]]></ArticleUrl></item>");
        }
        return xml.append("</ResultList></ArticleUrlResult></xml>").toString();
    }
}

package io.wxmass.bench.versus;

import io.wxmass.core.callback.event.CallbackEvent;
import java.util.concurrent.TimeUnit;
import me.chanjar.weixin.mp.bean.message.WxMpXmlMessage;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Section 1 of {@link VersusWxJava}: the same sealed MASSSENDJOBFINISH through each SDK's receiving path,
 * on one thread. Iterations and forks are set by the harness's JMH Runner options.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class IngestBenchmark {
    private IngestFixture fixture;
    private int n;

    @Setup
    public void setUp() {
        Sdks.quietLogs();
        fixture = new IngestFixture();
        if (!IngestCheck.wxmass(fixture.wxmass(0)).allRight()) {
            throw new IllegalStateException("wxmass did not read the fixture right");
        }
        if (fixture.wxJava(0).getMsgId() == null) {
            throw new IllegalStateException("WxJava did not read the fixture");
        }
        n = 1; // copy 0 was just accepted; the guard remembers one nonce, so the copies must alternate from here
    }

    /** CallbackHandler.receive: the path a mounted endpoint runs, replay guard included. */
    @Benchmark
    public CallbackEvent wxmassHandler() {
        return fixture.wxmass(n++ & 1);
    }

    /** WxMpXmlMessage.fromEncryptedXml, as WxJava's docs show for safe mode. */
    @Benchmark
    public WxMpXmlMessage wxJavaFromEncryptedXml() {
        return fixture.wxJava(n++ & 1);
    }
}

package io.wxmass.bench.core;

import io.wxmass.core.internal.http.JsonCodec;
import io.wxmass.core.internal.mass.MassRequestJson;
import io.wxmass.core.internal.mass.MassResponseJson;
import io.wxmass.core.mass.SendReceipt;
import io.wxmass.core.message.Audience;
import io.wxmass.core.message.MassMessage;
import io.wxmass.core.message.SendOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The SDK's own cost per send, without the network: building a sendall body from typed values and
 * writing it as the UTF-8 bytes the transport posts ({@link #sendAllMpNews}, {@link #sendAllText}
 * with Chinese text), reading the platform's answer into a {@link SendReceipt}
 * ({@link #parseSendAnswer}), and both together ({@link #sendAllMpNewsRoundTrip}).
 *
 * <p>Run: {@code java -jar wxmass-bench/target/benchmarks.jar SendSerialization -f 1 -wi 2 -i 3}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
public class SendSerializationBenchmark {
    private static final byte[] ANSWER =
            "{\"errcode\":0,\"errmsg\":\"send job submission success\",\"msg_id\":34182,\"msg_data_id\":206227730}"
                    .getBytes(StandardCharsets.UTF_8);

    private final MassMessage news = MassMessage.mpNews("123dsdajkasd231jhksad");
    private final MassMessage text = MassMessage.text("春季新品上市，点击查看详情。Spring arrivals are here.");
    private final Audience tag = Audience.tag(2);
    private final SendOptions options = SendOptions.withClientMsgId("campaign-42-batch-0007");

    @Benchmark
    public byte[] sendAllMpNews() {
        return JsonCodec.write(MassRequestJson.sendAll(news, tag, options));
    }

    @Benchmark
    public byte[] sendAllText() {
        return JsonCodec.write(MassRequestJson.sendAll(text, tag, options));
    }

    @Benchmark
    public SendReceipt parseSendAnswer() throws IOException {
        return MassResponseJson.receipt(JsonCodec.read(ANSWER), "/cgi-bin/message/mass/sendall", options.clientMsgId());
    }

    @Benchmark
    public SendReceipt sendAllMpNewsRoundTrip() throws IOException {
        byte[] body = JsonCodec.write(MassRequestJson.sendAll(news, tag, options));
        if (body.length == 0) {
            throw new IllegalStateException("empty body");
        }
        return MassResponseJson.receipt(JsonCodec.read(ANSWER), "/cgi-bin/message/mass/sendall", options.clientMsgId());
    }
}

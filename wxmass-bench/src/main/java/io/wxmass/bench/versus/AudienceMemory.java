package io.wxmass.bench.versus;

import io.wxmass.core.internal.http.JsonCodec;
import io.wxmass.core.internal.mass.MassRequestJson;
import io.wxmass.core.message.Audience;
import io.wxmass.core.message.MassMessage;
import io.wxmass.core.message.SendOptions;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import me.chanjar.weixin.mp.bean.WxMpMassOpenIdsMessage;

/**
 * Section 5: the /mass/send request bodies for a 1,000,000-openid audience, 100 batches of 10,000, built
 * by each SDK from the same list of openids and kept (as a sender preparing the whole audience would).
 * Body = the UTF-8 bytes each SDK posts: wxmass {@code MassRequestJson} written by {@code JsonCodec};
 * WxJava {@code WxMpMassOpenIdsMessage.toJson()} encoded as its HTTP client does.
 *
 * <p>Method: the openid list exists before and is not counted. Full GC, then the heap pools' peaks are
 * reset and the thread's allocation counter read; the 100 bodies are built; "allocated" is the thread's
 * allocation during the build, "peak" the sum of the heap pools' peak usage above the GC'd baseline
 * (an upper bound: pools peak at different moments, and eden's peak follows the collector's sizing),
 * "live after GC" the heap still used by the 100 kept bodies after another full GC.
 */
final class AudienceMemory {
    static final int AUDIENCE = 1_000_000;
    static final int BATCH = 10_000;

    record Row(String sdk, long allocatedBytes, long peakAboveBaseline, long liveAfterGc, long bodyBytes,
               double seconds) {
    }

    private AudienceMemory() {
    }

    static List<String> audience() {
        List<String> ids = new ArrayList<>(AUDIENCE);
        for (int i = 0; i < AUDIENCE; i++) {
            // 28 characters like a real openid: "o" + account prefix + per-user suffix.
            ids.add("oV5Crj" + String.format("%022d", i));
        }
        return ids;
    }

    static Row wxmass(List<String> ids) {
        MassMessage text = MassMessage.text("春季新品上市，点击查看详情。");
        return measure("wxmass", ids, batch -> JsonCodec.write(MassRequestJson.sendToOpenIds(text,
                (Audience.OpenIds) Audience.openIds(batch), SendOptions.generated())));
    }

    static Row wxJava(List<String> ids) {
        return measure("WxJava", ids, batch -> {
            WxMpMassOpenIdsMessage message = new WxMpMassOpenIdsMessage();
            message.setMsgType("text");
            message.setContent("春季新品上市，点击查看详情。");
            message.setToUsers(batch);
            return message.toJson().getBytes(StandardCharsets.UTF_8);
        });
    }

    private static Row measure(String sdk, List<String> ids, Function<List<String>, byte[]> build) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long baseline = settledHeapUsed();
        List<MemoryPoolMXBean> pools = heapPools();
        pools.forEach(MemoryPoolMXBean::resetPeakUsage);
        long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
        long start = System.nanoTime();
        List<byte[]> bodies = new ArrayList<>(AUDIENCE / BATCH);
        for (int from = 0; from < ids.size(); from += BATCH) {
            bodies.add(build.apply(ids.subList(from, Math.min(ids.size(), from + BATCH))));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long allocated = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
        long peak = pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum() - baseline;
        long live = settledHeapUsed() - baseline;
        long bodyBytes = bodies.stream().mapToLong(b -> b.length).sum();
        return new Row(sdk, allocated, peak, live, bodyBytes, seconds);
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
    }

    private static long settledHeapUsed() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}

package io.wxmass.bench.versus;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Runs {@code callers} threads, each calling in a loop with no think time, for a warm-up and then a measured
 * window; every measured call's latency is kept (no sampling) for the percentiles.
 */
final class StatusLoad {
    interface Call {
        void run() throws Exception;
    }

    private StatusLoad() {
    }

    static LoadResult run(int callers, Duration warmup, Duration measure, Call call) throws InterruptedException {
        return run(callers, warmup, measure, call, () -> 0);
    }

    /** @param wire the sandbox's request count on the measured path, read when measuring starts and ends */
    static LoadResult run(int callers, Duration warmup, Duration measure, Call call, LongSupplier wire)
            throws InterruptedException {
        AtomicBoolean measuring = new AtomicBoolean();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong errors = new AtomicLong();
        List<long[]> latencies = new ArrayList<>();
        int[] counts = new int[callers];
        CountDownLatch done = new CountDownLatch(callers);
        for (int c = 0; c < callers; c++) {
            long[] mine = new long[1 << 21];
            latencies.add(mine);
            int index = c;
            Thread t = new Thread(() -> {
                try {
                    while (!stop.get()) {
                        long start = System.nanoTime();
                        boolean ok = attempt(call);
                        long took = System.nanoTime() - start;
                        if (measuring.get()) {
                            if (!ok) {
                                errors.incrementAndGet();
                            } else if (counts[index] < mine.length) {
                                mine[counts[index]++] = took;
                            }
                        }
                    }
                } finally {
                    done.countDown();
                }
            }, "load-" + c);
            t.setDaemon(true);
            t.start();
        }
        Thread.sleep(warmup.toMillis());
        long wireBefore = wire.getAsLong();
        measuring.set(true);
        long begin = System.nanoTime();
        Thread.sleep(measure.toMillis());
        measuring.set(false);
        long wireAfter = wire.getAsLong();
        double seconds = (System.nanoTime() - begin) / 1e9;
        stop.set(true);
        done.await();
        int total = Arrays.stream(counts).sum();
        long[] all = new long[total];
        int at = 0;
        for (int c = 0; c < callers; c++) {
            System.arraycopy(latencies.get(c), 0, all, at, counts[c]);
            at += counts[c];
        }
        Arrays.sort(all);
        return new LoadResult(callers, total, errors.get(), seconds, percentile(all, 0.50), percentile(all, 0.99),
                wireAfter - wireBefore);
    }

    private static boolean attempt(Call call) {
        try {
            call.run();
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int i = (int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1);
        return sorted[Math.max(0, i)] / 1e6;
    }
}

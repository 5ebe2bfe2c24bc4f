package io.wxmass.bench.storm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * The load generator. {@link #closed} keeps {@code connections} requests in flight for a while (the most the
 * receiver accepts per second); {@link #paced} sends at a fixed rate and measures each latency from the
 * moment the request was due, so a receiver that falls behind is charged for the queue it builds
 * (no coordinated omission).
 */
final class Load {
    /** What one run did: pushes acknowledged ({@code 200 success}), refused or failed, and per-request latencies. */
    record Result(long acknowledged, long refused, long errors, double seconds, long[] latenciesNanos) {
        double perSecond() {
            return acknowledged / seconds;
        }

        double percentileMillis(double p) {
            if (latenciesNanos.length == 0) {
                return Double.NaN;
            }
            long[] sorted = latenciesNanos.clone();
            Arrays.sort(sorted);
            int index = (int) Math.min(sorted.length - 1, Math.ceil(p / 100.0 * sorted.length) - 1);
            return sorted[Math.max(0, index)] / 1e6;
        }
    }

    private Load() {
    }

    /** As many pushes as {@code connections} clients get answered within {@code seconds} (or until the pushes run out). */
    static Result closed(int port, StormPushes.Push[] pushes, int connections, double seconds) throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        long end = System.nanoTime() + (long) (seconds * 1e9);
        return run(port, connections, pushes, next, i -> System.nanoTime(), () -> System.nanoTime() < end);
    }

    /** Every push of {@code pushes}, due one after another at {@code rate} per second. */
    static Result paced(int port, StormPushes.Push[] pushes, int connections, double rate) throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        long start = System.nanoTime() + 50_000_000L;
        double gap = 1e9 / rate;
        return run(port, connections, pushes, next, i -> {
            long due = start + (long) (i * gap);
            long wait;
            while ((wait = due - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            return due;
        }, () -> true);
    }

    private interface DueTime {
        long of(int index);
    }

    private interface Going {
        boolean on();
    }

    private static Result run(int port, int connections, StormPushes.Push[] pushes, AtomicInteger next, DueTime due, Going going)
            throws InterruptedException {
        AtomicLong acknowledged = new AtomicLong();
        AtomicLong refused = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        long[] latencies = new long[pushes.length];
        AtomicInteger recorded = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        long began = System.nanoTime();
        for (int c = 0; c < connections; c++) {
            Thread t = new Thread(() -> {
                try (LoopbackClient client = new LoopbackClient(port)) {
                    int i;
                    while (going.on() && (i = next.getAndIncrement()) < pushes.length) {
                        long from = due.of(i);
                        try {
                            LoopbackClient.Answer answer = client.post(pushes[i].pathAndQuery(), pushes[i].body());
                            if (answer.status() == 200 && answer.body().equals("success")) {
                                acknowledged.incrementAndGet();
                            } else {
                                refused.incrementAndGet();
                            }
                        } catch (Exception e) {
                            errors.incrementAndGet();
                            client.close();
                        }
                        latencies[recorded.getAndIncrement()] = System.nanoTime() - from;
                    }
                }
            }, "storm-client-" + c);
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) {
            t.join();
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        return new Result(acknowledged.get(), refused.get(), errors.get(), seconds, Arrays.copyOf(latencies, recorded.get()));
    }
}

package io.wxmass.bench.versus;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/** {@code threads} threads parked on one latch, released together, each making one call. */
final class Burst {
    private Burst() {
    }

    /** @return how many of the calls failed */
    static int run(int threads, StatusLoad.Call call) throws InterruptedException {
        CountDownLatch ready = new CountDownLatch(threads);
        CountDownLatch go = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(threads);
        AtomicInteger failed = new AtomicInteger();
        for (int i = 0; i < threads; i++) {
            Thread t = new Thread(() -> {
                try {
                    ready.countDown();
                    go.await();
                    call.run();
                } catch (Exception e) {
                    failed.incrementAndGet();
                } finally {
                    done.countDown();
                }
            }, "burst-" + i);
            t.setDaemon(true);
            t.start();
        }
        ready.await();
        go.countDown();
        done.await();
        return failed.get();
    }
}

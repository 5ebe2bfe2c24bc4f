package io.wxmass.campaign.cluster;

import io.wxmass.core.WxMass;
import io.wxmass.core.message.Audience;
import io.wxmass.core.message.MassMessage;
import io.wxmass.core.message.SendOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

/**
 * Steady calls from several threads per instance until stopped: an authenticated call each time
 * and, while the instance's send allowance lasts, a mass send every few calls. The test hands out
 * sends per instance so every instance sends in every phase while the account stays far below
 * its 60 per minute. Failures are kept, not thrown.
 */
final class Traffic implements AutoCloseable {
    private static final int SEND_EVERY = 4;

    private final AtomicLong calls = new AtomicLong();
    private final AtomicInteger sends = new AtomicInteger();
    private final AtomicInteger sendsAllowed = new AtomicInteger();
    private final List<AtomicInteger> allowances = new ArrayList<>();
    private final Queue<Throwable> failures = new ConcurrentLinkedQueue<>();
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running = true;

    private Traffic() {
    }

    static Traffic start(List<WxMass> instances, int threadsPerInstance, Audience audience) {
        Traffic traffic = new Traffic();
        for (WxMass wx : instances) {
            AtomicInteger allowance = new AtomicInteger();
            traffic.allowances.add(allowance);
            for (int i = 0; i < threadsPerInstance; i++) {
                Thread thread = new Thread(() -> traffic.run(wx, audience, allowance), "traffic-" + traffic.threads.size());
                traffic.threads.add(thread);
            }
        }
        traffic.threads.forEach(Thread::start);
        return traffic;
    }

    private void run(WxMass wx, Audience audience, AtomicInteger allowance) {
        int iteration = 0;
        while (running) {
            try {
                wx.mass().speed();
                calls.incrementAndGet();
                if (++iteration % SEND_EVERY == 0 && allowance.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                    wx.mass().send(MassMessage.text("cluster traffic"), audience, SendOptions.generated());
                    sends.incrementAndGet();
                }
            } catch (RuntimeException e) {
                failures.add(e);
            }
        }
    }

    /** Lets every instance make {@code perInstance} more sends and waits until they are all done. */
    void sendAndWait(int perInstance) throws InterruptedException {
        allowances.forEach(allowance -> allowance.addAndGet(perInstance));
        int target = sendsAllowed.addAndGet(perInstance * allowances.size());
        awaitUntil(() -> sends.get() >= target);
    }

    /** Waits until {@code more} further calls have succeeded (or something failed). */
    void awaitMoreCalls(long more) throws InterruptedException {
        long target = calls.get() + more;
        awaitUntil(() -> calls.get() >= target);
    }

    /** Waits, while the traffic goes on, until {@code condition} holds (or something failed). */
    void awaitUntil(BooleanSupplier condition) throws InterruptedException {
        while (!condition.getAsBoolean() && failures.isEmpty()) {
            Thread.sleep(10);
        }
    }

    int sends() {
        return sends.get();
    }

    List<Throwable> failures() {
        return List.copyOf(failures);
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        for (Thread thread : threads) {
            thread.join();
        }
    }
}

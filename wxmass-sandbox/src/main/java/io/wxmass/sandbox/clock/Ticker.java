package io.wxmass.sandbox.clock;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs tasks that settle whatever the sandbox clock has made due (publishing, confirmation deadlines)
 * on one daemon thread, so that moving the clock takes effect without a request.
 */
public final class Ticker implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(Ticker.class.getName());

    private final ScheduledExecutorService thread;

    public Ticker(String name, Duration every, List<Runnable> tasks) {
        Objects.requireNonNull(name, "name");
        List<Runnable> copy = List.copyOf(tasks);
        this.thread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
        long nanos = every.toNanos();
        thread.scheduleWithFixedDelay(() -> copy.forEach(Ticker::runSafely), nanos, nanos, TimeUnit.NANOSECONDS);
    }

    private static void runSafely(Runnable task) {
        try {
            task.run();
        } catch (RuntimeException e) {
            // A failing task must not cancel the schedule (a thrown exception would end it for good).
            LOG.log(System.Logger.Level.ERROR, "sandbox tick failed", e);
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}

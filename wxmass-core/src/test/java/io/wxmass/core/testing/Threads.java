package io.wxmass.core.testing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;

/** Waiting for other threads to reach a state, without sleeping a guessed amount of time. */
public final class Threads {
    private static final long LIMIT_NANOS = 10_000_000_000L;

    private Threads() {
    }

    /** Polls until {@code condition} holds; fails the test if it does not within 10 s (a hang, not a timing). */
    public static void awaitUntil(BooleanSupplier condition) {
        long end = System.nanoTime() + LIMIT_NANOS;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("condition not reached within 10 s");
            }
            Thread.onSpinWait();
            Thread.yield();
        }
    }

    /** Whether every thread is parked (waiting on a lock, a future or a latch). */
    public static boolean allWaiting(Collection<Thread> threads) {
        List<Thread> copy;
        synchronized (threads) {
            copy = new ArrayList<>(threads);
        }
        return copy.stream().allMatch(t -> t.getState() == Thread.State.WAITING || t.getState() == Thread.State.TIMED_WAITING);
    }

    /**
     * Submits {@code count} copies of {@code task} to {@code pool} and returns once every one of them has parked
     * inside it (waiting on a lock, a future or a latch): they have all arrived.
     */
    public static <T> List<Future<T>> submitAndAwaitParked(ExecutorService pool, int count, Callable<T> task) {
        List<Thread> started = new ArrayList<>();
        List<Future<T>> futures = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            futures.add(pool.submit(() -> {
                synchronized (started) {
                    started.add(Thread.currentThread());
                }
                return task.call();
            }));
        }
        awaitUntil(() -> {
            synchronized (started) {
                if (started.size() < count) {
                    return false;
                }
            }
            return allWaiting(started);
        });
        return futures;
    }

    /** Runs {@code task} {@code times} times on each of {@code callers} threads at once; every result, in no order. */
    public static <T> List<T> callConcurrently(int callers, int times, Callable<T> task)
            throws InterruptedException, ExecutionException {
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            List<Future<List<T>>> perCaller = new ArrayList<>();
            for (int c = 0; c < callers; c++) {
                perCaller.add(pool.submit(() -> {
                    List<T> results = new ArrayList<>();
                    for (int i = 0; i < times; i++) {
                        results.add(task.call());
                    }
                    return results;
                }));
            }
            List<T> all = new ArrayList<>();
            for (Future<List<T>> f : perCaller) {
                all.addAll(f.get());
            }
            return all;
        } finally {
            pool.shutdownNow();
        }
    }
}

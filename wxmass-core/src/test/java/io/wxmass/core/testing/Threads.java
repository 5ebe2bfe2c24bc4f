package io.wxmass.core.testing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
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
}

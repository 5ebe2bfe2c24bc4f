package io.wxmass.core.internal;

import java.util.Objects;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The one thread factory of wxmass's background work (timers, tickers, server pools): daemon threads, so
 * they never keep a JVM alive, with names that say whose they are in a thread dump. Not API: shared by the
 * modules built on core.
 */
public final class DaemonThreads {
    private DaemonThreads() {
    }

    /** Every thread is called {@code name} (a pool of one). */
    public static ThreadFactory named(String name) {
        Objects.requireNonNull(name, "name");
        return runnable -> daemon(runnable, name);
    }

    /** Threads called {@code prefix-1}, {@code prefix-2}, ... (a pool of several). */
    public static ThreadFactory numbered(String prefix) {
        Objects.requireNonNull(prefix, "prefix");
        AtomicInteger n = new AtomicInteger();
        return runnable -> daemon(runnable, prefix + "-" + n.incrementAndGet());
    }

    private static Thread daemon(Runnable runnable, String name) {
        Thread thread = new Thread(runnable, name);
        thread.setDaemon(true);
        return thread;
    }
}

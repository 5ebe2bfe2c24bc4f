package io.wxmass.core.http;

import io.wxmass.core.internal.DaemonThreads;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Ends a blocking {@code HttpClient.send} whose body has not arrived by its deadline: {@code HttpRequest.timeout}
 * bounds only the headers. One daemon thread for the JVM interrupts the caller of an overdue call (send() then
 * cancels the exchange, which closes its connection). Nothing is woken per call: the thread ticks at a quarter of
 * the shortest timeout it has seen (at most once a second) and, after a minute without calls, parks until the
 * next one, so a call wakes it at most once per idle spell. A call therefore ends at most a quarter of its
 * timeout after its deadline.
 */
final class SendWatchdog {
    static final SendWatchdog INSTANCE = new SendWatchdog();

    private static final long MAX_TICK = TimeUnit.SECONDS.toNanos(1);
    private static final long MIN_TICK = TimeUnit.MILLISECONDS.toNanos(10);
    private static final long LINGER = TimeUnit.MINUTES.toNanos(1);

    private final Set<Watched> inFlight = ConcurrentHashMap.newKeySet();
    private volatile long tick = MAX_TICK;
    private volatile boolean parkedIdle;
    private Thread thread;

    private SendWatchdog() {
    }

    /** Watches the calling thread's call until {@link Watched#end()}. */
    Watched watch(long timeoutNanos) {
        Watched w = new Watched(Thread.currentThread(), System.nanoTime() + timeoutNanos);
        long wanted = Math.max(MIN_TICK, timeoutNanos / 4);
        if (wanted < tick) {
            tick = wanted;
        }
        inFlight.add(w);
        if (parkedIdle || thread == null) {
            wake();
        }
        return w;
    }

    private synchronized void wake() {
        if (thread == null) {
            thread = DaemonThreads.named("wxmass-send-watchdog").newThread(this::run);
            thread.start();
        } else {
            LockSupport.unpark(thread);
        }
    }

    private void run() {
        long lastBusy = System.nanoTime();
        while (true) {
            long now = System.nanoTime();
            for (Watched w : inFlight) {
                lastBusy = now;
                if (now - w.deadline >= 0) {
                    w.expire();
                }
            }
            if (now - lastBusy >= LINGER) {
                parkedIdle = true;
                if (inFlight.isEmpty()) {
                    LockSupport.park(this);
                }
                parkedIdle = false;
                lastBusy = System.nanoTime();
            } else {
                LockSupport.parkNanos(this, tick);
            }
        }
    }

    /** One call in flight: ended by its caller or expired by the watchdog, whichever comes first. */
    final class Watched {
        private static final int RUNNING = 0;
        private static final int ENDED = 1;
        private static final int EXPIRED = 2;

        private final Thread caller;
        private final long deadline;
        private final AtomicInteger state = new AtomicInteger(RUNNING);

        private Watched(Thread caller, long deadline) {
            this.caller = caller;
            this.deadline = deadline;
        }

        private synchronized void expire() {
            if (state.compareAndSet(RUNNING, EXPIRED)) {
                caller.interrupt();
            }
        }

        /**
         * Stops watching; false when the watchdog fired first, its interrupt then consumed so the caller's thread
         * is left as it was.
         */
        boolean end() {
            inFlight.remove(this);
            if (state.compareAndSet(RUNNING, ENDED)) {
                return true;
            }
            synchronized (this) {
                Thread.interrupted(); // expire() has interrupted by now: it holds this lock while it does
            }
            return false;
        }
    }
}

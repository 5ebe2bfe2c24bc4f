package io.wxmass.transport.httpclient5;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Proxy;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.util.concurrent.TimeUnit;

/**
 * A plain socket whose every read waits at most until the calling thread's deadline: the read timeout is re-set
 * to the time left before each read, so a server that sends its headers and then drips the body (a byte per
 * read, never silent for a whole read timeout) cannot hold the caller past the request timeout. HttpClient
 * reads on the caller's thread (classic API), so the deadline travels in a thread-local, set around one call.
 * No thread is woken: the JDK applies SO_TIMEOUT inside the read's own poll. TLS layers over this socket and
 * reads through it, so https is bounded the same way.
 */
final class DeadlineSocket extends Socket {
    private static final ThreadLocal<long[]> DEADLINE = ThreadLocal.withInitial(() -> new long[1]);

    private int requestedTimeout;
    private int appliedTimeout = -1;
    private InputStream in;

    DeadlineSocket() {
    }

    DeadlineSocket(Proxy proxy) {
        super(proxy);
    }

    /** Runs {@code call} with every read of this thread bounded by {@code deadlineNanos} ({@link System#nanoTime()}). */
    static <T> T within(long deadlineNanos, IoCall<T> call) throws IOException {
        long[] deadline = DEADLINE.get();
        deadline[0] = deadlineNanos;
        try {
            return call.run();
        } finally {
            deadline[0] = 0;
        }
    }

    /** The timeout HttpClient asks for (its response timeout, a 1 ms stale check); the deadline may shorten it. */
    @Override
    public synchronized void setSoTimeout(int timeout) throws SocketException {
        requestedTimeout = timeout;
        apply(timeout);
    }

    @Override
    public synchronized int getSoTimeout() {
        return requestedTimeout;
    }

    @Override
    public synchronized InputStream getInputStream() throws IOException {
        if (in == null) {
            in = new Bounded(super.getInputStream());
        }
        return in;
    }

    private void beforeRead() throws IOException {
        long deadline = DEADLINE.get()[0];
        if (deadline == 0) {
            return;
        }
        long leftMillis = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
        if (leftMillis <= 0) {
            throw new SocketTimeoutException("deadline passed");
        }
        int left = (int) Math.min(leftMillis, Integer.MAX_VALUE);
        int requested;
        synchronized (this) {
            requested = requestedTimeout;
        }
        apply(requested == 0 ? left : Math.min(requested, left));
    }

    private synchronized void apply(int timeout) throws SocketException {
        if (timeout != appliedTimeout) {
            super.setSoTimeout(timeout);
            appliedTimeout = timeout;
        }
    }

    /** One round trip that may throw I/O failures. */
    @FunctionalInterface
    interface IoCall<T> {
        T run() throws IOException;
    }

    private final class Bounded extends FilterInputStream {
        Bounded(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            beforeRead();
            return super.read();
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            beforeRead();
            return super.read(b, off, len);
        }
    }
}

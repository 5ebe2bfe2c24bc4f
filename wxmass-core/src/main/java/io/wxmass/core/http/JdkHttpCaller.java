package io.wxmass.core.http;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** {@link HttpCaller} over the JDK's {@link HttpClient}: the default. */
final class JdkHttpCaller implements HttpCaller {
    private static final long BODY_DEADLINE_GRACE_NANOS = TimeUnit.MILLISECONDS.toNanos(20);

    /*
     * How the caller waits (BENCHMARKS.md, one call): "watched" (the default) is a blocking send() whose body the
     * SendWatchdog bounds; "async" is sendAsync plus a timed wait, the default before it; "blocking" is send()
     * alone, for the bench only: it bounds the headers but not the body.
     */
    private static final String MODE = System.getProperty("wxmass.jdk.send", "watched");

    private final HttpClient client;

    JdkHttpCaller(HttpClient client) {
        this.client = client;
    }

    @Override
    public Response call(Request request) throws Failure, InterruptedException {
        HttpRequest.Builder http = HttpRequest.newBuilder(request.uri()).timeout(request.timeout())
                .header("Accept", "application/json");
        if (request.method() == Endpoint.Method.GET) {
            http.GET();
        } else {
            http.header("Content-Type", request.contentType()).POST(HttpRequest.BodyPublishers.ofByteArray(request.body()));
        }
        try {
            HttpResponse<byte[]> response;
            if (MODE.equals("async")) {
                response = await(client.sendAsync(http.build(), HttpResponse.BodyHandlers.ofByteArray()),
                        System.nanoTime() + request.timeout().toNanos());
            } else if (MODE.equals("blocking")) {
                response = client.send(http.build(), HttpResponse.BodyHandlers.ofByteArray());
            } else {
                response = watched(http.build(), request.timeout().toNanos());
            }
            return new Response(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new Failure(kind(e), e);
        }
    }

    /**
     * A blocking send, which in this client costs less per call than sendAsync and a timed wait (about 4x the calls
     * per second at 16 callers, BENCHMARKS.md), with the body bounded by the watchdog's interrupt.
     */
    private HttpResponse<byte[]> watched(HttpRequest http, long timeoutNanos) throws IOException, InterruptedException {
        SendWatchdog.Watched watch = SendWatchdog.INSTANCE.watch(timeoutNanos);
        HttpResponse<byte[]> response;
        try {
            response = client.send(http, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException | InterruptedException e) {
            if (!watch.end()) {
                throw new HttpTimeoutException("body not complete before the deadline");
            }
            throw e;
        }
        watch.end(); // an answer that made it as the watchdog fired is still the answer
        return response;
    }

    /**
     * The earlier default ({@code wxmass.jdk.send=async}): waits on the caller's thread for the headers and the
     * whole body, up to the deadline, then cancels the exchange, which closes its connection. Measured 2-4x slower
     * than a blocking send (BENCHMARKS.md, one call).
     */
    private static HttpResponse<byte[]> await(CompletableFuture<HttpResponse<byte[]>> pending, long deadline)
            throws IOException, InterruptedException {
        // The client's own timer ends the wait for headers at the same instant and names a connect that took
        // too long, so this wait gives it a moment to speak first.
        long left = deadline + BODY_DEADLINE_GRACE_NANOS - System.nanoTime();
        try {
            return pending.get(Math.max(0, left), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            pending.cancel(true);
            throw new HttpTimeoutException("body not complete before the deadline");
        } catch (InterruptedException e) {
            pending.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() instanceof CompletionException c && c.getCause() != null ? c.getCause() : e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException r) {
                throw r; // what send() throws as is: IllegalArgumentException, SecurityException
            }
            throw new IOException(cause);
        }
    }

    private static FailureKind kind(IOException e) {
        if (e instanceof HttpConnectTimeoutException) {
            return FailureKind.CONNECT_TIMED_OUT;
        }
        if (e instanceof HttpTimeoutException) {
            return FailureKind.NO_ANSWER_BEFORE_DEADLINE;
        }
        if (e instanceof ConnectException) {
            return FailureKind.CONNECT_REFUSED;
        }
        return FailureKind.IO;
    }

    @Override
    public String toString() {
        return "JdkHttpCaller[" + client.version() + "]";
    }
}

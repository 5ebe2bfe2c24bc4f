package io.wxmass.sandbox.receiver;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.wxmass.core.callback.CallbackHandler;
import io.wxmass.core.callback.CallbackReply;
import io.wxmass.core.callback.QueryString;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * A developer's callback URL for tests: a JDK HTTP server on a free loopback port that records every request
 * (method, query, body) and answers from a script, one reply per request, then from a responder — by default
 * {@code 200 success}, or wxmass-core's {@link CallbackHandler} with {@link #handledBy}.
 *
 * <p>It lives in the sandbox (not wxmass-testing) because the sandbox's own push tests need it too, and
 * wxmass-testing depends on the sandbox.
 */
public final class CallbackReceiver implements AutoCloseable {
    public static final String PATH = "/wx/callback";

    /** One answer: a status, content type and body, optionally after holding the request for a while. */
    public record Reply(int status, String contentType, String body, Duration hold) {
        public Reply {
            Objects.requireNonNull(contentType, "contentType");
            Objects.requireNonNull(body, "body");
            Objects.requireNonNull(hold, "hold");
        }

        public static Reply ok() {
            return status(200, "success");
        }

        public static Reply status(int status, String body) {
            return new Reply(status, "text/plain", body, Duration.ZERO);
        }

        public static Reply hold(Duration hold) {
            return new Reply(200, "text/plain", "success", hold);
        }

        static Reply of(CallbackReply reply) {
            return new Reply(reply.status(), reply.contentType(), reply.body(), Duration.ZERO);
        }
    }

    /** A request as received. */
    public record Received(String method, Map<String, String> query, String body) {
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(4);
    private final ConcurrentLinkedQueue<Reply> script = new ConcurrentLinkedQueue<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile Function<Received, Reply> responder;

    private CallbackReceiver(Function<Received, Reply> responder, List<Reply> replies) {
        this.responder = Objects.requireNonNull(responder, "responder");
        this.script.addAll(replies);
        try {
            this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("callback receiver: cannot bind a loopback port", e);
        }
        server.createContext(PATH, this::handle);
        server.setExecutor(threads);
        server.start();
    }

    /** Answers from {@code replies} first, then {@code 200 success}. */
    public static CallbackReceiver start(Reply... replies) {
        return start(request -> Reply.ok(), replies);
    }

    /** Answers from {@code replies} first, then lets {@code responder} answer each request. */
    public static CallbackReceiver start(Function<Received, Reply> responder, Reply... replies) {
        return new CallbackReceiver(responder, List.of(replies));
    }

    /** A responder that passes each request through core's handler: what a real application answers. */
    public static Function<Received, Reply> handledBy(CallbackHandler handler) {
        Objects.requireNonNull(handler, "handler");
        return request -> Reply.of(handler.handle(request.method(), request.query(), request.body()));
    }

    /** Replaces the responder for the next requests (e.g. once the application under test has started). */
    public void respondWith(Function<Received, Reply> responder) {
        this.responder = Objects.requireNonNull(responder, "responder");
    }

    /** e.g. {@code http://127.0.0.1:54321/wx/callback}. */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + PATH;
    }

    /** Every request so far, oldest first. */
    public List<Received> received() {
        return new ArrayList<>(received);
    }

    private void handle(HttpExchange exchange) {
        try (exchange; InputStream in = exchange.getRequestBody()) {
            String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Received request = new Received(exchange.getRequestMethod(),
                    QueryString.parse(exchange.getRequestURI().getRawQuery()), body);
            received.add(request);
            Reply reply = script.poll();
            if (reply == null) {
                reply = responder.apply(request);
            }
            if (!reply.hold().isZero()) {
                Thread.sleep(reply.hold().toMillis());
            }
            byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", reply.contentType());
            exchange.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException ignored) {
            // The caller gave up on this request (timeout); nothing left to answer.
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
        try {
            threads.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

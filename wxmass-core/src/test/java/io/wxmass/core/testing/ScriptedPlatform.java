package io.wxmass.core.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * A tiny in-process stand-in for the platform on a free port: it records every request and answers
 * each path from a script (one-shot replies first, then the path's standing reply). Unscripted paths
 * get HTTP 404. Close it after the test: hanging replies are released and the threads stopped.
 */
public final class ScriptedPlatform implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    static {
        // Without TCP_NODELAY the JDK server's split writes meet delayed ACKs: ~40 ms per request.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final CountDownLatch released = new CountDownLatch(1);
    private final Map<String, Deque<Reply>> queued = new HashMap<>();
    private final Map<String, Function<Recorded, Reply>> standing = new HashMap<>();
    private final List<Recorded> recorded = new ArrayList<>();

    private ScriptedPlatform() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    public static ScriptedPlatform start() {
        try {
            return new ScriptedPlatform();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** e.g. {@code http://127.0.0.1:41234}, to be used as the SDK's base URL. */
    public String baseUrl() {
        return "http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort();
    }

    /** One-shot replies for {@code path}, used in order before its standing reply. */
    public synchronized ScriptedPlatform enqueue(String path, Reply... replies) {
        queued.computeIfAbsent(path, p -> new ArrayDeque<>()).addAll(List.of(replies));
        return this;
    }

    /** The reply for {@code path} whenever no one-shot reply is queued. */
    public ScriptedPlatform always(String path, Reply reply) {
        return always(path, request -> reply);
    }

    /** A reply computed from each request, whenever no one-shot reply is queued. */
    public synchronized ScriptedPlatform always(String path, Function<Recorded, Reply> replies) {
        standing.put(path, replies);
        return this;
    }

    public synchronized List<Recorded> requests() {
        return List.copyOf(recorded);
    }

    public synchronized List<Recorded> requests(String path) {
        return recorded.stream().filter(r -> r.path().equals(path)).toList();
    }

    public int count(String path) {
        return requests(path).size();
    }

    @Override
    public void close() {
        released.countDown();
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Recorded request = new Recorded(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    query(exchange.getRequestURI().getRawQuery()), Map.copyOf(exchange.getRequestHeaders()),
                    exchange.getRequestBody().readAllBytes());
            Reply reply;
            synchronized (this) {
                recorded.add(request);
                Deque<Reply> queue = queued.get(request.path());
                Function<Recorded, Reply> fallback = standing.get(request.path());
                reply = queue != null && !queue.isEmpty() ? queue.poll()
                        : fallback != null ? fallback.apply(request)
                        : Reply.json(404, "{\"errcode\":404,\"errmsg\":\"no script for " + request.path() + "\"}");
            }
            reply.answer(exchange, released);
        }
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> query = new LinkedHashMap<>();
        if (raw != null && !raw.isEmpty()) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                query.put(decode(eq < 0 ? pair : pair.substring(0, eq)), eq < 0 ? "" : decode(pair.substring(eq + 1)));
            }
        }
        return query;
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    /** What the platform received. Header names are as the JDK server normalises them (e.g. "Content-type"). */
    public record Recorded(String method, String path, Map<String, String> query, Map<String, List<String>> headers,
                           byte[] body) {
        public String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    /** How the platform answers one request. */
    @FunctionalInterface
    public interface Reply {
        void answer(HttpExchange exchange, CountDownLatch released) throws IOException;

        /** HTTP 200 with a JSON body, as the platform answers success and errors alike. */
        static Reply json(String body) {
            return json(200, body);
        }

        static Reply json(int status, String body) {
            return raw(status, "application/json; encoding=utf-8", body.getBytes(StandardCharsets.UTF_8));
        }

        static Reply raw(int status, String contentType, byte[] body) {
            return (exchange, released) -> {
                exchange.getResponseHeaders().set("Content-Type", contentType);
                exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            };
        }

        /** {@code {"errcode":code,"errmsg":errmsg}}. */
        static Reply error(int code, String errmsg) {
            return json("{\"errcode\":" + code + ",\"errmsg\":\"" + errmsg + "\"}");
        }

        /** Never answers (until the platform is closed): the client's request timeout fires. */
        static Reply hang() {
            return (exchange, released) -> {
                try {
                    released.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            };
        }

        /** Reads the request, then closes the connection without an answer, like a reset. */
        static Reply drop() {
            return (exchange, released) -> {
                // Closing before the status line is sent makes the JDK server drop the connection.
            };
        }
    }
}

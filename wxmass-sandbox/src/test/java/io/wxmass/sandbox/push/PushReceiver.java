package io.wxmass.sandbox.push;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * A real HTTP callback receiver for tests: records every POST (query and body) and answers from a
 * script, one reply per request, then from a responder ({@code 200 success} unless given).
 */
public final class PushReceiver implements AutoCloseable {

    /** One scripted answer: a status and body, optionally after holding the request for a while. */
    public record Reply(int status, String body, Duration hold) {
        public static Reply ok() {
            return new Reply(200, "success", Duration.ZERO);
        }

        public static Reply status(int status, String body) {
            return new Reply(status, body, Duration.ZERO);
        }

        public static Reply hold(Duration hold) {
            return new Reply(200, "success", hold);
        }
    }

    /** A request as received. */
    public record Received(Map<String, String> query, String body) {
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(4);
    private final ConcurrentLinkedQueue<Reply> script = new ConcurrentLinkedQueue<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Function<Received, Reply> afterScript;

    private PushReceiver(HttpServer server, Function<Received, Reply> afterScript) {
        this.server = server;
        this.afterScript = afterScript;
    }

    public static PushReceiver start(Reply... replies) throws IOException {
        return start(request -> Reply.ok(), replies);
    }

    /** Answers from {@code replies} first, then lets {@code afterScript} answer each request. */
    public static PushReceiver start(Function<Received, Reply> afterScript, Reply... replies) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        PushReceiver receiver = new PushReceiver(server, afterScript);
        receiver.script.addAll(List.of(replies));
        server.createContext("/wx/callback", receiver::handle);
        server.setExecutor(receiver.threads);
        server.start();
        return receiver;
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/wx/callback";
    }

    public List<Received> received() {
        return new ArrayList<>(received);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange; InputStream in = exchange.getRequestBody()) {
            String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Received request = new Received(parse(exchange.getRequestURI().getRawQuery()), body);
            received.add(request);
            Reply reply = script.poll();
            if (reply == null) {
                reply = afterScript.apply(request);
            }
            if (!reply.hold().isZero()) {
                Thread.sleep(reply.hold().toMillis());
            }
            byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException ignored) {
            // The sandbox gave up on this request (timeout); nothing left to answer.
        }
    }

    private static Map<String, String> parse(String rawQuery) {
        Map<String, String> query = new LinkedHashMap<>();
        if (rawQuery == null) {
            return query;
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            query.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return query;
    }

    @Override
    public void close() throws InterruptedException {
        server.stop(0);
        threads.shutdownNow();
        threads.awaitTermination(5, TimeUnit.SECONDS);
    }
}

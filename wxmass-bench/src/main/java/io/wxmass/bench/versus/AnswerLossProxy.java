package io.wxmass.bench.versus;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A pass-through in front of the sandbox that turns {@code share} of the successful answers on one path
 * into {@code {"errcode":-1,"errmsg":"system error"}}: the platform created the job, the client hears -1.
 * The sandbox's own fault plan answers -1 before accepting, so this case needs a hop of its own.
 */
final class AnswerLossProxy implements AutoCloseable {
    private static final byte[] SYSTEM_ERROR =
            "{\"errcode\":-1,\"errmsg\":\"system error\"}".getBytes(StandardCharsets.UTF_8);

    private final HttpServer server;
    private final ExecutorService pool = Executors.newFixedThreadPool(32, r -> {
        Thread t = new Thread(r, "answer-loss-proxy");
        t.setDaemon(true);
        return t;
    });
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final URI upstream;
    private final String path;
    private final double share;
    private final SplittableRandom random;
    private final AtomicInteger lost = new AtomicInteger();

    private AnswerLossProxy(URI upstream, String path, double share, long seed) throws IOException {
        this.upstream = upstream;
        this.path = path;
        this.share = share;
        this.random = new SplittableRandom(seed);
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 256);
        server.setExecutor(pool);
        server.createContext("/", this::forward);
        server.start();
    }

    static AnswerLossProxy start(URI upstream, String path, double share, long seed) throws IOException {
        return new AnswerLossProxy(upstream, path, share, seed);
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    int lostAnswers() {
        return lost.get();
    }

    private void forward(HttpExchange ex) throws IOException {
        try (ex) {
            byte[] body = ex.getRequestBody().readAllBytes();
            URI target = upstream.resolve(ex.getRequestURI().getRawPath()
                    + (ex.getRequestURI().getRawQuery() == null ? "" : "?" + ex.getRequestURI().getRawQuery()));
            HttpRequest.Builder request = HttpRequest.newBuilder(target)
                    .method(ex.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(body));
            String type = ex.getRequestHeaders().getFirst("Content-Type");
            if (type != null) {
                request.header("Content-Type", type);
            }
            HttpResponse<byte[]> answer = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            byte[] out = answer.body();
            if (path.equals(ex.getRequestURI().getPath()) && accepted(out) && lose()) {
                lost.incrementAndGet();
                out = SYSTEM_ERROR;
            }
            ex.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
            ex.sendResponseHeaders(answer.statusCode(), out.length);
            try (OutputStream o = ex.getResponseBody()) {
                o.write(out);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean accepted(byte[] answer) {
        return new String(answer, StandardCharsets.UTF_8).contains("\"errcode\":0");
    }

    private synchronized boolean lose() {
        return random.nextDouble() < share;
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }
}

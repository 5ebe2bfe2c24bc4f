package io.wxmass.campaign.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.wxmass.core.callback.AesKey;
import io.wxmass.core.callback.CallbackHandler;
import io.wxmass.core.callback.CallbackListener;
import io.wxmass.core.callback.CallbackReply;
import io.wxmass.core.callback.QueryString;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The developer's callback endpoint, for tests: a JDK HTTP server on a free port passing pushes
 * through core's {@link CallbackHandler} (safe mode) to a listener set after start.
 */
public final class CallbackReceiver implements AutoCloseable {
    public static final String TOKEN = "campaignTestToken";
    public static final String AES_KEY = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(4);
    private final AtomicReference<CallbackHandler> handler = new AtomicReference<>();

    public CallbackReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/callback", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/callback";
    }

    /** Starts passing pushes to {@code listener}; until then pushes are refused (and the platform retries). */
    public void listen(String appId, Clock clock, CallbackListener listener) {
        handler.set(CallbackHandler.builder().token(TOKEN).appId(appId)
                .aesKey(AesKey.fromEncodingAesKey(AES_KEY)).clock(clock).listener(listener).build());
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            CallbackHandler current = handler.get();
            CallbackReply reply = current == null ? new CallbackReply(503, "text/plain", "")
                    : current.handle(exchange.getRequestMethod(), QueryString.parse(exchange.getRequestURI().getRawQuery()), body);
            byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", reply.contentType());
            exchange.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}

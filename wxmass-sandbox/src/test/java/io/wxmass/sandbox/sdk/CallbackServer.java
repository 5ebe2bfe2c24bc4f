package io.wxmass.sandbox.sdk;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.wxmass.core.callback.CallbackHandler;
import io.wxmass.core.callback.CallbackReply;
import io.wxmass.core.callback.QueryString;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The smallest application a push can reach: the JDK's HttpServer on a free port with wxmass-core's
 * {@link CallbackHandler} mounted at {@code /wx/callback}, exactly as the handler's documentation suggests.
 */
final class CallbackServer implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(2);
    private final CallbackHandler handler;

    private CallbackServer(HttpServer server, CallbackHandler handler) {
        this.server = server;
        this.handler = Objects.requireNonNull(handler, "handler");
    }

    static CallbackServer start(CallbackHandler handler) throws IOException {
        CallbackServer callbacks = new CallbackServer(
                HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0), handler);
        callbacks.server.createContext("/wx/callback", callbacks::serve);
        callbacks.server.setExecutor(callbacks.threads);
        callbacks.server.start();
        return callbacks;
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/wx/callback";
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            CallbackReply reply = handler.handle(exchange.getRequestMethod(),
                    QueryString.parse(exchange.getRequestURI().getRawQuery()), body);
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
    public void close() throws InterruptedException {
        server.stop(0);
        threads.shutdownNow();
        threads.awaitTermination(5, TimeUnit.SECONDS);
    }
}

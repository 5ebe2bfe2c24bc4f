package io.wxmass.cli.it;

import com.sun.net.httpserver.HttpServer;
import io.wxmass.core.callback.QueryString;
import io.wxmass.core.callback.Signatures;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A callback URL for {@code doctor --callback-url}: answers the platform's GET handshake with the echostr
 * when the signature matches its token (as a correct receiver does), or with something else when told to.
 */
final class HandshakeServer implements AutoCloseable {
    private final HttpServer server;

    private HandshakeServer(HttpServer server) {
        this.server = server;
    }

    /** @param echoCorrectly false: answers 200 with a wrong body, as a misconfigured receiver does */
    static HandshakeServer start(String token, boolean echoCorrectly) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/wx", exchange -> {
                Map<String, String> q = QueryString.parse(exchange.getRequestURI().getRawQuery());
                boolean signed = Signatures.matches(q.get("signature"), token, q.getOrDefault("timestamp", ""),
                        q.getOrDefault("nonce", ""));
                String body = !signed ? "bad signature" : echoCorrectly ? q.get("echostr") : "success";
                byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(signed ? 200 : 403, bytes.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            });
            server.start();
            return new HandshakeServer(server);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/wx";
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

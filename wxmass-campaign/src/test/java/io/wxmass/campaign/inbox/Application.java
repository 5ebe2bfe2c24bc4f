package io.wxmass.campaign.inbox;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/** The operator's application, as a plain JDK HTTP server: records each forward and answers as told. */
final class Application implements AutoCloseable {
    /** One forward as it arrived. */
    record Received(Map<String, List<String>> headers, byte[] body) {
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).findFirst()
                    .map(e -> e.getValue().get(0)).orElse(null);
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    final List<Received> received = new CopyOnWriteArrayList<>();
    private final HttpServer server;

    private Application(int port, Function<Received, String> answer) {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/wx/messages", exchange -> {
            Received one = new Received(Map.copyOf(exchange.getRequestHeaders()), exchange.getRequestBody().readAllBytes());
            received.add(one);
            byte[] reply = answer.apply(one).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, reply.length == 0 ? -1 : reply.length);
            if (reply.length > 0) {
                exchange.getResponseBody().write(reply);
            }
            exchange.close();
        });
        server.start();
    }

    /** Listening on any free port, answering {@code success}. */
    static Application start() {
        return new Application(0, r -> "success");
    }

    static Application start(int port, Function<Received, String> answer) {
        return new Application(port, answer);
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/wx/messages");
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

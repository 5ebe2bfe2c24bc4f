package io.wxmass.campaign.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import io.wxmass.core.error.InvalidRequestException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/** Reading requests and writing answers on a JDK {@link HttpExchange}, with a bound on body size. */
final class Exchanges {
    /** Callback pushes and REST bodies are small; an inline openid list of 10,000 is well under this. */
    static final int MAX_BODY_BYTES = 4 * 1024 * 1024;
    static final ObjectMapper JSON = new ObjectMapper();

    private Exchanges() {
    }

    static byte[] body(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            byte[] chunk = new byte[8192];
            int n;
            while ((n = in.read(chunk)) > 0) {
                if (buffer.size() + n > MAX_BODY_BYTES) {
                    throw new InvalidRequestException("body", "at most " + MAX_BODY_BYTES + " bytes");
                }
                buffer.write(chunk, 0, n);
            }
            return buffer.toByteArray();
        }
    }

    static JsonNode jsonBody(HttpExchange exchange) throws IOException {
        byte[] body = body(exchange);
        if (body.length == 0) {
            return JSON.createObjectNode();
        }
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new InvalidRequestException("body", "must be a JSON object");
        }
    }

    static void sendJson(HttpExchange exchange, int status, Object value) throws IOException {
        send(exchange, status, "application/json; charset=utf-8", JSON.writeValueAsBytes(value));
    }

    static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        // -1 = no body; 0 would mean chunked to the JDK server.
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
        exchange.close();
    }
}

package io.wxmass.campaign.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.wxmass.core.callback.CallbackHandler;
import io.wxmass.core.callback.CallbackReply;
import io.wxmass.core.callback.QueryString;
import io.wxmass.core.error.InvalidRequestException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Mounts core's framework-neutral {@link CallbackHandler} on the JDK server: GET handshake, POST in
 * plain or safe mode. The handler calls its listener before it returns, and the listener stores the
 * event (deduplicated) — so the reply goes out only after the event is durable, and a store failure
 * becomes a 500 that makes the platform retry.
 */
final class CallbackEndpoint implements HttpHandler {
    private final CallbackHandler handler;

    CallbackEndpoint(CallbackHandler handler) {
        this.handler = Objects.requireNonNull(handler, "handler");
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        byte[] body;
        try {
            body = exchange.getRequestMethod().equalsIgnoreCase("POST") ? Exchanges.body(exchange) : new byte[0];
        } catch (InvalidRequestException oversized) {
            Exchanges.send(exchange, 413, "text/plain; charset=utf-8", new byte[0]);
            return;
        }
        CallbackReply reply = handler.handle(exchange.getRequestMethod(),
                QueryString.parse(exchange.getRequestURI().getRawQuery()), new String(body, StandardCharsets.UTF_8));
        Exchanges.send(exchange, reply.status(), reply.contentType(), reply.body().getBytes(StandardCharsets.UTF_8));
    }
}

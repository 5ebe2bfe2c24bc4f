package io.wxmass.campaign.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/** One answer: status, content type and body, written by {@link #send}. */
record Reply(int status, String contentType, byte[] body) {
    static final String JSON_TYPE = "application/json; charset=utf-8";
    static final String TEXT_TYPE = "text/plain; charset=utf-8";

    Reply {
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(body, "body");
    }

    static Reply json(int status, Object value) {
        try {
            return new Reply(status, JSON_TYPE, Exchanges.JSON.writeValueAsBytes(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("answer not serialisable", e);
        }
    }

    static Reply error(ApiError error) {
        return json(error.status(), error.body());
    }

    static Reply text(int status, String body) {
        return new Reply(status, TEXT_TYPE, body.getBytes(StandardCharsets.UTF_8));
    }

    void send(Response response, Callback callback) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType);
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        response.getHeaders().put("X-Content-Type-Options", "nosniff");
        response.write(true, body.length == 0 ? null : ByteBuffer.wrap(body), callback);
    }
}

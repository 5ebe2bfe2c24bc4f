package io.wxmass.sandbox.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** A response: status, content type, body bytes and any further headers (the console's cookies and redirects). */
public record PlatformResponse(int status, String contentType, byte[] body, Map<String, String> headers) {
    /** The platform's own content type, parameter name included. */
    public static final String JSON_TYPE = "application/json; encoding=utf-8";

    public PlatformResponse {
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(body, "body");
        headers = Map.copyOf(Objects.requireNonNull(headers, "headers"));
    }

    public PlatformResponse(int status, String contentType, byte[] body) {
        this(status, contentType, body, Map.of());
    }

    /** This response with one more header. */
    public PlatformResponse withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new PlatformResponse(status, contentType, body, more);
    }

    public static PlatformResponse json(JsonNode node) {
        return json(200, node);
    }

    public static PlatformResponse json(int status, JsonNode node) {
        try {
            return new PlatformResponse(status, JSON_TYPE, Json.MAPPER.writeValueAsBytes(node));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JsonNode always serialises", e);
        }
    }

    /** {@code {"errcode":0,"errmsg":"ok"}}. */
    public static PlatformResponse ok() {
        return json(Json.object().put("errcode", 0).put("errmsg", "ok"));
    }

    public static PlatformResponse text(int status, String text) {
        return new PlatformResponse(status, "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8));
    }
}

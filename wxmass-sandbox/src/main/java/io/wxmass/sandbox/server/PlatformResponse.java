package io.wxmass.sandbox.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/** A response: status, content type and body bytes. */
public record PlatformResponse(int status, String contentType, byte[] body) {
    /** The platform's own content type, parameter name included. */
    public static final String JSON_TYPE = "application/json; encoding=utf-8";

    public PlatformResponse {
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(body, "body");
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

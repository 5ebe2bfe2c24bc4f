package io.wxmass.sandbox.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.wxmass.sandbox.platform.PlatformError;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** One request as the routes see it: method, path, decoded query, headers and the raw body. */
public final class PlatformRequest {
    private final String method;
    private final String path;
    private final Map<String, String> query;
    private final Map<String, String> headers;
    private final byte[] body;
    private JsonNode json;

    public PlatformRequest(String method, String path, String rawQuery, Map<String, String> headers, byte[] body) {
        this.method = Objects.requireNonNull(method, "method");
        this.path = Objects.requireNonNull(path, "path");
        this.query = parseQuery(rawQuery);
        this.headers = Objects.requireNonNull(headers, "headers");
        this.body = Objects.requireNonNull(body, "body");
    }

    public String method() {
        return method;
    }

    public boolean isPost() {
        return method.equals("POST");
    }

    public String path() {
        return path;
    }

    public String query(String name) {
        return query.get(name);
    }

    /** A header by lower-case name. */
    public String header(String lowerCaseName) {
        return headers.get(lowerCaseName);
    }

    public byte[] body() {
        return body;
    }

    /**
     * The body as raw JSON, whatever its shape; an empty body reads as {} so optional bodies
     * (speed/get) work. Unparseable JSON is 47001 as on the platform.
     */
    public JsonNode json() {
        if (json == null) {
            if (body.length == 0) {
                json = JsonNodeFactory.instance.objectNode();
            } else {
                try {
                    json = Json.MAPPER.readTree(body);
                } catch (IOException e) {
                    throw PlatformError.of(47001, "data format error");
                }
                if (json == null || !json.isObject()) {
                    throw PlatformError.of(47001, "data format error");
                }
            }
        }
        return json;
    }

    /** The JSON body of an endpoint that needs one: 44002 when empty. */
    public JsonNode requiredJson() {
        if (body.length == 0) {
            throw PlatformError.of(44002, "empty post data");
        }
        return json();
    }

    private static Map<String, String> parseQuery(String raw) {
        if (raw == null || raw.isEmpty()) {
            return Collections.emptyMap();
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String k = eq < 0 ? pair : pair.substring(0, eq);
            String v = eq < 0 ? "" : pair.substring(eq + 1);
            out.putIfAbsent(URLDecoder.decode(k, StandardCharsets.UTF_8), URLDecoder.decode(v, StandardCharsets.UTF_8));
        }
        return out;
    }

    @Override
    public String toString() {
        return "PlatformRequest[" + method + " " + path + "]"; // the query holds the access token: never printed
    }
}

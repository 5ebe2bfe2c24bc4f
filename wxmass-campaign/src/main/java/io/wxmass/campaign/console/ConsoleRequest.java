package io.wxmass.campaign.console;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One request to the console, as the listener read it: method, path, query, the few headers the console
 * reads (names in lower case) and the whole body (bounded by the listener).
 */
public record ConsoleRequest(String method, String path, Map<String, String> query, Map<String, String> headers, byte[] body) {
    public ConsoleRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        query = Map.copyOf(query);
        headers = Map.copyOf(headers);
        Objects.requireNonNull(body, "body");
    }

    /** The headers the console reads; the listener copies only these. */
    public static final java.util.List<String> HEADERS = java.util.List.of("cookie", "content-type", "accept-language",
            "last-event-id", "x-console-live");

    boolean isPost() {
        return method.equals("POST");
    }

    String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }

    String query(String name) {
        return query.get(name);
    }
}

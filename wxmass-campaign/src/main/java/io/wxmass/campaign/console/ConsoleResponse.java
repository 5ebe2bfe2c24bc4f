package io.wxmass.campaign.console;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** One answer of the console: status, content type, extra headers and body. */
public record ConsoleResponse(int status, String contentType, Map<String, String> headers, byte[] body) {
    static final String HTML = "text/html; charset=utf-8";

    public ConsoleResponse {
        Objects.requireNonNull(contentType, "contentType");
        headers = Map.copyOf(headers);
        Objects.requireNonNull(body, "body");
    }

    static ConsoleResponse html(int status, String html) {
        return new ConsoleResponse(status, HTML, Map.of(), html.getBytes(StandardCharsets.UTF_8));
    }

    static ConsoleResponse redirect(String to) {
        return new ConsoleResponse(303, HTML, Map.of("Location", to), new byte[0]);
    }

    ConsoleResponse withHeader(String name, String value) {
        Map<String, String> h = new LinkedHashMap<>(headers);
        h.put(name, value);
        return new ConsoleResponse(status, contentType, h, body);
    }
}

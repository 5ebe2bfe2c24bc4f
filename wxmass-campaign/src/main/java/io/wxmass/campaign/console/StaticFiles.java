package io.wxmass.campaign.console;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/** The console's stylesheet and script, served from the jar: nothing is fetched from elsewhere. */
final class StaticFiles {
    private static final Map<String, String> TYPES = Map.of("console.css", "text/css; charset=utf-8",
            "console.js", "text/javascript; charset=utf-8");

    private StaticFiles() {
    }

    static ConsoleResponse serve(String name) {
        String type = TYPES.get(name);
        if (type == null) {
            return new ConsoleResponse(404, "text/plain; charset=utf-8", Map.of(), "no such file".getBytes());
        }
        try (InputStream in = StaticFiles.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("console resource missing from the jar: " + name);
            }
            return new ConsoleResponse(200, type, Map.of("Cache-Control", "max-age=300"), in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

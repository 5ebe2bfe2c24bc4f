package io.wxmass.sandbox.console;

import io.wxmass.sandbox.server.PlatformResponse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/** The console's stylesheets and script, served from the jar: nothing is fetched from elsewhere. */
final class StaticFiles {
    private static final Map<String, String> TYPES = Map.of("console.css", "text/css; charset=utf-8",
            "article.css", "text/css; charset=utf-8", "console.js", "text/javascript; charset=utf-8");

    private StaticFiles() {
    }

    static PlatformResponse serve(String name) {
        String type = TYPES.get(name);
        if (type == null) {
            return PlatformResponse.text(404, "no such file");
        }
        try (InputStream in = StaticFiles.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("console resource missing from the jar: " + name);
            }
            return new PlatformResponse(200, type, in.readAllBytes()).withHeader("X-Content-Type-Options", "nosniff");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

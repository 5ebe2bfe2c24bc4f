package io.wxmass.console;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A console's stylesheet or script, served from its jar: nothing is fetched from elsewhere. {@code console.js}
 * is the kit's live-update script followed by the console's own {@code console.js}, if it has one.
 */
public record StaticFile(String contentType, Map<String, String> headers, byte[] body) {
    private static final Map<String, String> TYPES = Map.of("css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8");
    private static final Map<String, String> HEADERS = Map.of("Cache-Control", "max-age=300",
            "X-Content-Type-Options", "nosniff");

    public StaticFile {
        headers = Map.copyOf(headers);
    }

    /**
     * The file {@code name} of a console, read through {@code resources} (the console's own
     * {@code Console.class::getResourceAsStream}: in a named module only the module itself may read its
     * resources); empty for a name that is not a plain {@code .css} or {@code .js} file there (no paths, so
     * nothing else of the jar can be read).
     */
    public static Optional<StaticFile> find(Function<String, InputStream> resources, String name) {
        int dot = name.lastIndexOf('.');
        String type = dot < 0 ? null : TYPES.get(name.substring(dot + 1));
        if (type == null || !name.matches("[a-z][a-z0-9-]*\\.(css|js)")) {
            return Optional.empty();
        }
        byte[] own = read(resources, name);
        if (name.equals("console.js")) {
            byte[] live = read(StaticFile.class::getResourceAsStream, "live.js");
            byte[] both = new byte[live.length + (own == null ? 0 : own.length)];
            System.arraycopy(live, 0, both, 0, live.length);
            if (own != null) {
                System.arraycopy(own, 0, both, live.length, own.length);
            }
            own = both;
        }
        return own == null ? Optional.empty() : Optional.of(new StaticFile(type, HEADERS, own));
    }

    private static byte[] read(Function<String, InputStream> resources, String name) {
        try (InputStream in = resources.apply(name)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

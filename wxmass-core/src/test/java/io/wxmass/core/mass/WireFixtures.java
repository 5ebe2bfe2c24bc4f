package io.wxmass.core.mass;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads the JSON fixtures under src/test/resources/wire (see its README for their sources). */
public final class WireFixtures {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private WireFixtures() {
    }

    /** @param path relative to {@code wire/}, e.g. {@code mass/sendall-text-tag.json} */
    public static JsonNode json(String path) {
        try (InputStream in = WireFixtures.class.getResourceAsStream("/wire/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture wire/" + path);
            }
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@code node} as a server reads it: written to text and parsed back, so numbers compare by
     * value (an int and a long 2 are the same on the wire) and the real serialisation is exercised.
     */
    public static JsonNode wire(JsonNode node) {
        try {
            return MAPPER.readTree(MAPPER.writeValueAsString(node));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses JSON text as received on the wire. */
    public static JsonNode parse(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fixture as the exact text a server would answer with. */
    public static String text(String path) {
        return json(path).toString();
    }
}

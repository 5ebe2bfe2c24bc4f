package io.wxmass.core.internal.http;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;

/**
 * The one JSON codec of the transport. Writes UTF-8 text and never {@code \\uXXXX} escapes for
 * non-ASCII characters: the platform rejects those (40033 / 47002, docs/platform.md §1.1).
 */
public final class JsonCodec {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(JsonWriteFeature.ESCAPE_NON_ASCII)
            .build();

    private JsonCodec() {
    }

    /** The node as UTF-8 JSON bytes. */
    public static byte[] write(JsonNode node) {
        try {
            // Through characters on purpose: Jackson's byte-level generator writes characters outside
            // the BMP (emoji) as \uD83D\uDE00 escape pairs, which the platform rejects.
            Utf8Writer out = new Utf8Writer();
            MAPPER.writeValue(out, node);
            return out.toByteArray();
        } catch (IOException e) {
            // A tree of JsonNodes always serialises; anything else is a bug in this codec.
            throw new IllegalStateException("cannot serialise JSON tree", e);
        }
    }

    /** Parses a response body; Jackson detects the UTF encoding from the bytes. */
    public static JsonNode read(byte[] body) throws IOException {
        return MAPPER.readTree(body);
    }

    /** A streaming parser over a response body, for answers read without a tree. */
    public static JsonParser parser(byte[] body) throws IOException {
        return MAPPER.createParser(body);
    }

    /** The shared mapper, for callers that need to build nodes. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }
}

package io.wxmass.core.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wxmass.core.internal.http.JsonCodec;
import java.util.List;
import java.util.Objects;

/** What a request carries: nothing, a JSON object, or a multipart form. */
public sealed interface RequestBody {
    RequestBody NONE = new None();

    static RequestBody json(ObjectNode node) {
        return new Json(node);
    }

    static RequestBody multipart(List<Part> parts) {
        return new Multipart(parts);
    }

    record None() implements RequestBody {
    }

    /** The node is deep-copied so the request stays immutable. */
    record Json(ObjectNode node) implements RequestBody {
        public Json {
            node = Objects.requireNonNull(node, "node").deepCopy();
        }

        @Override
        public ObjectNode node() {
            return node.deepCopy();
        }

        /** The UTF-8 bytes to post, written from the held tree without copying it (writing does not mutate). */
        byte[] bytes() {
            return JsonCodec.write(node);
        }
    }

    record Multipart(List<Part> parts) implements RequestBody {
        public Multipart {
            parts = List.copyOf(Objects.requireNonNull(parts, "parts"));
        }
    }

    /** One form field; a file part has a filename and content type, a text part has neither. */
    record Part(String name, String filename, String contentType, byte[] content) {
        public Part {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(content, "content");
            content = content.clone();
        }

        public static Part file(String name, String filename, String contentType, byte[] content) {
            return new Part(name, Objects.requireNonNull(filename, "filename"),
                    Objects.requireNonNull(contentType, "contentType"), content);
        }

        public static Part text(String name, String value) {
            return new Part(name, null, null, value.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }

        @Override
        public byte[] content() {
            return content.clone();
        }
    }
}

package io.wxmass.campaign.inbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wxmass.core.error.InvalidRequestException;
import io.wxmass.core.xml.XmlElement;
import io.wxmass.core.xml.XmlReader;

import java.util.Locale;

/**
 * How a message is posted to the operator's application: the plain XML the platform would have pushed in
 * plain mode, or a JSON object of the same elements (texts as strings, as the XML has no types; nested
 * elements as objects; an element name that repeats as an array). See docs/callback-forwarding.md.
 */
public enum ForwardFormat {
    XML("application/xml; charset=utf-8"),
    JSON("application/json; charset=utf-8");

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final XmlReader READER = XmlReader.forCallbacks();

    private final String contentType;

    ForwardFormat(String contentType) {
        this.contentType = contentType;
    }

    /** {@code xml} or {@code json}, any case; anything else names the field. */
    public static ForwardFormat parse(String value) {
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("forwardFormat", "xml or json, was '" + value + "'");
        }
    }

    String contentType() {
        return contentType;
    }

    /** The request body for a stored message's plain XML. */
    String body(String xml) {
        if (this == XML) {
            return xml;
        }
        try {
            return MAPPER.writeValueAsString(object(READER.read(xml)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree of strings is always writable", e);
        }
    }

    private static ObjectNode object(XmlElement element) {
        ObjectNode node = MAPPER.createObjectNode();
        for (XmlElement child : element.children()) {
            Object value = child.children().isEmpty() ? child.text() : object(child);
            var existing = node.get(child.name());
            if (existing == null) {
                put(node, child.name(), value);
            } else {
                ArrayNode array;
                if (existing.isArray()) {
                    array = (ArrayNode) existing;
                } else {
                    array = MAPPER.createArrayNode().add(existing);
                    node.set(child.name(), array);
                }
                if (value instanceof ObjectNode o) {
                    array.add(o);
                } else {
                    array.add((String) value);
                }
            }
        }
        return node;
    }

    private static void put(ObjectNode node, String name, Object value) {
        if (value instanceof ObjectNode o) {
            node.set(name, o);
        } else {
            node.put(name, (String) value);
        }
    }
}

package io.wxmass.core.xml;

import io.wxmass.core.xml.XmlException.Kind;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The one XML reader of wxmass. Hardened against the holes WeChat SDKs have shipped: any DOCTYPE is
 * refused before its content is looked at (so no external entity, no entity expansion), DTD support and
 * external entities are off in the parser as a second wall, and size and depth are bounded.
 *
 * <p>Uses the JDK's own StAX implementation whatever else is on the class path, so the hardening
 * properties are known to take effect. Thread-safe.
 */
public final class XmlReader {
    /** Size and depth limits: callbacks are a few KiB and at most four levels deep. */
    public record Limits(int maxChars, int maxDepth) {
        public static final Limits CALLBACK = new Limits(64 * 1024, 16);

        public Limits {
            if (maxChars < 1 || maxDepth < 1) {
                throw new IllegalArgumentException("limits must be positive");
            }
        }
    }

    // A factory is not documented as thread-safe; one per thread costs a few objects.
    private static final ThreadLocal<XMLInputFactory> FACTORY = ThreadLocal.withInitial(XmlReader::newFactory);

    private final Limits limits;

    private XmlReader(Limits limits) {
        this.limits = limits;
    }

    public static XmlReader of(Limits limits) {
        return new XmlReader(Objects.requireNonNull(limits, "limits"));
    }

    /** A reader with {@link Limits#CALLBACK}. */
    public static XmlReader forCallbacks() {
        return new XmlReader(Limits.CALLBACK);
    }

    public Limits limits() {
        return limits;
    }

    /** Parses {@code xml} into its root element, or throws {@link XmlException}. */
    public XmlElement read(String xml) {
        Objects.requireNonNull(xml, "xml");
        if (xml.length() > limits.maxChars) {
            throw new XmlException(Kind.OVERSIZED, "document longer than " + limits.maxChars + " characters", null);
        }
        XMLStreamReader reader = null;
        try {
            reader = FACTORY.get().createXMLStreamReader(new StringReader(xml));
            return readDocument(reader);
        } catch (XMLStreamException | RuntimeException e) {
            if (e instanceof XmlException xe) {
                throw xe;
            }
            // The parser's message may quote the document; keep only where it broke.
            String at = e instanceof XMLStreamException se && se.getLocation() != null
                    ? " at line " + se.getLocation().getLineNumber() + ", column " + se.getLocation().getColumnNumber()
                    : "";
            throw new XmlException(Kind.MALFORMED, "not well-formed XML" + at, null);
        } finally {
            close(reader);
        }
    }

    private XmlElement readDocument(XMLStreamReader reader) throws XMLStreamException {
        Deque<Builder> open = new ArrayDeque<>();
        XmlElement root = null;
        while (reader.hasNext()) {
            int event = reader.next();
            switch (event) {
                case XMLStreamConstants.DTD, XMLStreamConstants.ENTITY_DECLARATION,
                        XMLStreamConstants.ENTITY_REFERENCE, XMLStreamConstants.NOTATION_DECLARATION ->
                        throw new XmlException(Kind.FORBIDDEN, "DOCTYPE and entities are not accepted", null);
                case XMLStreamConstants.START_ELEMENT -> {
                    if (open.size() >= limits.maxDepth) {
                        throw new XmlException(Kind.TOO_DEEP, "nested deeper than " + limits.maxDepth, null);
                    }
                    open.push(new Builder(reader.getLocalName()));
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (!open.isEmpty()) {
                        open.peek().text.append(reader.getTextCharacters(), reader.getTextStart(), reader.getTextLength());
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    XmlElement done = open.pop().build();
                    if (open.isEmpty()) {
                        root = done;
                    } else {
                        open.peek().children.add(done);
                    }
                }
                default -> {
                    // comments, processing instructions, document start/end: nothing to keep
                }
            }
        }
        if (root == null) {
            throw new XmlException(Kind.MALFORMED, "no root element", null);
        }
        return root;
    }

    private static final class Builder {
        final String name;
        final StringBuilder text = new StringBuilder();
        final List<XmlElement> children = new ArrayList<>(4);

        Builder(String name) {
            this.name = name;
        }

        XmlElement build() {
            // Indentation between child elements is not text of the parent.
            String own = children.isEmpty() ? text.toString() : text.toString().strip();
            return new XmlElement(name, own, children);
        }
    }

    private static XMLInputFactory newFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external resources are not resolved");
        });
        return factory;
    }

    private static void close(XMLStreamReader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (XMLStreamException ignored) {
                // closing a reader over a String releases nothing that matters
            }
        }
    }
}

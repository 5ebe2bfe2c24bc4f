package io.wxmass.core.xml;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The JDK's StAX parser, hardened (no DTD, no external entities, DOCTYPE refused), building the same
 * tree as {@link XmlReader}: the reference {@link XmlReader} is checked against.
 */
final class StaxOracle {
    private static final XMLInputFactory FACTORY = newFactory();

    private StaxOracle() {
    }

    /** The tree, or null when StAX refuses the document. */
    static synchronized XmlElement readOrNull(String xml) {
        try {
            XMLStreamReader reader = FACTORY.createXMLStreamReader(new StringReader(xml));
            try {
                return tree(reader);
            } finally {
                reader.close();
            }
        } catch (XMLStreamException | RuntimeException refused) {
            return null;
        }
    }

    private static XmlElement tree(XMLStreamReader reader) throws XMLStreamException {
        Deque<String> names = new ArrayDeque<>();
        Deque<StringBuilder> texts = new ArrayDeque<>();
        Deque<List<XmlElement>> children = new ArrayDeque<>();
        XmlElement root = null;
        while (reader.hasNext()) {
            switch (reader.next()) {
                case XMLStreamConstants.DTD, XMLStreamConstants.ENTITY_REFERENCE -> {
                    return null;
                }
                case XMLStreamConstants.START_ELEMENT -> {
                    if (names.size() >= XmlReader.Limits.CALLBACK.maxDepth()) {
                        return null;
                    }
                    names.push(reader.getLocalName());
                    texts.push(new StringBuilder());
                    children.push(new ArrayList<>());
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (!texts.isEmpty()) {
                        texts.peek().append(reader.getText());
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    List<XmlElement> kids = children.pop();
                    String text = texts.pop().toString();
                    XmlElement done = new XmlElement(names.pop(), kids.isEmpty() ? text : text.strip(), kids);
                    if (children.isEmpty()) {
                        root = done;
                    } else {
                        children.peek().add(done);
                    }
                }
                default -> {
                }
            }
        }
        return root;
    }

    private static XMLInputFactory newFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }
}

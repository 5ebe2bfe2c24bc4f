package io.wxmass.core.xml;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One element of a parsed document: its name, its own text (CDATA and character data joined, exactly as
 * written) and its child elements in document order. Attributes are not kept: the platform uses none.
 */
public record XmlElement(String name, String text, List<XmlElement> children) {

    public XmlElement {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
        children = List.copyOf(children);
    }

    /** The first child called {@code childName}, if any. */
    public Optional<XmlElement> child(String childName) {
        for (XmlElement child : children) {
            if (child.name.equals(childName)) {
                return Optional.of(child);
            }
        }
        return Optional.empty();
    }

    /** Every child called {@code childName}, in document order. */
    public List<XmlElement> children(String childName) {
        List<XmlElement> found = new ArrayList<>();
        for (XmlElement child : children) {
            if (child.name.equals(childName)) {
                found.add(child);
            }
        }
        return found;
    }

    /**
     * The trimmed text of the first child called {@code childName}, or empty when that child is absent or
     * blank. Trimmed because pretty-printed pushes wrap CDATA in indentation.
     */
    public Optional<String> childText(String childName) {
        for (XmlElement child : children) {
            if (child.name.equals(childName)) {
                String trimmed = child.text.strip();
                return trimmed.isEmpty() ? Optional.empty() : Optional.of(trimmed);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        // Element text may be personal data (user messages); only the shape is shown.
        return "XmlElement[" + name + ", " + children.size() + " children]";
    }
}

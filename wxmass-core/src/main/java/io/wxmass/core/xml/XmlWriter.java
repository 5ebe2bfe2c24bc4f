package io.wxmass.core.xml;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A small writer for the platform's flat XML (push bodies, encrypted replies). Text goes in CDATA where
 * the platform uses CDATA; a {@code ]]>} inside the value is split across two sections so it cannot
 * close the section early.
 *
 * <pre>{@code
 * String body = XmlWriter.root("xml").cdata("Encrypt", e).text("TimeStamp", ts).finish();
 * }</pre>
 */
public final class XmlWriter {
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]*");

    private final StringBuilder out = new StringBuilder(256);
    private final Deque<String> open = new ArrayDeque<>();

    private XmlWriter(String root) {
        start(root);
    }

    public static XmlWriter root(String name) {
        return new XmlWriter(name);
    }

    /** Opens a nested element; close it with {@link #end()}. */
    public XmlWriter start(String name) {
        out.append('<').append(checkName(name)).append('>');
        open.push(name);
        return this;
    }

    public XmlWriter end() {
        if (open.size() <= 1) {
            throw new IllegalStateException("no nested element open");
        }
        out.append("</").append(open.pop()).append('>');
        return this;
    }

    /** {@code <name><![CDATA[value]]></name>}. */
    public XmlWriter cdata(String name, String value) {
        Objects.requireNonNull(value, "value");
        out.append('<').append(checkName(name)).append("><![CDATA[")
                .append(value.replace("]]>", "]]]]><![CDATA[>"))
                .append("]]></").append(name).append('>');
        return this;
    }

    /** {@code <name>value</name>} with markup characters escaped; for numbers and timestamps. */
    public XmlWriter text(String name, String value) {
        Objects.requireNonNull(value, "value");
        out.append('<').append(checkName(name)).append('>');
        escapeInto(value, out);
        out.append("</").append(name).append('>');
        return this;
    }

    public XmlWriter text(String name, long value) {
        return text(name, Long.toString(value));
    }

    /** Closes every open element and returns the document. */
    public String finish() {
        while (!open.isEmpty()) {
            out.append("</").append(open.pop()).append('>');
        }
        return out.toString();
    }

    private static String checkName(String name) {
        Objects.requireNonNull(name, "name");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a plain XML element name: " + name);
        }
        return name;
    }

    private static void escapeInto(String value, StringBuilder out) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                default -> out.append(c);
            }
        }
    }
}

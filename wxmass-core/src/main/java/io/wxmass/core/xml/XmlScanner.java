package io.wxmass.core.xml;

import io.wxmass.core.xml.XmlException.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * A strict, non-validating parser for the XML subset the platform uses: elements, attributes (checked,
 * then dropped), character data, CDATA, comments, processing instructions, the five predefined entities
 * and character references. There is no DTD code at all: a DOCTYPE or any other entity is refused, so no
 * setting can ever turn on expansion or fetching. One instance per document; not thread-safe.
 */
final class XmlScanner {
    private final String in;
    private final int maxDepth;
    private int pos;

    XmlScanner(String in, int maxDepth) {
        this.in = in;
        this.maxDepth = maxDepth;
    }

    XmlElement document() {
        if (in.startsWith("\uFEFF")) {
            pos = 1;
        }
        if (in.startsWith("<?xml", pos) && in.length() > pos + 5 && XmlChars.isSpace(in.charAt(pos + 5))) {
            skipPast("?>", "XML declaration");
        }
        misc();
        if (!in.startsWith("<", pos) || pos + 1 >= in.length() || !XmlChars.isNameStart(in.charAt(pos + 1))) {
            throw malformed("no root element");
        }
        XmlElement root = element(1);
        misc();
        if (pos != in.length()) {
            throw malformed("content after the root element");
        }
        return root;
    }

    /** Whitespace, comments and processing instructions outside the root element. */
    private void misc() {
        while (pos < in.length()) {
            char c = in.charAt(pos);
            if (XmlChars.isSpace(c)) {
                pos++;
            } else if (in.startsWith("<!--", pos)) {
                comment();
            } else if (in.startsWith("<?", pos)) {
                processingInstruction();
            } else if (in.startsWith("<!", pos)) {
                throw declaration();
            } else {
                return;
            }
        }
    }

    private XmlElement element(int depth) {
        if (depth > maxDepth) {
            throw new XmlException(Kind.TOO_DEEP, "nested deeper than " + maxDepth, null);
        }
        pos++; // '<'
        String name = name();
        if (attributes()) {
            return new XmlElement(name, "", List.of());
        }
        StringBuilder text = null;
        String firstRun = null;
        List<XmlElement> children = null;
        while (true) {
            if (pos >= in.length()) {
                throw malformed("element " + name + " is not closed");
            }
            char c = in.charAt(pos);
            String run;
            if (c == '<') {
                if (in.startsWith("</", pos)) {
                    pos += 2;
                    if (!in.startsWith(name, pos)) {
                        throw malformed("end tag does not match " + name);
                    }
                    pos += name.length();
                    skipSpaces();
                    expect('>');
                    String own = text != null ? text.toString() : firstRun != null ? firstRun : "";
                    if (children == null) {
                        return new XmlElement(name, own, List.of());
                    }
                    // Indentation between child elements is not text of the parent.
                    return new XmlElement(name, own.strip(), children);
                } else if (in.startsWith("<![CDATA[", pos)) {
                    run = cdata();
                } else if (in.startsWith("<!--", pos)) {
                    comment();
                    continue;
                } else if (in.startsWith("<?", pos)) {
                    processingInstruction();
                    continue;
                } else if (in.startsWith("<!", pos)) {
                    throw declaration();
                } else {
                    if (children == null) {
                        children = new ArrayList<>(4);
                    }
                    children.add(element(depth + 1));
                    continue;
                }
            } else {
                run = characterData();
            }
            // Most elements hold a single run of text; only build a buffer when there are more.
            if (firstRun == null) {
                firstRun = run;
            } else {
                if (text == null) {
                    text = new StringBuilder(firstRun);
                }
                text.append(run);
            }
        }
    }

    /** Reads attributes after the name; true for an empty-element tag {@code <a/>}. */
    private boolean attributes() {
        List<String> seen = null;
        while (true) {
            boolean spaced = skipSpaces();
            if (in.startsWith("/>", pos)) {
                pos += 2;
                return true;
            }
            if (in.startsWith(">", pos)) {
                pos++;
                return false;
            }
            if (!spaced) {
                throw malformed("bad start tag");
            }
            String attribute = name();
            if (seen == null) {
                seen = new ArrayList<>(2);
            } else if (seen.contains(attribute)) {
                throw malformed("attribute repeated");
            }
            seen.add(attribute);
            skipSpaces();
            expect('=');
            skipSpaces();
            char quote = pos < in.length() ? in.charAt(pos) : 0;
            if (quote != '"' && quote != '\'') {
                throw malformed("attribute value not quoted");
            }
            pos++;
            while (true) {
                if (pos >= in.length()) {
                    throw malformed("attribute value not closed");
                }
                char c = in.charAt(pos);
                if (c == quote) {
                    pos++;
                    break;
                } else if (c == '<') {
                    throw malformed("'<' in attribute value");
                } else if (c == '&') {
                    reference();
                } else {
                    checkChar();
                }
            }
        }
    }

    private String characterData() {
        StringBuilder out = null;
        int start = pos;
        while (pos < in.length()) {
            char c = in.charAt(pos);
            if (c >= 0x20 && c < 0xD800 && c != '<' && c != '&' && c != '>') {
                pos++;
                continue;
            }
            if (c == '<') {
                break;
            }
            if (c == '&') {
                if (out == null) {
                    out = new StringBuilder(in.length() - start);
                }
                out.append(XmlChars.normalizeNewlines(in.substring(start, pos)));
                out.append(reference());
                start = pos;
                continue;
            }
            if (c == '>' && pos >= 2 && in.charAt(pos - 1) == ']' && in.charAt(pos - 2) == ']' && pos - 2 >= start) {
                throw malformed("']]>' in character data");
            }
            checkChar();
        }
        String tail = XmlChars.normalizeNewlines(in.substring(start, pos));
        return out == null ? tail : out.append(tail).toString();
    }

    /** {@code &name;} or {@code &#n;}: returns the replacement text. */
    private String reference() {
        int semicolon = in.indexOf(';', pos);
        if (semicolon < 0 || semicolon - pos > 12) {
            throw malformed("unterminated reference");
        }
        String ref = in.substring(pos + 1, semicolon);
        pos = semicolon + 1;
        switch (ref) {
            case "lt": return "<";
            case "gt": return ">";
            case "amp": return "&";
            case "apos": return "'";
            case "quot": return "\"";
            default: break;
        }
        if (ref.startsWith("#")) {
            int code;
            try {
                code = ref.startsWith("#x") ? Integer.parseInt(ref.substring(2), 16) : Integer.parseInt(ref.substring(1));
            } catch (NumberFormatException e) {
                throw malformed("bad character reference");
            }
            if (ref.contains("+") || ref.contains("-") || !XmlChars.isXmlChar(code)) {
                throw malformed("character reference to an illegal character");
            }
            return new String(Character.toChars(code));
        }
        // Without a DTD no other entity can exist; a reference to one is an entity payload.
        throw new XmlException(Kind.FORBIDDEN, "entity references are not accepted", null);
    }

    private String cdata() {
        int start = pos + 9;
        int end = in.indexOf("]]>", start);
        if (end < 0) {
            throw malformed("CDATA section not closed");
        }
        for (int i = start; i < end; i++) {
            checkCharAt(i);
        }
        pos = end + 3;
        return XmlChars.normalizeNewlines(in.substring(start, end));
    }

    private void comment() {
        int start = pos + 4;
        int end = in.indexOf("--", start);
        if (end < 0 || !in.startsWith("-->", end)) {
            throw malformed("comment not closed, or '--' inside it");
        }
        for (int i = start; i < end; i++) {
            checkCharAt(i);
        }
        pos = end + 3;
    }

    private void processingInstruction() {
        pos += 2;
        String target = name();
        if (target.equalsIgnoreCase("xml")) {
            throw malformed("XML declaration not at the start");
        }
        if (!in.startsWith("?>", pos) && (pos >= in.length() || !XmlChars.isSpace(in.charAt(pos)))) {
            throw malformed("space expected after the processing instruction target");
        }
        skipPast("?>", "processing instruction");
    }

    private void skipPast(String end, String what) {
        int at = in.indexOf(end, pos);
        if (at < 0) {
            throw malformed(what + " not closed");
        }
        for (int i = pos; i < at; i++) {
            checkCharAt(i);
        }
        pos = at + end.length();
    }

    private XmlException declaration() {
        // <!DOCTYPE, <!ENTITY and friends: the door to XXE and entity expansion.
        return new XmlException(Kind.FORBIDDEN, "DOCTYPE and entity declarations are not accepted", null);
    }

    private String name() {
        int start = pos;
        if (pos >= in.length() || !XmlChars.isNameStart(in.charAt(pos))) {
            throw malformed("name expected");
        }
        pos++;
        while (pos < in.length() && XmlChars.isNameChar(in.charAt(pos))) {
            pos++;
        }
        return in.substring(start, pos);
    }

    private boolean skipSpaces() {
        int start = pos;
        while (pos < in.length() && XmlChars.isSpace(in.charAt(pos))) {
            pos++;
        }
        return pos > start;
    }

    private void expect(char c) {
        if (pos >= in.length() || in.charAt(pos) != c) {
            throw malformed("'" + c + "' expected");
        }
        pos++;
    }

    private void checkChar() {
        checkCharAt(pos);
        pos++;
    }

    private void checkCharAt(int i) {
        if (!XmlChars.isLegalAt(in, i)) {
            throw malformed("illegal character");
        }
    }

    private XmlException malformed(String rule) {
        return new XmlException(Kind.MALFORMED, "not well-formed XML: " + rule + " at offset " + pos, null);
    }
}

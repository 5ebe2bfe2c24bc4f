package io.wxmass.core.xml;

/** XML 1.0 character classes and end-of-line handling, as {@link XmlScanner} needs them. */
final class XmlChars {

    private XmlChars() {
    }

    /** XML end-of-line handling: CR LF and lone CR become LF. */
    static String normalizeNewlines(String s) {
        return s.indexOf('\r') < 0 ? s : s.replace("\r\n", "\n").replace('\r', '\n');
    }

    static boolean isXmlChar(int code) {
        return code == 0x9 || code == 0xA || code == 0xD || code >= 0x20 && code <= 0xD7FF
                || code >= 0xE000 && code <= 0xFFFD || code >= 0x10000 && code <= 0x10FFFF;
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r';
    }

    static boolean isNameStart(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c == ':' || c >= 0xC0 && c < 0xD800
                || c >= 0xF900 && c <= 0xFFFD;
    }

    static boolean isNameChar(char c) {
        return isNameStart(c) || c >= '0' && c <= '9' || c == '-' || c == '.' || c == 0xB7;
    }

    /** Whether the char at {@code i} is an XML Char, counting a well-formed surrogate pair as one. */
    static boolean isLegalAt(String in, int i) {
        char c = in.charAt(i);
        if (c >= 0x20 && c < 0xD800 || c == '\n' || c == '\t' || c == '\r' || c >= 0xE000 && c <= 0xFFFD) {
            return true;
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 < in.length() && Character.isLowSurrogate(in.charAt(i + 1));
        }
        return Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(in.charAt(i - 1));
    }
}

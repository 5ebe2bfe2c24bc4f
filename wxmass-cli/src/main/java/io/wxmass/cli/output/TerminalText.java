package io.wxmass.cli.output;

import io.wxmass.core.internal.message.Require;

import java.util.Objects;

/**
 * The CLI's one escaping function for text bound for a terminal: a control character (an escape sequence,
 * a newline, a carriage return), a line separator or a bidi override inside a value would let that value
 * move the cursor, recolour the screen or forge table rows. Each becomes a visible {@code \}{@code uXXXX}.
 */
final class TerminalText {
    private TerminalText() {
    }

    public static String escape(String text) {
        Objects.requireNonNull(text, "text");
        if (text.codePoints().noneMatch(Require::isControlOrBidi)) {
            return text;
        }
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(cp -> {
            if (Require.isControlOrBidi(cp)) {
                escaped.append(String.format("\\u%04X", cp));
            } else {
                escaped.appendCodePoint(cp);
            }
        });
        return escaped.toString();
    }
}

package io.wxmass.cli.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.wxmass.core.internal.message.Require;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;

/**
 * Where a command's results go. Human mode prints {@code key: value} lines; {@code --json} prints
 * exactly one JSON document on stdout so scripts can pipe it to jq. Notes and progress always go
 * to stderr, so stdout stays parseable in both modes.
 *
 * <p>Everything printed passes through {@link Masking#mask(String)} (no password of a URL, in either mode) and,
 * in human mode, {@link TerminalText#escape(String)} (no value can forge lines or send escape codes); in JSON
 * the same characters are written as {@code \}{@code uXXXX} escapes, so a document shown in a terminal is safe too.
 */
public final class Output {
    private static final ObjectMapper JSON = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .registerModule(new SimpleModule("masking").addSerializer(String.class, new MaskedString()));

    static {
        JSON.getFactory().setCharacterEscapes(new TerminalSafeEscapes());
    }

    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean json;
    private final boolean tty;

    public Output(PrintStream out, PrintStream err, boolean json, boolean tty) {
        this(new PrintWriter(Objects.requireNonNull(out, "out"), true), new PrintWriter(Objects.requireNonNull(err, "err"), true),
                json, tty);
    }

    /** Over picocli's writers, for usage errors found while parsing. */
    public Output(PrintWriter out, PrintWriter err, boolean json, boolean tty) {
        this.out = Objects.requireNonNull(out, "out");
        this.err = Objects.requireNonNull(err, "err");
        this.json = json;
        this.tty = tty;
    }

    /** Standard streams; a progress bar only when both ends are a terminal and --json is off. */
    public static Output system(boolean json) {
        return new Output(System.out, System.err, json, System.console() != null && !json);
    }

    public boolean json() {
        return json;
    }

    /** Prints the command's result: a map (ordered as given), or a list of maps. */
    public void result(Object value) {
        if (json) {
            out.println(toJson(value));
            out.flush();
            return;
        }
        printHuman(value, "");
    }

    /** One line of human result text on stdout (human mode only: --json commands print one document). */
    public void line(String text) {
        if (!json) {
            println(out, text);
        }
    }

    /** A human note on stderr (suppressed in --json mode so scripts see only the document). */
    public void note(String line) {
        if (!json) {
            println(err, line);
        }
    }

    public void failure(Failure failure) {
        println(err, failure.line());
        if (json) {
            out.println(toJson(failure.toJson()));
            out.flush();
        }
    }

    public Progress progress(String label, long total) {
        if (json) {
            return Progress.silent();
        }
        return tty ? new TtyProgress(err, label, total) : new LineProgress(err, label, total);
    }

    /** The one way human text reaches a stream: masked, escaped, one line. */
    private static void println(PrintWriter to, String text) {
        to.println(TerminalText.escape(Masking.mask(text)));
        to.flush();
    }

    private void printHuman(Object value, String indent) {
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> {
                if (v instanceof Map<?, ?> || v instanceof Collection<?>) {
                    println(out, indent + k + ":");
                    printHuman(v, indent + "  ");
                } else {
                    println(out, indent + k + ": " + v);
                }
            });
        } else if (value instanceof Collection<?> list) {
            int i = 0;
            for (Object item : list) {
                if (item instanceof Map<?, ?>) {
                    println(out, indent + "- [" + (i++) + "]");
                    printHuman(item, indent + "  ");
                } else {
                    println(out, indent + "- " + item);
                }
            }
        } else {
            println(out, indent + value);
        }
    }

    static String toJson(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("result not serialisable: " + e.getOriginalMessage(), e);
        }
    }

    /** Every string of a JSON document, masked: values reach --json from exceptions and stored rows alike. */
    private static final class MaskedString extends StdSerializer<String> {
        MaskedString() {
            super(String.class);
        }

        @Override
        public void serialize(String value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(Masking.mask(value));
        }
    }

    /** JSON's own escapes, plus C1 controls, line separators and bidi characters, which JSON allows raw. */
    private static final class TerminalSafeEscapes extends CharacterEscapes {
        private final int[] ascii = standardAsciiEscapesForJSON();

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return Require.isControlOrBidi(ch) ? new SerializedString(String.format("\\u%04X", ch)) : null;
        }
    }
}

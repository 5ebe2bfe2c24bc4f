package io.wxmass.cli.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.PrintStream;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;

/**
 * Where a command's results go. Human mode prints {@code key: value} lines; {@code --json} prints
 * exactly one JSON document on stdout so scripts can pipe it to jq. Notes and progress always go
 * to stderr, so stdout stays parseable in both modes.
 */
public final class Output {
    private static final ObjectMapper JSON = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    private final PrintStream out;
    private final PrintStream err;
    private final boolean json;
    private final boolean tty;

    public Output(PrintStream out, PrintStream err, boolean json, boolean tty) {
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
            return;
        }
        printHuman(value, "");
    }

    /** One line of human result text on stdout (human mode only: --json commands print one document). */
    public void line(String text) {
        if (!json) {
            out.println(text);
        }
    }

    /** A human note on stderr (suppressed in --json mode so scripts see only the document). */
    public void note(String line) {
        if (!json) {
            err.println(line);
        }
    }

    public void failure(Failure failure) {
        err.println(failure.line());
        if (json) {
            out.println(toJson(failure.toJson()));
        }
    }

    public Progress progress(String label, long total) {
        if (json) {
            return Progress.silent();
        }
        return tty ? new TtyProgress(err, label, total) : new LineProgress(err, label, total);
    }

    private void printHuman(Object value, String indent) {
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> {
                if (v instanceof Map<?, ?> || v instanceof Collection<?>) {
                    out.println(indent + k + ":");
                    printHuman(v, indent + "  ");
                } else {
                    out.println(indent + k + ": " + v);
                }
            });
        } else if (value instanceof Collection<?> list) {
            int i = 0;
            for (Object item : list) {
                if (item instanceof Map<?, ?>) {
                    out.println(indent + "- [" + (i++) + "]");
                    printHuman(item, indent + "  ");
                } else {
                    out.println(indent + "- " + item);
                }
            }
        } else {
            out.println(indent + value);
        }
    }

    static String toJson(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("result not serialisable: " + e.getOriginalMessage(), e);
        }
    }
}

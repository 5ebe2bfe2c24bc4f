package io.wxmass.core.callback.event;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code Status} of a MASSSENDJOBFINISH push. Read tolerantly (docs/platform.md D9): {@code send success},
 * {@code sendsuccess}, {@code send fail}, {@code err(n)}, in any case and spacing; anything else is kept
 * as {@link Other}. Every variant keeps the text as received.
 */
public sealed interface JobStatus {

    String raw();

    /** The send finished; a few users may still have failed (refused messages, system errors). */
    record SendSuccess(String raw) implements JobStatus {
        public SendSuccess {
            Objects.requireNonNull(raw, "raw");
        }
    }

    record SendFail(String raw) implements JobStatus {
        public SendFail {
            Objects.requireNonNull(raw, "raw");
        }
    }

    /** {@code err(n)}: the job was stopped; {@link #error()} reads a documented n, unknown n stay readable. */
    record Err(int code, String raw) implements JobStatus {
        public Err {
            Objects.requireNonNull(raw, "raw");
        }

        public Optional<JobError> error() {
            return JobError.of(code);
        }
    }

    /** A status text the platform has not been seen to send. */
    record Other(String raw) implements JobStatus {
        public Other {
            Objects.requireNonNull(raw, "raw");
        }
    }

    static JobStatus parse(String raw) {
        Objects.requireNonNull(raw, "raw");
        StringBuilder letters = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (!Character.isWhitespace(c)) {
                letters.append(c);
            }
        }
        String compact = letters.toString().toLowerCase(Locale.ROOT);
        if (compact.equals("sendsuccess")) {
            return new SendSuccess(raw);
        }
        if (compact.equals("sendfail")) {
            return new SendFail(raw);
        }
        if (compact.startsWith("err(") && compact.endsWith(")")) {
            try {
                return new Err(Integer.parseInt(compact.substring(4, compact.length() - 1)), raw);
            } catch (NumberFormatException notANumber) {
                return new Other(raw);
            }
        }
        return new Other(raw);
    }
}

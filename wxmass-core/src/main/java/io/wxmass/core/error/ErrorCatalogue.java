package io.wxmass.core.error;

import io.wxmass.core.internal.error.TsvResource;
import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The error catalogue as data: every code of docs/platform.md §3, read once from
 * {@code error-codes.tsv} (code, retryable, errmsg, meaning; tab separated, '#' comments).
 * The sandbox reads the same file, so both sides speak the same errmsg.
 */
public final class ErrorCatalogue {
    private static final Map<Integer, ErrorCode> CODES = load();

    private ErrorCatalogue() {
    }

    public static Optional<ErrorCode> lookup(int code) {
        return Optional.ofNullable(CODES.get(code));
    }

    /** The catalogue's errmsg for a code, or {@code fallback} if the code is not catalogued or has no text. */
    public static String errmsg(int code, String fallback) {
        ErrorCode c = CODES.get(code);
        return c == null || c.errmsg().isEmpty() ? fallback : c.errmsg();
    }

    public static Collection<ErrorCode> all() {
        return Collections.unmodifiableCollection(CODES.values());
    }

    private static Map<Integer, ErrorCode> load() {
        Map<Integer, ErrorCode> codes = new TreeMap<>();
        for (String[] f : TsvResource.rows(ErrorCatalogue.class, "error-codes.tsv", 4)) {
            int code = Integer.parseInt(f[0]);
            codes.put(code, new ErrorCode(code, f[2], f[3], Boolean.parseBoolean(f[1])));
        }
        return Collections.unmodifiableMap(codes);
    }
}

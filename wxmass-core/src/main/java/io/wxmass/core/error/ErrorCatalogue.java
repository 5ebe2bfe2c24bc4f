package io.wxmass.core.error;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The error catalogue as data: every code of spec section 3, read once from
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
        try (InputStream in = ErrorCatalogue.class.getResourceAsStream("error-codes.tsv")) {
            if (in == null) {
                throw new IllegalStateException("error-codes.tsv missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length != 4) {
                    throw new IllegalStateException("error-codes.tsv: expected 4 columns in: " + line);
                }
                int code = Integer.parseInt(f[0].trim());
                codes.put(code, new ErrorCode(code, f[2].trim(), f[3].trim(), Boolean.parseBoolean(f[1].trim())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Collections.unmodifiableMap(codes);
    }
}

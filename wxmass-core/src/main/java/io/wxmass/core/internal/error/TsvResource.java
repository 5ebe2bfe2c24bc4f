package io.wxmass.core.internal.error;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the tables wxmass ships as data (the error catalogue, the retired endpoints): UTF-8, tab separated,
 * '#' comments and blank lines skipped, every row with exactly the expected number of trimmed columns.
 */
public final class TsvResource {
    private TsvResource() {
    }

    /** The rows of {@code name}, a resource beside {@code anchor}. A missing file or a bad row is a build error. */
    public static List<String[]> rows(Class<?> anchor, String name, int columns) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = anchor.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t", -1);
                if (fields.length != columns) {
                    throw new IllegalStateException(name + ": expected " + columns + " columns in: " + line);
                }
                for (int i = 0; i < fields.length; i++) {
                    fields[i] = fields[i].trim();
                }
                rows.add(fields);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}

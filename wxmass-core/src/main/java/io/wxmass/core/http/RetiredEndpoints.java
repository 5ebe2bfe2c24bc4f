package io.wxmass.core.http;

import io.wxmass.core.error.InvalidRequestException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The platform's retired and superseded endpoints as data ({@code retired-endpoints.tsv}: path, status,
 * errcode, since, replacement, why). Every {@link ApiRequest} is checked against it when built, so a call
 * to a retired endpoint (through the SDK or {@code wx.transport()}) fails before the network, naming what
 * replaces it.
 */
public final class RetiredEndpoints {
    private static final Map<String, EndpointStatus> TABLE = load();

    private RetiredEndpoints() {
    }

    public static Optional<EndpointStatus> lookup(String path) {
        return Optional.ofNullable(TABLE.get(path));
    }

    public static Collection<EndpointStatus> all() {
        return Collections.unmodifiableCollection(TABLE.values());
    }

    /** Throws when {@code endpoint} is retired; superseded endpoints pass. */
    static void refuseRetired(Endpoint endpoint) {
        EndpointStatus status = TABLE.get(endpoint.path());
        if (status != null && status.retired()) {
            throw new InvalidRequestException(endpoint.path(), status.describe());
        }
    }

    private static Map<String, EndpointStatus> load() {
        Map<String, EndpointStatus> table = new LinkedHashMap<>();
        try (InputStream in = RetiredEndpoints.class.getResourceAsStream("retired-endpoints.tsv")) {
            if (in == null) {
                throw new IllegalStateException("retired-endpoints.tsv missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length != 6) {
                    throw new IllegalStateException("retired-endpoints.tsv: expected 6 columns in: " + line);
                }
                EndpointStatus.Kind kind = EndpointStatus.Kind.valueOf(f[1].trim().toUpperCase(Locale.ROOT));
                table.put(f[0].trim(), new EndpointStatus(f[0].trim(), kind, Integer.parseInt(f[2].trim()),
                        f[3].trim(), f[4].trim(), f[5].trim()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Collections.unmodifiableMap(table);
    }
}

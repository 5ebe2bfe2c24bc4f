package io.wxmass.core.internal.http;

import io.wxmass.core.error.InvalidRequestException;
import io.wxmass.core.http.Endpoint;
import io.wxmass.core.internal.error.TsvResource;
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
    public static void refuseRetired(Endpoint endpoint) {
        EndpointStatus status = TABLE.get(endpoint.path());
        if (status != null && status.retired()) {
            throw new InvalidRequestException(endpoint.path(), status.describe());
        }
    }

    private static Map<String, EndpointStatus> load() {
        Map<String, EndpointStatus> table = new LinkedHashMap<>();
        for (String[] f : TsvResource.rows(RetiredEndpoints.class, "retired-endpoints.tsv", 6)) {
            EndpointStatus.Kind kind = EndpointStatus.Kind.valueOf(f[1].toUpperCase(Locale.ROOT));
            table.put(f[0], new EndpointStatus(f[0], kind, Integer.parseInt(f[2]), f[3], f[4], f[5]));
        }
        return Collections.unmodifiableMap(table);
    }
}

package io.wxmass.core.internal.http;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Makes a URL or query string safe to log: the values of credential parameters (access_token,
 * secret, ...) and any user:password in the authority become {@value #MASK}. Everything else is
 * kept so the line stays useful.
 */
public final class Redaction {
    public static final String MASK = "<redacted>";

    private static final Set<String> SECRET_PARAMS = Set.of(
            "access_token", "authorizer_access_token", "component_access_token", "secret", "appsecret",
            "app_secret", "encodingaeskey");

    private Redaction() {
    }

    /** The URL with credential query values masked; the host and path are kept. */
    public static String url(URI uri) {
        Objects.requireNonNull(uri, "uri");
        String raw = uri.getRawQuery();
        // A gateway URL may carry user:password; only the host and port are kept.
        String authority = (uri.getRawUserInfo() == null ? "" : MASK + "@") + uri.getHost()
                + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
        String base = uri.getScheme() + "://" + authority + Objects.requireNonNullElse(uri.getRawPath(), "");
        return raw == null ? base : base + "?" + query(raw);
    }

    /** A raw query string ({@code a=1&access_token=x}) with credential values masked. */
    public static String query(String rawQuery) {
        Objects.requireNonNull(rawQuery, "rawQuery");
        if (rawQuery.isEmpty()) {
            return rawQuery;
        }
        StringBuilder out = new StringBuilder(rawQuery.length());
        for (String pair : rawQuery.split("&", -1)) {
            if (out.length() > 0) {
                out.append('&');
            }
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            if (eq >= 0 && isSecret(name)) {
                out.append(name).append('=').append(MASK);
            } else {
                out.append(pair);
            }
        }
        return out.toString();
    }

    /** Whether a query or form parameter of this name carries a credential. */
    public static boolean isSecret(String parameterName) {
        return SECRET_PARAMS.contains(parameterName.toLowerCase(Locale.ROOT));
    }
}

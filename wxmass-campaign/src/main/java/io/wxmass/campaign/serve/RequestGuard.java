package io.wxmass.campaign.serve;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;

import java.net.URI;
import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Keeps browsers out of the API: a web page the operator happens to open can make the browser send
 * requests to a loopback {@code serve}, and DNS rebinding lets it read the answers. So the Host must be
 * one of the server's own names (loopback names, the address it is bound to, configured public names), a
 * request sent from another origin is refused, and a body must be declared {@code application/json}
 * (which a page can send cross-origin only after a CORS preflight, which this server never grants).
 */
final class RequestGuard {
    private static final Set<String> LOOPBACK_NAMES = Set.of("localhost", "127.0.0.1", "[::1]");

    private final Set<String> hosts;

    RequestGuard(Collection<String> names) {
        Set<String> all = new HashSet<>(LOOPBACK_NAMES);
        names.forEach(n -> all.add(n.toLowerCase(Locale.ROOT)));
        this.hosts = Set.copyOf(all);
    }

    /** The allowed host names, lower case, without ports (for the docs and tests). */
    Set<String> hosts() {
        return hosts;
    }

    /** Empty when the request may go on; otherwise why not. */
    Optional<ApiError> check(Request request) {
        Optional<ApiError> browser = checkBrowser(request);
        if (browser.isPresent()) {
            return browser;
        }
        if (hasBody(request) && !isJson(request.getHeaders().get(HttpHeader.CONTENT_TYPE))) {
            return Optional.of(new ApiError(415, "unsupported_media_type", "Content-Type",
                    "Content-Type: a request body must be application/json"));
        }
        return Optional.empty();
    }

    /**
     * The Host and Origin checks alone, for the console: its forms are not JSON (the CSRF token of its session
     * guards them instead), but a foreign page or a rebound name is refused the same way.
     */
    Optional<ApiError> checkBrowser(Request request) {
        String host = request.getHeaders().get(HttpHeader.HOST);
        if (host == null || !hosts.contains(hostOnly(host))) {
            return Optional.of(new ApiError(403, "forbidden", "Host",
                    "Host: " + shown(host) + " is not a name of this server (loopback names, the bound address, --public-name)"));
        }
        String origin = request.getHeaders().get(HttpHeader.ORIGIN);
        if (origin != null && !sameSite(origin)) {
            return Optional.of(new ApiError(403, "forbidden", "Origin", "Origin: requests from web pages of " + shown(origin) + " are refused"));
        }
        if ("cross-site".equalsIgnoreCase(request.getHeaders().get("Sec-Fetch-Site"))) {
            return Optional.of(new ApiError(403, "forbidden", "Sec-Fetch-Site", "Sec-Fetch-Site: cross-site requests are refused"));
        }
        return Optional.empty();
    }

    private boolean sameSite(String origin) {
        try {
            URI uri = URI.create(origin);
            String scheme = uri.getScheme();
            return ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme)) && uri.getHost() != null
                    && hosts.contains(hostOnly(uri.getHost()));
        } catch (IllegalArgumentException e) {
            return false; // "null" (a sandboxed frame, a file: page) and anything unparseable
        }
    }

    static boolean hasBody(Request request) {
        return request.getLength() > 0 || request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING);
    }

    static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        int semicolon = contentType.indexOf(';');
        String type = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip();
        return type.equalsIgnoreCase("application/json");
    }

    /** {@code example.com:8080} → {@code example.com}; {@code [::1]:8080} → {@code [::1]}. */
    static String hostOnly(String host) {
        String h = host.strip().toLowerCase(Locale.ROOT);
        if (h.startsWith("[")) {
            int end = h.indexOf(']');
            return end < 0 ? h : h.substring(0, end + 1);
        }
        if (h.contains(":") && h.indexOf(':') == h.lastIndexOf(':')) {
            return h.substring(0, h.indexOf(':'));
        }
        return h.contains(":") ? "[" + h + "]" : h; // a bare IPv6 literal, as URI.getHost() may give it
    }

    private static String shown(String value) {
        if (value == null) {
            return "(none)";
        }
        String cut = value.length() > 80 ? value.substring(0, 80) + "…" : value;
        return cut.codePoints().allMatch(c -> c >= 0x20 && c < 0x7f) ? cut : "(not printable)";
    }
}

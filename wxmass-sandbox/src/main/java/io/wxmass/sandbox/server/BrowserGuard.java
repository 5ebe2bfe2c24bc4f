package io.wxmass.sandbox.server;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Collections;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Keeps web pages off the admin API, which creates accounts and returns their secrets, and off the console. A page the operator opens
 * can POST to 127.0.0.1 (a "simple" cross-origin request needs no preflight), and through DNS rebinding can even
 * read the answer under its own name. So an admin request is refused (403) when its {@code Host} is not a name of
 * this sandbox (loopback names and the address it listens on), or when it carries an {@code Origin} (browsers
 * send one on every cross-origin POST) that is not one of those names. Scripts and SDKs send no Origin.
 */
final class BrowserGuard {
    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]");

    private final Set<String> hosts;

    private BrowserGuard(Set<String> hosts) {
        this.hosts = Set.copyOf(hosts);
    }

    /**
     * The names a client may use for a sandbox bound to {@code bindHost}: loopback, the bind name, for a wildcard
     * every local address, and the host of {@code publicUrl} (nullable).
     */
    static BrowserGuard forBindAddress(String bindHost, URI publicUrl) {
        Set<String> names = new HashSet<>(LOOPBACK);
        names.add(normalise(bindHost));
        if (publicUrl != null) {
            names.add(normalise(publicUrl.getHost()));
        }
        try {
            InetAddress bound = InetAddress.getByName(bindHost);
            names.add(normalise(bound.getHostAddress()));
            if (bound.isAnyLocalAddress()) {
                for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                    for (InetAddress a : Collections.list(nic.getInetAddresses())) {
                        names.add(normalise(a.getHostAddress()));
                    }
                }
                names.add(normalise(InetAddress.getLocalHost().getHostName()));
            }
        } catch (UnknownHostException | SocketException e) {
            // the bind itself will fail, or the names above suffice
        }
        return new BrowserGuard(names);
    }

    /** Why the request is refused, if it is. */
    Optional<String> refusal(PlatformRequest request) {
        String host = request.header("host");
        if (host == null || !hosts.contains(hostName(host))) {
            return Optional.of("Host: the admin API and the console answer only to this sandbox's own names (loopback or its address)");
        }
        String origin = request.header("origin");
        if (origin != null && !allowedOrigin(origin)) {
            return Optional.of("Origin: the admin API and the console refuse requests from web pages of other origins");
        }
        return Optional.empty();
    }

    private boolean allowedOrigin(String origin) {
        try {
            URI uri = new URI(origin.strip());
            return uri.getHost() != null && hosts.contains(normalise(uri.getHost()));
        } catch (Exception e) {
            return false; // "null" (a sandboxed frame or a file), or garbage
        }
    }

    /** {@code host[:port]} or {@code [v6]:port} without the port. */
    private static String hostName(String hostHeader) {
        String h = hostHeader.strip();
        if (h.startsWith("[")) {
            int end = h.indexOf(']');
            return end < 0 ? h : normalise(h.substring(0, end + 1));
        }
        int colon = h.indexOf(':');
        return normalise(colon < 0 ? h : h.substring(0, colon));
    }

    private static String normalise(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        int zone = h.indexOf('%');
        if (zone > 0) {
            h = h.substring(0, zone) + (h.startsWith("[") ? "]" : "");
        }
        if (h.contains(":") && !h.startsWith("[")) {
            h = "[" + h + "]";
        }
        return h.equals("[::1]") || h.equals("[0:0:0:0:0:0:0:1]") ? "[::1]" : h;
    }
}

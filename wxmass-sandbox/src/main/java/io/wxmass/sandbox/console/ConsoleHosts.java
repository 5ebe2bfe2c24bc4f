package io.wxmass.sandbox.console;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which {@code Host} an open console (no admin token) answers to: an IP address or localhost. A web page elsewhere
 * can point its own host name at 127.0.0.1 (DNS rebinding) and read same-origin pages; it cannot make the browser
 * send an IP address or localhost as the Host of its own origin.
 */
final class ConsoleHosts {
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    private ConsoleHosts() {
    }

    static boolean trusted(String hostHeader) {
        if (hostHeader == null || hostHeader.isEmpty()) {
            return false;
        }
        String host = hostHeader.toLowerCase(Locale.ROOT);
        if (host.startsWith("[")) {
            return host.indexOf(']') > 0; // an IPv6 literal
        }
        int colon = host.indexOf(':');
        String name = colon < 0 ? host : host.substring(0, colon);
        return name.equals("localhost") || IPV4.matcher(name).matches();
    }
}

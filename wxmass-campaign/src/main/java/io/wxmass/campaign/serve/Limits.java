package io.wxmass.campaign.serve;

import java.time.Duration;
import java.util.Objects;

/**
 * What one listener grants a client. Slow clients cost no thread (Jetty reads without blocking), but
 * each holds a socket, so sockets are capped per client address and in total, and a client that is slow
 * to send its headers or its body is cut off.
 *
 * @param headerTimeout   a new connection must complete its first request's headers within this
 * @param bodyTimeout     a request's whole body must arrive within this once its headers have
 * @param idleTimeout     a connection that sends nothing for this long is closed
 * @param maxConnections  open connections on the listener; further ones wait in the accept backlog
 * @param maxPerClient    open connections from one remote address; further ones are closed at once
 * @param threads         handler threads of the listener (its own pool, never shared with the other door)
 */
record Limits(Duration headerTimeout, Duration bodyTimeout, Duration idleTimeout, int maxConnections,
              int maxPerClient, int threads) {
    static final Limits DEFAULTS = new Limits(Duration.ofSeconds(10), Duration.ofSeconds(10), Duration.ofSeconds(30),
            512, 32, 16);

    Limits {
        positive(Objects.requireNonNull(headerTimeout, "headerTimeout"), "headerTimeout");
        positive(Objects.requireNonNull(bodyTimeout, "bodyTimeout"), "bodyTimeout");
        positive(Objects.requireNonNull(idleTimeout, "idleTimeout"), "idleTimeout");
        if (maxConnections < 1 || maxPerClient < 1 || maxPerClient > maxConnections) {
            throw new IllegalArgumentException("connections: need 1 <= maxPerClient <= maxConnections, got "
                    + maxPerClient + " and " + maxConnections);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
    }

    private static void positive(Duration d, String name) {
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, was " + d);
        }
    }

    Limits withThreads(int threads) {
        return new Limits(headerTimeout, bodyTimeout, idleTimeout, maxConnections, maxPerClient, threads);
    }

    Limits withConnections(int maxConnections, int maxPerClient) {
        return new Limits(headerTimeout, bodyTimeout, idleTimeout, maxConnections, maxPerClient, threads);
    }

    Limits withTimeouts(Duration headerTimeout, Duration bodyTimeout, Duration idleTimeout) {
        return new Limits(headerTimeout, bodyTimeout, idleTimeout, maxConnections, maxPerClient, threads);
    }
}

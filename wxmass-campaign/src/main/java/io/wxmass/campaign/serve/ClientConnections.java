package io.wxmass.campaign.serve;

import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.util.thread.Scheduler;

import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Per-client accounting on one listener: closes a connection beyond {@code maxPerClient} from the same
 * address as soon as it opens, and one that has not delivered a complete request head within
 * {@code headerTimeout} (a client trickling its headers byte by byte never idles, so the idle timeout
 * alone would not catch it).
 */
final class ClientConnections implements Connection.Listener {
    private final int maxPerClient;
    private final Duration headerTimeout;
    private final Scheduler scheduler;
    private final RefusalLog refusals;
    private final Map<String, Integer> open = new ConcurrentHashMap<>();

    ClientConnections(int maxPerClient, Duration headerTimeout, Scheduler scheduler, RefusalLog refusals) {
        this.maxPerClient = maxPerClient;
        this.headerTimeout = headerTimeout;
        this.scheduler = scheduler;
        this.refusals = refusals;
    }

    @Override
    public void onOpened(Connection connection) {
        String client = client(connection.getEndPoint().getRemoteSocketAddress());
        int count = open.merge(client, 1, Integer::sum);
        if (count > maxPerClient) {
            refusals.refuse("connections", client + " has " + maxPerClient + " connections open already");
            connection.getEndPoint().close();
            return;
        }
        scheduler.schedule(() -> {
            if (connection.getEndPoint().isOpen() && connection.getMessagesIn() == 0) {
                refusals.refuse("header timeout", client + " sent no complete request within " + headerTimeout.toMillis() + " ms");
                connection.getEndPoint().close();
            }
        }, headerTimeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void onClosed(Connection connection) {
        String client = client(connection.getEndPoint().getRemoteSocketAddress());
        open.computeIfPresent(client, (k, count) -> count <= 1 ? null : count - 1);
    }

    /** Open connections from {@code address} (tests observe the accounting through this). */
    int openFrom(String address) {
        return open.getOrDefault(address, 0);
    }

    private static String client(SocketAddress address) {
        return address instanceof InetSocketAddress inet && inet.getAddress() != null
                ? inet.getAddress().getHostAddress() : String.valueOf(address);
    }
}

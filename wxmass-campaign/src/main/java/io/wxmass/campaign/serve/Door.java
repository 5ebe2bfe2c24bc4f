package io.wxmass.campaign.serve;

import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * One listener of {@code serve}: its own Jetty server, thread pool and connection limits, so that
 * clients of one door (however many, however slow) never take the threads or sockets of the other.
 */
final class Door implements AutoCloseable {
    private final String name;
    private final String host;
    private final Server server;
    private final ServerConnector connector;
    private final ClientConnections clients;

    /** @param handler builds the door's handler from the door's own executor */
    Door(String name, String host, int port, Limits limits, RefusalLog refusals, Request.Handler errors,
         Function<Executor, Handler> handler) {
        this.name = name;
        this.host = host;
        QueuedThreadPool threads = new QueuedThreadPool(limits.threads() + 4, 2);
        threads.setName("wxmass-" + name);
        threads.setDaemon(true);
        server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        http.setRequestHeaderSize(16 * 1024);
        connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
        connector.setHost(host);
        connector.setPort(port);
        connector.setIdleTimeout(limits.idleTimeout().toMillis());
        connector.setAcceptQueueSize(128);
        clients = new ClientConnections(limits.maxPerClient(), limits.headerTimeout(), server.getScheduler(), refusals);
        connector.addEventListener(clients);
        server.addConnector(connector);
        server.addBean(new NetworkConnectionLimit(limits.maxConnections(), connector));
        server.setHandler(handler.apply(threads));
        server.setErrorHandler(errors);
        server.setStopTimeout(2_000);
    }

    /** Listens; a port in use or a host that is no local interface is an {@link UncheckedIOException} naming both. */
    Door start() {
        try {
            server.start();
        } catch (Exception e) {
            close();
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            IOException io = cause instanceof IOException x ? x : new IOException(cause.toString(), cause);
            throw new UncheckedIOException("cannot listen on " + host + ":" + connector.getPort() + " (" + name + "): "
                    + (cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName()), io);
        }
        return this;
    }

    int port() {
        return connector.getLocalPort();
    }

    String host() {
        return host;
    }

    ClientConnections clients() {
        return clients;
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            // stopping: nothing left to do with a failure
        }
    }
}

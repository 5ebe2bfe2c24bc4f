package io.wxmass.campaign.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import redis.clients.jedis.Jedis;
import redis.embedded.RedisServer;

/**
 * A real redis-server process for one test class, on a free port, without persistence so that a
 * restart comes back empty (the harder case for the failover code).
 */
final class LocalRedis implements AutoCloseable {
    private final int port;
    private RedisServer server;

    private LocalRedis(int port) {
        this.port = port;
    }

    static LocalRedis start() {
        LocalRedis redis = new LocalRedis(freePort());
        redis.startServer();
        return redis;
    }

    void startServer() {
        try {
            server = RedisServer.newRedisServer()
                    .port(port)
                    .bind("127.0.0.1")
                    .setting("save \"\"")
                    .setting("appendonly no")
                    .build();
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start redis-server on port " + port, e);
        }
    }

    void stopServer() {
        try {
            server.stop();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot stop redis-server on port " + port, e);
        }
    }

    int port() {
        return port;
    }

    URI uri() {
        return URI.create("redis://127.0.0.1:" + port);
    }

    /** A connector of its own, as a separate instance of the application would have. */
    RedisConnector newConnector() {
        return RedisConnector.create(uri(), Duration.ofSeconds(2), 8);
    }

    /** Direct access for assertions and for arranging state. */
    Jedis jedis() {
        return new Jedis("127.0.0.1", port);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        if (server != null && server.isActive()) {
            stopServer();
        }
    }
}

package io.wxmass.campaign.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import redis.clients.jedis.Jedis;
import redis.embedded.RedisServer;

/**
 * A real redis-server process on a free port, without persistence so that a restart comes back
 * empty (the harder case for the failover code). Either started by hand ({@link #start()}) or
 * registered as an extension ({@link #perClass()}): one server per test class, emptied before
 * each test, connectors made with {@link #newConnector()} closed after each test.
 */
final class LocalRedis implements AutoCloseable, BeforeAllCallback, BeforeEachCallback, AfterEachCallback, AfterAllCallback {
    private final int port;
    private final List<RedisConnector> connectors = new CopyOnWriteArrayList<>();
    private RedisServer server;

    private LocalRedis(int port) {
        this.port = port;
    }

    static LocalRedis start() {
        LocalRedis redis = new LocalRedis(freePort());
        redis.startServer();
        return redis;
    }

    /** For {@code @RegisterExtension static final LocalRedis redis = LocalRedis.perClass();}. */
    static LocalRedis perClass() {
        return new LocalRedis(freePort());
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        startServer();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        try (Jedis jedis = jedis()) {
            jedis.flushAll();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        connectors.forEach(RedisConnector::close);
        connectors.clear();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
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
        RedisConnector connector = RedisConnector.create(uri(), Duration.ofSeconds(2), 8);
        connectors.add(connector);
        return connector;
    }

    /** Direct access for assertions and for arranging state. */
    Jedis jedis() {
        return new Jedis("127.0.0.1", port);
    }

    /** A port nothing listens on right now. */
    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        afterEach(null);
        if (server != null && server.isActive()) {
            stopServer();
        }
    }
}

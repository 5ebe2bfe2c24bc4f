package io.wxmass.cli.it;

import redis.clients.jedis.Jedis;
import redis.embedded.RedisServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/**
 * A real redis-server on a free port that requires a password, without persistence; the tests
 * hand its URL (password included) to the jar and check the password never comes back out.
 */
final class PasswordRedis implements AutoCloseable {
    private final int port;
    private final String password;
    private final RedisServer server;

    private PasswordRedis(int port, String password) throws IOException {
        this.port = port;
        this.password = password;
        this.server = RedisServer.newRedisServer()
                .port(port)
                .bind("127.0.0.1")
                .setting("requirepass " + password)
                .setting("save \"\"")
                .setting("appendonly no")
                .build();
        server.start();
    }

    static PasswordRedis start(String password) {
        try {
            return new PasswordRedis(freePort(), password);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start redis-server", e);
        }
    }

    /** {@code redis://:password@127.0.0.1:port}. */
    String url() {
        return "redis://:" + password + "@127.0.0.1:" + port;
    }

    /** Empties the server, so each test starts without a shared token. */
    void flush() {
        try (Jedis jedis = new Jedis("127.0.0.1", port)) {
            jedis.auth(password);
            jedis.flushAll();
        }
    }

    /** A port nothing listens on: bound and released at once. */
    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        if (server.isActive()) {
            server.stop();
        }
    }
}

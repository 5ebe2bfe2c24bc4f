package io.wxmass.campaign.cluster;

import java.net.URI;
import java.time.Duration;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisPool;
import redis.clients.jedis.JedisPoolConfig;
import redis.clients.jedis.JedisSentinelPool;
import redis.clients.jedis.exceptions.JedisConnectionException;
import redis.clients.jedis.exceptions.JedisDataException;
import redis.clients.jedis.exceptions.JedisException;
import redis.clients.jedis.util.Pool;

/**
 * Borrows a connection from a {@link JedisPool} for one call and turns "Redis cannot answer right
 * now" into {@link ClusterStoreUnavailableException}, the one signal the failover decorators act on.
 */
public final class RedisConnector implements AutoCloseable {
    /** Error prefixes of a Redis that is up but cannot serve (restarting, replica, failing over, full). */
    private static final Set<String> TRANSIENT_PREFIXES =
            Set.of("LOADING", "READONLY", "MASTERDOWN", "BUSY", "TRYAGAIN", "CLUSTERDOWN", "OOM");

    private final Pool<Jedis> pool;

    private RedisConnector(Pool<Jedis> pool) {
        this.pool = pool;
    }

    /** Uses a pool the caller configured (TLS, ACL user, a {@link JedisSentinelPool} of its own...). */
    public static RedisConnector of(Pool<Jedis> pool) {
        return new RedisConnector(Objects.requireNonNull(pool, "pool"));
    }

    /**
     * A pool for {@code redis://[user:password@]host:port[/db]} (or {@code rediss://}), or for
     * {@code redis-sentinel://[user:password@]host:port[,host:port...]/masterName[/db]}: then the sentinels name
     * the master, and the pool follows it when they fail over (the sentinels must answer at start). The same
     * timeout for connecting and reading: short, because a slow Redis is treated as a down one.
     */
    public static RedisConnector create(URI uri, Duration timeout, int maxConnections) {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(timeout, "timeout");
        if (maxConnections < 1) {
            throw new IllegalArgumentException("maxConnections must be at least 1, was " + maxConnections);
        }
        JedisPoolConfig config = new JedisPoolConfig();
        config.setMaxTotal(maxConnections);
        config.setMaxIdle(maxConnections);
        config.setMaxWait(timeout);
        config.setJmxEnabled(false);
        int millis = Math.toIntExact(timeout.toMillis());
        if (SentinelUrl.matchesScheme(uri.toString())) {
            SentinelUrl sentinel = SentinelUrl.parse(uri.toString());
            DefaultJedisClientConfig master = DefaultJedisClientConfig.builder().connectionTimeoutMillis(millis)
                    .socketTimeoutMillis(millis).user(sentinel.user()).password(sentinel.password())
                    .database(sentinel.database()).build();
            DefaultJedisClientConfig sentinels = DefaultJedisClientConfig.builder().connectionTimeoutMillis(millis)
                    .socketTimeoutMillis(millis).build();
            return new RedisConnector(new JedisSentinelPool(sentinel.masterName(), sentinel.sentinels(), config, master, sentinels));
        }
        return new RedisConnector(new JedisPool(config, uri, millis, millis));
    }

    /**
     * Runs {@code work} on a pooled connection. A connection failure is retried once on a fresh
     * connection after dropping the idle ones, because after a Redis restart every pooled socket is
     * dead while the server is fine; a second failure means Redis really is away.
     */
    public <T> T call(String operation, Function<Jedis, T> work) {
        try {
            return attempt(operation, work);
        } catch (JedisConnectionException firstFailure) {
            pool.clear();
            try {
                return attempt(operation, work);
            } catch (JedisConnectionException e) {
                throw new ClusterStoreUnavailableException(operation, e);
            }
        }
    }

    private <T> T attempt(String operation, Function<Jedis, T> work) {
        try (Jedis jedis = pool.getResource()) {
            return work.apply(jedis);
        } catch (JedisConnectionException e) {
            throw e;
        } catch (JedisDataException e) {
            if (isTransient(e)) {
                throw new ClusterStoreUnavailableException(operation, e);
            }
            throw e;
        } catch (JedisException e) {
            // Pool exhausted: every connection is stuck on a Redis that does not answer.
            if (e.getCause() instanceof NoSuchElementException) {
                throw new ClusterStoreUnavailableException(operation, e);
            }
            throw e;
        }
    }

    private static boolean isTransient(JedisDataException e) {
        String message = e.getMessage();
        if (message == null) {
            return false;
        }
        int space = message.indexOf(' ');
        return TRANSIENT_PREFIXES.contains(space < 0 ? message : message.substring(0, space));
    }

    @Override
    public void close() {
        pool.close();
    }
}

package io.wxmass.campaign.cluster;

import io.wxmass.core.WxMassConfig;
import io.wxmass.core.error.InvalidRequestException;
import io.wxmass.core.http.InMemoryRateLimiter;
import io.wxmass.core.http.Sleeper;
import io.wxmass.core.internal.message.Require;
import io.wxmass.core.token.InMemoryTokenStore;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * Everything one instance needs to share an account with the others through Redis: the token
 * store and the mass rate limiter, each with its local fallback, over one connection pool.
 *
 * <pre>{@code
 * try (ClusterMode cluster = ClusterMode.builder(URI.create("redis://redis.internal:6379")).instances(3).build()) {
 *     WxMass wx = WxMass.create(cluster.apply(WxMassConfig.builder().appId(appId).appSecret(secret)).build());
 * }
 * }</pre>
 * Every setting and what happens when Redis fails are described in docs/deployment.md.
 */
public final class ClusterMode implements AutoCloseable {
    private final RedisConnector redis;
    private final FailoverTokenStore tokenStore;
    private final FailoverRateLimiter rateLimiter;
    private final Duration refreshJitter;

    private ClusterMode(Builder b) {
        this.refreshJitter = b.refreshJitter;
        this.redis = RedisConnector.create(b.redisUri, b.timeout, b.maxConnections);
        RedisKeys keys = new RedisKeys(b.namespace);
        Duration cooldown = b.fallbackCooldown == null ? b.rateWindow : b.fallbackCooldown;
        this.tokenStore = new FailoverTokenStore(new RedisTokenStore(redis, keys, b.clock),
                new InMemoryTokenStore(b.clock), b.clock, b.probeInterval);
        this.rateLimiter = new FailoverRateLimiter(
                RedisRateLimiter.massBudget(redis, keys, b.rateWindow, b.clock, b.sleeper),
                new InMemoryRateLimiter(Math.max(1, 60 / b.instances), b.rateWindow, b.clock, b.sleeper),
                b.clock, b.sleeper, b.probeInterval, cooldown);
    }

    public static Builder builder(URI redisUri) {
        return new Builder(redisUri);
    }

    public FailoverTokenStore tokenStore() {
        return tokenStore;
    }

    public FailoverRateLimiter rateLimiter() {
        return rateLimiter;
    }

    /** Sets the shared token store and rate limiter on a client configuration. */
    public WxMassConfig.Builder apply(WxMassConfig.Builder config) {
        return Objects.requireNonNull(config, "config").tokenStore(tokenStore).rateLimiter(rateLimiter)
                .tokenRefreshJitter(refreshJitter);
    }

    /** Closes the Redis connections; clients built with this cluster mode must not be used afterwards. */
    @Override
    public void close() {
        redis.close();
    }

    public static final class Builder {
        private final URI redisUri;
        private String namespace = RedisKeys.DEFAULT_NAMESPACE;
        private Duration timeout = Duration.ofSeconds(1);
        private int maxConnections = 16;
        private Duration probeInterval = Duration.ofSeconds(5);
        private int instances = 1;
        private Duration rateWindow = Duration.ofSeconds(61);
        private Duration fallbackCooldown; // null: one rate window
        private Duration refreshJitter = Duration.ofSeconds(60);
        private Clock clock = Clock.systemUTC();
        private Sleeper sleeper = Sleeper.SYSTEM;

        private Builder(URI redisUri) {
            this.redisUri = Objects.requireNonNull(redisUri, "redisUri");
        }

        /**
         * Each instance refreshes the shared token at a random point this long inside the refresh margin
         * (default 60 s), so instances do not all queue on the lease at the same instant.
         */
        public Builder refreshJitter(Duration refreshJitter) {
            this.refreshJitter = Require.nonNegative(refreshJitter, "refreshJitter");
            return this;
        }

        /** Prefix of every key (default {@code wxmass}); separate deployments sharing a Redis use different ones. */
        public Builder namespace(String namespace) {
            this.namespace = new RedisKeys(namespace).namespace();
            return this;
        }

        /** Connect and read timeout (default 1 s): a Redis slower than this counts as away. */
        public Builder timeout(Duration timeout) {
            this.timeout = Require.positive(timeout, "timeout");
            return this;
        }

        /** Pool size (default 16): at least the number of threads that send or fetch at once. */
        public Builder maxConnections(int maxConnections) {
            if (maxConnections < 1) {
                throw new InvalidRequestException("maxConnections", "must be at least 1, was " + maxConnections);
            }
            this.maxConnections = maxConnections;
            return this;
        }

        /** How often an instance on its local fallback checks whether Redis is back (default 5 s). */
        public Builder probeInterval(Duration probeInterval) {
            this.probeInterval = Require.positive(probeInterval, "probeInterval");
            return this;
        }

        /** How many instances share the account (default 1): while Redis is away each sends 60 / instances a minute. */
        public Builder instances(int instances) {
            if (instances < 1 || instances > 60) {
                throw new InvalidRequestException("instances", "must be within 1..60, was " + instances);
            }
            this.instances = instances;
            return this;
        }

        /** The rolling window of the 60-request budget (default 61 s: the platform's minute plus 1 s for skew and latency). */
        public Builder rateWindow(Duration rateWindow) {
            if (Objects.requireNonNull(rateWindow, "rateWindow").compareTo(Duration.ofMinutes(1)) < 0) {
                throw new InvalidRequestException("rateWindow", "must be at least one minute, was " + rateWindow);
            }
            this.rateWindow = rateWindow;
            return this;
        }

        /** How long an instance sends nothing after losing Redis (default: one rate window). */
        public Builder fallbackCooldown(Duration fallbackCooldown) {
            this.fallbackCooldown = Require.nonNegative(fallbackCooldown, "fallbackCooldown");
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        public Builder sleeper(Sleeper sleeper) {
            this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
            return this;
        }

        public ClusterMode build() {
            return new ClusterMode(this);
        }
    }
}

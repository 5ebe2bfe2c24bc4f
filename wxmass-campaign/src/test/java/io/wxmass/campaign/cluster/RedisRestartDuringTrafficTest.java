package io.wxmass.campaign.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.wxmass.core.WxMass;
import io.wxmass.core.WxMassConfig;
import io.wxmass.core.http.InMemoryRateLimiter;
import io.wxmass.core.http.Sleeper;
import io.wxmass.core.message.Audience;
import io.wxmass.core.token.InMemoryTokenStore;
import io.wxmass.sandbox.clock.SandboxClock;
import io.wxmass.sandbox.embed.Sandbox;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Three instances sharing Redis keep calling and sending while Redis stops, the token comes due,
 * and Redis comes back empty: no call fails, each instance fetches at most one token while Redis
 * is away, and none after it is back.
 */
class RedisRestartDuringTrafficTest {
    private static final int NODES = 3;
    private static final int THREADS_PER_NODE = 4;
    private static final Duration PROBE = Duration.ofSeconds(5);
    private static final Duration MINUTE = Duration.ofMinutes(1);
    private static final Duration INTO_REFRESH_MARGIN = Duration.ofSeconds(7200 - 240);
    /** Short, to keep the test short: sends wait this long (real time) after Redis goes away. */
    private static final Duration COOLDOWN = Duration.ofSeconds(2);

    private LocalRedis redis;
    private Sandbox sandbox;
    private SandboxClock clock;
    private final List<RedisConnector> connectors = new ArrayList<>();
    private final List<FailoverTokenStore> stores = new ArrayList<>();
    private final List<FailoverRateLimiter> limiters = new ArrayList<>();
    private final List<WxMass> instances = new ArrayList<>();

    @BeforeEach
    void startCluster() {
        redis = LocalRedis.start();
        sandbox = Sandbox.builder().clock(SandboxClock.system()).followers(10).start();
        clock = sandbox.clock();
        for (int i = 0; i < NODES; i++) {
            RedisConnector connector = redis.newConnector();
            FailoverTokenStore store = new FailoverTokenStore(new RedisTokenStore(connector, RedisKeys.defaults(), clock),
                    new InMemoryTokenStore(clock), clock, PROBE);
            FailoverRateLimiter limiter = new FailoverRateLimiter(
                    RedisRateLimiter.massBudget(connector, RedisKeys.defaults(), MINUTE, clock, Sleeper.SYSTEM),
                    new InMemoryRateLimiter(60 / NODES, MINUTE, clock, Sleeper.SYSTEM),
                    clock, Sleeper.SYSTEM, PROBE, COOLDOWN);
            connectors.add(connector);
            stores.add(store);
            limiters.add(limiter);
            instances.add(WxMass.create(WxMassConfig.builder()
                    .appId(sandbox.appId())
                    .appSecret(sandbox.appSecret())
                    .baseUrl(sandbox.baseUrl())
                    .tokenStore(store)
                    .rateLimiter(limiter)
                    .clock(clock)
                    .build()));
        }
    }

    @AfterEach
    void stopCluster() {
        connectors.forEach(RedisConnector::close);
        sandbox.close();
        redis.close();
    }

    @Test
    @Timeout(120)
    void redisRestart_duringCallsAndSends_failsNothingAndFetchesAtMostOncePerInstanceWhileAway() throws Exception {
        Audience twoFollowers = Audience.openIds(instances.get(0).audience().followers().limit(2).toList());
        try (Traffic traffic = Traffic.start(instances, THREADS_PER_NODE, twoFollowers)) {
            traffic.sendAndWait(2);
            assertThat(fetches()).as("one token for the whole cluster").isEqualTo(1);

            redis.stopServer();
            sandbox.admin().advanceClock(INTO_REFRESH_MARGIN); // the token comes due while Redis is away
            traffic.sendAndWait(3);
            traffic.awaitMoreCalls(150);
            assertThat(stores).allMatch(FailoverTokenStore::degraded);
            assertThat(limiters).allMatch(FailoverRateLimiter::degraded);
            long fetchesWhileAway = fetches() - 1;
            assertThat(fetchesWhileAway).as("at most one fetch per instance while Redis is away").isBetween(1L, (long) NODES);

            redis.startServer();
            sandbox.admin().advanceClock(PROBE);
            traffic.sendAndWait(4);
            traffic.awaitMoreCalls(150);

            assertThat(traffic.failures()).isEmpty();
            assertThat(stores).noneMatch(FailoverTokenStore::degraded);
            assertThat(limiters).noneMatch(FailoverRateLimiter::degraded);
            assertThat(fetches()).as("no fetch once Redis is back").isEqualTo(1 + fetchesWhileAway);
            assertThat(traffic.sends()).isEqualTo(NODES * (2 + 3 + 4));
        }
    }

    private long fetches() {
        return sandbox.admin().tokenFetches(sandbox.appId());
    }
}

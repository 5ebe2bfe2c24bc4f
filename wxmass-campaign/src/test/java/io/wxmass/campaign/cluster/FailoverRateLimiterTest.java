package io.wxmass.campaign.cluster;

import io.wxmass.campaign.testing.CapturedLogs;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import io.wxmass.core.http.InMemoryRateLimiter;
import io.wxmass.core.http.Sleeper;
import io.wxmass.sandbox.clock.SandboxClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.Jedis;

class FailoverRateLimiterTest {
    private static final Duration MINUTE = Duration.ofMinutes(1);
    private static final Duration PROBE = Duration.ofSeconds(5);
    private static final int SHARE = 20; // three instances: 60 / 3 each while Redis is away

    private final SandboxClock clock = SandboxClock.fixed(Instant.parse("2026-11-21T08:00:00Z"));
    private final List<Duration> sleeps = new ArrayList<>();
    private final Sleeper advancingSleeper = duration -> {
        sleeps.add(duration);
        clock.advance(duration);
    };
    private LocalRedis redis;
    private RedisConnector connectorA;
    private RedisConnector connectorB;
    private RedisRateLimiter sharedB;
    private CapturedLogs logs;

    @BeforeEach
    void startRedis() {
        redis = LocalRedis.start();
        connectorA = redis.newConnector();
        connectorB = redis.newConnector();
        sharedB = RedisRateLimiter.massBudget(connectorB, RedisKeys.defaults(), MINUTE, clock, advancingSleeper);
        logs = CapturedLogs.of(Failover.class);
    }

    @AfterEach
    void stopRedis() {
        logs.close();
        connectorA.close();
        connectorB.close();
        redis.close();
    }

    private FailoverRateLimiter instanceA(Duration cooldown) {
        return instanceA(cooldown, advancingSleeper);
    }

    private FailoverRateLimiter instanceA(Duration cooldown, Sleeper sleeper) {
        RedisRateLimiter shared = RedisRateLimiter.massBudget(connectorA, RedisKeys.defaults(), MINUTE, clock, sleeper);
        InMemoryRateLimiter local = new InMemoryRateLimiter(SHARE, MINUTE, clock, sleeper);
        return new FailoverRateLimiter(shared, local, clock, sleeper, PROBE, cooldown);
    }

    private long sharedCount(String appId) {
        try (Jedis jedis = redis.jedis()) {
            return jedis.zcard("wxmass:mass-budget:{" + appId + "}");
        }
    }

    @Test
    void acquire_whileRedisIsUp_takesSlotsFromTheSharedBudget() throws InterruptedException {
        FailoverRateLimiter limiter = instanceA(MINUTE);

        for (int i = 0; i < 30; i++) {
            limiter.acquire("wxapp1");
        }

        assertThat(limiter.degraded()).isFalse();
        assertThat(sharedCount("wxapp1")).isEqualTo(30);
        assertThat(sleeps).isEmpty();
    }

    @Test
    void acquire_afterRedisStops_waitsOutTheCooldownThenGrantsTheLocalShare() throws InterruptedException {
        FailoverRateLimiter limiter = instanceA(MINUTE);
        Instant lost = clock.instant();
        redis.stopServer();

        limiter.acquire("wxapp1");

        assertThat(clock.instant()).as("no local grant before a whole window has passed").isEqualTo(lost.plus(MINUTE));
        for (int i = 1; i < SHARE; i++) {
            limiter.acquire("wxapp1");
        }
        assertThat(clock.instant()).isEqualTo(lost.plus(MINUTE));
        limiter.acquire("wxapp1");
        assertThat(clock.instant()).as("the 21st waits for the local window").isEqualTo(lost.plus(MINUTE).plus(MINUTE));
        assertThat(logs.at(Level.WARN)).hasSize(1);
    }

    @Test
    void recovery_localGrantsStillInTheWindow_countAgainstTheSharedBudget() throws InterruptedException {
        FailoverRateLimiter limiter = instanceA(Duration.ZERO);
        redis.stopServer();
        for (int i = 0; i < 15; i++) {
            limiter.acquire("wxapp1");
        }
        redis.startServer();
        clock.advance(PROBE);

        limiter.acquire("wxapp1");

        assertThat(limiter.degraded()).isFalse();
        assertThat(sharedCount("wxapp1")).isEqualTo(16);
        for (int i = 16; i < 60; i++) {
            assertThat(sharedB.tryAcquire("wxapp1")).isZero();
        }
        assertThat(sharedB.tryAcquire("wxapp1")).as("another instance sees the budget spent").isPositive();
    }

    @Test
    void outage_endingDuringTheCooldown_returnsToRedisWithoutALocalGrant() throws InterruptedException {
        Instant lost = clock.instant();
        Sleeper redisReturnsDuringTheFirstWait = duration -> {
            advancingSleeper.sleep(duration);
            if (sleeps.size() == 1) {
                redis.startServer();
            }
        };
        FailoverRateLimiter limiter = instanceA(MINUTE, redisReturnsDuringTheFirstWait);
        redis.stopServer();

        limiter.acquire("wxapp1");

        assertThat(limiter.degraded()).isFalse();
        assertThat(sharedCount("wxapp1")).isEqualTo(1);
        assertThat(clock.instant()).isEqualTo(lost.plus(PROBE));
    }
}

package io.wxmass.campaign.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.wxmass.core.http.Sleeper;
import io.wxmass.sandbox.clock.SandboxClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RedisRateLimiterTest {
    private static final Duration MINUTE = Duration.ofMinutes(1);
    @RegisterExtension
    static final LocalRedis redis = LocalRedis.perClass();

    private final SandboxClock clock = SandboxClock.fixed(Instant.parse("2026-11-21T08:00:00Z"));
    private final List<Duration> sleeps = new ArrayList<>();
    /** Waiting moves the shared clock: the test runs in virtual time, both instances on one clock. */
    private final Sleeper advancingSleeper = duration -> {
        synchronized (sleeps) {
            sleeps.add(duration);
        }
        clock.advance(duration);
    };
    private RedisRateLimiter instanceA;
    private RedisRateLimiter instanceB;

    @BeforeEach
    void twoInstances() {
        instanceA = RedisRateLimiter.massBudget(redis.newConnector(), RedisKeys.defaults(), MINUTE, clock, advancingSleeper);
        instanceB = RedisRateLimiter.massBudget(redis.newConnector(), RedisKeys.defaults(), MINUTE, clock, advancingSleeper);
    }

    @Test
    void tryAcquire_twoInstancesRacingAtOneInstant_grantExactlySixty() throws Exception {
        int threads = 16;
        int attemptsPerThread = 10;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> granted = new ArrayList<>();
        try {
            for (int t = 0; t < threads; t++) {
                RedisRateLimiter limiter = t % 2 == 0 ? instanceA : instanceB;
                granted.add(pool.submit(() -> {
                    start.await();
                    int mine = 0;
                    for (int i = 0; i < attemptsPerThread; i++) {
                        mine += limiter.tryAcquire("wxapp1").isZero() ? 1 : 0;
                    }
                    return mine;
                }));
            }
            start.countDown();
            int total = 0;
            for (Future<Integer> f : granted) {
                total += f.get(30, TimeUnit.SECONDS);
            }
            assertThat(total).isEqualTo(60);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void tryAcquire_previewsAcrossInstances_stopAt20_sendsStillGetTheOther40() {
        int previews = 0;
        for (int i = 0; i < 30; i++) {
            previews += (i % 2 == 0 ? instanceA : instanceB).tryAcquire("wxapp1", true).isZero() ? 1 : 0;
        }
        int sends = 0;
        for (int i = 0; i < 50; i++) {
            sends += (i % 2 == 0 ? instanceA : instanceB).tryAcquire("wxapp1").isZero() ? 1 : 0;
        }

        assertThat(previews).isEqualTo(20);
        assertThat(sends).isEqualTo(40);
    }

    @Test
    void acquire_61stRequest_waitsUntilTheFirstLeavesTheRollingMinute() throws InterruptedException {
        Instant first = clock.instant();
        instanceA.acquire("wxapp1");
        clock.advance(Duration.ofSeconds(20));
        for (int i = 1; i < 60; i++) {
            (i % 2 == 0 ? instanceA : instanceB).acquire("wxapp1");
        }
        assertThat(sleeps).isEmpty();

        instanceB.acquire("wxapp1");

        assertThat(sleeps).containsExactly(Duration.ofSeconds(40));
        assertThat(clock.instant()).isEqualTo(first.plus(MINUTE));
    }

    @Test
    void acquire_otherAccount_isNotHeldBackByAFullBudget() throws InterruptedException {
        for (int i = 0; i < 60; i++) {
            instanceA.acquire("wxapp1");
        }

        instanceB.acquire("wxapp2");

        assertThat(sleeps).isEmpty();
        assertThat(instanceA.tryAcquire("wxapp1")).isEqualTo(MINUTE);
    }

    @Test
    void acquire_randomArrivalsOverTwoInstances_neverGrantsMoreThanSixtyInAnyRollingMinute() throws InterruptedException {
        SplittableRandom random = new SplittableRandom(13);
        List<Long> grants = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            clock.advance(Duration.ofMillis(random.nextInt(0, 1500)));
            (random.nextBoolean() ? instanceA : instanceB).acquire("wxapp1");
            grants.add(clock.millis());
        }

        assertThat(sleeps).as("the budget was exceeded at times, so callers had to wait").isNotEmpty();
        assertThat(maxInAnyWindow(grants, MINUTE.toMillis())).isEqualTo(60);
    }

    @Test
    void record_grantsMadeElsewhere_countAgainstTheSharedBudget() {
        long now = clock.millis();
        instanceA.record("wxapp1", List.of(now - 50_000, now - 10_000));

        for (int i = 0; i < 58; i++) {
            assertThat(instanceB.tryAcquire("wxapp1")).isZero();
        }

        assertThat(instanceB.tryAcquire("wxapp1")).isEqualTo(Duration.ofSeconds(10));
    }

    /** The largest number of grants inside any half-open window [t, t + window). */
    static int maxInAnyWindow(List<Long> sortedGrants, long window) {
        int max = 0;
        int from = 0;
        for (int to = 0; to < sortedGrants.size(); to++) {
            while (sortedGrants.get(to) - sortedGrants.get(from) >= window) {
                from++;
            }
            max = Math.max(max, to - from + 1);
        }
        return max;
    }
}

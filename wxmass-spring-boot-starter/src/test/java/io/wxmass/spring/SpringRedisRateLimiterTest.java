package io.wxmass.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wxmass.campaign.cluster.RedisKeys;
import io.wxmass.core.http.Sleeper;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import redis.embedded.RedisServer;

/** The shared budget through Lettuce and cluster mode's script: two limiters on one Redis share 60 a minute. */
class SpringRedisRateLimiterTest {
    static RedisServer redis;
    static LettuceConnectionFactory factory;

    @BeforeAll
    static void start() throws IOException {
        int port = FreePort.pick();
        redis = RedisServer.newRedisServer().port(port).bind("127.0.0.1")
                .setting("save \"\"").setting("appendonly no").build();
        redis.start();
        factory = new LettuceConnectionFactory(new RedisStandaloneConfiguration("127.0.0.1", port));
        factory.afterPropertiesSet();
        factory.start();
    }

    @AfterAll
    static void stop() throws IOException {
        factory.destroy();
        redis.stop();
    }

    @Test
    void acquire_whenTwoInstancesTook60InTheWindow_the61stWaits() throws InterruptedException {
        Clock clock = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);
        List<Duration> waits = new ArrayList<>();
        Sleeper recordAndStop = d -> {
            waits.add(d);
            throw new InterruptedException("stop after the first wait");
        };
        RedisKeys keys = new RedisKeys("budget-test");
        SpringRedisRateLimiter a = new SpringRedisRateLimiter(new StringRedisTemplate(factory), keys,
                Duration.ofSeconds(61), clock, recordAndStop);
        SpringRedisRateLimiter b = new SpringRedisRateLimiter(new StringRedisTemplate(factory), keys,
                Duration.ofSeconds(61), clock, recordAndStop);
        for (int i = 0; i < 30; i++) {
            a.acquire("wxapp");
            b.acquire("wxapp");
        }
        assertThat(waits).isEmpty();

        assertThatThrownBy(() -> a.acquire("wxapp")).isInstanceOf(InterruptedException.class);
        assertThat(waits).singleElement().satisfies(w -> assertThat(w).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(61)));
    }

    @Test
    void acquirePreview_whenAThirdOfTheWindowIsTaken_waits() throws InterruptedException {
        Clock clock = Clock.fixed(Instant.parse("2026-12-01T11:00:00Z"), ZoneOffset.UTC);
        List<Duration> waits = new ArrayList<>();
        SpringRedisRateLimiter limiter = new SpringRedisRateLimiter(new StringRedisTemplate(factory),
                new RedisKeys("preview-test"), Duration.ofSeconds(61), clock, d -> {
                    waits.add(d);
                    throw new InterruptedException("stop");
                });
        for (int i = 0; i < 20; i++) {
            limiter.acquire("wxapp");
        }
        assertThatThrownBy(() -> limiter.acquirePreview("wxapp")).isInstanceOf(InterruptedException.class);
        assertThat(waits).hasSize(1);
        limiter.acquire("wxapp");
    }

    @Test
    void create_whenWindowUnderAMinute_failsNamingTheProperty() {
        assertThatThrownBy(() -> new SpringRedisRateLimiter(new StringRedisTemplate(factory), RedisKeys.defaults(),
                Duration.ofSeconds(30), Clock.systemUTC(), Sleeper.SYSTEM))
                .hasMessageStartingWith("wxmass.redis.budget-window: must be at least one minute");
    }
}

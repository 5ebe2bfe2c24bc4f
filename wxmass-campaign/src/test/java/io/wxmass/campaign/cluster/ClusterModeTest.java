package io.wxmass.campaign.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wxmass.core.WxMass;
import io.wxmass.core.WxMassConfig;
import io.wxmass.core.error.InvalidRequestException;
import io.wxmass.core.http.Sleeper;
import io.wxmass.sandbox.clock.SandboxClock;
import io.wxmass.sandbox.embed.Sandbox;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.Jedis;

class ClusterModeTest {
    private LocalRedis redis;

    @BeforeEach
    void startRedis() {
        redis = LocalRedis.start();
    }

    @AfterEach
    void stopRedis() {
        redis.close();
    }

    @Test
    void apply_clientsOfTwoInstances_shareOneTokenUnderTheNamespace() {
        try (Sandbox sandbox = Sandbox.builder().followers(5).start();
             ClusterMode first = ClusterMode.builder(redis.uri()).namespace("shop").instances(2).build();
             ClusterMode second = ClusterMode.builder(redis.uri()).namespace("shop").instances(2).build()) {
            WxMass a = WxMass.create(first.apply(config(sandbox)).build());
            WxMass b = WxMass.create(second.apply(config(sandbox)).build());

            a.mass().speed();
            b.mass().speed();

            assertThat(sandbox.admin().tokenFetches(sandbox.appId())).isEqualTo(1);
            try (Jedis jedis = redis.jedis()) {
                assertThat(jedis.exists("shop:token:{" + sandbox.appId() + "}")).isTrue();
            }
        }
    }

    @Test
    void apply_setsTheRefreshJitter_sixtySecondsByDefault_orAsConfigured() {
        try (Sandbox sandbox = Sandbox.builder().followers(2).start();
             ClusterMode byDefault = ClusterMode.builder(redis.uri()).build();
             ClusterMode tuned = ClusterMode.builder(redis.uri()).refreshJitter(Duration.ofSeconds(15)).build()) {
            assertThat(byDefault.apply(config(sandbox)).build().tokenRefreshJitter()).isEqualTo(Duration.ofSeconds(60));
            assertThat(tuned.apply(config(sandbox)).build().tokenRefreshJitter()).isEqualTo(Duration.ofSeconds(15));
        }
    }

    @Test
    void instances_whileRedisIsAway_eachSendsItsShareOfTheBudget() throws InterruptedException {
        SandboxClock clock = SandboxClock.fixed(Instant.parse("2026-11-21T08:00:00Z"));
        Sleeper advancing = clock::advance;
        try (ClusterMode cluster = ClusterMode.builder(redis.uri()).instances(3).fallbackCooldown(Duration.ZERO)
                .clock(clock).sleeper(advancing).build()) {
            redis.stopServer();
            Instant start = clock.instant();

            for (int i = 0; i < 20; i++) {
                cluster.rateLimiter().acquire("wxapp1");
            }
            assertThat(clock.instant()).isEqualTo(start);
            cluster.rateLimiter().acquire("wxapp1");

            assertThat(clock.instant()).isEqualTo(start.plusSeconds(61));
        }
    }

    @Test
    void rateWindow_shorterThanTheStandardMinute_isRefused() {
        assertThatThrownBy(() -> ClusterMode.builder(redis.uri()).rateWindow(Duration.ofSeconds(59)))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("rateWindow");
    }

    private static WxMassConfig.Builder config(Sandbox sandbox) {
        return WxMassConfig.builder().appId(sandbox.appId()).appSecret(sandbox.appSecret()).baseUrl(sandbox.baseUrl());
    }
}

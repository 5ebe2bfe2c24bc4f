package io.wxmass.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.wxmass.core.WxMass;
import io.wxmass.sandbox.embed.Sandbox;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.data.redis.RedisAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import redis.embedded.RedisServer;

/** Contexts without a web server (fast): the shared token through one Redis, and the health against the sandbox. */
class SharedRedisAndHealthTest {
    static Sandbox sandbox;
    static RedisServer redis;
    static int redisPort;

    @BeforeAll
    static void start() throws IOException {
        sandbox = Sandbox.builder().followers(3).instant(true).start();
        redisPort = FreePort.pick();
        redis = RedisServer.newRedisServer().port(redisPort).bind("127.0.0.1")
                .setting("save \"\"").setting("appendonly no").build();
        redis.start();
    }

    @AfterAll
    static void stop() throws IOException {
        sandbox.close();
        redis.stop();
    }

    private ApplicationContextRunner runner(String secret) {
        return new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(WxMassAutoConfiguration.class))
                .withPropertyValues("wxmass.accounts.main.app-id=" + sandbox.appId(),
                        "wxmass.accounts.main.app-secret=" + secret, "wxmass.accounts.main.base-url=" + sandbox.baseUrl());
    }

    @Test
    void twoContexts_withOneRedis_fetchTheTokenOnce() {
        ApplicationContextRunner shared = runner(sandbox.appSecret())
                .withConfiguration(AutoConfigurations.of(RedisAutoConfiguration.class))
                .withPropertyValues("spring.data.redis.port=" + redisPort, "wxmass.redis.namespace=twocontexts");
        long before = sandbox.admin().tokenFetches(sandbox.appId());
        shared.run(first -> shared.run(second -> {
            String a = first.getBean(WxMass.class).tokens().current().value();
            String b = second.getBean(WxMass.class).tokens().current().value();
            assertThat(b).isEqualTo(a);
        }));
        assertThat(sandbox.admin().tokenFetches(sandbox.appId()) - before).isEqualTo(1);
    }

    @Test
    void health_whenSecretWrong_isDown() {
        runner("not-the-secret").run(context -> {
            Health health = context.getBean(WxMassHealthIndicator.class).health();
            assertThat(health.getStatus()).isEqualTo(Status.DOWN);
            assertThat(health.getDetails().toString()).doesNotContain("not-the-secret");
            assertThat(((Map<?, ?>) health.getDetails().get("main")).get("token").toString())
                    .startsWith("not obtainable");
        });
    }

    @Test
    void health_whenSecretRight_reportsQuotaAndNoCallback() {
        runner(sandbox.appSecret()).run(context -> {
            Health health = context.getBean(WxMassHealthIndicator.class).health();
            assertThat(health.getStatus()).isEqualTo(Status.UP);
            Map<?, ?> main = (Map<?, ?>) health.getDetails().get("main");
            assertThat(main.get("callback")).isEqualTo("not configured");
            assertThat(main.get("sendallQuotaLeft")).isInstanceOf(Long.class);
        });
    }
}

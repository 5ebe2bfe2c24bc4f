package io.wxmass.cli.it;

import io.wxmass.sandbox.embed.Sandbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * --redis-url through the real jar: separate wxmass processes share one access token through a
 * real Redis (the sandbox counts the fetches), fall back to a local token when Redis is away,
 * and never print the Redis password.
 */
class ClusterModeIT {
    private static final String PASSWORD = "redis-pw-7f3a9c";

    private static Sandbox sandbox;
    private static PasswordRedis redis;

    @BeforeAll
    static void start() {
        sandbox = SandboxFixture.start(5);
        redis = PasswordRedis.start(PASSWORD);
    }

    @AfterAll
    static void stop() throws IOException {
        sandbox.close();
        redis.close();
    }

    @BeforeEach
    void emptyRedis() {
        redis.flush();
    }

    private static long tokenFetches() {
        return sandbox.admin().tokenFetches(sandbox.appId());
    }

    private static void assertSucceededWithoutPassword(JarRunner.Run run) {
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.stdout() + run.stderr()).doesNotContain(PASSWORD);
    }

    @Test
    void speed_inTwoProcessesWithTheSameRedisUrl_fetchesOneTokenBetweenThem() {
        long before = tokenFetches();

        JarRunner.Run first = SandboxFixture.runnerFor(sandbox).run("speed", "--redis-url", redis.url(), "--instances", "2");
        JarRunner.Run second = SandboxFixture.runnerFor(sandbox).env("WXMASS_REDIS_URL", redis.url())
                .env("WXMASS_INSTANCES", "2").run("speed", "--json");

        assertSucceededWithoutPassword(first);
        assertSucceededWithoutPassword(second);
        assertThat(second.stdout()).contains("\"speed\"");
        assertThat(first.stderr()).as("no fallback warning while Redis is up").isEmpty();
        assertThat(tokenFetches() - before).isEqualTo(1);
    }

    @Test
    void speed_inTwoProcessesWithoutRedisUrl_fetchesATokenEach() {
        long before = tokenFetches();

        JarRunner.Run first = SandboxFixture.runnerFor(sandbox).run("speed");
        JarRunner.Run second = SandboxFixture.runnerFor(sandbox).run("speed");

        assertThat(first.exitCode()).as(first.toString()).isZero();
        assertThat(second.exitCode()).as(second.toString()).isZero();
        assertThat(tokenFetches() - before).isEqualTo(2);
    }

    @Test
    void speed_whenRedisUnreachable_fallsBackToALocalTokenWithOneWarningAndSucceeds() {
        String unreachable = "redis://:" + PASSWORD + "@127.0.0.1:" + PasswordRedis.freePort();
        long before = tokenFetches();

        JarRunner.Run run = SandboxFixture.runnerFor(sandbox).run("speed", "--redis-url", unreachable, "--json");

        assertSucceededWithoutPassword(run);
        assertThat(run.stdout()).contains("\"speed\"");
        assertThat(run.stderr().lines().toList()).as(run.stderr()).singleElement().asString()
                .contains("WARN").contains("shared token store unavailable");
        assertThat(tokenFetches() - before).isEqualTo(1);
    }

    @Test
    void status_whenPlatformRefuses_printsTheErrorWithoutTheRedisPassword() {
        JarRunner.Run run = SandboxFixture.runnerFor(sandbox).env("WXMASS_REDIS_URL", redis.url())
                .run("status", "424242", "--json");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.stdout()).contains("\"error\"");
        assertThat(run.stdout() + run.stderr()).doesNotContain(PASSWORD);
    }

    @Test
    void speed_whenRedisUrlInvalid_refusesWithUsageErrorShowingTheUrlMasked() {
        JarRunner.Run run = SandboxFixture.runnerFor(sandbox)
                .run("speed", "--redis-url", "redis://app:" + PASSWORD + "@127.0.0.1:6379/not-a-db", "--json");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.stdout()).contains("--redis-url").contains("redis://app:***@127.0.0.1:6379/not-a-db");
        assertThat(run.stdout() + run.stderr()).doesNotContain(PASSWORD);
    }
}

package io.wxmass.campaign.cluster;

import io.wxmass.campaign.testing.CapturedLogs;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import io.wxmass.core.token.AccessToken;
import io.wxmass.core.token.InMemoryTokenStore;
import io.wxmass.core.token.TokenStore.RefreshLease;
import io.wxmass.sandbox.clock.SandboxClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FailoverTokenStoreTest {
    private static final Instant NOW = Instant.parse("2026-11-21T08:00:00Z");
    private static final Duration PROBE = Duration.ofSeconds(5);
    private static final Duration LEASE_TTL = Duration.ofSeconds(30);
    private static final AccessToken BEFORE_OUTAGE = new AccessToken("BEFORE", NOW.plusSeconds(7200));

    private final SandboxClock clock = SandboxClock.fixed(NOW);
    private LocalRedis redis;
    private RedisConnector connectorA;
    private RedisConnector connectorB;
    private RedisTokenStore sharedView;
    private FailoverTokenStore instanceA;
    private FailoverTokenStore instanceB;
    private CapturedLogs logs;

    @BeforeEach
    void twoInstances() {
        redis = LocalRedis.start();
        connectorA = redis.newConnector();
        connectorB = redis.newConnector();
        sharedView = new RedisTokenStore(connectorB, RedisKeys.defaults(), clock);
        instanceA = instance(connectorA);
        instanceB = instance(connectorB);
        logs = CapturedLogs.of(Failover.class);
    }

    private FailoverTokenStore instance(RedisConnector connector) {
        return new FailoverTokenStore(new RedisTokenStore(connector, RedisKeys.defaults(), clock),
                new InMemoryTokenStore(clock), clock, PROBE);
    }

    @AfterEach
    void stopAll() {
        logs.close();
        connectorA.close();
        connectorB.close();
        redis.close();
    }

    @Test
    void get_whileRedisIsUp_answersFromRedis() {
        instanceB.put("wxapp1", BEFORE_OUTAGE);

        assertThat(instanceA.get("wxapp1")).contains(BEFORE_OUTAGE);
        assertThat(instanceA.degraded()).isFalse();
    }

    @Test
    void get_afterRedisStops_answersWithTheTokenLastSeenInRedis() {
        instanceB.put("wxapp1", BEFORE_OUTAGE);
        instanceA.get("wxapp1");

        redis.stopServer();

        assertThat(instanceA.get("wxapp1")).contains(BEFORE_OUTAGE);
        assertThat(instanceA.degraded()).isTrue();
    }

    @Test
    void outage_manyCallsOnTheFallback_logOneWarning() {
        redis.stopServer();

        for (int i = 0; i < 50; i++) {
            instanceA.get("wxapp1");
            instanceA.put("wxapp1", BEFORE_OUTAGE);
            instanceA.tryAcquireRefresh("wxapp1", LEASE_TTL).ifPresent(RefreshLease::close);
        }

        assertThat(logs.at(Level.WARN)).hasSize(1);
        assertThat(logs.at(Level.WARN).get(0)).contains("shared token store unavailable").doesNotContain("BEFORE");
    }

    @Test
    void tryAcquireRefresh_whileRedisIsDown_grantsOneLeasePerInstance() {
        redis.stopServer();

        Optional<RefreshLease> first = instanceA.tryAcquireRefresh("wxapp1", LEASE_TTL);

        assertThat(first).isPresent();
        assertThat(instanceA.tryAcquireRefresh("wxapp1", LEASE_TTL)).isEmpty();
        assertThat(instanceB.tryAcquireRefresh("wxapp1", LEASE_TTL)).as("another instance has its own fallback").isPresent();
        first.get().close();
        assertThat(instanceA.tryAcquireRefresh("wxapp1", LEASE_TTL)).isPresent();
    }

    @Test
    void tryAcquireRefresh_whileRedisIsUp_excludesOtherInstances() {
        RefreshLease held = instanceA.tryAcquireRefresh("wxapp1", LEASE_TTL).orElseThrow();

        assertThat(instanceB.tryAcquireRefresh("wxapp1", LEASE_TTL)).isEmpty();
        held.close();
        assertThat(instanceB.tryAcquireRefresh("wxapp1", LEASE_TTL)).isPresent();
    }

    @Test
    void outage_beforeTheProbeIsDue_staysOnTheFallbackEvenWhenRedisIsBack() {
        redis.stopServer();
        instanceA.get("wxapp1");
        redis.startServer();

        clock.advance(PROBE.minusMillis(1));
        instanceA.put("wxapp1", BEFORE_OUTAGE);

        assertThat(instanceA.degraded()).isTrue();
        assertThat(sharedView.get("wxapp1")).isEmpty();
    }

    @Test
    void recovery_afterRedisRestartedEmpty_writesTheLocalTokenBackAndReturnsToRedis() {
        instanceA.put("wxapp1", BEFORE_OUTAGE);
        redis.stopServer();
        AccessToken fetchedDuringOutage = new AccessToken("DURING", NOW.plusSeconds(7300));
        instanceA.put("wxapp1", fetchedDuringOutage);
        redis.startServer();

        clock.advance(PROBE);

        assertThat(instanceA.get("wxapp1")).contains(fetchedDuringOutage);
        assertThat(instanceA.degraded()).isFalse();
        assertThat(sharedView.get("wxapp1")).contains(fetchedDuringOutage);
        assertThat(logs.at(Level.INFO)).containsExactly("shared token store is back, leaving the local fallback");
    }

    @Test
    void recovery_whenRedisHoldsANewerToken_keepsTheNewerOne() {
        instanceA.put("wxapp1", BEFORE_OUTAGE);
        redis.stopServer();
        instanceA.get("wxapp1");
        redis.startServer();
        AccessToken newer = new AccessToken("NEWER", NOW.plusSeconds(9000));
        sharedView.put("wxapp1", newer);

        clock.advance(PROBE);

        assertThat(instanceA.get("wxapp1")).contains(newer);
        assertThat(sharedView.get("wxapp1")).contains(newer);
    }

    @Test
    void expireIfCurrent_whileRedisIsDown_dropsTheLocalCopy() {
        instanceA.put("wxapp1", BEFORE_OUTAGE);
        redis.stopServer();

        assertThat(instanceA.expireIfCurrent("wxapp1", "BEFORE")).isTrue();

        assertThat(instanceA.get("wxapp1")).isEmpty();
    }

    @Test
    void expireIfCurrent_whileRedisIsUp_dropsTheSharedAndTheLocalCopy() {
        instanceA.put("wxapp1", BEFORE_OUTAGE);

        assertThat(instanceA.expireIfCurrent("wxapp1", "BEFORE")).isTrue();

        assertThat(sharedView.get("wxapp1")).isEmpty();
        redis.stopServer();
        assertThat(instanceA.get("wxapp1")).as("the rejected token must not come back from the mirror").isEmpty();
    }
}

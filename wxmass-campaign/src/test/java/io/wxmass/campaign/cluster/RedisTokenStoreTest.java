package io.wxmass.campaign.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wxmass.core.token.AccessToken;
import io.wxmass.core.token.TokenStore.RefreshLease;
import io.wxmass.sandbox.clock.SandboxClock;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import redis.clients.jedis.Jedis;

class RedisTokenStoreTest {
    private static final Instant NOW = Instant.parse("2026-11-21T08:00:00Z");
    private static final Duration LEASE_TTL = Duration.ofSeconds(30);
    @RegisterExtension
    static final LocalRedis redis = LocalRedis.perClass();

    private final SandboxClock clock = SandboxClock.fixed(NOW);
    private RedisConnector connectorA;
    private RedisConnector connectorB;
    private RedisTokenStore instanceA;
    private RedisTokenStore instanceB;

    @BeforeEach
    void twoInstances() {
        connectorA = redis.newConnector();
        connectorB = redis.newConnector();
        instanceA = new RedisTokenStore(connectorA, RedisKeys.defaults(), clock);
        instanceB = new RedisTokenStore(connectorB, RedisKeys.defaults(), clock);
    }

    @Test
    void put_thenGetFromAnotherInstance_returnsSameValueAndExpiry() {
        AccessToken token = new AccessToken("TOKEN-1", NOW.plusSeconds(7200));

        instanceA.put("wxapp1", token);

        assertThat(instanceB.get("wxapp1")).contains(token);
        assertThat(instanceB.get("wxapp2")).isEmpty();
    }

    @Test
    void put_storesUnderNamespacedKeyWithTtlOfTimeLeft() {
        instanceA.put("wxapp1", new AccessToken("TOKEN-1", NOW.plusSeconds(7200)));

        try (Jedis jedis = redis.jedis()) {
            long ttl = jedis.pttl("wxmass:token:{wxapp1}");
            assertThat(ttl).isPositive().isLessThanOrEqualTo(7_200_000L);
            assertThat(jedis.get("wxmass:token:{wxapp1}")).endsWith(":TOKEN-1");
        }
    }

    @Test
    void put_whenTokenAlreadyExpired_leavesNothingStored() {
        instanceA.put("wxapp1", new AccessToken("OLD", NOW.plusSeconds(60)));

        instanceA.put("wxapp1", new AccessToken("EXPIRED", NOW.minusSeconds(1)));

        assertThat(instanceB.get("wxapp1")).isEmpty();
    }

    @Test
    void expireIfCurrent_whenStoredTokenIsTheFailedOne_removesIt() {
        instanceA.put("wxapp1", new AccessToken("REJECTED", NOW.plusSeconds(7200)));

        assertThat(instanceB.expireIfCurrent("wxapp1", "REJECTED")).isTrue();

        assertThat(instanceA.get("wxapp1")).isEmpty();
    }

    @Test
    void expireIfCurrent_whenAnotherInstanceAlreadyStoredAFreshToken_keepsTheFreshOne() {
        AccessToken fresh = new AccessToken("FRESH", NOW.plusSeconds(7200));
        instanceA.put("wxapp1", fresh);

        assertThat(instanceB.expireIfCurrent("wxapp1", "STALE")).isFalse();

        assertThat(instanceA.get("wxapp1")).contains(fresh);
    }

    @Test
    void expireIfCurrent_whenFailedValueIsOnlyASuffixOfTheStoredOne_keepsIt() {
        AccessToken stored = new AccessToken("ABC-TOKEN", NOW.plusSeconds(7200));
        instanceA.put("wxapp1", stored);

        assertThat(instanceB.expireIfCurrent("wxapp1", "TOKEN")).isFalse();

        assertThat(instanceA.get("wxapp1")).contains(stored);
    }

    @Test
    void expireIfCurrent_whenNothingStored_returnsFalse() {
        assertThat(instanceA.expireIfCurrent("wxapp1", "ANY")).isFalse();
    }

    @Test
    void tryAcquireRefresh_whenAnotherInstanceHoldsTheLease_returnsEmpty() {
        Optional<RefreshLease> held = instanceA.tryAcquireRefresh("wxapp1", LEASE_TTL);

        assertThat(held).isPresent();
        assertThat(instanceB.tryAcquireRefresh("wxapp1", LEASE_TTL)).isEmpty();
        assertThat(instanceB.tryAcquireRefresh("wxapp2", LEASE_TTL)).isPresent();
    }

    @Test
    void tryAcquireRefresh_afterHolderCloses_letsTheNextHolderIn() {
        instanceA.tryAcquireRefresh("wxapp1", LEASE_TTL).orElseThrow().close();

        assertThat(instanceB.tryAcquireRefresh("wxapp1", LEASE_TTL)).isPresent();
    }

    @Test
    void tryAcquireRefresh_setsTheTtlOnTheLease() {
        instanceA.tryAcquireRefresh("wxapp1", LEASE_TTL).orElseThrow();

        try (Jedis jedis = redis.jedis()) {
            assertThat(jedis.pttl("wxmass:token-lease:{wxapp1}")).isPositive().isLessThanOrEqualTo(30_000L);
        }
    }

    @Test
    void leaseClose_afterItsTtlRanOutAndAnotherTookIt_doesNotReleaseTheNewHoldersLease() {
        RefreshLease late = instanceA.tryAcquireRefresh("wxapp1", LEASE_TTL).orElseThrow();
        try (Jedis jedis = redis.jedis()) {
            jedis.del("wxmass:token-lease:{wxapp1}"); // what Redis does when the PX runs out
        }
        RefreshLease current = instanceB.tryAcquireRefresh("wxapp1", LEASE_TTL).orElseThrow();

        late.close();

        assertThat(instanceA.tryAcquireRefresh("wxapp1", LEASE_TTL)).isEmpty();
        current.close();
        assertThat(instanceA.tryAcquireRefresh("wxapp1", LEASE_TTL)).isPresent();
    }

    @Test
    void tryAcquireRefresh_manyThreadsOnTwoInstancesAtOnce_exactlyOneWins() throws Exception {
        int threads = 32;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        try {
            for (int i = 0; i < threads; i++) {
                RedisTokenStore store = i % 2 == 0 ? instanceA : instanceB;
                results.add(pool.submit(() -> {
                    start.await();
                    return store.tryAcquireRefresh("wxapp1", LEASE_TTL).isPresent();
                }));
            }
            start.countDown();
            int winners = 0;
            for (Future<Boolean> result : results) {
                winners += result.get(10, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertThat(winners).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void calls_whenRedisUnreachable_throwUnavailableWithoutTheToken() {
        URI nowhere = URI.create("redis://127.0.0.1:1");
        try (RedisConnector unreachable = RedisConnector.create(nowhere, Duration.ofMillis(500), 2)) {
            RedisTokenStore store = new RedisTokenStore(unreachable, RedisKeys.defaults(), clock);

            assertThatThrownBy(() -> store.put("wxapp1", new AccessToken("SECRET-TOKEN", NOW.plusSeconds(60))))
                    .isInstanceOf(ClusterStoreUnavailableException.class)
                    .hasMessageContaining("token put")
                    .hasMessageNotContaining("SECRET-TOKEN");
            assertThatThrownBy(() -> store.tryAcquireRefresh("wxapp1", LEASE_TTL))
                    .isInstanceOf(ClusterStoreUnavailableException.class);
        }
    }

    @Test
    void put_whenRedisIsOutOfMemory_throwsUnavailableSoTheFailoverTakesOver() {
        try (Jedis jedis = redis.jedis()) {
            jedis.configSet("maxmemory", "1");
            try {
                assertThatThrownBy(() -> instanceA.put("wxapp1", new AccessToken("TOKEN-1", NOW.plusSeconds(7200))))
                        .isInstanceOf(ClusterStoreUnavailableException.class)
                        .hasMessageContaining("OOM");
            } finally {
                jedis.configSet("maxmemory", "0");
            }
        }
    }

    @Test
    void keys_ofDifferentNamespaces_doNotSeeEachOther() {
        RedisTokenStore other = new RedisTokenStore(connectorB, new RedisKeys("staging"), clock);
        instanceA.put("wxapp1", new AccessToken("PROD", NOW.plusSeconds(7200)));

        assertThat(other.get("wxapp1")).isEmpty();
        assertThat(other.tryAcquireRefresh("wxapp1", LEASE_TTL)).isPresent();
        assertThat(instanceA.tryAcquireRefresh("wxapp1", LEASE_TTL)).isPresent();
    }

    @Test
    void toString_namesTheNamespaceOnly() {
        instanceA.put("wxapp1", new AccessToken("SECRET-TOKEN", NOW.plusSeconds(7200)));

        assertThat(instanceA.toString()).isEqualTo("RedisTokenStore[wxmass]");
    }
}

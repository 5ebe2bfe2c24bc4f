package io.wxmass.campaign.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wxmass.core.token.AccessToken;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.Jedis;
import redis.embedded.RedisSentinel;
import redis.embedded.RedisServer;

/**
 * Redis behind Sentinel, all real processes: a master, its replica and a sentinel. When the master dies the
 * sentinel promotes the replica and the connector follows it: the shared token is still there (replicated),
 * so no instance has to fetch a new one.
 */
class SentinelFailoverTest {
    private static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");
    private static final String MASTER_NAME = "wxmass";

    private final int masterPort = LocalRedis.freePort();
    private final int replicaPort = LocalRedis.freePort();
    private final int sentinelPort = LocalRedis.freePort();
    private RedisServer master;
    private RedisServer replica;
    private RedisSentinel sentinel;
    private RedisConnector connector;

    @AfterEach
    void stop() throws IOException {
        if (connector != null) {
            connector.close();
        }
        for (var instance : new redis.embedded.Redis[]{sentinel, replica, master}) {
            if (instance != null && instance.isActive()) {
                instance.stop();
            }
        }
    }

    @Test
    void tokenStore_whenTheMasterDies_followsThePromotedReplica_andKeepsTheToken() throws Exception {
        master = server(masterPort, null);
        replica = server(replicaPort, "replicaof 127.0.0.1 " + masterPort);
        sentinel = RedisSentinel.newRedisSentinel().bind("127.0.0.1").port(sentinelPort).masterPort(masterPort)
                .masterName(MASTER_NAME).quorumSize(1).downAfterMilliseconds(1000).failOverTimeout(3000).build();
        sentinel.start();
        connector = RedisConnector.create(URI.create("redis-sentinel://127.0.0.1:" + sentinelPort + "/" + MASTER_NAME),
                Duration.ofSeconds(1), 4);
        RedisTokenStore store = new RedisTokenStore(connector, RedisKeys.defaults(), Clock.fixed(NOW, ZoneOffset.UTC));
        store.put("wxapp1", new AccessToken("TOKEN-BEFORE-FAILOVER", NOW.plusSeconds(7200)));
        awaitReplicated();

        master.stop();

        Optional<AccessToken> after = awaitAnswer(store);
        assertThat(after).map(AccessToken::value).contains("TOKEN-BEFORE-FAILOVER");
        try (Jedis promoted = new Jedis("127.0.0.1", replicaPort)) {
            assertThat(promoted.role().get(0)).isEqualTo("master");
        }
        store.put("wxapp1", new AccessToken("TOKEN-AFTER-FAILOVER", NOW.plusSeconds(7200)));
        assertThat(store.get("wxapp1")).map(AccessToken::value).contains("TOKEN-AFTER-FAILOVER");
    }

    @Test
    void create_withAMalformedSentinelUrl_namesTheRuleAndNotThePassword() {
        assertThatThrownBy(() -> RedisConnector.create(URI.create("redis-sentinel://app:s3cret@127.0.0.1/nomaster"),
                Duration.ofSeconds(1), 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(SentinelUrl.RULE)
                .hasMessageNotContaining("s3cret");
    }

    /** The replica holds the token and its link to the master is up, so a failover loses nothing. */
    private void awaitReplicated() throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        try (Jedis r = new Jedis("127.0.0.1", replicaPort)) {
            while (System.nanoTime() < end) {
                if (r.info("replication").contains("master_link_status:up") && !r.keys("*").isEmpty()) {
                    return;
                }
                Thread.sleep(50);
            }
        }
        throw new AssertionError("the replica did not catch up within 30 s");
    }

    /** While the sentinel fails over, calls fail fast with the failover signal; then they answer again. */
    private static Optional<AccessToken> awaitAnswer(RedisTokenStore store) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        ClusterStoreUnavailableException last = null;
        while (System.nanoTime() < end) {
            try {
                return store.get("wxapp1");
            } catch (ClusterStoreUnavailableException e) {
                last = e;
                Thread.sleep(100);
            }
        }
        throw new AssertionError("no answer from the promoted master within 60 s", last);
    }

    private static RedisServer server(int port, String replicaOf) throws IOException {
        var builder = RedisServer.newRedisServer().port(port).bind("127.0.0.1").setting("save \"\"").setting("appendonly no");
        if (replicaOf != null) {
            builder.setting(replicaOf);
        }
        RedisServer server = builder.build();
        server.start();
        return server;
    }
}

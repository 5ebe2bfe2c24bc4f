package io.wxmass.campaign.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.wxmass.sandbox.clock.SandboxClock;
import io.wxmass.sandbox.embed.Sandbox;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three application instances in three JVMs, 32 threads each, one Redis, one sandbox: every
 * expiry window costs the account exactly one token fetch, whoever asks first.
 */
class MultiProcessTokenTest {
    private static final int NODES = 3;
    private static final int THREADS = 32;
    private static final long ANSWER_SECONDS = 90;
    /** Into the last 4 minutes of a 7200 s token: inside the 5-minute refresh margin, still valid. */
    private static final Duration INTO_REFRESH_MARGIN = Duration.ofSeconds(7200 - 240);
    /** Past the expiry of a token fetched inside the margin: no valid token anywhere. */
    private static final Duration PAST_EXPIRY = Duration.ofSeconds(7200 + 10);

    @TempDir
    Path logs;
    private LocalRedis redis;
    private Sandbox sandbox;
    private final List<NodeProcess> nodes = new ArrayList<>();

    @BeforeEach
    void startCluster() throws Exception {
        redis = LocalRedis.start();
        sandbox = Sandbox.builder().clock(SandboxClock.system()).followers(10).start();
        for (int i = 0; i < NODES; i++) {
            nodes.add(NodeProcess.start(TokenClusterNode.class,
                    List.of(sandbox.baseUrl(), sandbox.appId(), Integer.toString(redis.port()), Integer.toString(THREADS)),
                    Map.of("WXMASS_APP_SECRET", sandbox.appSecret()),
                    logs.resolve("node-" + i + ".log")));
        }
        for (NodeProcess node : nodes) {
            assertThat(node.awaitAnswer(ANSWER_SECONDS)).isEqualTo("READY");
        }
    }

    @AfterEach
    void stopCluster() throws Exception {
        for (NodeProcess node : nodes) {
            node.close();
        }
        sandbox.close();
        redis.close();
    }

    @Test
    void threeJvmsWith32ThreadsEach_askingAtEveryExpiry_fetchExactlyOneTokenPerWindow() throws Exception {
        burstOnAllNodes();
        assertThat(sandbox.admin().tokenFetches(sandbox.appId())).as("first window").isEqualTo(1);

        advanceEverywhere(INTO_REFRESH_MARGIN);
        burstOnAllNodes();
        assertThat(sandbox.admin().tokenFetches(sandbox.appId())).as("refresh inside the margin").isEqualTo(2);

        advanceEverywhere(PAST_EXPIRY);
        burstOnAllNodes();
        assertThat(sandbox.admin().tokenFetches(sandbox.appId())).as("refresh after expiry").isEqualTo(3);
    }

    private void advanceEverywhere(Duration step) throws InterruptedException {
        sandbox.admin().advanceClock(step);
        for (NodeProcess node : nodes) {
            node.send("ADVANCE " + step.toMillis());
        }
        for (NodeProcess node : nodes) {
            assertThat(node.awaitAnswer(ANSWER_SECONDS)).isEqualTo("ADVANCED");
        }
    }

    /** Sent to every node before any answer is read, so the bursts overlap. */
    private void burstOnAllNodes() throws Exception {
        for (NodeProcess node : nodes) {
            node.send("BURST");
        }
        for (NodeProcess node : nodes) {
            assertThat(node.awaitAnswer(ANSWER_SECONDS)).as("node log:%n%s", node.log()).isEqualTo("FAILURES 0");
        }
    }
}

package io.wxmass.campaign.cluster;

import io.wxmass.core.WxMass;
import io.wxmass.core.WxMassConfig;
import io.wxmass.sandbox.clock.SandboxClock;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * One application instance in its own JVM, driven line by line over stdin by a test:
 * {@code ADVANCE <millis>} moves its clock (as the test moves the sandbox's), {@code BURST} lets
 * all its threads ask for a token at the same moment and make one authenticated call with it,
 * {@code QUIT} ends it. Answers are lines starting with {@value NodeProcess#ANSWER}; the token
 * itself is never printed.
 *
 * <p>Arguments: baseUrl appId redisPort threads; the app secret comes in {@code WXMASS_APP_SECRET}.
 */
public final class TokenClusterNode {
    private TokenClusterNode() {
    }

    public static void main(String[] args) throws Exception {
        String baseUrl = args[0];
        String appId = args[1];
        int redisPort = Integer.parseInt(args[2]);
        int threads = Integer.parseInt(args[3]);
        SandboxClock clock = SandboxClock.system();
        URI redisUri = URI.create("redis://127.0.0.1:" + redisPort);
        try (RedisConnector redis = RedisConnector.create(redisUri, Duration.ofSeconds(2), threads)) {
            FailoverTokenStore store = FailoverTokenStore.overRedis(new RedisTokenStore(redis, RedisKeys.defaults(), clock), clock);
            WxMass wx = WxMass.create(WxMassConfig.builder()
                    .appId(appId)
                    .appSecret(System.getenv("WXMASS_APP_SECRET"))
                    .baseUrl(baseUrl)
                    .tokenStore(store)
                    .clock(clock)
                    .build());
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            answer("READY");
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] command = line.trim().split(" ");
                switch (command[0]) {
                    case "ADVANCE" -> {
                        clock.advance(Duration.ofMillis(Long.parseLong(command[1])));
                        answer("ADVANCED");
                    }
                    case "BURST" -> answer("FAILURES " + burst(wx, threads));
                    case "QUIT" -> {
                        return;
                    }
                    default -> answer("UNKNOWN " + command[0]);
                }
            }
        }
    }

    /** All threads released at once; answers how many of them failed to get a token or use it. */
    private static int burst(WxMass wx, int threads) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> calls = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            calls.add(pool.submit(() -> {
                start.await();
                wx.tokens().current();
                return wx.mass().speed();
            }));
        }
        start.countDown();
        int failures = 0;
        for (Future<?> call : calls) {
            try {
                call.get(60, TimeUnit.SECONDS);
            } catch (Exception e) {
                failures++;
                e.printStackTrace();
            }
        }
        pool.shutdownNow();
        return failures;
    }

    private static void answer(String text) {
        System.out.println(NodeProcess.ANSWER + text);
        System.out.flush();
    }
}

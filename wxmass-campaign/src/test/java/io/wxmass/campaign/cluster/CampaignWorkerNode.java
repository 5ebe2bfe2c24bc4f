package io.wxmass.campaign.cluster;

import io.wxmass.campaign.quota.QuotaSettings;
import io.wxmass.campaign.run.CampaignWorker;
import io.wxmass.campaign.run.WorkerSettings;
import io.wxmass.campaign.store.BatchStore;
import io.wxmass.campaign.store.CampaignStore;
import io.wxmass.campaign.store.Database;
import io.wxmass.core.WxMass;
import io.wxmass.core.WxMassConfig;
import io.wxmass.core.http.Sleeper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;

/**
 * A campaign worker process in cluster mode: campaigns in PostgreSQL, token and mass budget in
 * Redis. It answers {@code READY <workerId>}, waits for {@code GO} on stdin, works the campaign to completion
 * and answers {@code DONE}.
 *
 * <p>Arguments: dbUrl baseUrl appId campaignId redisPort permits windowMillis leaseMillis; the app
 * secret comes in {@code WXMASS_APP_SECRET}.
 */
public final class CampaignWorkerNode {
    private CampaignWorkerNode() {
    }

    public static void main(String[] args) throws Exception {
        Clock clock = Clock.systemUTC();
        URI redisUri = URI.create("redis://127.0.0.1:" + Integer.parseInt(args[4]));
        try (RedisConnector redis = RedisConnector.create(redisUri, Duration.ofSeconds(2), 4)) {
            RedisKeys keys = RedisKeys.defaults();
            RedisRateLimiter budget = new RedisRateLimiter(redis, keys, Integer.parseInt(args[5]),
                    Duration.ofMillis(Long.parseLong(args[6])), clock, Sleeper.SYSTEM);
            WxMass wx = WxMass.create(WxMassConfig.builder()
                    .appId(args[2])
                    .appSecret(System.getenv("WXMASS_APP_SECRET"))
                    .baseUrl(args[1])
                    .tokenStore(FailoverTokenStore.overRedis(new RedisTokenStore(redis, keys, clock), clock))
                    .rateLimiter(budget)
                    .clock(clock)
                    .build());
            Database database = Database.open(args[0]);
            WorkerSettings settings = WorkerSettings.DEFAULTS
                    .withLease(Duration.ofMillis(Long.parseLong(args[7])))
                    .withRetryDelay(Duration.ofSeconds(1)).withMaxRetryDelay(Duration.ofSeconds(1));
            CampaignWorker worker = new CampaignWorker(database, wx, clock, settings, QuotaSettings.SERVICE_ACCOUNT);
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            answer("READY " + worker.workerId());
            if ("GO".equals(in.readLine())) {
                worker.runToCompletion(args[3], Sleeper.SYSTEM);
                answer("DONE");
            }
        }
    }

    private static void answer(String text) {
        System.out.println(NodeProcess.ANSWER + text);
        System.out.flush();
    }
}

package io.wxmass.campaign.run;

import io.wxmass.campaign.quota.QuotaSettings;
import io.wxmass.campaign.CampaignTotals;
import io.wxmass.campaign.cluster.ClusterMode;
import io.wxmass.campaign.store.CampaignStore;
import io.wxmass.campaign.store.Database;
import io.wxmass.core.WxMass;
import io.wxmass.core.WxMassConfig;
import io.wxmass.core.http.Sleeper;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;

/**
 * A campaign worker as its own process: sends one campaign's batches until none is left, then
 * exits 0. Killing it at any point is safe; start it again (or another one) and it carries on.
 *
 * <pre>java io.wxmass.campaign.run.WorkerMain DB_URL BASE_URL APP_ID CAMPAIGN_ID [LEASE_MS [RETRY_MS [TIMEOUT_MS]]]</pre>
 * The app secret is read from the environment variable {@code WXMASS_APP_SECRET}, so it does not
 * show in process listings.
 */
public final class WorkerMain {
    static final int EXIT_USAGE = 2;
    static final int EXIT_FAILED = 1;

    private WorkerMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length < 4) {
            System.err.println("usage: WorkerMain DB_URL BASE_URL APP_ID CAMPAIGN_ID [LEASE_MS [RETRY_MS [TIMEOUT_MS]]]"
                    + " (app secret in WXMASS_APP_SECRET; optional WXMASS_REDIS_URL and WXMASS_INSTANCES for cluster mode)");
            System.exit(EXIT_USAGE);
        }
        String secret = System.getenv("WXMASS_APP_SECRET");
        if (secret == null || secret.isBlank()) {
            System.err.println("WXMASS_APP_SECRET: required, the account's app secret");
            System.exit(EXIT_USAGE);
        }
        WorkerSettings settings = WorkerSettings.DEFAULTS;
        Duration timeout = Duration.ofSeconds(10);
        if (args.length > 4) {
            settings = settings.withLease(Duration.ofMillis(Long.parseLong(args[4])));
        }
        if (args.length > 5) {
            // A harness's fixed pace: the first retry's wait and its cap alike.
            Duration retry = Duration.ofMillis(Long.parseLong(args[5]));
            settings = settings.withRetryDelay(retry).withMaxRetryDelay(retry);
        }
        if (args.length > 6) {
            timeout = Duration.ofMillis(Long.parseLong(args[6]));
        }
        Database database = Database.open(args[0]).migrate();
        WxMassConfig.Builder config = WxMassConfig.builder().baseUrl(args[1]).appId(args[2]).appSecret(secret)
                .requestTimeout(timeout);
        // Several workers share one token and one 60-a-minute budget through Redis when WXMASS_REDIS_URL is set.
        String redisUrl = System.getenv("WXMASS_REDIS_URL");
        if (redisUrl != null && !redisUrl.isBlank()) {
            String instances = System.getenv().getOrDefault("WXMASS_INSTANCES", "1");
            if (!instances.matches("[0-9]{1,2}")) {
                System.err.println("WXMASS_INSTANCES: must be a whole number of instances, was " + instances);
                System.exit(EXIT_USAGE);
            }
            ClusterMode cluster = ClusterMode.builder(URI.create(redisUrl)).instances(Integer.parseInt(instances)).build();
            Runtime.getRuntime().addShutdownHook(new Thread(cluster::close, "wxmass-cluster-close"));
            cluster.apply(config);
        }
        WxMass wx = WxMass.create(config.build());
        CampaignStore campaigns = new CampaignStore(database, args[2]);
        CampaignWorker worker = new CampaignWorker(database, wx, Clock.systemUTC(), settings, QuotaSettings.SERVICE_ACCOUNT);
        System.out.println("worker " + worker.workerId() + " started on campaign " + args[3]);
        System.out.flush();
        try {
            worker.runToCompletion(args[3], Sleeper.SYSTEM);
        } catch (RuntimeException e) {
            System.err.println("worker failed: " + e.getMessage());
            System.exit(EXIT_FAILED);
        }
        CampaignTotals totals = campaigns.totals(args[3]);
        System.out.println("campaign " + args[3] + ": " + totals.batchesByState());
    }
}

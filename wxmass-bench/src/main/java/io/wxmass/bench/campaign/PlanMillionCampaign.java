package io.wxmass.bench.campaign;

import io.wxmass.campaign.AudienceSpec;
import io.wxmass.campaign.Campaign;
import io.wxmass.campaign.CampaignSpec;
import io.wxmass.campaign.DeliveryStrategy;
import io.wxmass.campaign.plan.CampaignPlanner;
import io.wxmass.campaign.plan.FollowerDirectory;
import io.wxmass.campaign.plan.PlanResult;
import io.wxmass.campaign.quota.QuotaOutlook;
import io.wxmass.campaign.quota.QuotaSettings;
import io.wxmass.campaign.store.BatchStore;
import io.wxmass.campaign.store.CampaignStore;
import io.wxmass.campaign.store.QuotaLedger;
import io.wxmass.campaign.store.Database;
import io.wxmass.core.message.MassMessage;
import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Plans and persists a large openid campaign on a SQLite file: reads the openid file, deduplicates, and commits
 * either list batches of 10,000 or, with the tag strategy, the tag chunks behind one sendall; then lists the
 * batches and works out the schedule under the day's quota (batches per day, days needed; the store's ledger at
 * 100 a day, no network). Targets with -Xmx256m: 1,000,000 openids in at most 5 s, 10,000,000 in at most 30 s.
 *
 * <pre>java -Xmx256m -cp wxmass-bench/target/benchmarks.jar io.wxmass.bench.campaign.PlanMillionCampaign
 *     [openids] [runs] [auto|list|tag]</pre>
 */
public final class PlanMillionCampaign {
    private static final String APP_ID = "wxbenchplan000001";
    private PlanMillionCampaign() {
    }

    public static void main(String[] args) throws IOException {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        DeliveryStrategy strategy = args.length > 2 ? DeliveryStrategy.parse(args[2], "strategy") : DeliveryStrategy.AUTO;
        Path folder = Files.createTempDirectory("wxmass-plan-bench");
        try {
            Path audience = writeAudience(folder.resolve("audience.txt"), count);
            System.out.printf("audience: %,d openids, %,d bytes; strategy %s; max heap %,d MB%n", count,
                    Files.size(audience), strategy.wireName(), Runtime.getRuntime().maxMemory() >> 20);
            for (int run = 1; run <= runs; run++) {
                Path dbFile = folder.resolve("run-" + run + ".db");
                long start = System.nanoTime();
                Database db = Database.sqlite(dbFile).migrate();
                CampaignStore store = new CampaignStore(db, APP_ID);
                Campaign campaign = store.create(CampaignSpec.builder("bench", MassMessage.text("hello"),
                        AudienceSpec.openIdFile(audience)).strategy(strategy).build(), Clock.systemUTC().instant());
                PlanResult result = new CampaignPlanner(store, FollowerDirectory.NONE, Clock.systemUTC()).plan(campaign.id());
                QuotaOutlook outlook = QuotaOutlook.fromLedger(new BatchStore(db, APP_ID), new QuotaLedger(db), APP_ID,
                        campaign.id(), QuotaSettings.SERVICE_ACCOUNT, Clock.systemUTC().instant());
                long millis = (System.nanoTime() - start) / 1_000_000;
                long target = count > 1_000_000 ? 30_000 : 5_000;
                System.out.printf("run %d: %,d ms for %,d openids in %d batches, %s (db %,d bytes), schedule %d days (%s),"
                                + " %d GCs so far, heap used %,d MB: %s%n",
                        run, millis, result.recipients(), result.batches(), result.reason(), Files.size(dbFile),
                        outlook.schedule().daysNeeded(), outlook.schedule().days().get(0).batches() + " a day",
                        gcCount(), usedHeapMb(), millis <= target ? "PASS" : "FAIL (target " + target + " ms)");
            }
        } finally {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Openids shaped like the platform's: 28 characters, distinct. */
    private static Path writeAudience(Path file, int count) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < count; i++) {
                String n = Integer.toString(i, 36);
                w.write("oBench");
                w.write("0".repeat(22 - n.length()));
                w.write(n);
                w.write('\n');
            }
        }
        return file;
    }

    private static long usedHeapMb() {
        Runtime rt = Runtime.getRuntime();
        return (rt.totalMemory() - rt.freeMemory()) >> 20;
    }

    private static long gcCount() {
        long count = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            count += Math.max(0, gc.getCollectionCount());
        }
        return count;
    }
}

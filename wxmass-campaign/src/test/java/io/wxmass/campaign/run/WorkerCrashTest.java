package io.wxmass.campaign.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.wxmass.campaign.AudienceSpec;
import io.wxmass.campaign.Batch;
import io.wxmass.campaign.BatchState;
import io.wxmass.campaign.Campaign;
import io.wxmass.campaign.CampaignService;
import io.wxmass.campaign.CampaignSpec;
import io.wxmass.campaign.CampaignTotals;
import io.wxmass.campaign.JobCounts;
import io.wxmass.campaign.quota.QuotaCalendar;
import io.wxmass.campaign.reconcile.Reconciler;
import io.wxmass.campaign.store.BatchStore;
import io.wxmass.campaign.store.Database;
import io.wxmass.campaign.store.EventStore;
import io.wxmass.campaign.testing.Fixtures;
import io.wxmass.campaign.testing.SafeCallback;
import io.wxmass.core.WxMass;
import io.wxmass.core.WxMassConfig;
import io.wxmass.core.message.MassMessage;
import io.wxmass.sandbox.clock.SandboxClock;
import io.wxmass.sandbox.config.RuleSettings;
import io.wxmass.sandbox.delivery.MassJob;
import io.wxmass.sandbox.embed.Sandbox;
import io.wxmass.sandbox.faults.FaultPlan;
import io.wxmass.sandbox.push.PushAttempt;
import io.wxmass.sandbox.receiver.CallbackReceiver;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The worker as a real process, killed with kill -9 at random points and restarted, against a
 * sandbox that answers -1, times out (answers after the client gave up, so the job exists) and
 * drops pushes. Campaigns of 25,000 openids (3 batches) run one after the other until the worker
 * has been killed at least {@value #KILLS} times in CI (one campaign; {@code -Dwxmass.crash.kills=50} for the soak, about
 * 7.5 minutes because each campaign's last worker waits out a minute of real time). After each: every follower holds exactly one
 * copy, the sandbox holds exactly one job per batch, and the campaign's totals are the sandbox's.
 */
class WorkerCrashTest {
    private static final int KILLS = 13;
    private static final int KILLS_PER_CAMPAIGN = 13;
    private static final int FOLLOWERS = 25_000;
    private static final String APP_ID = "wxcrashtest000001";
    private static final String SEND = "/cgi-bin/message/mass/send";
    private static final long SEED = 20260301L;

    @TempDir
    Path folder;

    @Test
    void killedWorkers_restartedUntilDone_deliverEachCampaignExactlyOnce() throws Exception {
        FaultPlan faults = FaultPlan.seeded(SEED)
                .systemError(SEND, 0.15)
                .delay(SEND, 0.15, Duration.ofMillis(1500))
                .dropCallbacks(0.3);
        crashUntil(Integer.getInteger("wxmass.crash.kills", KILLS), faults, RuleSettings.defaults(), false);
    }

    /**
     * The same with the day's quota binding (3 sendall+send calls a day for 3 batches, so -1 answers and re-posts
     * push batches into the next platform day) and 45066 in play (restarts come within the platform's minute, the
     * clock is not moved past it). When a worker finishes with batches deferred, the sandbox's clock moves to the
     * next platform day and workers go on. A few kills here; the soak of 50 is a command in BENCHMARKS.md
     * ({@code -Dwxmass.crash.quotaKills=50}).
     */
    @Test
    void killedWorkers_withTheDailyQuotaBindingAnd45066_deliverEachCampaignExactlyOnce() throws Exception {
        FaultPlan faults = FaultPlan.seeded(SEED + 1)
                .systemError(SEND, 0.1)
                .delay(SEND, 0.1, Duration.ofMillis(1500))
                .dropCallbacks(0.3);
        crashUntil(Integer.getInteger("wxmass.crash.quotaKills", 2), faults,
                RuleSettings.defaults().withDailyMassCalls(3), true);
    }

    private void crashUntil(int killsWanted, FaultPlan faults, RuleSettings rules, boolean quotaMode) throws Exception {
        Random random = new Random(SEED);
        SandboxClock clock = SandboxClock.system();
        try (CallbackReceiver receiver = SafeCallback.refusingUntilListened();
             Sandbox sandbox = Sandbox.builder().appId(APP_ID).followers(FOLLOWERS).instant(true).clock(clock)
                     .faults(faults).rules(rules)
                     .callback(receiver.url(), SafeCallback.TOKEN, SafeCallback.AES_KEY, "safe")
                     .start()) {
            Path dbFile = folder.resolve("crash.db");
            Database db = Database.sqlite(dbFile).migrate();
            WxMass wx = WxMass.create(WxMassConfig.builder().baseUrl(sandbox.baseUrl()).appId(APP_ID)
                    .appSecret(sandbox.appSecret()).clock(clock).build());
            CampaignService service = CampaignService.builder(db, wx).clock(clock).build();
            SafeCallback.listen(receiver, APP_ID, clock, service.reconciler().listener());
            List<String> followers = IntStream.range(0, FOLLOWERS)
                    .mapToObj(i -> sandbox.account().followers().openId(i)).toList();
            Path audience = Fixtures.writeLines(folder.resolve("audience.txt"), followers);

            int kills = 0;
            int campaigns = 0;
            int days = 0;
            while (kills < killsWanted) {
                // a new month: the 4-per-month cap and the 24 h clientmsgid memory start afresh; at noon in Beijing, so
                // a batch deferred to the next platform day is re-posted well inside its 24 h window
                clock.advance(Duration.between(clock.instant(), QuotaCalendar.nextMonth(clock.instant()).plus(Duration.ofHours(12))));
                Campaign campaign = service.create(CampaignSpec.builder("crash " + campaigns,
                        MassMessage.text("crash test " + campaigns), AudienceSpec.openIdFile(audience)).build());
                assertThat(service.approve(campaign.id(), Fixtures.APPROVER).batches()).isEqualTo(3);
                Outcome outcome = runUntilDone(sandbox, clock, service, dbFile, campaign.id(), random,
                        Math.min(killsWanted - kills, KILLS_PER_CAMPAIGN), quotaMode);
                kills += outcome.kills();
                days += outcome.days();
                campaigns++;

                assertThat(sandbox.admin().awaitIdle(Duration.ofSeconds(60))).isTrue();
                new Reconciler(new EventStore(db, APP_ID), new BatchStore(db, APP_ID), wx.mass(), clock, Duration.ZERO).pollOverdue();
                assertDeliveredOnce(sandbox, service, campaign.id(), followers);
                System.out.printf("campaign %s: batches %s%n", campaign.id(), service.batches(campaign.id()).stream()
                        .map(b -> b.attempts() + " attempts, " + b.settledBy().orElse("")).toList());
                assertThat(sandbox.admin().jobs(APP_ID)).hasSize(3 * campaigns);
            }
            assertThat(kills).isGreaterThanOrEqualTo(killsWanted);
            System.out.printf("crash test%s: %d campaigns, %d kills, %d extra platform days, send requests %d, pushes %s%n",
                    quotaMode ? " (daily quota 3, 45066 in play)" : "", campaigns, kills, days,
                    sandbox.admin().requests(SEND), sandbox.admin().pushAttempts(APP_ID).stream()
                            .collect(java.util.stream.Collectors.groupingBy(PushAttempt::outcome,
                                    java.util.stream.Collectors.counting())));
        }
    }

    /** What bringing one campaign to its end took: worker kills, and platform days the clock moved on for quota. */
    private record Outcome(int kills, int days) {
    }

    /**
     * Starts workers until the campaign has nothing left to send, killing each one still running after a random
     * delay. A worker that finishes with batches deferred for the day (quota mode) is followed by a move of the
     * sandbox's clock to the next platform day.
     */
    private Outcome runUntilDone(Sandbox sandbox, SandboxClock clock, CampaignService service, Path dbFile,
                                 String campaignId, Random random, int killsWanted, boolean quotaMode) throws Exception {
        int kills = 0;
        int days = 0;
        for (int run = 0; run < 80; run++) {
            if (!quotaMode) {
                // a restart comes more than 60 s (platform time) after any earlier attempt: no 45066 waits
                clock.advance(Duration.ofSeconds(61));
            }
            Path log = folder.resolve("worker-" + campaignId + "-" + run + ".log");
            Process worker = startWorker(sandbox, dbFile, campaignId, log);
            // the kill lands at a random point of the sending phase, not in JVM start-up
            awaitStarted(worker, log);
            long deadline = kills < killsWanted ? random.nextInt(900) : 200_000;
            if (worker.waitFor(deadline, TimeUnit.MILLISECONDS)) {
                assertThat(worker.exitValue()).as("worker exit, see %s", folder).isZero();
                CampaignTotals totals = service.status(campaignId);
                assertThat(totals.batchesIn(BatchState.FAILED)).isZero();
                if (totals.batchesIn(BatchState.DEFERRED) == 0) {
                    return new Outcome(kills, days);
                }
                clock.advance(Duration.between(clock.instant(), QuotaCalendar.nextDay(clock.instant()).plusSeconds(60)));
                days++;
                continue;
            }
            worker.destroyForcibly();
            assertThat(worker.waitFor(10, TimeUnit.SECONDS)).isTrue();
            kills++;
        }
        throw new AssertionError("campaign " + campaignId + " did not finish in 80 worker runs");
    }

    private static void awaitStarted(Process worker, Path log) throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (worker.isAlive() && System.nanoTime() < until) {
            if (Files.exists(log) && Files.readString(log).contains(" started on campaign ")) {
                return;
            }
            Thread.sleep(10);
        }
    }

    private Process startWorker(Sandbox sandbox, Path dbFile, String campaignId, Path log) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto",
                "-cp", System.getProperty("java.class.path"), WorkerMain.class.getName(),
                "jdbc:sqlite:" + dbFile.toAbsolutePath(), sandbox.baseUrl(), APP_ID, campaignId,
                "400", "200", "700");
        pb.environment().put("WXMASS_APP_SECRET", sandbox.appSecret());
        pb.redirectErrorStream(true).redirectOutput(log.toFile());
        return pb.start();
    }

    private static void assertDeliveredOnce(Sandbox sandbox, CampaignService service, String campaignId,
                                             List<String> followers) {
        List<Batch> batches = service.batches(campaignId);
        assertThat(batches).extracting(Batch::state).containsOnly(BatchState.FINISHED);
        Set<Long> msgIds = new HashSet<>();
        batches.forEach(b -> msgIds.add(b.msgId().orElseThrow()));
        assertThat(msgIds).hasSize(3);
        for (String openId : followers) {
            long copies = sandbox.admin().inbox(APP_ID, openId).stream().filter(e -> msgIds.contains(e.msgId())).count();
            assertThat(copies).as("copies of campaign %s for %s", campaignId, openId).isEqualTo(1);
        }
        Map<Long, Boolean> pushed = new HashMap<>();
        for (PushAttempt attempt : sandbox.admin().pushAttempts(APP_ID)) {
            pushed.merge(attempt.msgId(), attempt.accepted(), Boolean::logicalOr);
        }
        JobCounts confirmedBySandbox = JobCounts.ZERO;
        long totalBySandbox = 0;
        int lostPushes = 0;
        for (Batch batch : batches) {
            MassJob job = sandbox.admin().job(APP_ID, batch.msgId().getAsLong()).orElseThrow();
            JobCounts counts = new JobCounts(job.totalCount(), job.filterCount(), job.sentCount(), job.errorCount());
            totalBySandbox += job.totalCount();
            if (pushed.getOrDefault(job.msgId(), false)) {
                assertThat(batch.counts()).as("batch %s", batch.key()).contains(counts);
                confirmedBySandbox = confirmedBySandbox.plus(counts);
            } else {
                assertThat(batch.settledBy()).as("batch %s without a push", batch.key()).contains("poll");
                lostPushes++;
            }
        }
        CampaignTotals totals = service.status(campaignId);
        assertThat(totals.recipients()).isEqualTo(totalBySandbox).isEqualTo(followers.size());
        assertThat(totals.counts()).isEqualTo(confirmedBySandbox);
        assertThat(totals.unconfirmed()).isEqualTo(lostPushes);
        assertThat(totals.done()).isTrue();
    }

}

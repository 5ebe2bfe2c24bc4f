package io.wxmass.campaign.run;

import io.wxmass.campaign.testing.Fixtures;
import static org.assertj.core.api.Assertions.assertThat;

import io.wxmass.campaign.quota.QuotaSettings;
import io.wxmass.campaign.AudienceSpec;
import io.wxmass.campaign.Batch;
import io.wxmass.campaign.BatchState;
import io.wxmass.campaign.Campaign;
import io.wxmass.campaign.CampaignSpec;
import io.wxmass.campaign.CampaignTotals;
import io.wxmass.campaign.JobCounts;
import io.wxmass.campaign.store.BatchStore;
import io.wxmass.campaign.store.CampaignStore;
import io.wxmass.campaign.testing.SandboxRig;
import io.wxmass.core.audience.Tag;
import io.wxmass.core.mass.SendReceipt;
import io.wxmass.core.message.MassMessage;
import io.wxmass.sandbox.delivery.MassJob;
import io.wxmass.sandbox.faults.FaultPlan;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CampaignRunSandboxTest {
    @TempDir
    Path folder;

    private static Campaign planned(SandboxRig rig, AudienceSpec audience) {
        Campaign c = rig.service.create(CampaignSpec.builder("c", MassMessage.text("hello followers"), audience).build());
        rig.service.approve(c.id(), Fixtures.APPROVER);
        return c;
    }

    @Test
    void run_tagSendAndFollowerListOver10000_reachEveryFollowerExactlyOnce() throws Exception {
        try (SandboxRig rig = new SandboxRig(folder, 12_500, FaultPlan.none())) {
            Tag tag = rig.wx.audience().tags().stream().filter(t -> t.count() > 0).findFirst().orElseThrow();
            Set<String> tagMembers = new HashSet<>(rig.wx.audience().tagMembers(tag.id()).toList());
            Campaign toTag = planned(rig, AudienceSpec.tag(tag.id()));
            Campaign toAll = planned(rig, AudienceSpec.followers());

            rig.service.run(toTag.id());
            rig.service.run(toAll.id());
            rig.awaitIdle();

            assertThat(rig.service.batches(toAll.id())).extracting(Batch::recipientCount).containsExactly(10_000, 2_500);
            Set<Long> allJobs = rig.msgIds(toAll.id());
            Set<Long> tagJobs = rig.msgIds(toTag.id());
            assertThat(allJobs).hasSize(2);
            assertThat(tagJobs).hasSize(1);
            for (int i = 0; i < 12_500; i++) {
                String openId = rig.follower(i);
                assertThat(rig.copies(openId, allJobs)).as("copies of the list send for %s", openId).isEqualTo(1);
                assertThat(rig.copies(openId, tagJobs)).as("copies of the tag send for %s", openId)
                        .isEqualTo(tagMembers.contains(openId) ? 1 : 0);
            }
            assertTotalsMatchSandbox(rig, toAll.id());
            assertTotalsMatchSandbox(rig, toTag.id());
            assertThat(rig.service.status(toTag.id()).counts().sent()).isEqualTo(tagMembers.size());
        }
    }

    private static void assertTotalsMatchSandbox(SandboxRig rig, String campaignId) {
        CampaignTotals totals = rig.service.status(campaignId);
        JobCounts sandbox = JobCounts.ZERO;
        for (long msgId : rig.msgIds(campaignId)) {
            MassJob job = rig.sandbox.admin().job(SandboxRig.APP_ID, msgId).orElseThrow();
            sandbox = sandbox.plus(new JobCounts(job.totalCount(), job.filterCount(), job.sentCount(), job.errorCount()));
        }
        assertThat(totals.done()).as("%s / %s / pushes %s", totals, rig.service.batches(campaignId),
                rig.sandbox.admin().pushAttempts(SandboxRig.APP_ID)).isTrue();
        assertThat(totals.batchesIn(BatchState.FINISHED)).isEqualTo(totals.batches());
        assertThat(totals.unconfirmed()).isZero();
        assertThat(totals.counts()).isEqualTo(sandbox);
    }

    @Test
    void run_afterAnUnknownOutcome_resendsTheSameClientMsgId_andTheFollowersGetOneCopy() throws Exception {
        try (SandboxRig rig = new SandboxRig(folder, 50, FaultPlan.none())) {
            Campaign c = planned(rig, AudienceSpec.openIds(rig.followers(0, 20)));
            BatchStore batches = new BatchStore(rig.db, SandboxRig.APP_ID);
            // A worker committed SENDING, its request reached the platform, then it died before the answer.
            SandboxRig.LostAttempt died = rig.sendAndDie(c.id(), "hello followers");
            Batch batch = died.batch();
            SendReceipt lost = died.receipt();

            rig.service.run(c.id());
            rig.awaitIdle();

            Batch after = batches.batch(batch.key()).orElseThrow();
            assertThat(after.msgId()).hasValue(lost.msgId());
            assertThat(after.attempts()).isEqualTo(2);
            assertThat(after.state()).isEqualTo(BatchState.FINISHED);
            assertThat(rig.sandbox.admin().jobs(SandboxRig.APP_ID)).hasSize(1);
            for (String openId : rig.followers(0, 20)) {
                assertThat(rig.copies(openId, Set.of(lost.msgId()))).isEqualTo(1);
            }
        }
    }

    @Test
    void run_whenTheOutcomeIsUnknownPast24Hours_parksTheBatchWithoutSending() throws Exception {
        try (SandboxRig rig = new SandboxRig(folder, 50, FaultPlan.none())) {
            Campaign c = planned(rig, AudienceSpec.openIds(rig.followers(0, 20)));
            BatchStore batches = new BatchStore(rig.db, SandboxRig.APP_ID);
            Batch batch = batches.claim(c.id(), "died", rig.clock.instant(), SandboxRig.LEASE).orElseThrow();
            batches.markSending(batch.key(), "died", rig.clock.instant());
            rig.clock.advance(Duration.ofHours(24));

            CampaignTotals totals = rig.service.run(c.id());

            assertThat(batches.batch(batch.key()).orElseThrow().state()).isEqualTo(BatchState.PARKED);
            assertThat(totals.batchesIn(BatchState.PARKED)).isEqualTo(1);
            assertThat(rig.sandbox.admin().requests("/cgi-bin/message/mass/send")).isZero();
            assertThat(rig.sandbox.admin().jobs(SandboxRig.APP_ID)).isEmpty();
        }
    }

    @Test
    void secondWorker_takesOverADeadWorkersBatchOnlyOnceItsLeaseRunsOut() throws Exception {
        try (SandboxRig rig = new SandboxRig(folder, 100, FaultPlan.none())) {
            Campaign c = rig.service.create(CampaignSpec.builder("c", MassMessage.text("hi"),
                    AudienceSpec.openIds(rig.followers(0, 90))).build());
            rig.service.approve(c.id(), Fixtures.APPROVER);
            BatchStore batches = new BatchStore(rig.db, SandboxRig.APP_ID);
            CampaignStore campaigns = new CampaignStore(rig.db, SandboxRig.APP_ID);
            Batch dead = batches.claim(c.id(), "dead", rig.clock.instant(), SandboxRig.LEASE).orElseThrow();
            batches.markSending(dead.key(), "dead", rig.clock.instant());
            CampaignWorker heir = new CampaignWorker(rig.db, rig.wx, rig.clock,
                    WorkerSettings.DEFAULTS.withLease(SandboxRig.LEASE), QuotaSettings.SERVICE_ACCOUNT);

            assertThat(heir.runDue(c.id())).isEmpty();
            assertThat(batches.batch(dead.key()).orElseThrow().state()).isEqualTo(BatchState.SENDING);
            rig.clock.advance(SandboxRig.LEASE);
            assertThat(heir.runDue(c.id())).containsEntry(AttemptOutcome.SUBMITTED, 1);
            rig.awaitIdle();

            assertThat(batches.batch(dead.key()).orElseThrow().state()).isEqualTo(BatchState.FINISHED);
            List<MassJob> jobs = rig.sandbox.admin().jobs(SandboxRig.APP_ID);
            assertThat(jobs).hasSize(1);
            for (String openId : rig.followers(0, 90)) {
                assertThat(rig.copies(openId, Set.of(jobs.get(0).msgId()))).isEqualTo(1);
            }
        }
    }

    @Test
    void run_whenThePlatformRefusesTheList_failsTheBatchWithItsErrcode() throws Exception {
        try (SandboxRig rig = new SandboxRig(folder, 10, FaultPlan.none())) {
            Campaign c = planned(rig, AudienceSpec.openIds(List.of(rig.follower(0), "oNotAFollowerOfThisAccount1")));

            CampaignTotals totals = rig.service.run(c.id());

            Batch batch = rig.service.batches(c.id()).get(0);
            assertThat(batch.state()).isEqualTo(BatchState.FAILED);
            assertThat(batch.errorCode()).hasValue(40003);
            assertThat(totals.batchesIn(BatchState.FAILED)).isEqualTo(1);
            assertThat(rig.sandbox.admin().jobs(SandboxRig.APP_ID)).isEmpty();
        }
    }
}

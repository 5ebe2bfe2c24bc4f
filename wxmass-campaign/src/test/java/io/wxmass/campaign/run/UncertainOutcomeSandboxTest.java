package io.wxmass.campaign.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.wxmass.campaign.Attempt;
import io.wxmass.campaign.Batch;
import io.wxmass.campaign.BatchState;
import io.wxmass.campaign.Campaign;
import io.wxmass.campaign.SendOutcome;
import io.wxmass.campaign.quota.QuotaSettings;
import io.wxmass.campaign.store.BatchStore;
import io.wxmass.campaign.testing.SandboxRig;
import io.wxmass.core.mass.SendReceipt;
import io.wxmass.sandbox.config.RuleSettings;
import io.wxmass.sandbox.faults.FaultPlan;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A refusal that follows an attempt which may have gone out never makes a batch FAILED: one test per way an
 * attempt becomes uncertain (a timeout, a cut answer, a worker that lost its lease), each against the sandbox.
 */
class UncertainOutcomeSandboxTest {
    private static final String SEND = "/cgi-bin/message/mass/send";

    @TempDir
    Path folder;

    private static Campaign planned(SandboxRig rig, List<String> openIds) {
        return rig.plannedText("hello followers", openIds);
    }

    private static Batch only(SandboxRig rig, Campaign c) {
        return rig.service.batches(c.id()).get(0);
    }

    @Test
    void timeoutThen45009OfTheDay_defersUncertain_andTheNextDayTheRepostFindsTheOriginalJob() throws Exception {
        FaultPlan faults = FaultPlan.none().delay(SEND, 1.0, Duration.ofMillis(1500));
        // The day allows one call: the delayed post is accepted and spends it, so the SDK's re-post is 45009.
        SandboxRig.Options options = new SandboxRig.Options().rules(RuleSettings.defaults().withDailyMassCalls(1))
                .requestTimeout(Duration.ofMillis(500)).beforeEachWait(() -> faults.reset(0));
        try (SandboxRig rig = new SandboxRig(folder, 20, faults, options)) {
            Campaign c = planned(rig, rig.followers(0, 10));

            rig.service.run(c.id());

            Batch deferred = only(rig, c);
            assertThat(deferred.state()).isEqualTo(BatchState.DEFERRED);
            assertThat(deferred.uncertainSince()).isPresent();
            assertThat(deferred.deferredFor()).hasValue("DAY");
            assertThat(rig.service.attempts(deferred.key())).extracting(Attempt::outcome).containsExactly(SendOutcome.DEFER);
            assertThat(rig.service.attempts(deferred.key()).get(0).errcode()).hasValue(45009);
            long job = rig.sandbox.admin().jobs(SandboxRig.APP_ID).get(0).msgId();

            rig.clock.advance(Duration.ofHours(15)); // 10:00 in Beijing to 01:00 the next day: inside the 24 h window
            rig.service.run(c.id());
            rig.awaitIdle();
            rig.service.reconciler().pollOverdue();

            Batch after = only(rig, c);
            assertThat(after.msgId()).hasValue(job);
            assertThat(after.state()).isIn(BatchState.SUBMITTED, BatchState.FINISHED);
            assertThat(rig.sandbox.admin().jobs(SandboxRig.APP_ID)).hasSize(1);
            for (String openId : rig.followers(0, 10)) {
                assertThat(rig.copies(openId, Set.of(job))).isEqualTo(1);
            }
        }
    }

    @Test
    void cutAnswerThen45065WithoutMsgId_isUnknown_neverFailed() throws Exception {
        FaultPlan faults = FaultPlan.none().cut(SEND, 1.0);
        SandboxRig.Options options = new SandboxRig.Options()
                .beforeEachWait(() -> faults.reset(0).refuse(SEND, 1.0, 45065, "clientmsgid exist"));
        try (SandboxRig rig = new SandboxRig(folder, 20, faults, options)) {
            Campaign c = planned(rig, rig.followers(0, 10));

            var totals = rig.service.run(c.id());

            Batch batch = only(rig, c);
            assertThat(batch.state()).isEqualTo(BatchState.UNKNOWN);
            assertThat(batch.errorCode()).hasValue(45065);
            assertThat(totals.batchesIn(BatchState.FAILED)).isZero();
            assertThat(rig.service.attempts(batch.key())).extracting(Attempt::outcome).containsExactly(SendOutcome.UNCERTAIN);
            // The cut answer hid an accepted job: the followers got it once, and nothing was re-sent.
            assertThat(rig.sandbox.admin().jobs(SandboxRig.APP_ID)).hasSize(1);
            rig.awaitIdle();
            long job = rig.sandbox.admin().jobs(SandboxRig.APP_ID).get(0).msgId();
            for (String openId : rig.followers(0, 10)) {
                assertThat(rig.copies(openId, Set.of(job))).isEqualTo(1);
            }
        }
    }

    @Test
    void leaseTakeoverThenRefusal_isUnknown_andTheLogSaysThePreviousAttemptNeverAnswered() throws Exception {
        FaultPlan faults = FaultPlan.none();
        try (SandboxRig rig = new SandboxRig(folder, 20, faults)) {
            Campaign c = planned(rig, rig.followers(0, 10));
            BatchStore batches = new BatchStore(rig.db, SandboxRig.APP_ID);
            // A worker committed SENDING, its post went out, and it stalled past its lease.
            SandboxRig.LostAttempt stalled = rig.sendAndDie(c.id(), "hello followers");
            Batch batch = stalled.batch();
            SendReceipt lost = stalled.receipt();
            faults.refuse(SEND, 1.0, 40007, "invalid media_id");
            CampaignWorker heir = new CampaignWorker(rig.db, rig.wx, rig.clock,
                    WorkerSettings.DEFAULTS.withLease(SandboxRig.LEASE), QuotaSettings.SERVICE_ACCOUNT);

            assertThat(heir.runDue(c.id())).containsEntry(AttemptOutcome.UNKNOWN, 1);

            Batch after = batches.batch(batch.key()).orElseThrow();
            assertThat(after.state()).isEqualTo(BatchState.UNKNOWN);
            assertThat(after.uncertainSince()).isPresent();
            List<Attempt> log = rig.service.attempts(batch.key());
            assertThat(log).extracting(Attempt::outcome).containsExactly(SendOutcome.UNCERTAIN, SendOutcome.UNCERTAIN);
            assertThat(log.get(0).answer()).contains("recorded no answer");
            assertThat(log.get(1).errcode()).hasValue(40007);

            // The stalled worker's answer arrives after all: its msg_id settles the batch, with the event stored meanwhile.
            rig.awaitIdle();
            assertThat(batches.markSubmitted(batch.key(), lost.msgId(), null, rig.clock.instant())).isTrue();
            assertThat(batches.batch(batch.key()).orElseThrow().state()).isEqualTo(BatchState.FINISHED);
            assertThat(rig.sandbox.admin().jobs(SandboxRig.APP_ID)).hasSize(1);
        }
    }

    @Test
    void firstAttemptRefused40003_isFailed_certainlyNotSent() throws Exception {
        try (SandboxRig rig = new SandboxRig(folder, 20, FaultPlan.none())) {
            Campaign c = planned(rig, List.of(rig.follower(0), "oNotAFollowerOfThisAccount1"));

            rig.service.run(c.id());

            Batch batch = only(rig, c);
            assertThat(batch.state()).isEqualTo(BatchState.FAILED);
            assertThat(batch.uncertainSince()).isEmpty();
            assertThat(rig.service.attempts(batch.key())).extracting(Attempt::outcome).containsExactly(SendOutcome.PERMANENT);
        }
    }
}

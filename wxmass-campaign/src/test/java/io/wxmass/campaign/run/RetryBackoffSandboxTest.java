package io.wxmass.campaign.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wxmass.campaign.Attempt;
import io.wxmass.campaign.Batch;
import io.wxmass.campaign.BatchState;
import io.wxmass.campaign.Campaign;
import io.wxmass.campaign.SendOutcome;
import io.wxmass.campaign.testing.SandboxRig;
import io.wxmass.sandbox.faults.FaultPlan;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A batch the platform keeps answering "retry" waits twice as long each time, up to the cap, counted per batch from
 * its attempt log; on the sandbox's moved-by-hand clock, so the waits are exact and cost no real time.
 */
class RetryBackoffSandboxTest {
    private static final String SEND = "/cgi-bin/message/mass/send";

    @TempDir
    Path folder;

    @Test
    void retryNow_waitsTheFirstDelayThenDoublesPerRetry_untilTheCap() throws Exception {
        FaultPlan faults = FaultPlan.none().refuse(SEND, 1.0, -1, "system error");
        try (SandboxRig rig = new SandboxRig(folder, 20, faults)) {
            Campaign c = rig.plannedText("hello", rig.followers(0, 10));

            List<Long> waits = new ArrayList<>();
            for (int i = 0; i < 7; i++) {
                waits.add(retryOnce(rig, c).getSeconds());
            }

            // 61 s, doubled per retry of this batch, capped at 15 minutes.
            assertThat(waits).containsExactly(61L, 122L, 244L, 488L, 900L, 900L, 900L);
            Batch batch = rig.service.batches(c.id()).get(0);
            assertThat(batch.state()).isEqualTo(BatchState.SENDING);
            assertThat(rig.service.attempts(batch.key())).extracting(Attempt::outcome)
                    .containsOnly(SendOutcome.RETRY_NOW).hasSize(7);
            assertThat(rig.sandbox.admin().jobs(SandboxRig.APP_ID)).isEmpty();
        }
    }

    @Test
    void backOff_isCountedPerBatch_andAnotherBatchsSuccessNeitherResetsNorSharesIt() throws Exception {
        FaultPlan faults = FaultPlan.none().refuse(SEND, 1.0, -1, "system error");
        try (SandboxRig rig = new SandboxRig(folder, 40, faults)) {
            Campaign first = rig.plannedText("first", rig.followers(0, 10));
            Campaign second = rig.plannedText("second", rig.followers(10, 20));
            assertThat(retryOnce(rig, first)).hasSeconds(61);
            assertThat(retryOnce(rig, first)).hasSeconds(122);
            assertThat(retryOnce(rig, first)).hasSeconds(244);

            // Its own first retry: the other batch's three do not count.
            assertThat(retryOnce(rig, second)).hasSeconds(61);

            faults.reset(0);
            rig.clock.advance(Duration.ofMinutes(5));
            rig.service.worker().runDue(first.id());
            assertThat(rig.service.batches(first.id()).get(0).state()).isIn(BatchState.SUBMITTED, BatchState.FINISHED);

            faults.refuse(SEND, 1.0, -1, "system error");
            // The first campaign's success leaves the second's count where it was: its second retry doubles.
            assertThat(retryOnce(rig, second)).hasSeconds(122);
        }
    }

    @Test
    void aBatchThatMayHaveGoneOut_isRepostedBeforeItsClientMsgIdWindowEnds_andParkedOnceItIsOver() throws Exception {
        FaultPlan faults = FaultPlan.none();
        try (SandboxRig rig = new SandboxRig(folder, 20, faults)) {
            Campaign c = rig.plannedText("hello", rig.followers(0, 10));
            rig.sendAndDie(c.id(), "hello");
            Batch died = rig.service.batches(c.id()).get(0);
            Instant windowStart = died.firstAttemptAt().orElseThrow();
            WorkerSettings settings = WorkerSettings.DEFAULTS;
            Instant lastSafe = windowStart.plus(settings.resendWindow()).minus(settings.retryDelay());
            rig.clock.advance(Duration.between(rig.clock.instant(), windowStart.plus(Duration.ofHours(23).plusMinutes(38))));
            faults.refuse(SEND, 1.0, -1, "system error");

            assertThat(retryOnce(rig, c)).hasSeconds(122); // the attempt that never answered counts as the first retry
            // 244 s would end after the last safe re-post: it goes at the last safe moment instead.
            retryOnce(rig, c);
            assertThat(rig.service.batches(c.id()).get(0).notBefore()).isEqualTo(lastSafe);
            // From there even the shortest wait crosses the window's end: the next attempt parks the batch, unsent.
            retryOnce(rig, c);
            rig.clock.advance(Duration.between(rig.clock.instant(), rig.service.batches(c.id()).get(0).notBefore()));
            assertThat(rig.service.worker().runDue(c.id())).containsEntry(AttemptOutcome.PARKED, 1);
            assertThat(rig.sandbox.admin().jobs(SandboxRig.APP_ID)).hasSize(1);
        }
    }

    @Test
    void settings_refuseACapThatCouldCarryAnUnknownOutcomePastTheClientMsgIdWindow() {
        assertThatThrownBy(() -> WorkerSettings.DEFAULTS.withMaxRetryDelay(Duration.ofHours(24)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxRetryDelay");
        assertThatThrownBy(() -> WorkerSettings.DEFAULTS.withMaxRetryDelay(Duration.ofSeconds(10)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("retryDelay");
        assertThat(WorkerSettings.DEFAULTS.retryDelay(1000)).isEqualTo(WorkerSettings.DEFAULTS.maxRetryDelay());
    }

    /** Moves the clock to the batch's not-before, attempts it (refused) and returns how long it now waits. */
    private static Duration retryOnce(SandboxRig rig, Campaign c) {
        Instant due = rig.service.batches(c.id()).get(0).notBefore();
        if (due.isAfter(rig.clock.instant())) {
            rig.clock.advance(Duration.between(rig.clock.instant(), due));
        }
        assertThat(rig.service.worker().runDue(c.id())).containsEntry(AttemptOutcome.RETRY_LATER, 1);
        return Duration.between(rig.clock.instant(), rig.service.batches(c.id()).get(0).notBefore());
    }
}

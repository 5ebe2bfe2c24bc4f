package io.wxmass.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import io.wxmass.campaign.store.BatchStore;
import io.wxmass.campaign.store.Dialect;
import io.wxmass.campaign.testing.SandboxRig;
import io.wxmass.core.mass.SendReceipt;
import io.wxmass.core.message.Audience;
import io.wxmass.core.message.MassMessage;
import io.wxmass.core.message.SendOptions;
import io.wxmass.sandbox.faults.FaultPlan;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Cancel and retract on a campaign with a batch in every state a worker may leave it in, on both engines: what
 * certainly never went out is CANCELLED, what may have gone out is PARKED (never re-sent, never FAILED) and is still
 * settled when its msg_id turns up, what the platform accepted is left to its event.
 */
class StopEveryStateSandboxTest {
    private static final Actor BOB = Actor.key("ops-bob");
    private static final String TEXT = "hello followers";

    @TempDir
    Path folder;

    static Stream<Arguments> verbs() {
        BiFunction<CampaignService, String, RetractResult> cancel = (s, id) -> s.cancel(id, BOB);
        BiFunction<CampaignService, String, RetractResult> retract = (s, id) -> s.retract(id, BOB);
        return Stream.of(Dialect.values()).flatMap(d -> Stream.of(Arguments.of(d, "cancel", cancel),
                Arguments.of(d, "retract", retract)));
    }

    @ParameterizedTest(name = "{1} on {0}")
    @MethodSource("verbs")
    void stop_cancelsWhatNeverWentOut_parksWhatMayHave_andNothingIsSentOrFailedAfterwards(
            Dialect dialect, String verb, BiFunction<CampaignService, String, RetractResult> stop) throws Exception {
        SandboxRig.Options options = new SandboxRig.Options().dialect(dialect).batchSize(2);
        try (SandboxRig rig = new SandboxRig(folder, 14, FaultPlan.none(), options)) {
            Campaign c = rig.plannedText(TEXT, rig.followers(0, 14));
            BatchStore batches = new BatchStore(rig.db, SandboxRig.APP_ID);
            Instant now = rig.clock.instant();
            // 1: claimed, not yet attempted (a worker between its claim and its SENDING).
            claim(rig, batches);
            // 2: deferred before any post: certainly not sent.
            batches.defer(claim(rig, batches), "w", now.plus(Duration.ofDays(1)), "DAY", null, "no quota today");
            // 3: a lost answer, then the day's 45009 on the re-post: it may have gone out.
            BatchKey uncertain = sending(rig, batches);
            batches.markUncertain(uncertain, "w", now, "timeout", now);
            assertThat(claim(rig, batches)).isEqualTo(uncertain);
            batches.markSending(uncertain, "w", now);
            batches.defer(uncertain, "w", now.plus(Duration.ofDays(1)), "DAY", 45009, "errcode 45009 reach max api daily quota limit");
            // 4: held for the administrator, who may still confirm it.
            batches.awaitAdmin(sending(rig, batches), "w", now.plus(Duration.ofMinutes(1)), 89505, "errcode 89505");
            // 5: -1 answered: certainly not sent, waiting for its retry.
            batches.retryLater(sending(rig, batches), "w", now.plus(Duration.ofMinutes(1)), "errcode -1 system error");
            // 6: posted (the platform took it) and its worker died before the answer: stranded once its lease ends.
            BatchKey stranded = sending(rig, batches);
            SendReceipt lost = post(rig, batches, stranded);
            // 7: accepted and recorded.
            BatchKey accepted = sending(rig, batches);
            SendReceipt receipt = post(rig, batches, accepted);
            batches.markSubmitted(accepted, receipt.msgId(), null, now);
            rig.clock.advance(SandboxRig.LEASE.plusSeconds(1));

            RetractResult result = stop.apply(rig.service, c.id());

            assertThat(rig.service.batches(c.id()).subList(0, 6)).extracting(Batch::state).containsExactly(
                    BatchState.CANCELLED, BatchState.CANCELLED, BatchState.PARKED, BatchState.PARKED, BatchState.CANCELLED,
                    BatchState.PARKED);
            assertThat(rig.service.batches(c.id()).get(6).state()).isIn(BatchState.SUBMITTED, BatchState.FINISHED);
            assertThat(result.cancelled()).isEqualTo(3);
            assertThat(result.parked()).isEqualTo(3);
            Batch admin = rig.service.batches(c.id()).get(3);
            assertThat(admin.settledBy()).hasValueSatisfying(by -> assertThat(by)
                    .startsWith(verb + " by key:ops-bob").contains("AWAITING_ADMIN").contains("outcome unknown"));
            assertThat(admin.uncertainSince()).isPresent();
            AuditEntry entry = rig.service.audit(c.id()).get(rig.service.audit(c.id()).size() - 1);
            assertThat(entry.action()).isEqualTo(verb);
            assertThat(entry.detail()).hasValueSatisfying(d -> assertThat(d).contains("3 cancelled").contains("3 parked")
                    .contains("never re-sent, never FAILED"));

            // Nothing goes out again, whatever a worker (or a retry) does; nothing becomes FAILED.
            rig.clock.advance(Duration.ofDays(2));
            assertThat(rig.service.worker().runDue(null)).isEmpty();
            assertThat(rig.sandbox.admin().jobs(SandboxRig.APP_ID)).hasSize(2);
            assertThat(rig.service.batches(c.id())).extracting(Batch::state).doesNotContain(BatchState.FAILED);

            // The stranded attempt's answer turns up late: its job is settled by the platform's word, not guessed.
            rig.awaitIdle();
            assertThat(batches.markSubmitted(stranded, lost.msgId(), null, rig.clock.instant())).isTrue();
            rig.clock.advance(SandboxRig.EVENT_TIMEOUT.plusSeconds(1));
            rig.service.reconciler().pollOverdue();
            assertThat(rig.service.batches(c.id()).get(5).state()).isEqualTo(BatchState.FINISHED);
            assertThat(rig.service.batches(c.id()).get(6).state()).isEqualTo(BatchState.FINISHED);
            for (String openId : rig.followers(10, 14)) {
                assertThat(rig.copies(openId, java.util.Set.of(lost.msgId(), receipt.msgId()))).isEqualTo(1);
            }
        }
    }

    private static BatchKey claim(SandboxRig rig, BatchStore batches) {
        return batches.claim(null, "w", rig.clock.instant(), SandboxRig.LEASE).orElseThrow().key();
    }

    private static BatchKey sending(SandboxRig rig, BatchStore batches) {
        BatchKey key = claim(rig, batches);
        assertThat(batches.markSending(key, "w", rig.clock.instant())).isTrue();
        return key;
    }

    private static SendReceipt post(SandboxRig rig, BatchStore batches, BatchKey key) {
        Batch batch = batches.batch(key).orElseThrow();
        List<String> openIds = batches.openIds(key);
        return rig.wx.mass().send(MassMessage.text(TEXT), Audience.openIds(openIds),
                SendOptions.withClientMsgId(batch.clientMsgId()));
    }
}

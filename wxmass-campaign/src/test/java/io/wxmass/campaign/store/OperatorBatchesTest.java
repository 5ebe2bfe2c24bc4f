package io.wxmass.campaign.store;

import static io.wxmass.campaign.store.StoreFixture.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.wxmass.campaign.Actor;
import io.wxmass.campaign.AuditEntry;
import io.wxmass.campaign.Batch;
import io.wxmass.campaign.BatchKey;
import io.wxmass.campaign.BatchLine;
import io.wxmass.campaign.BatchState;
import io.wxmass.campaign.Campaign;
import io.wxmass.campaign.testing.Fixtures;
import io.wxmass.campaign.testing.TestDatabases;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The operators' batch transitions and views, and the audit log, on both engines. */
class OperatorBatchesTest {
    private static final Duration LEASE = Duration.ofSeconds(30);

    @TempDir
    Path folder;

    private StoreFixture store(Dialect dialect) {
        return new StoreFixture(TestDatabases.fresh(dialect, folder));
    }

    private static OperatorBatches operator(StoreFixture s) {
        return new OperatorBatches(s.db, Fixtures.APP_ID);
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void stop_cancelsWhatCertainlyNeverWentOut_parksWhatMayHave_andLeavesALiveAttemptAlone(Dialect dialect) {
        StoreFixture s = store(dialect);
        Campaign c = s.planned(4);
        BatchKey certain = s.sending(c.id(), "w1");
        s.batches.retryLater(certain, "w1", T0.plusSeconds(60), "errcode -1");
        BatchKey uncertain = s.sending(c.id(), "w1");
        s.batches.markUncertain(uncertain, "w1", T0.plusSeconds(60), "timeout", T0);
        BatchKey live = s.sending(c.id(), "w2");

        assertThat(operator(s).liveAttempts(c.id(), T0)).isEqualTo(1);
        assertThat(operator(s).stop(c.id(), "cancel by cli:alice", T0)).isEqualTo(new OperatorBatches.Stopped(2, 1));

        assertThat(s.batches.batch(certain).orElseThrow().state()).isEqualTo(BatchState.CANCELLED);
        assertThat(s.batches.batch(uncertain).orElseThrow().state()).isEqualTo(BatchState.PARKED);
        assertThat(s.batches.batch(uncertain).orElseThrow().settledBy()).hasValueSatisfying(by ->
                assertThat(by).startsWith("cancel by cli:alice while SENDING").endsWith("outcome unknown"));
        assertThat(s.batches.batches(c.id()).get(3).state()).isEqualTo(BatchState.CANCELLED);
        assertThat(s.batches.batch(live).orElseThrow().state()).isEqualTo(BatchState.SENDING);
        // Its worker never answered and its lease ran out: it may have gone out.
        assertThat(operator(s).stop(c.id(), "cancel", T0.plus(LEASE))).isEqualTo(new OperatorBatches.Stopped(0, 1));
        assertThat(s.batches.batch(live).orElseThrow().state()).isEqualTo(BatchState.PARKED);
        assertThat(s.batches.markSending(live, "w2", T0.plus(LEASE))).isFalse();
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void requeueFailed_takesBackOnlyFailedBatchesThePlatformNeverAccepted(Dialect dialect) {
        StoreFixture s = store(dialect);
        Campaign c = s.planned(2);
        BatchKey refused = s.sending(c.id(), "w");
        s.batches.markFailed(refused, "w", 40003, "invalid openid", T0);
        BatchKey accepted = s.sending(c.id(), "w");
        s.batches.markSubmitted(accepted, 77L, null, T0);
        s.batches.settleByPoll(accepted, BatchState.FAILED, "SEND_FAIL", T0);

        assertThat(operator(s).requeueFailed(c.id(), null)).isEqualTo(1);

        Batch back = s.batches.batch(refused).orElseThrow();
        assertThat(back.state()).isEqualTo(BatchState.PLANNED);
        assertThat(back.errorCode()).isEmpty();
        assertThat(back.attempts()).isEqualTo(1);
        assertThat(s.batches.batch(accepted).orElseThrow().state()).isEqualTo(BatchState.FAILED);
        assertThat(s.batches.claim(c.id(), "w3", T0, LEASE)).map(b -> b.key()).contains(refused);
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void resolveParked_settlesOnlyAParkedBatch(Dialect dialect) {
        StoreFixture s = store(dialect);
        Campaign c = s.planned(2);
        BatchKey parked = s.sending(c.id(), "w");
        s.batches.park(parked, "w", "outcome unknown", T0);

        assertThat(operator(s).resolveParked(parked, BatchState.FINISHED, "operator:cli:alice", T0)).isTrue();
        assertThat(operator(s).resolveParked(new BatchKey(c.id(), 2), BatchState.FAILED, "operator:cli:alice", T0)).isFalse();

        assertThat(s.batches.batch(parked).orElseThrow().state()).isEqualTo(BatchState.FINISHED);
        assertThat(s.batches.batch(parked).orElseThrow().settledBy()).contains("operator:cli:alice");
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void lines_andExport_showEveryBatchAndEveryRecipient(Dialect dialect) {
        StoreFixture s = store(dialect);
        Campaign c = s.planned(2);
        BatchKey first = s.sending(c.id(), "w");
        s.batches.markSubmitted(first, 901L, null, T0);
        BatchKey second = s.sending(c.id(), "w");
        s.batches.retryLater(second, "w", T0.plusSeconds(90), "timeout");

        assertThat(operator(s).lines(c.id())).containsExactly(
                new BatchLine(1, BatchState.SUBMITTED, 3, OptionalLong.of(901), OptionalInt.empty(), 1,
                        Optional.empty(), Optional.empty()),
                new BatchLine(2, BatchState.SENDING, 3, OptionalLong.empty(), OptionalInt.empty(), 1,
                        Optional.of(T0.plusSeconds(90)), Optional.empty()));
        StringWriter csv = new StringWriter();
        assertThat(operator(s).export(c.id(), csv)).isEqualTo(6);
        assertThat(csv.toString().lines()).hasSize(7)
                .contains(Fixtures.openId("o0x", 0) + ",1,SUBMITTED,901,,", Fixtures.openId("o1x", 2) + ",2,SENDING,,,");
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void auditLog_keepsEntriesInOrder_andPerAccount(Dialect dialect) {
        StoreFixture s = store(dialect);
        Campaign c = s.planned(1);
        AuditLog log = new AuditLog(s.db, Fixtures.APP_ID);

        log.record(Actor.cli("alice"), "approve", c.id(), null, "3 recipients", T0);
        log.record(Actor.key("ops"), "resolve", c.id(), 1, "sent", T0);

        assertThat(log.entries(c.id())).extracting(AuditEntry::actor, AuditEntry::action)
                .containsExactly(tuple("system:sdk", "create"), tuple("cli:alice", "approve"),
                        tuple("key:ops", "resolve"));
        assertThat(log.entries(c.id()).get(2).batchNo()).hasValue(1);
        assertThat(new AuditLog(s.db, "wxotheraccount001").entries(c.id())).isEmpty();
    }
}

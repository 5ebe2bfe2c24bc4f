package io.wxmass.campaign.store;

import static io.wxmass.campaign.store.StoreFixture.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.wxmass.campaign.AudienceSpec;
import io.wxmass.campaign.Batch;
import io.wxmass.campaign.BatchKey;
import io.wxmass.campaign.BatchState;
import io.wxmass.campaign.Campaign;
import io.wxmass.campaign.CampaignSpec;
import io.wxmass.campaign.testing.Fixtures;
import io.wxmass.campaign.testing.TestDatabases;
import io.wxmass.core.message.MassMessage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class BatchStoreTest {
    private static final Duration LEASE = Duration.ofSeconds(30);

    @TempDir
    Path folder;

    private StoreFixture store(Dialect dialect) {
        return new StoreFixture(TestDatabases.fresh(dialect, folder));
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void claim_givesBatchesInOrder_andNeverOneThatIsLeased(Dialect dialect) {
        StoreFixture s = store(dialect);
        Campaign c = s.planned(2);

        Batch first = s.batches.claim(c.id(), "A", T0, LEASE).orElseThrow();
        Batch second = s.batches.claim(c.id(), "B", T0, LEASE).orElseThrow();

        assertThat(first.key().batchNo()).isEqualTo(1);
        assertThat(first.leaseOwner()).contains("A");
        assertThat(first.leaseUntil()).contains(T0.plus(LEASE));
        assertThat(second.key().batchNo()).isEqualTo(2);
        assertThat(s.batches.claim(c.id(), "C", T0, LEASE)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void claim_forAnotherAccountOnTheSameStore_neverSeesThisAccountsBatches(Dialect dialect) {
        StoreFixture s = store(dialect);
        Campaign c = s.planned(2);
        BatchStore other = new BatchStore(s.db, "wxotheraccount001");

        assertThat(other.claim(null, "A", T0, LEASE)).isEmpty();
        assertThat(other.batches(c.id())).isEmpty();
        assertThat(new CampaignStore(s.db, "wxotheraccount001").get(c.id())).isEmpty();
        assertThat(s.batches.claim(null, "A", T0, LEASE)).isPresent();
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void claim_whenSendingBatchLeaseRanOut_hasAnotherWorkerTakeItOver(Dialect dialect) {
        StoreFixture s = store(dialect);
        Campaign c = s.planned(1);
        Batch claimed = s.batches.claim(c.id(), "dead", T0, LEASE).orElseThrow();
        assertThat(s.batches.markSending(claimed.key(), "dead", T0)).isTrue();

        assertThat(s.batches.claim(c.id(), "heir", T0.plus(LEASE).minusMillis(1), LEASE)).isEmpty();
        Batch taken = s.batches.claim(c.id(), "heir", T0.plus(LEASE), LEASE).orElseThrow();

        assertThat(taken.key()).isEqualTo(claimed.key());
        assertThat(taken.state()).isEqualTo(BatchState.SENDING);
        assertThat(taken.attempts()).isEqualTo(1);
        assertThat(taken.firstAttemptAt()).contains(T0);
        assertThat(taken.clientMsgId()).isEqualTo(claimed.clientMsgId());
        // the dead worker's late writes are fenced off by the lease
        assertThat(s.batches.markFailed(claimed.key(), "dead", 40003, "invalid openid", T0)).isFalse();
        assertThat(s.batches.markSending(taken.key(), "heir", T0.plus(LEASE))).isTrue();
        assertThat(s.batches.batch(taken.key()).orElseThrow().firstAttemptAt()).contains(T0);
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void markSubmitted_recordsTheJobAndReleasesTheLease(Dialect dialect) {
        StoreFixture s = store(dialect);
        Campaign c = s.planned(1);
        BatchKey key = s.sending(c.id(), "A");

        assertThat(s.batches.markSubmitted(key, 1000000338L, 206227730L, T0.plusSeconds(1))).isTrue();
        assertThat(s.batches.markSubmitted(key, 1000000338L, null, T0.plusSeconds(2))).isFalse();

        Batch batch = s.batches.batch(key).orElseThrow();
        assertThat(batch.state()).isEqualTo(BatchState.SUBMITTED);
        assertThat(batch.msgId()).hasValue(1000000338L);
        assertThat(batch.submittedAt()).contains(T0.plusSeconds(1));
        assertThat(batch.leaseOwner()).isEmpty();
        assertThat(s.batches.claim(c.id(), "B", T0.plus(LEASE), LEASE)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void retryLater_keepsTheBatchSendingUntilItIsDueAgain(Dialect dialect) {
        StoreFixture s = store(dialect);
        Campaign c = s.planned(1);
        BatchKey key = s.sending(c.id(), "A");

        assertThat(s.batches.retryLater(key, "A", T0.plusSeconds(61), "transport: timeout")).isTrue();

        assertThat(s.batches.nextDue(c.id())).contains(T0.plusSeconds(61));
        assertThat(s.batches.claim(c.id(), "B", T0.plusSeconds(60), LEASE)).isEmpty();
        Batch again = s.batches.claim(c.id(), "B", T0.plusSeconds(61), LEASE).orElseThrow();
        assertThat(again.state()).isEqualTo(BatchState.SENDING);
        assertThat(again.errorMessage()).contains("transport: timeout");
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void park_settlesTheBatchSoThatNoWorkerClaimsIt(Dialect dialect) {
        StoreFixture s = store(dialect);
        Campaign c = s.planned(1);
        BatchKey key = s.sending(c.id(), "A");

        assertThat(s.batches.park(key, "A", "park: window over", T0)).isTrue();

        assertThat(s.batches.batch(key).orElseThrow().state()).isEqualTo(BatchState.PARKED);
        assertThat(s.batches.claim(c.id(), "B", T0.plus(Duration.ofDays(2)), LEASE)).isEmpty();
        assertThat(s.batches.nextDue(c.id())).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void claim_beforeTheSchedule_returnsNothing(Dialect dialect) {
        StoreFixture s = store(dialect);
        CampaignSpec spec = CampaignSpec.builder("later", MassMessage.text("t"), AudienceSpec.openIds(Fixtures.openIds("o", 3)))
                .scheduledAt(T0.plusSeconds(3600)).build();
        Campaign c = s.planned(spec, 1);

        assertThat(s.batches.claim(c.id(), "A", T0.plusSeconds(3599), LEASE)).isEmpty();
        assertThat(s.batches.claim(null, "A", T0.plusSeconds(3600), LEASE)).isPresent();
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void claim_fromManyThreadsAtOnce_givesEachBatchToExactlyOneWorker(Dialect dialect) throws Exception {
        StoreFixture s = store(dialect);
        Campaign c = s.planned(40);
        List<Integer> claimed = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                String owner = "worker-" + w;
                futures.add(pool.submit(() -> {
                    int idle = 0;
                    while (idle < 3) {
                        Optional<Batch> batch = s.batches.claim(c.id(), owner, T0, LEASE);
                        if (batch.isPresent()) {
                            claimed.add(batch.get().key().batchNo());
                            idle = 0;
                        } else {
                            idle++;
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(claimed).hasSize(40).doesNotHaveDuplicates();
    }
}

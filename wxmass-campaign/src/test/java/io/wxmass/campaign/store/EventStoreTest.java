package io.wxmass.campaign.store;

import static io.wxmass.campaign.store.StoreFixture.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.wxmass.campaign.Batch;
import io.wxmass.campaign.BatchKey;
import io.wxmass.campaign.BatchState;
import io.wxmass.campaign.Campaign;
import io.wxmass.campaign.CampaignTotals;
import io.wxmass.campaign.JobCounts;
import io.wxmass.campaign.JobFinishedEvent;
import io.wxmass.campaign.testing.Fixtures;
import io.wxmass.campaign.testing.TestDatabases;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class EventStoreTest {

    @TempDir
    Path folder;

    private StoreFixture store(Dialect dialect) {
        return new StoreFixture(TestDatabases.fresh(dialect, folder));
    }

    private static JobFinishedEvent event(long msgId, String status, JobCounts counts) {
        return new JobFinishedEvent("oHelper#" + msgId, msgId, status, counts, OptionalInt.of(1), null,
                List.of("http://mp.weixin.qq.com/s/" + msgId));
    }

    private static BatchKey submit(StoreFixture s, String campaignId, long msgId) {
        BatchKey key = s.sending(campaignId, "A");
        s.batches.markSubmitted(key, msgId, null, T0);
        return key;
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void record_settlesTheSubmittedBatchWithTheEventsCounts(Dialect dialect) {
        StoreFixture s = store(dialect);
        Campaign c = s.planned(1);
        BatchKey key = submit(s, c.id(), 501);

        assertThat(s.events.record(event(501, "send success", new JobCounts(3, 3, 2, 1)), T0.plusSeconds(5))).isTrue();

        Batch batch = s.batches.batch(key).orElseThrow();
        assertThat(batch.state()).isEqualTo(BatchState.FINISHED);
        assertThat(batch.counts()).contains(new JobCounts(3, 3, 2, 1));
        assertThat(batch.settledBy()).contains("event:oHelper#501");
        assertThat(batch.articleUrls()).containsExactly("http://mp.weixin.qq.com/s/501");
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void record_aRetriedPush_isStoredOnceAndReportedAsRepeat(Dialect dialect) {
        StoreFixture s = store(dialect);
        Campaign c = s.planned(1);
        submit(s, c.id(), 502);
        JobFinishedEvent event = event(502, "send success", new JobCounts(3, 3, 3, 0));

        assertThat(s.events.record(event, T0)).isTrue();
        assertThat(s.events.record(event, T0.plusSeconds(5))).isFalse();
        JobFinishedEvent sameJobOtherKey = new JobFinishedEvent("other#1", 502, "send fail", JobCounts.ZERO,
                OptionalInt.empty(), null, List.of());
        assertThat(s.events.record(sameJobOtherKey, T0.plusSeconds(6))).isFalse();

        assertThat(s.campaigns.totals(c.id()).counts()).isEqualTo(new JobCounts(3, 3, 3, 0));
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void record_beforeTheBatchKnowsItsMsgId_settlesItWhenSubmitted(Dialect dialect) {
        StoreFixture s = store(dialect);
        Campaign c = s.planned(1);

        s.events.record(event(503, "err(30003)", new JobCounts(3, 0, 0, 0)), T0);
        BatchKey key = submit(s, c.id(), 503);

        Batch batch = s.batches.batch(key).orElseThrow();
        assertThat(batch.state()).isEqualTo(BatchState.FAILED);
        assertThat(batch.errorCode()).hasValue(30003);
        assertThat(batch.statusText()).contains("err(30003)");
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void lateEvent_afterAPoll_suppliesTheCountsThePollCouldNot(Dialect dialect) {
        StoreFixture s = store(dialect);
        Campaign c = s.planned(1);
        BatchKey key = submit(s, c.id(), 504);
        assertThat(s.batches.settleByPoll(key, BatchState.FINISHED, "SEND_SUCCESS", T0)).isTrue();
        assertThat(s.campaigns.totals(c.id()).unconfirmed()).isEqualTo(1);

        s.events.record(event(504, "send success", new JobCounts(3, 3, 3, 0)), T0.plusSeconds(10));

        CampaignTotals totals = s.campaigns.totals(c.id());
        assertThat(totals.unconfirmed()).isZero();
        assertThat(totals.counts()).isEqualTo(new JobCounts(3, 3, 3, 0));
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void totals_sumCountsStatesVerdictsAndUrlsOverBatches(Dialect dialect) {
        StoreFixture s = store(dialect);
        Campaign c = s.planned(3);
        submit(s, c.id(), 601);
        submit(s, c.id(), 602);
        s.events.record(event(601, "send success", new JobCounts(3, 3, 3, 0)), T0);
        s.events.record(event(602, "send success", new JobCounts(3, 2, 1, 1)), T0);

        CampaignTotals totals = s.campaigns.totals(c.id());

        assertThat(totals.recipients()).isEqualTo(9);
        assertThat(totals.counts()).isEqualTo(new JobCounts(6, 5, 4, 1));
        assertThat(totals.batchesIn(BatchState.FINISHED)).isEqualTo(2);
        assertThat(totals.batchesIn(BatchState.PLANNED)).isEqualTo(1);
        assertThat(totals.checkStates()).containsEntry(1, 2);
        assertThat(totals.articleUrls()).containsExactly("http://mp.weixin.qq.com/s/601", "http://mp.weixin.qq.com/s/602");
        assertThat(totals.done()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void applyStored_settlesBatchesWhoseEventWasStoredFirst(Dialect dialect) {
        StoreFixture s = store(dialect);
        Campaign c = s.planned(1);
        BatchKey key = submit(s, c.id(), 505);
        // simulate the race where the event was stored but the batch was not updated
        s.db.inTransaction(conn -> conn.createStatement().executeUpdate(
                "INSERT INTO mass_event (dedupe_key, msg_id, received_at, status_text, total_count, filter_count, "
                        + "sent_count, error_count, app_id) VALUES ('k#1', 505, 0, 'send success', 3, 3, 3, 0, '"
                        + Fixtures.APP_ID + "')"));

        assertThat(s.events.applyStored(T0)).isEqualTo(1);
        assertThat(s.batches.batch(key).orElseThrow().state()).isEqualTo(BatchState.FINISHED);
    }
}

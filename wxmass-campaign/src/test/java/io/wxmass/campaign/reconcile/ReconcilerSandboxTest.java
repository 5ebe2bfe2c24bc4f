package io.wxmass.campaign.reconcile;

import io.wxmass.campaign.testing.Fixtures;
import static org.assertj.core.api.Assertions.assertThat;

import io.wxmass.campaign.AudienceSpec;
import io.wxmass.campaign.Batch;
import io.wxmass.campaign.BatchState;
import io.wxmass.campaign.Campaign;
import io.wxmass.campaign.CampaignSpec;
import io.wxmass.campaign.CampaignTotals;
import io.wxmass.campaign.JobCounts;
import io.wxmass.campaign.testing.SandboxRig;
import io.wxmass.core.callback.event.ArticleUrl;
import io.wxmass.core.callback.event.CopyrightCheck;
import io.wxmass.core.callback.event.CopyrightItem;
import io.wxmass.core.callback.event.EventHeader;
import io.wxmass.core.callback.event.JobStatus;
import io.wxmass.core.callback.event.MassSendJobFinished;
import io.wxmass.core.message.MassMessage;
import io.wxmass.sandbox.faults.FaultPlan;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReconcilerSandboxTest {
    @TempDir
    Path folder;

    private static Campaign sent(SandboxRig rig, int recipients) throws Exception {
        Campaign c = rig.service.create(CampaignSpec.builder("c", MassMessage.text("hi"),
                AudienceSpec.openIds(rig.followers(0, recipients))).build());
        rig.service.approve(c.id(), Fixtures.APPROVER);
        rig.service.run(c.id());
        rig.awaitIdle();
        return c;
    }

    @Test
    void pollOverdue_whenThePushWasLost_settlesByMassGetOnlyAfterTheEventTimeout() throws Exception {
        try (SandboxRig rig = new SandboxRig(folder, 30, FaultPlan.seeded(7).dropCallbacks(1.0))) {
            Campaign c = sent(rig, 20);
            Reconciler reconciler = rig.service.reconciler();
            assertThat(rig.service.batches(c.id())).extracting(Batch::state).containsExactly(BatchState.SUBMITTED);

            rig.clock.advance(SandboxRig.EVENT_TIMEOUT.minusSeconds(1));
            assertThat(reconciler.pollOverdue()).isZero();
            rig.clock.advance(java.time.Duration.ofSeconds(1));
            assertThat(reconciler.pollOverdue()).isEqualTo(1);

            Batch batch = rig.service.batches(c.id()).get(0);
            assertThat(batch.state()).isEqualTo(BatchState.FINISHED);
            assertThat(batch.settledBy()).contains("poll");
            assertThat(batch.statusText()).contains("SEND_SUCCESS");
            CampaignTotals totals = rig.service.status(c.id());
            assertThat(totals.done()).isTrue();
            assertThat(totals.unconfirmed()).isEqualTo(1);
            assertThat(totals.counts()).isEqualTo(JobCounts.ZERO);
            assertThat(rig.sandbox.admin().requests("/cgi-bin/message/mass/get")).isEqualTo(1);
        }
    }

    @Test
    void onEvent_aRepeatedPush_isStoredOnceAndALateOneCompletesAPolledBatch() throws Exception {
        try (SandboxRig rig = new SandboxRig(folder, 30, FaultPlan.seeded(7).dropCallbacks(1.0))) {
            Campaign c = sent(rig, 20);
            Reconciler reconciler = rig.service.reconciler();
            rig.clock.advance(SandboxRig.EVENT_TIMEOUT);
            reconciler.pollOverdue();
            long msgId = rig.service.batches(c.id()).get(0).msgId().getAsLong();
            MassSendJobFinished event = new MassSendJobFinished(
                    new EventHeader("gh_test", rig.follower(0), 1772416800L, "event", Optional.of("MASSSENDJOBFINISH")),
                    msgId, new JobStatus.SendSuccess("send success"), 20, 20, 19, 1,
                    new CopyrightCheck(1, OptionalInt.of(2), List.of(new CopyrightItem(OptionalInt.of(1), OptionalInt.of(0),
                            OptionalInt.of(2), "Url_1", OptionalInt.of(1), OptionalInt.of(1), OptionalInt.of(1),
                            OptionalInt.of(1)))),
                    List.of(new ArticleUrl(2, "http://mp.weixin.qq.com/s/two"), new ArticleUrl(1, "http://mp.weixin.qq.com/s/one")));

            assertThat(reconciler.onEvent(event)).isTrue();
            assertThat(reconciler.onEvent(event)).isFalse();

            CampaignTotals totals = rig.service.status(c.id());
            assertThat(totals.unconfirmed()).isZero();
            assertThat(totals.counts()).isEqualTo(new JobCounts(20, 20, 19, 1));
            assertThat(totals.checkStates()).containsEntry(2, 1);
            assertThat(totals.articleUrls()).containsExactly("http://mp.weixin.qq.com/s/one", "http://mp.weixin.qq.com/s/two");
        }
    }
}

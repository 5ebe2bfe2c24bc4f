package io.wxmass.campaign.run;

import io.wxmass.campaign.testing.Fixtures;
import static org.assertj.core.api.Assertions.assertThat;

import io.wxmass.campaign.Attempt;
import io.wxmass.campaign.AudienceSpec;
import io.wxmass.campaign.Batch;
import io.wxmass.campaign.BatchState;
import io.wxmass.campaign.Campaign;
import io.wxmass.campaign.CampaignSpec;
import io.wxmass.campaign.DeliveryStrategy;
import io.wxmass.campaign.SendOutcome;
import io.wxmass.campaign.TemporaryTag;
import io.wxmass.campaign.store.TemporaryTagStore;
import io.wxmass.campaign.testing.SandboxRig;
import io.wxmass.core.message.Audience;
import io.wxmass.core.message.MassMessage;
import io.wxmass.core.message.SendOptions;
import io.wxmass.sandbox.config.RuleSettings;
import io.wxmass.sandbox.faults.FaultPlan;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The temporary tag's sendall under h3's outcome classes and quota gate: never FAILED when it may have gone out. */
class TemporaryTagOutcomeSandboxTest {
    private static final String SENDALL = "/cgi-bin/message/mass/sendall";

    @TempDir
    Path folder;

    private static Campaign byTag(SandboxRig rig, List<String> openIds) {
        Campaign c = rig.service.create(CampaignSpec.builder("by tag", MassMessage.text("one sendall"),
                AudienceSpec.openIds(openIds)).strategy(DeliveryStrategy.TAG).build());
        rig.service.approve(c.id(), Fixtures.APPROVER);
        return c;
    }

    private static TemporaryTag.State tagState(SandboxRig rig, Campaign c) {
        return new TemporaryTagStore(rig.db).find(c.id()).orElseThrow().state();
    }

    @Test
    void cutSendallAnswerThen45065_isUnknown_neverFailed_andTheTagIsKept() throws Exception {
        FaultPlan faults = FaultPlan.none().cut(SENDALL, 1.0);
        SandboxRig.Options options = new SandboxRig.Options()
                .beforeEachWait(() -> faults.reset(0).refuse(SENDALL, 1.0, 45065, "clientmsgid exist"));
        try (SandboxRig rig = new SandboxRig(folder, 200, faults, options)) {
            Campaign c = byTag(rig, rig.followers(0, 150));

            var totals = rig.service.run(c.id());
            rig.awaitIdle();
            rig.service.reconciler().pollOverdue();

            Batch sendall = rig.service.batches(c.id()).get(0);
            assertThat(sendall.state()).isEqualTo(BatchState.UNKNOWN);
            assertThat(totals.batchesIn(BatchState.FAILED)).isZero();
            assertThat(rig.service.attempts(sendall.key())).extracting(Attempt::outcome).containsOnly(SendOutcome.UNCERTAIN);
            // Its job may still be delivering to the tag: an UNKNOWN sendall never has its tag deleted.
            assertThat(tagState(rig, c)).isEqualTo(TemporaryTag.State.TAGGED);
            assertThat(rig.sandbox.admin().jobs(SandboxRig.APP_ID)).hasSize(1);
            long job = rig.sandbox.admin().jobs(SandboxRig.APP_ID).get(0).msgId();
            for (String openId : rig.followers(0, 150)) {
                assertThat(rig.copies(openId, Set.of(job))).isEqualTo(1);
            }
        }
    }

    @Test
    void dayQuotaSpent_theFilledTagWaitsDeferred_andTheNextDaySendsItOnce() throws Exception {
        SandboxRig.Options options = new SandboxRig.Options().rules(RuleSettings.defaults().withDailyMassCalls(1));
        try (SandboxRig rig = new SandboxRig(folder, 200, FaultPlan.none(), options)) {
            rig.wx.mass().send(MassMessage.text("earlier"), Audience.openIds(rig.followers(180, 182)),
                    SendOptions.withClientMsgId("earlier"));
            Campaign c = byTag(rig, rig.followers(0, 150));

            rig.service.run(c.id());

            Batch deferred = rig.service.batches(c.id()).get(0);
            assertThat(deferred.state()).isEqualTo(BatchState.DEFERRED);
            assertThat(deferred.uncertainSince()).isEmpty();
            assertThat(tagState(rig, c)).isEqualTo(TemporaryTag.State.TAGGED);
            assertThat(rig.sandbox.admin().requests(SENDALL)).as("nothing posted beyond the quota").isZero();

            rig.clock.advance(Duration.ofHours(24));
            rig.service.run(c.id());
            rig.awaitIdle();
            rig.service.reconciler().pollOverdue();

            assertThat(rig.service.batches(c.id()).get(0).state()).isEqualTo(BatchState.FINISHED);
            assertThat(rig.sandbox.admin().requests(SENDALL)).isEqualTo(1);
            assertThat(tagState(rig, c)).isEqualTo(TemporaryTag.State.DELETED);
            Set<Long> jobs = rig.msgIds(c.id());
            for (String openId : rig.followers(0, 150)) {
                assertThat(rig.copies(openId, jobs)).isEqualTo(1);
            }
        }
    }
}

package io.wxmass.campaign;

import io.wxmass.campaign.testing.Fixtures;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wxmass.campaign.testing.SandboxRig;
import io.wxmass.core.message.MassMessage;
import io.wxmass.sandbox.faults.FaultPlan;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CampaignServiceSandboxTest {
    @TempDir
    Path folder;

    @Test
    void preview_sendsTheMessageToEachPreviewRecipientOnly() throws Exception {
        try (SandboxRig rig = new SandboxRig(folder, 10, FaultPlan.none())) {
            Campaign c = rig.service.create(CampaignSpec.builder("c", MassMessage.text("look"),
                    AudienceSpec.openIds(rig.followers(0, 10))).previewTo(List.of(rig.follower(3))).build());

            assertThat(rig.service.preview(c.id())).isEqualTo(1);

            assertThat(rig.sandbox.admin().previews(SandboxRig.APP_ID, rig.follower(3))).hasSize(1);
            assertThat(rig.sandbox.admin().previews(SandboxRig.APP_ID, rig.follower(4))).isEmpty();
            assertThat(rig.sandbox.admin().jobs(SandboxRig.APP_ID)).isEmpty();
        }
    }

    @Test
    void anSdkCampaign_isNeverApprovedByItself_andItsApproverIsTheOneNamed() throws Exception {
        try (SandboxRig rig = new SandboxRig(folder, 10, FaultPlan.none())) {
            Campaign c = rig.service.create(CampaignSpec.builder("c", MassMessage.text("hi"),
                    AudienceSpec.openIds(rig.followers(0, 10))).build());

            assertThatThrownBy(() -> rig.service.run(c.id())).isInstanceOf(CampaignStateException.class)
                    .hasMessageContaining("is DRAFT");
            assertThat(rig.service.batches(c.id())).isEmpty();
            rig.service.approve(c.id(), Actor.cli("alice"));

            Campaign approved = rig.service.campaign(c.id());
            assertThat(approved.state()).isEqualTo(CampaignState.PLANNED);
            assertThat(approved.approval().approvedBy()).contains("cli:alice");
            assertThat(rig.service.audit(c.id())).extracting(a -> a.actor() + " " + a.action())
                    .containsExactly("system:sdk create", "cli:alice approve");
        }
    }

    @Test
    void retract_beforeSending_cancelsEveryBatchAndNothingGoesOut() throws Exception {
        try (SandboxRig rig = new SandboxRig(folder, 10, FaultPlan.none())) {
            Campaign c = rig.service.create(CampaignSpec.builder("c", MassMessage.text("oops"),
                    AudienceSpec.openIds(rig.followers(0, 10))).build());
            rig.service.approve(c.id(), Fixtures.APPROVER);

            RetractResult result = rig.service.retract(c.id());

            assertThat(result.cancelled()).isEqualTo(1);
            assertThat(rig.service.campaign(c.id()).state()).isEqualTo(CampaignState.RETRACTED);
            assertThatThrownBy(() -> rig.service.run(c.id()))
                    .isInstanceOfSatisfying(CampaignStateException.class, e -> {
                        assertThat(e.reason()).isEqualTo(CampaignStateException.Reason.WRONG_STATE);
                        assertThat(e.state()).contains(CampaignState.RETRACTED);
                    })
                    .hasMessage(c.id() + " is RETRACTED, only a PLANNED campaign can run");
            assertThat(rig.service.worker().runDue(null)).isEmpty();
            assertThat(rig.sandbox.admin().jobs(SandboxRig.APP_ID)).isEmpty();
        }
    }

    @Test
    void run_beforeTheSchedule_waitsForItOnTheInjectedClock() throws Exception {
        try (SandboxRig rig = new SandboxRig(folder, 10, FaultPlan.none())) {
            Campaign c = rig.service.create(CampaignSpec.builder("c", MassMessage.text("later"),
                    AudienceSpec.openIds(rig.followers(0, 10))).scheduledAt(SandboxRig.T0.plus(Duration.ofHours(2))).build());
            rig.service.approve(c.id(), Fixtures.APPROVER);

            rig.service.run(c.id());

            Batch batch = rig.service.batches(c.id()).get(0);
            assertThat(batch.firstAttemptAt()).contains(SandboxRig.T0.plus(Duration.ofHours(2)));
            assertThat(rig.sandbox.admin().jobs(SandboxRig.APP_ID)).hasSize(1);
        }
    }

    @Test
    void status_ofAnUnknownCampaign_isNotFound() throws Exception {
        try (SandboxRig rig = new SandboxRig(folder, 10, FaultPlan.none())) {
            assertThatThrownBy(() -> rig.service.status("nosuchcampaign00"))
                    .isInstanceOfSatisfying(CampaignStateException.class, e -> {
                        assertThat(e.reason()).isEqualTo(CampaignStateException.Reason.NOT_FOUND);
                        assertThat(e.campaignId()).isEqualTo("nosuchcampaign00");
                        assertThat(e.state()).isEmpty();
                    });
        }
    }
}

package io.wxmass.campaign.run;

import io.wxmass.campaign.testing.Fixtures;
import static org.assertj.core.api.Assertions.assertThat;

import io.wxmass.campaign.AudienceSpec;
import io.wxmass.campaign.Batch;
import io.wxmass.campaign.BatchState;
import io.wxmass.campaign.Campaign;
import io.wxmass.campaign.CampaignSpec;
import io.wxmass.campaign.DeliveryStrategy;
import io.wxmass.campaign.store.BatchStore;
import io.wxmass.campaign.testing.SandboxRig;
import io.wxmass.core.media.Article;
import io.wxmass.core.media.MediaFile;
import io.wxmass.core.media.MediaType;
import io.wxmass.core.message.MassMessage;
import io.wxmass.sandbox.faults.FaultPlan;
import io.wxmass.sandbox.platform.MediaKind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * mpnews campaigns of several batches against the sandbox's one-send drafts (docs/platform.md D17):
 * built from articles, each batch sends a draft of its own.
 */
class DraftPerBatchSandboxTest {
    @TempDir
    Path folder;

    private static List<Article> articles(SandboxRig rig) throws IOException {
        byte[] jpeg;
        try (InputStream in = DraftPerBatchSandboxTest.class.getResourceAsStream("/media/thumb.jpg")) {
            jpeg = in.readAllBytes();
        }
        String thumb = rig.wx.media().upload(MediaType.THUMB, MediaFile.of("thumb.jpg", jpeg)).mediaId();
        return List.of(Article.builder().title("Spring").thumbMediaId(thumb).content("<p>spring news</p>").build());
    }

    private static BatchStore store(SandboxRig rig) {
        return new BatchStore(rig.db, SandboxRig.APP_ID);
    }

    @Test
    void run_threeBatchCampaignFromArticles_deliversAllThree_eachWithADraftOfItsOwn() throws Exception {
        try (SandboxRig rig = new SandboxRig(folder, 25_000, FaultPlan.none())) {
            Campaign c = rig.service.create(CampaignSpec.fromArticles("news", articles(rig), AudienceSpec.followers())
                    .strategy(DeliveryStrategy.LIST).build());
            rig.service.approve(c.id(), Fixtures.APPROVER);

            rig.service.run(c.id());
            rig.awaitIdle();

            List<Batch> batches = rig.service.batches(c.id());
            assertThat(batches).hasSize(3).extracting(Batch::state).containsOnly(BatchState.FINISHED);
            Set<String> drafts = new HashSet<>();
            batches.forEach(b -> drafts.add(store(rig).draftMediaId(b.key()).orElseThrow()));
            assertThat(drafts).as("one draft per batch").hasSize(3)
                    .contains(((MassMessage.MpNews) c.message()).mediaId());
            assertThat(rig.sandbox.admin().jobs(SandboxRig.APP_ID)).hasSize(3)
                    .allSatisfy(job -> assertThat(job.msgType()).isEqualTo("mpnews"));
            Set<Long> jobs = rig.msgIds(c.id());
            for (int i = 0; i < 25_000; i += 97) {
                assertThat(rig.copies(rig.follower(i), jobs)).isEqualTo(1);
            }
            assertThat(rig.service.status(c.id()).counts().sent()).isEqualTo(25_000);
        }
    }

    @Test
    void plan_auto_ofAThreeBatchCampaignFromArticles_keepsListBatches() throws Exception {
        try (SandboxRig rig = new SandboxRig(folder, 25_000, FaultPlan.none())) {
            Campaign c = rig.service.create(CampaignSpec.fromArticles("news", articles(rig), AudienceSpec.followers()).build());

            assertThat(rig.service.approve(c.id(), Fixtures.APPROVER).strategy()).isEqualTo(DeliveryStrategy.LIST);
            assertThat(rig.service.campaign(c.id()).articles()).hasSize(1);
        }
    }

    @Test
    void retract_deletesTheDraftsNoSendUsed() throws Exception {
        try (SandboxRig rig = new SandboxRig(folder, 300, FaultPlan.none())) {
            Campaign c = rig.service.create(CampaignSpec.fromArticles("news", articles(rig),
                    AudienceSpec.openIds(rig.followers(0, 300))).build());
            rig.service.approve(c.id(), Fixtures.APPROVER);
            String firstDraft = ((MassMessage.MpNews) c.message()).mediaId();
            Batch only = rig.service.batches(c.id()).get(0);
            // A worker recorded the batch's draft and then died before the send.
            rig.db.inTransaction(conn -> {
                try (var ps = conn.prepareStatement("UPDATE campaign_batch SET lease_owner = 'dead' WHERE campaign_id = ?")) {
                    ps.setString(1, c.id());
                    return ps.executeUpdate();
                }
            });
            assertThat(store(rig).recordDraft(only.key(), "dead", firstDraft)).isTrue();
            rig.db.inTransaction(conn -> {
                try (var ps = conn.prepareStatement("UPDATE campaign_batch SET lease_owner = NULL WHERE campaign_id = ?")) {
                    ps.setString(1, c.id());
                    return ps.executeUpdate();
                }
            });

            rig.service.retract(c.id());

            assertThat(rig.sandbox.account().media().find(firstDraft)).as("deleted from the draft box").isEmpty();
            assertThat(rig.sandbox.account().media().all()).noneMatch(m -> m.kind() == MediaKind.DRAFT
                    && rig.sandbox.account().media().find(m.mediaId()).isPresent());
        }
    }
}

package io.wxmass.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wxmass.campaign.run.WorkerSettings;
import io.wxmass.campaign.store.BatchStore;
import io.wxmass.campaign.testing.SandboxRig;
import io.wxmass.core.error.InvalidRequestException;
import io.wxmass.core.media.Article;
import io.wxmass.core.media.MediaFile;
import io.wxmass.core.media.MediaType;
import io.wxmass.core.message.MassMessage;
import io.wxmass.sandbox.delivery.JobStatus;
import io.wxmass.sandbox.faults.FaultPlan;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The operator verbs against a real sandbox, each leaving its row in the audit log. */
class OperatorVerbsSandboxTest {
    private static final Actor ALICE = Actor.cli("alice");
    private static final Actor BOB = Actor.key("ops-bob");

    @TempDir
    Path folder;

    private static Campaign create(SandboxRig rig, CampaignSpec.Builder spec) {
        return rig.service.create(spec.build(), ALICE);
    }

    private static CampaignSpec.Builder text(SandboxRig rig, int followers) {
        return CampaignSpec.builder("c", MassMessage.text("hello"), AudienceSpec.openIds(rig.followers(0, followers)));
    }

    private static List<String> actions(SandboxRig rig, String campaignId) {
        return rig.service.audit(campaignId).stream().map(a -> a.actor() + " " + a.action()).toList();
    }

    @Test
    void approve_recordsTheApprover_andTheAuditLogSaysWhoDidWhat() throws Exception {
        try (SandboxRig rig = new SandboxRig(folder, 10, FaultPlan.none())) {
            Campaign c = create(rig, text(rig, 10));

            rig.service.approve(c.id(), BOB);

            Campaign approved = rig.service.campaign(c.id());
            assertThat(approved.state()).isEqualTo(CampaignState.PLANNED);
            assertThat(approved.approval().createdBy()).contains("cli:alice");
            assertThat(approved.approval().approvedBy()).contains("key:ops-bob");
            assertThat(approved.approval().approvedAt()).contains(SandboxRig.T0);
            assertThat(actions(rig, c.id())).containsExactly("cli:alice create", "key:ops-bob approve");
            assertThat(rig.service.audit(c.id()).get(1).detail()).contains("10 recipients in 1 batches");
        }
    }

    @Test
    void approve_withFourEyes_isRefusedToTheCreator_andAllowedToAnother() throws Exception {
        try (SandboxRig rig = new SandboxRig(folder, 10, FaultPlan.none())) {
            Campaign c = create(rig, text(rig, 10).fourEyes(true));

            assertThatThrownBy(() -> rig.service.approve(c.id(), ALICE))
                    .isInstanceOf(CampaignStateException.class)
                    .hasMessageContaining("four-eyes");
            rig.service.approve(c.id(), BOB);

            assertThat(rig.service.campaign(c.id()).approval().approvedBy()).contains("key:ops-bob");
        }
    }

    @Test
    void approve_whenAPreviewIsRequired_isRefusedUntilThePreviewWentOut() throws Exception {
        try (SandboxRig rig = new SandboxRig(folder, 10, FaultPlan.none())) {
            Campaign c = create(rig, text(rig, 10).previewTo(List.of(rig.follower(1))).requirePreview(true));

            assertThatThrownBy(() -> rig.service.approve(c.id(), BOB))
                    .isInstanceOf(CampaignStateException.class)
                    .hasMessageContaining("requires a preview before approval");
            rig.service.preview(c.id(), ALICE);
            rig.service.approve(c.id(), BOB);

            assertThat(actions(rig, c.id())).containsExactly("cli:alice create", "cli:alice preview", "key:ops-bob approve");
            assertThat(rig.sandbox.admin().jobs(SandboxRig.APP_ID)).isEmpty();
        }
    }

    @Test
    void pause_stopsEveryBatchFromGoingOut_andResumeSendsThemOnce() throws Exception {
        try (SandboxRig rig = new SandboxRig(folder, 30, FaultPlan.none())) {
            Campaign c = create(rig, text(rig, 30));
            rig.service.approve(c.id(), ALICE);

            rig.service.pause(c.id(), BOB);

            assertThat(rig.service.worker().runDue(null)).isEmpty();
            assertThatThrownBy(() -> rig.service.pause(c.id(), BOB)).isInstanceOf(CampaignStateException.class);
            rig.service.resume(c.id(), BOB);
            rig.service.run(c.id());
            rig.awaitIdle();

            assertThat(rig.sandbox.admin().jobs(SandboxRig.APP_ID)).hasSize(1);
            assertThat(actions(rig, c.id())).containsExactly("cli:alice create", "cli:alice approve", "key:ops-bob pause",
                    "key:ops-bob resume");
        }
    }

    @Test
    void cancel_stopsUnsentBatches_deletesNothing_andParksABatchWhoseOutcomeIsUnknown() throws Exception {
        try (SandboxRig rig = new SandboxRig(folder, 30, FaultPlan.none())) {
            CampaignService service = tens(rig);
            Campaign c = service.create(CampaignSpec.fromArticles("c", articles(rig),
                    AudienceSpec.openIds(rig.followers(0, 30))).build(), ALICE);
            service.approve(c.id(), ALICE);
            inThreePlaces(rig, service, c.id());

            RetractResult result = service.cancel(c.id(), BOB);

            assertThat(result.cancelled()).isEqualTo(1);
            assertThat(result.parked()).isEqualTo(1);
            assertThat(result.deleted()).isEmpty();
            assertThat(result.warning()).isEmpty();
            assertThat(service.batches(c.id())).extracting(Batch::state)
                    .containsExactly(BatchState.PARKED, BatchState.CANCELLED, BatchState.FINISHED);
            assertThat(service.worker().runDue(null)).isEmpty();
            assertThat(rig.sandbox.admin().jobs(SandboxRig.APP_ID)).singleElement()
                    .satisfies(job -> assertThat(job.status()).isNotEqualTo(JobStatus.DELETE));
            assertThat(rig.service.campaign(c.id()).state()).isEqualTo(CampaignState.CANCELLED);
            assertThat(actions(rig, c.id())).endsWith("key:ops-bob cancel");
        }
    }

    @Test
    void retract_deletesSentArticles_saysTheirPageDiesForEverySend_andLeavesNoBatchSending() throws Exception {
        try (SandboxRig rig = new SandboxRig(folder, 30, FaultPlan.none())) {
            CampaignService service = tens(rig);
            Campaign c = service.create(CampaignSpec.fromArticles("c", articles(rig),
                    AudienceSpec.openIds(rig.followers(0, 30))).build(), ALICE);
            service.approve(c.id(), ALICE);
            long msgId = inThreePlaces(rig, service, c.id());

            RetractResult result = service.retract(c.id(), BOB);

            assertThat(result.deleted()).containsExactly(msgId);
            assertThat(result.warning()).hasValueSatisfying(w -> assertThat(w).contains("every send of that material"));
            assertThat(rig.sandbox.admin().job(SandboxRig.APP_ID, msgId).orElseThrow().status()).isEqualTo(JobStatus.DELETE);
            assertThat(rig.service.batches(c.id())).extracting(Batch::state).doesNotContain(BatchState.SENDING);
            assertThat(rig.service.audit(c.id()).get(rig.service.audit(c.id()).size() - 1))
                    .satisfies(a -> {
                        assertThat(a.actor()).isEqualTo("key:ops-bob");
                        assertThat(a.action()).isEqualTo("retract");
                        assertThat(a.detail()).hasValueSatisfying(d -> assertThat(d).contains("1 deleted", "1 parked"));
                    });
        }
    }

    @Test
    void resolveAsNotSent_thenRetry_sendsTheBatchWithItsOriginalClientMsgId() throws Exception {
        try (SandboxRig rig = new SandboxRig(folder, 20, FaultPlan.none())) {
            Campaign c = create(rig, text(rig, 20));
            rig.service.approve(c.id(), ALICE);
            BatchStore batches = new BatchStore(rig.db, SandboxRig.APP_ID);
            Batch stuck = batches.claim(c.id(), "w", SandboxRig.T0, SandboxRig.LEASE).orElseThrow();
            batches.markSending(stuck.key(), "w", SandboxRig.T0);
            batches.park(stuck.key(), "w", "outcome unknown past the window", SandboxRig.T0);

            assertThatThrownBy(() -> rig.service.retry(c.id(), 1, BOB))
                    .isInstanceOf(InvalidRequestException.class)
                    .hasMessageContaining("only a FAILED batch");
            BatchEvidence evidence = rig.service.evidence(c.id(), 1);
            assertThat(evidence.batch().attempts()).isEqualTo(1);
            assertThat(evidence.statusError()).hasValueSatisfying(e -> assertThat(e).contains("no msg_id"));
            rig.service.resolve(c.id(), 1, false, BOB);
            assertThat(rig.service.retry(c.id(), null, BOB)).isEqualTo(1);
            rig.service.run(c.id());
            rig.awaitIdle();
            rig.service.reconciler().pollOverdue();

            Batch sent = rig.service.batches(c.id()).get(0);
            assertThat(sent.clientMsgId()).isEqualTo(stuck.clientMsgId());
            assertThat(sent.state()).isIn(BatchState.SUBMITTED, BatchState.FINISHED);
            assertThat(rig.sandbox.admin().jobs(SandboxRig.APP_ID)).hasSize(1);
            assertThat(actions(rig, c.id())).containsExactly("cli:alice create", "cli:alice approve",
                    "key:ops-bob resolve", "key:ops-bob retry");
        }
    }

    @Test
    void resolveAsSent_ofABatchThatIsNotParked_isRefused() throws Exception {
        try (SandboxRig rig = new SandboxRig(folder, 10, FaultPlan.none())) {
            Campaign c = create(rig, text(rig, 10));
            rig.service.approve(c.id(), ALICE);

            assertThatThrownBy(() -> rig.service.resolve(c.id(), 1, true, BOB))
                    .isInstanceOf(InvalidRequestException.class)
                    .hasMessageContaining("only an UNKNOWN or PARKED batch");
            assertThatThrownBy(() -> rig.service.resolve(c.id(), 9, true, BOB))
                    .isInstanceOf(InvalidRequestException.class)
                    .hasMessageContaining("no batch 9");
        }
    }

    @Test
    void export_ofAFinishedCampaign_listsEveryRecipientOnceWithTheJobThatReachedIt() throws Exception {
        try (SandboxRig rig = new SandboxRig(folder, 25, FaultPlan.none())) {
            CampaignService service = tens(rig);
            Campaign c = service.create(text(rig, 25).build(), ALICE);
            service.approve(c.id(), ALICE);
            service.run(c.id());
            rig.awaitIdle();
            assertThat(service.batches(c.id())).hasSize(3);

            StringWriter csv = new StringWriter();
            long lines = service.export(c.id(), csv, BOB);

            List<String> rows = csv.toString().lines().toList();
            assertThat(rows.get(0)).isEqualTo("openid,batch,state,msg_id,status,errcode");
            assertThat(lines).isEqualTo(25);
            Map<String, Long> exported = new HashMap<>();
            for (String row : rows.subList(1, rows.size())) {
                String[] cells = row.split(",", -1);
                assertThat(cells[2]).isEqualTo("FINISHED");
                assertThat(exported.put(cells[0], Long.parseLong(cells[3]))).as("openid %s exported twice", cells[0]).isNull();
            }
            assertThat(exported.keySet()).containsExactlyInAnyOrderElementsOf(rig.followers(0, 25));
            exported.forEach((openId, msgId) -> assertThat(rig.sandbox.admin().inbox(SandboxRig.APP_ID, openId))
                    .as("inbox of %s", openId).extracting(e -> e.msgId()).containsExactly(msgId));
            assertThat(actions(rig, c.id())).endsWith("key:ops-bob export");
        }
    }

    /** A service on the rig's store and clock that cuts openid audiences into batches of ten. */
    private static CampaignService tens(SandboxRig rig) {
        return CampaignService.builder(rig.db, rig.wx).clock(rig.clock).sleeper(rig.sleeper)
                .workerSettings(WorkerSettings.DEFAULTS.withLease(SandboxRig.LEASE)).batchSize(10).build();
    }

    /**
     * Three batches of an approved campaign in three places: 1 attempted and left SENDING by a worker that gave it
     * back (outcome unknown, due again in an hour), 2 claimed by a worker that has not attempted it yet, 3 sent and
     * settled by its event. Returns batch 3's msg_id.
     */
    private static long inThreePlaces(SandboxRig rig, CampaignService service, String campaignId) throws Exception {
        BatchStore batches = new BatchStore(rig.db, SandboxRig.APP_ID);
        Batch first = batches.claim(campaignId, "w1", SandboxRig.T0, SandboxRig.LEASE).orElseThrow();
        batches.markSending(first.key(), "w1", SandboxRig.T0);
        // A lost answer (what a worker records for a timeout): it may have gone out.
        batches.markUncertain(first.key(), "w1", SandboxRig.T0.plus(Duration.ofHours(1)), "read timed out", SandboxRig.T0);
        batches.claim(campaignId, "w2", SandboxRig.T0, SandboxRig.LEASE).orElseThrow();
        service.worker().runDue(campaignId);
        rig.awaitIdle();
        Batch third = service.batches(campaignId).get(2);
        assertThat(third.state()).isEqualTo(BatchState.FINISHED);
        return third.msgId().orElseThrow();
    }

    /** Articles, not a bare media_id: three list batches of mpnews need a fresh draft each. */
    private static List<Article> articles(SandboxRig rig) throws IOException {
        byte[] jpeg;
        try (InputStream in = OperatorVerbsSandboxTest.class.getResourceAsStream("/media/tiny.jpg")) {
            jpeg = in.readAllBytes();
        }
        String thumb = rig.wx.media().upload(MediaType.THUMB, MediaFile.of("tiny.jpg", jpeg)).mediaId();
        Article article = Article.builder().title("Spring").thumbMediaId(thumb).author("wxmass")
                .content("<p>spring</p>").digest("spring").build();
        return List.of(article);
    }
}

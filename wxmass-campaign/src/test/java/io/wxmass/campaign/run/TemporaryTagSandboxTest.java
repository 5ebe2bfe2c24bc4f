package io.wxmass.campaign.run;

import io.wxmass.campaign.testing.Fixtures;
import static org.assertj.core.api.Assertions.assertThat;

import io.wxmass.campaign.AudienceKind;
import io.wxmass.campaign.AudienceSpec;
import io.wxmass.campaign.Batch;
import io.wxmass.campaign.BatchState;
import io.wxmass.campaign.Campaign;
import io.wxmass.campaign.CampaignSpec;
import io.wxmass.campaign.DeliveryStrategy;
import io.wxmass.campaign.TemporaryTag;
import io.wxmass.campaign.store.TemporaryTagStore;
import io.wxmass.campaign.testing.SandboxRig;
import io.wxmass.core.message.MassMessage;
import io.wxmass.sandbox.faults.FaultPlan;
import io.wxmass.sandbox.platform.Tag;
import io.wxmass.sandbox.platform.Tags;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The temporary-tag strategy against the sandbox's tag rules: one sendall, every follower one copy, the tag gone after. */
class TemporaryTagSandboxTest {
    private static final String CREATE = "/cgi-bin/tags/create";
    private static final String TAGGING = "/cgi-bin/tags/members/batchtagging";
    private static final String DELETE = "/cgi-bin/tags/delete";

    @TempDir
    Path folder;

    private static Campaign byTag(SandboxRig rig, List<String> openIds, MassMessage message) {
        Campaign c = rig.service.create(CampaignSpec.builder("by tag", message, AudienceSpec.openIds(openIds))
                .strategy(DeliveryStrategy.TAG).build());
        rig.service.approve(c.id(), Fixtures.APPROVER);
        return c;
    }

    /** Runs, lets the sandbox deliver and push, then settles (which deletes the tag). */
    private static void runToTheEnd(SandboxRig rig, Campaign c) throws InterruptedException {
        rig.service.run(c.id());
        rig.awaitIdle();
        rig.service.reconciler().pollOverdue();
    }

    private static void assertOneCopyEach(SandboxRig rig, String campaignId, int followers, Set<String> audience) {
        Set<Long> jobs = rig.msgIds(campaignId);
        for (int i = 0; i < followers; i++) {
            String openId = rig.follower(i);
            assertThat(rig.copies(openId, jobs)).as("copies for %s", openId).isEqualTo(audience.contains(openId) ? 1 : 0);
        }
    }

    private static long tagsNamed(SandboxRig rig, String name) {
        return rig.sandbox.account().tags().all().stream().filter(t -> t.name().equals(name)).count();
    }

    @Test
    void run_listOf2400ByTag_isOneSendallToTheTag_everyFollowerOneCopy_andTheTagIsDeletedAfterTheEvent() throws Exception {
        try (SandboxRig rig = new SandboxRig(folder, 2_500, FaultPlan.none())) {
            List<String> audience = rig.followers(0, 2_400);
            long tagsBefore = rig.sandbox.account().tags().all().size();
            Campaign c = byTag(rig, audience, MassMessage.text("one sendall"));

            runToTheEnd(rig, c);

            assertThat(rig.sandbox.admin().jobs(SandboxRig.APP_ID)).singleElement()
                    .satisfies(job -> assertThat(job.sentCount()).isEqualTo(2_400));
            assertOneCopyEach(rig, c.id(), 2_500, new HashSet<>(audience));
            assertThat(rig.sandbox.admin().requests(TAGGING)).isEqualTo(48);
            assertThat(rig.sandbox.admin().requests(CREATE)).isEqualTo(1);
            assertThat(tagsNamed(rig, "wxmass-" + c.id())).as("deleted after the event").isZero();
            assertThat(rig.sandbox.account().tags().all()).hasSize((int) tagsBefore);
            Batch sendall = rig.service.batches(c.id()).get(0);
            assertThat(sendall.state()).isEqualTo(BatchState.FINISHED);
            assertThat(sendall.recipientCount()).isEqualTo(2_400);
            assertThat(new TemporaryTagStore(rig.db).find(c.id()).orElseThrow().state())
                    .isEqualTo(TemporaryTag.State.DELETED);
        }
    }

    @Test
    void run_whenSomeFollowersAlreadyCarry20Tags_theyGetTheirCopyByListAndNobodyGetsTwo() throws Exception {
        try (SandboxRig rig = new SandboxRig(folder, 400, FaultPlan.none())) {
            Tags tags = rig.sandbox.account().tags();
            int[] full = {7, 123, 301};
            for (int i = tags.tagsOf(7).size(); tags.tagsOf(7).size() < Tags.MAX_TAGS_PER_USER; i++) {
                Tag extra = tags.create("full-" + i);
                for (int index : full) {
                    extra.add(index);
                }
            }
            for (int index : full) {
                assertThat(tags.tagsOf(index)).hasSizeGreaterThanOrEqualTo(Tags.MAX_TAGS_PER_USER);
            }
            List<String> audience = rig.followers(0, 350);
            Campaign c = byTag(rig, audience, MassMessage.text("tag and list"));

            runToTheEnd(rig, c);

            List<Batch> batches = rig.service.batches(c.id());
            assertThat(batches).extracting(Batch::kind).containsExactly(AudienceKind.TAG, AudienceKind.OPENIDS);
            assertThat(batches).extracting(Batch::state).containsOnly(BatchState.FINISHED);
            assertThat(batches.get(1).recipientCount()).isEqualTo(3);
            assertThat(batches.get(0).recipientCount()).isEqualTo(347);
            assertOneCopyEach(rig, c.id(), 400, new HashSet<>(audience));
            assertThat(tagsNamed(rig, "wxmass-" + c.id())).isZero();
        }
    }

    @Test
    void run_whenTheCreateAnswerAndSomeTaggingAnswersAreLost_resumesOnTheSameTag_andSendsOnce() throws Exception {
        FaultPlan faults = FaultPlan.seeded(11).cut(CREATE, 1.0).cut(TAGGING, 0.2);
        try (SandboxRig rig = new SandboxRig(folder, 1_200, faults)) {
            List<String> audience = rig.followers(0, 1_000);
            Campaign c = byTag(rig, audience, MassMessage.text("resumed"));
            rig.service.worker().runDue(c.id());
            assertThat(tagsNamed(rig, "wxmass-" + c.id())).as("created, answer lost").isEqualTo(1);
            assertThat(new TemporaryTagStore(rig.db).find(c.id()).orElseThrow().state())
                    .isEqualTo(TemporaryTag.State.CREATING);
            faults.cut(CREATE, 0.0);

            runToTheEnd(rig, c);

            assertThat(rig.sandbox.admin().requests(CREATE)).as("the retry finds the tag by its name").isEqualTo(2);
            assertThat(rig.sandbox.admin().requests(TAGGING)).isGreaterThan(20);
            assertThat(rig.sandbox.admin().jobs(SandboxRig.APP_ID)).hasSize(1);
            assertOneCopyEach(rig, c.id(), 1_200, new HashSet<>(audience));
            assertThat(rig.sandbox.admin().requests(DELETE)).isEqualTo(1);
            assertThat(tagsNamed(rig, "wxmass-" + c.id())).isZero();
        }
    }

    @Test
    void run_afterACrashWithTenChunksTagged_tagsOnlyTheRest_andDeletingAbove100000UntagsOnlyTheLastChunk()
            throws Exception {
        try (SandboxRig rig = new SandboxRig(folder, 100_060, FaultPlan.none())) {
            List<String> audience = rig.followers(0, 100_050);
            Campaign c = byTag(rig, audience, MassMessage.text("big tag"));
            // A worker created the tag, tagged the first ten chunks (100,000 openids) and died.
            Tag tag = rig.sandbox.admin().createTag(SandboxRig.APP_ID, "wxmass-" + c.id());
            tag.addWhere(100_000, i -> true);
            new TemporaryTagStore(rig.db).recordTagId(rig.service.batches(c.id()).get(0).key(), tag.id());
            rig.db.inTransaction(conn -> {
                try (var ps = conn.prepareStatement("UPDATE campaign_tag_chunk SET tagged = recipient_count "
                        + "WHERE campaign_id = ? AND chunk_no <= 10")) {
                    ps.setString(1, c.id());
                    return ps.executeUpdate();
                }
            });

            runToTheEnd(rig, c);

            assertThat(rig.sandbox.admin().requests(CREATE)).as("the recorded tag is used").isZero();
            assertThat(rig.sandbox.admin().requests(TAGGING)).as("only the last chunk's 50 openids").isEqualTo(1);
            assertThat(rig.sandbox.admin().jobs(SandboxRig.APP_ID)).singleElement()
                    .satisfies(job -> assertThat(job.sentCount()).isEqualTo(100_050));
            assertThat(rig.sandbox.admin().requests(DELETE)).as("45057 first, then accepted").isEqualTo(2);
            assertThat(rig.sandbox.admin().requests("/cgi-bin/tags/members/batchuntagging"))
                    .as("the 50 openids of the last chunk, one call").isEqualTo(1);
            assertThat(tagsNamed(rig, "wxmass-" + c.id())).isZero();
        }
    }

    @Test
    void run_whenTheAccountAlreadyHas100Tags_theSendallIsFailedNamingTheLimit_andNothingIsSent() throws Exception {
        try (SandboxRig rig = new SandboxRig(folder, 300, FaultPlan.none())) {
            Tags tags = rig.sandbox.account().tags();
            for (int i = 0; tags.all().size() < 100; i++) {
                tags.create("filler-" + i);
            }
            Campaign c = byTag(rig, rig.followers(0, 200), MassMessage.text("no room"));

            rig.service.run(c.id());

            Batch sendall = rig.service.batches(c.id()).get(0);
            assertThat(sendall.state()).isEqualTo(BatchState.FAILED);
            assertThat(sendall.errorCode()).hasValue(45056);
            assertThat(rig.sandbox.admin().jobs(SandboxRig.APP_ID)).isEmpty();
            assertThat(rig.sandbox.admin().requests(TAGGING)).isZero();
        }
    }
}

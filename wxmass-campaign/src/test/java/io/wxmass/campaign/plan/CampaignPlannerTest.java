package io.wxmass.campaign.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wxmass.campaign.AudienceKind;
import io.wxmass.campaign.AudienceSpec;
import io.wxmass.campaign.Batch;
import io.wxmass.campaign.Campaign;
import io.wxmass.campaign.CampaignStateException;
import io.wxmass.campaign.CampaignSpec;
import io.wxmass.campaign.CampaignState;
import io.wxmass.campaign.CampaignStateException;
import io.wxmass.campaign.DeliveryStrategy;
import io.wxmass.campaign.TemporaryTag;
import io.wxmass.campaign.store.TemporaryTagStore;
import io.wxmass.campaign.store.BatchStore;
import io.wxmass.campaign.store.CampaignStore;
import io.wxmass.campaign.store.Database;
import io.wxmass.campaign.store.Dialect;
import io.wxmass.campaign.testing.Fixtures;
import io.wxmass.campaign.testing.TestDatabases;
import io.wxmass.core.error.InvalidRequestException;
import io.wxmass.core.message.Audience;
import io.wxmass.core.message.MassMessage;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CampaignPlannerTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T08:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    private CampaignStore campaigns;
    private BatchStore batches;
    private TemporaryTagStore tags;

    @BeforeEach
    void setUp() {
        Database db = TestDatabases.fresh(Dialect.SQLITE, folder);
        campaigns = new CampaignStore(db, Fixtures.APP_ID);
        batches = new BatchStore(db, Fixtures.APP_ID);
        tags = new TemporaryTagStore(db);
    }

    private Campaign draft(MassMessage message, DeliveryStrategy strategy, int openIds) {
        return campaigns.create(CampaignSpec.builder("c", message, AudienceSpec.openIds(Fixtures.openIds("oS", openIds)))
                .strategy(strategy).build(), CLOCK.instant());
    }

    private PlanResult planWithDailySends(Campaign c, int sendsPerDay) {
        return new CampaignPlanner(campaigns, FollowerDirectory.NONE, CLOCK, Audience.OpenIds.MAX,
                SendAllowance.fixed(sendsPerDay)).plan(c.id());
    }

    /** Every openid frozen into the campaign's tag chunks, in order. */
    private List<String> chunked(String campaignId) {
        List<String> all = new ArrayList<>();
        for (int no = 1; tags.chunk(campaignId, no).isPresent(); no++) {
            all.addAll(tags.chunk(campaignId, no).get().openIds());
        }
        return all;
    }

    @Test
    void plan_auto_whenListBatchesExceedTheDailySends_freezesOneSendallToATemporaryTag_andSaysWhy() {
        Campaign c = draft(MassMessage.text("hi"), DeliveryStrategy.AUTO, 25_000);

        PlanResult result = planWithDailySends(c, 2);

        assertThat(result.strategy()).isEqualTo(DeliveryStrategy.TAG);
        assertThat(result.batches()).isEqualTo(1);
        assertThat(result.reason()).isEqualTo("one sendall to a temporary tag of 25000 openids (500 batchtagging calls): "
                + "3 list batches would need more than the 2 sends a day allows");
        Batch only = batches.batches(c.id()).get(0);
        assertThat(only.kind()).isEqualTo(AudienceKind.TAG);
        assertThat(only.tagId()).as("made when the batch is first claimed").isEmpty();
        assertThat(only.recipientCount()).isEqualTo(25_000);
        assertThat(tags.find(c.id()).orElseThrow().state()).isEqualTo(TemporaryTag.State.PLANNED);
        assertThat(tags.find(c.id()).orElseThrow().tagName()).isEqualTo("wxmass-" + c.id());
        assertThat(chunked(c.id())).isEqualTo(Fixtures.openIds("oS", 25_000));
        assertThat(campaigns.get(c.id()).orElseThrow().planReason()).contains(result.reason());
    }

    @Test
    void plan_auto_whenListBatchesFitTheDay_staysWithListBatches() {
        Campaign c = draft(MassMessage.text("hi"), DeliveryStrategy.AUTO, 25_000);

        PlanResult result = planWithDailySends(c, 3);

        assertThat(result.strategy()).isEqualTo(DeliveryStrategy.LIST);
        assertThat(batches.batches(c.id())).hasSize(3);
        assertThat(tags.find(c.id())).isEmpty();
    }

    @Test
    void plan_tagAsked_writesTheChunksStraightAway_evenForASmallList() {
        Campaign c = draft(MassMessage.text("hi"), DeliveryStrategy.TAG, 120);

        PlanResult result = planWithDailySends(c, 100);

        assertThat(result.strategy()).isEqualTo(DeliveryStrategy.TAG);
        assertThat(result.reason()).endsWith("as asked (list batches would take 1 sends)");
        assertThat(chunked(c.id())).hasSize(120);
        assertThat(batches.batches(c.id())).singleElement().extracting(Batch::kind).isEqualTo(AudienceKind.TAG);
    }

    @Test
    void plan_listAsked_withABareMpnewsMediaIdAndTwoBatches_isRefusedAndTheCampaignStaysADraft() {
        Campaign c = draft(MassMessage.mpNews("draft-media-id"), DeliveryStrategy.LIST, 10_002);

        assertThatThrownBy(() -> planWithDailySends(c, 100)).isInstanceOfSatisfying(InvalidRequestException.class, e -> {
            assertThat(e.field()).isEqualTo("message");
            assertThat(e.rule()).contains("serves one send only").contains("2 list batches").contains("articles");
        });
        assertThat(campaigns.get(c.id()).orElseThrow().state()).isEqualTo(CampaignState.DRAFT);
        assertThat(batches.batches(c.id())).isEmpty();
    }

    @Test
    void plan_auto_withABareMpnewsMediaIdAndTwoBatches_sendsItAsATag() {
        Campaign c = draft(MassMessage.mpNews("draft-media-id"), DeliveryStrategy.AUTO, 10_002);

        PlanResult result = planWithDailySends(c, 100);

        assertThat(result.strategy()).isEqualTo(DeliveryStrategy.TAG);
        assertThat(result.reason()).contains("bare mpnews media_id");
    }

    @Test
    void spec_strategyOnATagCampaign_isRefusedNamingTheField() {
        assertThatThrownBy(() -> CampaignSpec.builder("c", MassMessage.text("hi"), AudienceSpec.tag(5))
                .strategy(DeliveryStrategy.TAG).build())
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("strategy"));
    }

    private Campaign draft(AudienceSpec audience) {
        return campaigns.create(CampaignSpec.builder("c", MassMessage.text("hi"), audience).build(), CLOCK.instant());
    }

    private CampaignPlanner planner(FollowerDirectory directory) {
        return new CampaignPlanner(campaigns, directory, CLOCK);
    }

    @Test
    void plan_fileOf25000Openids_freezesThreeBatchesOfAtMost10000InFileOrder() {
        List<String> ids = Fixtures.openIds("oF", 25_000);
        Path file = Fixtures.writeLines(folder.resolve("audience.txt"), ids);
        Campaign c = draft(AudienceSpec.openIdFile(file));

        PlanResult result = planner(FollowerDirectory.NONE).plan(c.id());

        assertThat(result).isEqualTo(new PlanResult(c.id(), 3, 25_000, 0, DeliveryStrategy.LIST,
                "3 list batches: within the 100 sends a day allows"));
        List<Batch> frozen = batches.batches(c.id());
        assertThat(frozen).extracting(Batch::recipientCount).containsExactly(10_000, 10_000, 5_000);
        List<String> all = new ArrayList<>();
        frozen.forEach(b -> all.addAll(batches.openIds(b.key())));
        assertThat(all).isEqualTo(ids);
        Campaign planned = campaigns.get(c.id()).orElseThrow();
        assertThat(planned.state()).isEqualTo(CampaignState.PLANNED);
        assertThat(planned.recipientCount()).isEqualTo(25_000);
    }

    @Test
    void plan_dropsRepeatsAcrossBatches_soEachFollowerIsInOneBatchOnly() {
        List<String> lines = new ArrayList<>(Fixtures.openIds("oD", 12_000));
        lines.addAll(Fixtures.openIds("oD", 500));
        lines.add("# a comment line");
        lines.add("");
        Path file = Fixtures.writeLines(folder.resolve("dupes.txt"), lines);
        Campaign c = draft(AudienceSpec.openIdFile(file));

        PlanResult result = planner(FollowerDirectory.NONE).plan(c.id());

        assertThat(result.recipients()).isEqualTo(12_000);
        assertThat(result.duplicates()).isEqualTo(500);
        Set<String> seen = new HashSet<>();
        for (Batch b : batches.batches(c.id())) {
            for (String id : batches.openIds(b.key())) {
                assertThat(seen.add(id)).as("openid %s frozen twice", id).isTrue();
            }
        }
        assertThat(seen).hasSize(12_000);
        assertThat(campaigns.get(c.id()).orElseThrow().duplicateCount()).isEqualTo(500);
    }

    @Test
    void plan_whenOneOpenidWouldBeLeftAlone_movesOneFromThePreviousBatch() {
        Campaign c = draft(AudienceSpec.openIds(Fixtures.openIds("oL", 10_001)));

        planner(FollowerDirectory.NONE).plan(c.id());

        assertThat(batches.batches(c.id())).extracting(Batch::recipientCount).containsExactly(9_999, 2);
    }

    @Test
    void plan_tagMembers_readsTheDirectoryAndFreezesOpenidBatches() {
        FollowerDirectory directory = new FollowerDirectory() {
            @Override
            public Stream<String> followers() {
                throw new AssertionError("not asked");
            }

            @Override
            public Stream<String> tagMembers(long tagId) {
                return Fixtures.openIds("oT" + tagId + "x", 10_500).stream();
            }
        };
        Campaign c = draft(AudienceSpec.tagMembers(5));

        PlanResult result = planner(directory).plan(c.id());

        assertThat(result.batches()).isEqualTo(2);
        assertThat(batches.openIds(batches.batches(c.id()).get(0).key())).allMatch(id -> id.startsWith("oT5x"));
    }

    @Test
    void plan_followers_neverHoldsTheSqliteWriteLockWhileReadingThem() throws Exception {
        Path file = folder.resolve("lock.db");
        CampaignStore store = new CampaignStore(Database.sqlite(file).migrate(), Fixtures.APP_ID);
        List<Boolean> writable = new ArrayList<>();
        FollowerDirectory directory = new FollowerDirectory() {
            @Override
            public Stream<String> followers() {
                // Every 5,000th openid, as if a page of the user API arrived: could another process write now?
                return Fixtures.openIds("oW", 15_000).stream().peek(id -> {
                    if (id.endsWith("000")) {
                        writable.add(canTakeWriteLock(file));
                    }
                });
            }

            @Override
            public Stream<String> tagMembers(long tagId) {
                throw new AssertionError("not asked");
            }
        };
        Campaign c = store.create(CampaignSpec.builder("c", MassMessage.text("hi"), AudienceSpec.followers()).build(),
                CLOCK.instant());

        new CampaignPlanner(store, directory, CLOCK).plan(c.id());

        assertThat(writable).hasSize(15).containsOnly(true);
        assertThat(store.get(c.id()).orElseThrow().recipientCount()).isEqualTo(15_000);
    }

    /** BEGIN IMMEDIATE with no busy wait: fails at once while any other connection holds the write lock. */
    private static boolean canTakeWriteLock(Path file) {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
             java.sql.Statement s = c.createStatement()) {
            s.execute("PRAGMA busy_timeout = 0");
            s.execute("BEGIN IMMEDIATE");
            s.execute("ROLLBACK");
            return true;
        } catch (java.sql.SQLException e) {
            return false;
        }
    }

    @Test
    void plan_tagAndAll_areOneSendallBatchEach() {
        Campaign tag = draft(AudienceSpec.tag(9));
        Campaign all = draft(AudienceSpec.all());

        planner(FollowerDirectory.NONE).plan(tag.id());
        planner(FollowerDirectory.NONE).plan(all.id());

        Batch tagBatch = batches.batches(tag.id()).get(0);
        assertThat(batches.batches(tag.id())).hasSize(1);
        assertThat(tagBatch.kind()).isEqualTo(AudienceKind.TAG);
        assertThat(tagBatch.tagId()).hasValue(9);
        assertThat(tagBatch.clientMsgId()).isEqualTo("wxm" + tag.id() + "-1");
        assertThat(batches.batches(all.id())).singleElement().extracting(Batch::kind).isEqualTo(AudienceKind.ALL);
    }

    @Test
    void plan_fileWrittenWithBomAndCrlf_readsEveryOpenidAsWritten() throws Exception {
        Path file = Path.of(CampaignPlannerTest.class.getResource("/plan/windows-openids.txt").toURI());
        Campaign c = draft(AudienceSpec.openIdFile(file));

        PlanResult result = planner(FollowerDirectory.NONE).plan(c.id());

        assertThat(result.recipients()).isEqualTo(3);
        assertThat(batches.batches(c.id())).singleElement()
                .satisfies(b -> assertThat(batches.openIds(b.key())).containsExactly("oWin1", "oWin2", "oWin3"));
    }

    @Test
    void plan_badLine_namesTheLineAndRule_andLeavesTheDraftUnfrozen() {
        Path file = Fixtures.writeLines(folder.resolve("bad.txt"), List.of("oAAAA", "oBBBB", "has space", "oCCCC"));
        Campaign c = draft(AudienceSpec.openIdFile(file));

        assertThatThrownBy(() -> planner(FollowerDirectory.NONE).plan(c.id()))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                    assertThat(e.field()).isEqualTo("audience");
                    assertThat(e.rule()).contains("bad.txt line 3").contains("A-Z a-z 0-9 _ -");
                });
        assertThat(campaigns.get(c.id()).orElseThrow().state()).isEqualTo(CampaignState.DRAFT);
        assertThat(batches.batches(c.id())).isEmpty();
    }

    @Test
    void plan_audienceOfOneDistinctOpenid_isRefused() {
        Campaign c = draft(AudienceSpec.openIds(List.of("oSame", "oSame")));

        assertThatThrownBy(() -> planner(FollowerDirectory.NONE).plan(c.id()))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("at least 2 distinct openids");
    }

    @Test
    void openIdList_withALineBreakInAnOpenid_isRefusedBeforeItIsStored() {
        assertThatThrownBy(() -> AudienceSpec.openIds(List.of("oA", "oB\noC")))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                    assertThat(e.field()).isEqualTo("audience");
                    assertThat(e.rule()).contains("#2").contains("line break");
                });
    }

    @Test
    void plan_missingFile_isAClearError() {
        Campaign c = draft(AudienceSpec.openIdFile(folder.resolve("nope.txt")));

        assertThatThrownBy(() -> planner(FollowerDirectory.NONE).plan(c.id()))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("audience.file"));
    }

    @Test
    void plan_twice_isRefusedAsAWrongState() {
        Campaign c = draft(AudienceSpec.openIds(Fixtures.openIds("oP", 4)));
        planner(FollowerDirectory.NONE).plan(c.id());

        assertThatThrownBy(() -> planner(FollowerDirectory.NONE).plan(c.id()))
                .isInstanceOfSatisfying(CampaignStateException.class, e -> {
                    assertThat(e.reason()).isEqualTo(CampaignStateException.Reason.WRONG_STATE);
                    assertThat(e.state()).contains(CampaignState.PLANNED);
                })
                .hasMessageContaining("not a draft");
    }
}

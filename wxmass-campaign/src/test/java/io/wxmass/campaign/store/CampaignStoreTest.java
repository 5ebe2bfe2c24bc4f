package io.wxmass.campaign.store;

import static io.wxmass.campaign.store.StoreFixture.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wxmass.campaign.AudienceKind;
import io.wxmass.campaign.AudienceSpec;
import io.wxmass.campaign.Batch;
import io.wxmass.campaign.BatchState;
import io.wxmass.campaign.Campaign;
import io.wxmass.campaign.CampaignSpec;
import io.wxmass.campaign.CampaignState;
import io.wxmass.campaign.CampaignStateException;
import io.wxmass.campaign.testing.TestDatabases;
import io.wxmass.core.message.MassMessage;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CampaignStoreTest {
    @TempDir
    Path folder;

    private StoreFixture store(Dialect dialect) {
        return new StoreFixture(TestDatabases.fresh(dialect, folder));
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void create_thenGet_returnsTheSameCampaignAsADraft(Dialect dialect) {
        StoreFixture s = store(dialect);
        MassMessage message = new MassMessage.MpVideo("video-1", "Title", null);
        CampaignSpec spec = CampaignSpec.builder("launch", message, AudienceSpec.tag(7))
                .scheduledAt(Instant.parse("2026-03-02T09:00:00Z"))
                .previewTo(List.of("oPreviewA", "oPreviewB"))
                .ignoreReprint(true)
                .build();

        Campaign created = s.campaigns.create(spec, T0);
        Campaign read = s.campaigns.get(created.id()).orElseThrow();

        assertThat(read).isEqualTo(created);
        assertThat(read.id()).hasSize(16);
        assertThat(read.message()).isEqualTo(message);
        assertThat(read.audienceKind()).isEqualTo(AudienceKind.TAG);
        assertThat(read.audience()).isEqualTo(AudienceSpec.tag(7));
        assertThat(read.previewOpenIds()).containsExactly("oPreviewA", "oPreviewB");
        assertThat(read.scheduledAt()).contains(Instant.parse("2026-03-02T09:00:00Z"));
        assertThat(read.ignoreReprint()).isTrue();
        assertThat(read.state()).isEqualTo(CampaignState.DRAFT);
        assertThat(read.createdAt()).isEqualTo(T0);
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void freeze_writesNumberedBatchesWithDerivedClientMsgIds(Dialect dialect) {
        StoreFixture s = store(dialect);

        Campaign campaign = s.planned(3);
        List<Batch> batches = s.batches.batches(campaign.id());

        assertThat(campaign.state()).isEqualTo(CampaignState.PLANNED);
        assertThat(campaign.recipientCount()).isEqualTo(9);
        assertThat(batches).extracting(b -> b.key().batchNo()).containsExactly(1, 2, 3);
        assertThat(batches).extracting(Batch::clientMsgId)
                .containsExactly("wxm" + campaign.id() + "-1", "wxm" + campaign.id() + "-2", "wxm" + campaign.id() + "-3");
        assertThat(batches).allSatisfy(b -> {
            assertThat(b.state()).isEqualTo(BatchState.PLANNED);
            assertThat(b.recipientCount()).isEqualTo(3);
        });
        assertThat(s.batches.openIds(batches.get(1).key())).hasSize(3).allMatch(id -> id.startsWith("o1x"));
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void freeze_whenAlreadyPlanned_isRefusedAndWritesNothing(Dialect dialect) {
        StoreFixture s = store(dialect);
        Campaign campaign = s.planned(2);

        assertThatThrownBy(() -> s.campaigns.freeze(campaign.id(), T0, sink -> sink.openIds(List.of("a", "b"))))
                .isInstanceOfSatisfying(CampaignStateException.class, e -> {
                    assertThat(e.reason()).isEqualTo(CampaignStateException.Reason.WRONG_STATE);
                    assertThat(e.state()).contains(CampaignState.PLANNED);
                })
                .hasMessageContaining("not a draft");
        assertThat(s.batches.batches(campaign.id())).hasSize(2);
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void freeze_whenWriterFails_leavesTheDraftWithoutBatches(Dialect dialect) {
        StoreFixture s = store(dialect);
        Campaign draft = s.campaigns.create(CampaignSpec.builder("x", MassMessage.text("t"), AudienceSpec.all()).build(), T0);

        assertThatThrownBy(() -> s.campaigns.freeze(draft.id(), T0, sink -> {
            sink.all();
            throw new IllegalStateException("source broke");
        })).hasMessageContaining("source broke");

        assertThat(s.campaigns.get(draft.id()).orElseThrow().state()).isEqualTo(CampaignState.DRAFT);
        assertThat(s.batches.batches(draft.id())).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void list_returnsNewestFirst(Dialect dialect) {
        StoreFixture s = store(dialect);
        CampaignSpec spec = CampaignSpec.builder("x", MassMessage.text("t"), AudienceSpec.all()).build();
        Campaign older = s.campaigns.create(spec, T0);
        Campaign newer = s.campaigns.create(spec, T0.plusSeconds(60));

        assertThat(s.campaigns.list()).extracting(Campaign::id).containsExactly(newer.id(), older.id());
    }
}

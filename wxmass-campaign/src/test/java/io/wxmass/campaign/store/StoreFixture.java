package io.wxmass.campaign.store;

import io.wxmass.campaign.AudienceSpec;
import io.wxmass.campaign.BatchKey;
import io.wxmass.campaign.Campaign;
import io.wxmass.campaign.CampaignSpec;
import io.wxmass.campaign.testing.Fixtures;
import io.wxmass.core.message.MassMessage;
import java.time.Instant;

/** A database with its three repositories, and a quick way to a planned campaign. */
final class StoreFixture {
    static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");

    final Database db;
    final CampaignStore campaigns;
    final BatchStore batches;
    final EventStore events;

    StoreFixture(Database db) {
        this.db = db;
        this.campaigns = new CampaignStore(db, Fixtures.APP_ID);
        this.batches = new BatchStore(db, Fixtures.APP_ID);
        this.events = new EventStore(db, Fixtures.APP_ID);
    }

    /** A planned campaign of {@code batchCount} openid batches of 3 openids each. */
    Campaign planned(int batchCount) {
        return planned(CampaignSpec.builder("spring sale", MassMessage.text("hello"),
                AudienceSpec.openIds(Fixtures.openIds("o", 3 * batchCount))).build(), batchCount);
    }

    /** Claims the campaign's next batch for {@code owner} and commits its first attempt, as a worker would. */
    BatchKey sending(String campaignId, String owner) {
        BatchKey key = batches.claim(campaignId, owner, T0, java.time.Duration.ofSeconds(30)).orElseThrow().key();
        batches.markSending(key, owner, T0);
        return key;
    }

    Campaign planned(CampaignSpec spec, int batchCount) {
        Campaign campaign = campaigns.create(spec, T0);
        campaigns.freeze(campaign.id(), T0, sink -> {
            for (int b = 0; b < batchCount; b++) {
                sink.openIds(Fixtures.openIds("o" + b + "x", 3));
            }
        });
        return campaigns.get(campaign.id()).orElseThrow();
    }
}

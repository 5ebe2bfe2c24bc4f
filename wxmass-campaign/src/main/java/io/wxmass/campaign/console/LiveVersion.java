package io.wxmass.campaign.console;

import io.wxmass.campaign.Campaign;
import io.wxmass.campaign.CampaignService;
import io.wxmass.campaign.store.EventStore;
import io.wxmass.campaign.store.PublishEventStore;

import java.util.List;
import java.util.Objects;

/**
 * A number that changes whenever what a page shows changes: the live stream compares it instead of hooking into
 * the store's writers (several processes may write to one store).
 */
final class LiveVersion {
    private final CampaignService campaigns;
    private final EventStore events;
    private final PublishEventStore publishEvents;

    LiveVersion(CampaignService campaigns, EventStore events) {
        this.campaigns = campaigns;
        this.events = events;
        this.publishEvents = events.publishEvents();
    }

    /** The front page: every listed campaign's state and totals, and the newest mass and publish events. */
    long home() {
        long h = 17;
        for (Campaign c : campaigns.list(0, HomePage.CAMPAIGNS)) {
            h = 31 * h + Objects.hash(c.id(), c.state(), campaigns.status(c.id()));
        }
        List<EventStore.Received> recent = events.recent(HomePage.EVENTS);
        h = 31 * h + recent.size();
        if (!recent.isEmpty()) {
            h = 31 * h + Objects.hash(recent.get(0).event().dedupeKey());
        }
        List<PublishEventStore.Received> published = publishEvents.recent(1);
        if (!published.isEmpty()) {
            h = 31 * h + Objects.hash(published.get(0).dedupeKey());
        }
        return h & Long.MAX_VALUE;
    }

    /** One campaign's page: the campaign, its totals, batches and audit log. */
    long campaign(String id) {
        return Objects.hash(campaigns.campaign(id), campaigns.status(id), campaigns.batchLines(id), campaigns.audit(id).size())
                & Long.MAX_VALUE;
    }
}

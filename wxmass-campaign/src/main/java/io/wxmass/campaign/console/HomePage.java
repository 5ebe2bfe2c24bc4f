package io.wxmass.campaign.console;

import io.wxmass.console.Html;
import io.wxmass.campaign.Campaign;
import io.wxmass.campaign.CampaignService;
import io.wxmass.campaign.CampaignTotals;
import io.wxmass.campaign.quota.QuotaGate;
import io.wxmass.campaign.quota.QuotaSchedule;
import io.wxmass.campaign.store.EventStore;
import io.wxmass.campaign.store.PublishEventStore;

import java.time.Clock;
import java.util.List;

/** The front page: campaigns (state, audience, progress, ETA), mass and publish events received, and today's quota. */
final class HomePage {
    static final int CAMPAIGNS = 50;
    static final int EVENTS = 20;

    private final CampaignService campaigns;
    private final EventStore events;
    private final PublishEventStore publishEvents;
    private final Clock clock;

    HomePage(CampaignService campaigns, EventStore events, Clock clock) {
        this.campaigns = campaigns;
        this.events = events;
        this.publishEvents = events.publishEvents();
        this.clock = clock;
    }

    ConsoleResponse render(Ctx c, String live) {
        StringBuilder h = new StringBuilder();
        QuotaGate quota = campaigns.worker().quota();
        long remain = quota.remainToday();
        long limit = quota.dailyLimit();
        h.append("<section id=\"quota\" aria-labelledby=\"quota-h\"><h2 id=\"quota-h\">").append(Html.esc(c.t("quota")))
                .append("</h2><p><b id=\"quota-remain\">").append(remain).append("</b> ").append(Html.esc(c.t("quota.of")))
                .append(' ').append(limit).append(" · ")
                .append(Html.esc(c.t(quota.reportedByPlatform() ? "quota.source.platform" : "quota.source.ledger")))
                .append("</p></section>");

        h.append("<section aria-labelledby=\"campaigns-h\"><h1 id=\"campaigns-h\">").append(Html.esc(c.t("campaigns"))).append("</h1>");
        List<Campaign> page = campaigns.list(0, CAMPAIGNS);
        if (page.isEmpty()) {
            h.append("<p>").append(Html.esc(c.t("empty"))).append("</p>");
        } else {
            h.append("<div class=\"scroll\"><table id=\"campaigns\"><thead><tr><th>").append(Html.esc(c.t("name")))
                    .append("</th><th>").append(Html.esc(c.t("state"))).append("</th><th>").append(Html.esc(c.t("audience")))
                    .append("</th><th>").append(Html.esc(c.t("progress"))).append("</th><th>").append(Html.esc(c.t("eta")))
                    .append("</th></tr></thead><tbody>");
            for (Campaign campaign : page) {
                CampaignTotals t = campaigns.status(campaign.id());
                int pending = Fmt.pending(t);
                String eta = pending == 0 ? "—"
                        : Fmt.time(QuotaSchedule.of(pending, remain, limit, clock.instant()).eta());
                h.append("<tr data-id=\"").append(Html.esc(campaign.id())).append("\"><td><a href=\"/console/campaigns/")
                        .append(Html.esc(Html.url(campaign.id()))).append("\">").append(Html.esc(campaign.name()))
                        .append("</a></td><td class=\"state\">").append(Html.esc(campaign.state())).append("</td><td>")
                        .append(Html.esc(Fmt.audience(campaign))).append("</td><td>")
                        .append(Fmt.progress(c, t, "progress-" + campaign.id())).append("</td><td>").append(Html.esc(eta))
                        .append("</td></tr>");
            }
            h.append("</tbody></table></div>");
        }
        h.append("</section>");

        events(h, c);
        return Page.render(c, 200, c.t("campaigns"), h.toString(), live);
    }

    /**
     * The newest events, MASSSENDJOBFINISH and PUBLISHJOBFINISH in one list by arrival: a mass event's msg_id
     * and counts, a publish event's publish_id, its status and, when it succeeded, the article links.
     */
    private void events(StringBuilder h, Ctx c) {
        h.append("<section aria-labelledby=\"events-h\"><h2 id=\"events-h\">").append(Html.esc(c.t("events"))).append("</h2>");
        List<EventStore.Received> mass = events.recent(EVENTS);
        List<PublishEventStore.Received> published = publishEvents.recent(EVENTS);
        if (mass.isEmpty() && published.isEmpty()) {
            h.append("<p>").append(Html.esc(c.t("events.none"))).append("</p></section>");
            return;
        }
        h.append("<div class=\"scroll\"><table id=\"events\"><thead><tr><th>").append(Html.esc(c.t("received")))
                .append("</th><th>").append(Html.esc(c.t("event"))).append("</th><th>msg_id / publish_id</th><th>")
                .append(Html.esc(c.t("state"))).append("</th><th>").append(Html.esc(c.t("counts.or.articles")))
                .append("</th></tr></thead><tbody>");
        int m = 0;
        int p = 0;
        for (int shown = 0; shown < EVENTS && (m < mass.size() || p < published.size()); shown++) {
            boolean massNext = p == published.size()
                    || (m < mass.size() && !mass.get(m).receivedAt().isBefore(published.get(p).receivedAt()));
            if (massNext) {
                var r = mass.get(m++);
                var e = r.event();
                h.append("<tr><td>").append(Html.esc(Fmt.time(r.receivedAt()))).append("</td><td>MASSSENDJOBFINISH</td><td>")
                        .append(e.msgId()).append("</td><td>").append(Html.esc(e.statusText())).append("</td><td>")
                        .append(e.counts().total()).append(" / ").append(e.counts().filtered()).append(" / ")
                        .append(e.counts().sent()).append(" / ").append(e.counts().errors()).append("</td></tr>");
            } else {
                var r = published.get(p++);
                h.append("<tr class=\"publish\"><td>").append(Html.esc(Fmt.time(r.receivedAt())))
                        .append("</td><td>PUBLISHJOBFINISH</td><td>").append(Html.esc(r.publishId())).append("</td><td>")
                        .append(Html.esc(r.status().name())).append(" (").append(r.statusCode()).append(")</td><td>");
                for (int i = 0; i < r.articleUrls().size(); i++) {
                    String url = r.articleUrls().get(i);
                    h.append(i == 0 ? "" : " ");
                    if (url.startsWith("https://") || url.startsWith("http://")) {
                        h.append("<a href=\"").append(Html.esc(url)).append("\" rel=\"noreferrer\">").append(Html.esc(url)).append("</a>");
                    } else {
                        h.append(Html.esc(url));
                    }
                }
                if (!r.failIdx().isEmpty()) {
                    h.append(Html.esc(c.t("publish.failed.articles"))).append(' ').append(Html.esc(r.failIdx()));
                }
                h.append("</td></tr>");
            }
        }
        h.append("</tbody></table></div></section>");
    }
}

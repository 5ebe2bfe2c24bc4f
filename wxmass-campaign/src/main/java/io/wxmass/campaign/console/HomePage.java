package io.wxmass.campaign.console;

import io.wxmass.console.Html;
import io.wxmass.campaign.Campaign;
import io.wxmass.campaign.CampaignService;
import io.wxmass.campaign.CampaignTotals;
import io.wxmass.campaign.quota.QuotaGate;
import io.wxmass.campaign.quota.QuotaSchedule;
import io.wxmass.campaign.store.EventStore;

import java.time.Clock;
import java.util.List;

/** The front page: campaigns (state, audience, progress, ETA), events received, and today's quota. */
final class HomePage {
    static final int CAMPAIGNS = 50;
    static final int EVENTS = 20;

    private final CampaignService campaigns;
    private final EventStore events;
    private final Clock clock;

    HomePage(CampaignService campaigns, EventStore events, Clock clock) {
        this.campaigns = campaigns;
        this.events = events;
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

        h.append("<section aria-labelledby=\"events-h\"><h2 id=\"events-h\">").append(Html.esc(c.t("events"))).append("</h2>");
        List<EventStore.Received> recent = events.recent(EVENTS);
        if (recent.isEmpty()) {
            h.append("<p>").append(Html.esc(c.t("events.none"))).append("</p>");
        } else {
            h.append("<div class=\"scroll\"><table id=\"events\"><thead><tr><th>").append(Html.esc(c.t("received")))
                    .append("</th><th>").append(Html.esc(c.t("event"))).append("</th><th>msg_id</th><th>")
                    .append(Html.esc(c.t("state"))).append("</th><th>").append(Html.esc(c.t("counts"))).append("</th></tr></thead><tbody>");
            for (EventStore.Received r : recent) {
                var e = r.event();
                h.append("<tr><td>").append(Html.esc(Fmt.time(r.receivedAt()))).append("</td><td>MASSSENDJOBFINISH</td><td>")
                        .append(e.msgId()).append("</td><td>").append(Html.esc(e.statusText())).append("</td><td>")
                        .append(e.counts().total()).append(" / ").append(e.counts().filtered()).append(" / ")
                        .append(e.counts().sent()).append(" / ").append(e.counts().errors()).append("</td></tr>");
            }
            h.append("</tbody></table></div>");
        }
        h.append("</section>");
        return Page.render(c, 200, c.t("campaigns"), h.toString(), live);
    }
}

package io.wxmass.campaign.console;

import io.wxmass.console.Html;
import io.wxmass.campaign.AudienceSpec;

import io.wxmass.campaign.BatchState;
import io.wxmass.campaign.Campaign;
import io.wxmass.campaign.CampaignTotals;
import io.wxmass.campaign.quota.QuotaCalendar;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/** How the console prints times (China time, the platform's day), audiences and progress. */
final class Fmt {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(QuotaCalendar.PLATFORM_ZONE);

    private Fmt() {
    }

    static String time(Instant at) {
        return TIME.format(at) + " +08";
    }

    static String time(Optional<Instant> at) {
        return at.map(Fmt::time).orElse("—");
    }

    static String audience(Campaign c) {
        String kind = switch (c.audienceKind()) {
            case ALL -> "all";
            case TAG -> "tag";
            case TAG_MEMBERS -> "tag members";
            case FOLLOWERS -> "followers";
            case OPENIDS -> "openids";
        };
        AudienceSpec a = c.audience();
        String ref = a instanceof AudienceSpec.Tag t ? " " + t.tagId()
                : a instanceof AudienceSpec.TagMembers m ? " " + m.tagId()
                : a instanceof AudienceSpec.OpenIdFile f ? " " + f.file().getFileName()
                : "";
        return kind + ref + (c.recipientCount() > 0 ? " · " + c.recipientCount() : "");
    }

    /** Batches settled (any end state) of all batches. */
    static int settled(CampaignTotals t) {
        int open = 0;
        for (BatchState s : BatchState.values()) {
            if (s.isPending() || s == BatchState.SUBMITTED) {
                open += t.batchesIn(s);
            }
        }
        return t.batches() - open;
    }

    static int pending(CampaignTotals t) {
        int n = 0;
        for (BatchState s : BatchState.values()) {
            if (s.isPending()) {
                n += t.batchesIn(s);
            }
        }
        return n;
    }

    /** The {@code <progress>} bar with its text, which the browser tests and screen readers read. */
    static String progress(Ctx c, CampaignTotals t, String id) {
        int all = t.batches();
        int done = settled(t);
        boolean finished = all > 0 && t.done();
        String text = all == 0 ? "—" : done + "/" + all + " · " + t.counts().sent() + " sent"
                + (finished ? " · done" : "");
        return "<span class=\"progress\" id=\"" + Html.esc(id) + "\" data-done=\"" + finished + "\">"
                + "<progress max=\"" + Math.max(all, 1) + "\" value=\"" + done + "\" aria-label=\""
                + Html.esc(c.t("progress")) + "\"></progress> <span class=\"progress-text\">" + Html.esc(text) + "</span></span>";
    }
}

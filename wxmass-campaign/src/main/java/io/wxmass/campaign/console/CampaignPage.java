package io.wxmass.campaign.console;

import io.wxmass.console.Html;
import io.wxmass.campaign.AuditEntry;
import io.wxmass.campaign.BatchLine;
import io.wxmass.campaign.BatchState;
import io.wxmass.campaign.Campaign;
import io.wxmass.campaign.CampaignService;
import io.wxmass.campaign.CampaignState;
import io.wxmass.campaign.CampaignTotals;
import io.wxmass.campaign.auth.Scope;
import io.wxmass.campaign.quota.QuotaGate;
import io.wxmass.campaign.quota.QuotaSchedule;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One campaign: its message as a follower sees it, who created and approved it, the buttons its state and the
 * key's scopes allow, its batches, the schedule by day under today's quota, copyright verdicts, article URLs
 * and the audit log.
 */
final class CampaignPage {
    private final CampaignService campaigns;
    private final Clock clock;

    CampaignPage(CampaignService campaigns, Clock clock) {
        this.campaigns = campaigns;
        this.clock = clock;
    }

    ConsoleResponse render(Ctx c, String id, String live) {
        Campaign campaign = campaigns.campaign(id);
        CampaignTotals totals = campaigns.status(id);
        String base = "/console/campaigns/" + Html.url(id);
        StringBuilder h = new StringBuilder();
        h.append("<h1 id=\"campaign-name\">").append(Html.esc(campaign.name())).append("</h1><p class=\"meta\"><span id=\"campaign-state\" class=\"state\">")
                .append(Html.esc(campaign.state())).append("</span> · ").append(Html.esc(Fmt.audience(campaign))).append(" · ")
                .append(Fmt.progress(c, totals, "progress")).append("</p>");

        h.append("<div class=\"two\"><section aria-labelledby=\"message-h\"><h2 id=\"message-h\">").append(Html.esc(c.t("message")))
                .append("</h2>").append(MessageView.render(c, campaign)).append("</section>");
        h.append("<section aria-labelledby=\"approval-h\"><h2 id=\"approval-h\">").append(Html.esc(c.t("approval"))).append("</h2><dl id=\"approval\">")
                .append("<dt>").append(Html.esc(c.t("created.by"))).append("</dt><dd>").append(Html.esc(campaign.approval().createdBy().orElse("—")))
                .append(" · ").append(Html.esc(Fmt.time(campaign.createdAt()))).append("</dd>")
                .append("<dt>").append(Html.esc(c.t("approved.by"))).append("</dt><dd id=\"approved-by\">")
                .append(Html.esc(campaign.approval().approvedBy().orElse(c.t("not.approved"))))
                .append(campaign.approval().approvedAt().map(at -> " · " + Html.esc(Fmt.time(at))).orElse("")).append("</dd>")
                .append("<dt>").append(Html.esc(c.t("previewed"))).append("</dt><dd>")
                .append(Html.esc(campaign.approval().previewedAt().map(Fmt::time).orElse(c.t("not.previewed")))).append("</dd>");
        if (campaign.approval().fourEyes() || campaign.approval().requirePreview()) {
            h.append("<dt>").append(Html.esc(c.t("rules"))).append("</dt><dd>");
            if (campaign.approval().fourEyes()) {
                h.append("<span class=\"rule\">").append(Html.esc(c.t("four.eyes"))).append("</span> ");
            }
            if (campaign.approval().requirePreview()) {
                h.append("<span class=\"rule\">").append(Html.esc(c.t("require.preview"))).append("</span>");
            }
            h.append("</dd>");
        }
        h.append("<dt>").append(Html.esc(c.t("form.schedule"))).append("</dt><dd>").append(Html.esc(Fmt.time(campaign.scheduledAt())))
                .append("</dd></dl>");
        h.append(actions(c, campaign, totals, base)).append("</section></div>");

        h.append(batches(c, campaigns.batchLines(id), base));
        h.append(schedule(c, totals));
        h.append(verdicts(c, totals));
        h.append(audit(c, campaigns.audit(id)));
        return Page.render(c, 200, campaign.name(), h.toString(), live);
    }

    private static String actions(Ctx c, Campaign campaign, CampaignTotals t, String base) {
        StringBuilder h = new StringBuilder("<div class=\"actions\" id=\"actions\" role=\"group\" aria-label=\"")
                .append(Html.esc(c.t("actions"))).append("\">");
        CampaignState s = campaign.state();
        boolean open = s == CampaignState.DRAFT || s == CampaignState.PLANNED || s == CampaignState.PAUSED;
        if (c.can(Scope.CREATE) && open && (t.batches() == 0 || !t.done()) && !campaign.previewOpenIds().isEmpty()) {
            h.append(Page.button(c, base + "/preview", "act-preview", c.t("act.preview"), ""));
        }
        if (c.can(Scope.APPROVE) && s == CampaignState.DRAFT) {
            h.append(Page.button(c, base + "/approve", "act-approve", c.t("act.approve"), "primary"));
        }
        if (c.can(Scope.SEND) && s == CampaignState.PLANNED && Fmt.pending(t) > 0) {
            h.append(Page.button(c, base + "/send", "act-send", c.t("act.send"), "primary"));
        }
        if (c.can(Scope.SEND) && s == CampaignState.PLANNED && !t.done()) {
            h.append(Page.button(c, base + "/pause", "act-pause", c.t("act.pause"), ""));
        }
        if (c.can(Scope.SEND) && s == CampaignState.PAUSED) {
            h.append(Page.button(c, base + "/resume", "act-resume", c.t("act.resume"), ""));
        }
        if (c.can(Scope.SEND) && t.batchesIn(BatchState.FAILED) > 0 && open) {
            h.append(Page.button(c, base + "/retry", "act-retry", c.t("act.retry"), ""));
        }
        if (c.can(Scope.RETRACT) && open && (t.batches() == 0 || !t.done())) {
            h.append(Page.button(c, base + "/cancel", "act-cancel", c.t("act.cancel"), ""));
        }
        if (c.can(Scope.READ)) {
            h.append("<a class=\"button\" id=\"act-export\" href=\"").append(Html.esc(base)).append("/export.csv\" download>")
                    .append(Html.esc(c.t("act.export"))).append("</a>");
        }
        h.append("</div>");
        if (c.can(Scope.RETRACT) && s != CampaignState.RETRACTED) {
            h.append("<form method=\"post\" action=\"").append(Html.esc(base)).append("/retract\" class=\"retract\" id=\"retract-form\">")
                    .append(c.csrfField()).append("<p class=\"warning\" role=\"note\" id=\"retract-warning\">⚠ ")
                    .append(Html.esc(c.t("retract.warning"))).append("</p><label><input type=\"checkbox\" name=\"confirm\" value=\"yes\" id=\"retract-confirm\" required> ")
                    .append(Html.esc(c.t("retract.confirm"))).append("</label> <button type=\"submit\" id=\"act-retract\" class=\"danger\">")
                    .append(Html.esc(c.t("act.retract"))).append("</button></form>");
        }
        return h.toString();
    }

    private static String batches(Ctx c, List<BatchLine> lines, String base) {
        StringBuilder h = new StringBuilder("<section aria-labelledby=\"batches-h\"><h2 id=\"batches-h\">")
                .append(Html.esc(c.t("batches"))).append("</h2>");
        if (lines.isEmpty()) {
            return h.append("<p>").append(Html.esc(c.t("none"))).append("</p></section>").toString();
        }
        h.append("<div class=\"scroll\"><table id=\"batches\"><thead><tr><th>").append(Html.esc(c.t("batch"))).append("</th><th>")
                .append(Html.esc(c.t("state"))).append("</th><th>").append(Html.esc(c.t("recipients"))).append("</th><th>msg_id</th><th>")
                .append(Html.esc(c.t("errcode"))).append("</th><th>").append(Html.esc(c.t("attempts"))).append("</th><th>")
                .append(Html.esc(c.t("not.before"))).append("</th><th></th></tr></thead><tbody>");
        for (BatchLine b : lines) {
            h.append("<tr data-batch=\"").append(b.batchNo()).append("\"><td>").append(b.batchNo()).append("</td><td class=\"state\">")
                    .append(Html.esc(b.state())).append("</td><td>").append(b.recipients()).append("</td><td class=\"msgid\">")
                    .append(b.msgId().isPresent() ? String.valueOf(b.msgId().getAsLong()) : "—").append("</td><td>")
                    .append(b.errorCode().isPresent() ? String.valueOf(b.errorCode().getAsInt()) : "—").append("</td><td>")
                    .append(b.attempts()).append("</td><td>").append(Html.esc(Fmt.time(b.notBefore()))).append("</td><td>");
            if (c.can(Scope.ADMIN) && (b.state() == BatchState.UNKNOWN || b.state() == BatchState.PARKED)) {
                String to = base + "/batches/" + b.batchNo() + "/resolve";
                h.append(resolve(c, to, "sent", "act.resolve.sent", b.batchNo()))
                        .append(resolve(c, to, "not-sent", "act.resolve.notsent", b.batchNo()));
            }
            h.append("</td></tr>");
        }
        return h.append("</tbody></table></div></section>").toString();
    }

    private static String resolve(Ctx c, String action, String outcome, String label, int batchNo) {
        return "<form method=\"post\" action=\"" + Html.esc(action) + "\" class=\"inline\">" + c.csrfField()
                + "<input type=\"hidden\" name=\"outcome\" value=\"" + outcome + "\"><button type=\"submit\" id=\"resolve-"
                + batchNo + "-" + outcome + "\">" + Html.esc(c.t(label)) + "</button></form>";
    }

    private String schedule(Ctx c, CampaignTotals t) {
        QuotaGate quota = campaigns.worker().quota();
        QuotaSchedule s = QuotaSchedule.of(Fmt.pending(t), quota.remainToday(), quota.dailyLimit(), clock.instant());
        StringBuilder h = new StringBuilder("<section aria-labelledby=\"schedule-h\"><h2 id=\"schedule-h\">")
                .append(Html.esc(c.t("schedule"))).append("</h2><p>").append(Html.esc(c.t("quota"))).append(": ")
                .append(s.remainToday()).append(" / ").append(s.dailyLimit()).append(" · ").append(Html.esc(c.t("days.needed")))
                .append(": ").append(s.daysNeeded()).append(" · ").append(Html.esc(c.t("eta"))).append(": ")
                .append(Html.esc(s.pending() == 0 ? "—" : Fmt.time(s.eta()))).append("</p>");
        if (!s.days().isEmpty()) {
            h.append("<table id=\"schedule\"><thead><tr><th>").append(Html.esc(c.t("day"))).append("</th><th>")
                    .append(Html.esc(c.t("batches"))).append("</th></tr></thead><tbody>");
            for (QuotaSchedule.Day d : s.days()) {
                h.append("<tr><td>").append(d.date()).append("</td><td>").append(d.batches()).append("</td></tr>");
            }
            h.append("</tbody></table>");
        }
        return h.append("</section>").toString();
    }

    private static String verdicts(Ctx c, CampaignTotals t) {
        StringBuilder h = new StringBuilder("<section aria-labelledby=\"copyright-h\"><h2 id=\"copyright-h\">")
                .append(Html.esc(c.t("copyright"))).append("</h2>");
        Map<Integer, Integer> checks = new TreeMap<>(t.checkStates());
        if (checks.isEmpty()) {
            h.append("<p>").append(Html.esc(c.t("none"))).append("</p>");
        } else {
            h.append("<ul id=\"copyright\">");
            checks.forEach((state, n) -> h.append("<li>CheckState ").append(state).append(": ").append(n).append("</li>"));
            h.append("</ul>");
        }
        h.append("<h3>").append(Html.esc(c.t("article.urls"))).append("</h3>");
        if (t.articleUrls().isEmpty()) {
            h.append("<p>").append(Html.esc(c.t("none"))).append("</p>");
        } else {
            h.append("<ul id=\"article-urls\">");
            for (String url : t.articleUrls()) {
                boolean web = url.startsWith("https://") || url.startsWith("http://");
                h.append("<li>").append(web ? "<a rel=\"noreferrer noopener\" href=\"" + Html.esc(url) + "\">" + Html.esc(url) + "</a>"
                        : Html.esc(url)).append("</li>");
            }
            h.append("</ul>");
        }
        return h.append("</section>").toString();
    }

    private static String audit(Ctx c, List<AuditEntry> entries) {
        StringBuilder h = new StringBuilder("<section aria-labelledby=\"audit-h\"><h2 id=\"audit-h\">")
                .append(Html.esc(c.t("audit"))).append("</h2><div class=\"scroll\"><table id=\"audit\"><thead><tr><th>")
                .append(Html.esc(c.t("when"))).append("</th><th>").append(Html.esc(c.t("who"))).append("</th><th>")
                .append(Html.esc(c.t("what"))).append("</th><th>").append(Html.esc(c.t("detail"))).append("</th></tr></thead><tbody>");
        for (AuditEntry e : entries) {
            h.append("<tr><td>").append(Html.esc(Fmt.time(e.at()))).append("</td><td>").append(Html.esc(e.actor()))
                    .append("</td><td>").append(Html.esc(e.action())).append(e.batchNo().isPresent() ? " #" + e.batchNo().getAsInt() : "")
                    .append("</td><td>").append(Html.esc(e.detail().orElse(""))).append("</td></tr>");
        }
        return h.append("</tbody></table></div></section>").toString();
    }
}

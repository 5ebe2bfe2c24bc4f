package io.wxmass.sandbox.console;

import io.wxmass.console.Html;
import io.wxmass.sandbox.admin.SandboxAdmin;
import io.wxmass.sandbox.delivery.MassJob;
import io.wxmass.sandbox.draft.Draft;
import io.wxmass.sandbox.draft.DraftArticle;
import io.wxmass.sandbox.platform.Account;
import io.wxmass.sandbox.platform.AccountType;
import io.wxmass.sandbox.platform.Followers;
import io.wxmass.sandbox.publish.Publication;
import io.wxmass.sandbox.publish.Publisher;
import io.wxmass.sandbox.rules.HistoryQuota;
import io.wxmass.sandbox.rules.MassRules;
import io.wxmass.sandbox.server.PlatformResponse;

import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

/** The accounts overview (counters against the limits) and one account's page: followers, jobs, drafts, publishes. */
final class AccountPages {
    private static final int SHOWN_FOLLOWERS = 50;

    private final SandboxAdmin admin;
    private final MassRules rules;
    private final Publisher publisher;

    AccountPages(SandboxAdmin admin, MassRules rules, Publisher publisher) {
        this.admin = admin;
        this.rules = rules;
        this.publisher = publisher;
    }

    PlatformResponse overview(Ctx c, long version) {
        StringBuilder h = new StringBuilder("<h1>").append(Html.esc(c.t("accounts"))).append("</h1>");
        h.append("<div class=\"scroll\"><table class=\"grid\" id=\"accounts\"><thead><tr>");
        for (String k : List.of("appid", "type", "followers", "rate", "daily", "history", "tokens")) {
            h.append("<th scope=\"col\">").append(Html.esc(c.t(k))).append("</th>");
        }
        h.append("</tr></thead><tbody>");
        for (Account a : admin.accounts()) {
            h.append("<tr><td><a href=\"/console/accounts/").append(Html.esc(Html.url(a.appId()))).append("\">")
                    .append(Html.esc(a.appId())).append("</a></td><td>").append(Html.esc(type(a)))
                    .append(a.verified() ? " · " + Html.esc(c.t("verified")) : "").append("</td><td>")
                    .append(a.followers().size()).append("</td>");
            counters(h, c, a, "td");
            h.append("</tr>");
        }
        h.append("</tbody></table></div>");
        return Page.render(c, 200, c.t("accounts"), h.toString(), version);
    }

    PlatformResponse account(Ctx c, String appId, long version) {
        Account a = admin.account(appId);
        StringBuilder h = new StringBuilder("<h1>").append(Html.esc(a.appId())).append(" <small>")
                .append(Html.esc(type(a))).append("</small></h1><dl class=\"counters\">");
        counters(h, c, a, "dd");
        h.append("</dl>");
        followers(h, c, a);
        jobs(h, c, a);
        draftsAndPublishes(h, c, a);
        return Page.render(c, 200, a.appId(), h.toString(), version);
    }

    /** This minute's 60, today's mass calls and the history quota, each as used / limit with a meter. */
    private void counters(StringBuilder h, Ctx c, Account a, String cell) {
        boolean dl = cell.equals("dd");
        int historyQuota = HistoryQuota.quota(a);
        String historyLabel = c.t(a.type() == AccountType.SUBSCRIPTION ? "history.subscription" : "history.service");
        meter(h, dl ? c.t("rate") : null, cell, "rate", rules.rate().used(a.appId()), rules.rate().limit());
        meter(h, dl ? c.t("daily") : null, cell, "daily", rules.daily().usedToday(a.appId()), rules.daily().limit());
        meter(h, dl ? c.t("history") + " (" + historyLabel + ")" : null, cell, "history", rules.history().used(a), historyQuota);
        if (dl) {
            h.append("<dt>").append(Html.esc(c.t("tokens"))).append("</dt>");
        }
        h.append('<').append(cell).append(" data-counter=\"tokens\">").append(admin.tokenFetches(a.appId()))
                .append("</").append(cell).append('>');
    }

    private static void meter(StringBuilder h, String label, String cell, String name, int used, int limit) {
        if (label != null) {
            h.append("<dt>").append(Html.esc(label)).append("</dt>");
        }
        h.append('<').append(cell).append(" data-counter=\"").append(name).append("\">").append(used).append(" / ")
                .append(limit).append(" <meter min=\"0\" max=\"").append(limit).append("\" value=\"").append(used)
                .append("\" aria-label=\"").append(Html.esc(name + " " + used + "/" + limit)).append("\"></meter></")
                .append(cell).append('>');
    }

    private void followers(StringBuilder h, Ctx c, Account a) {
        String q = c.request().query("q");
        q = q == null ? "" : q.trim();
        h.append("<section><h2>").append(Html.esc(c.t("followers"))).append(" (").append(a.followers().size())
                .append(")</h2><form method=\"get\" class=\"row\" role=\"search\"><label for=\"q\" class=\"sr\">")
                .append(Html.esc(c.t("search"))).append("</label><input id=\"q\" name=\"q\" type=\"search\" value=\"")
                .append(Html.esc(q)).append("\" placeholder=\"").append(Html.esc(c.t("search.placeholder")))
                .append("\"><button type=\"submit\">").append(Html.esc(c.t("search.go"))).append("</button></form>");
        Followers f = a.followers();
        YearMonth month = YearMonth.now(admin.clock());
        String needle = q.toLowerCase(Locale.ROOT);
        h.append("<ul class=\"followers\" id=\"followers\">");
        int shown = 0;
        for (int i = 0; i < f.size() && shown < SHOWN_FOLLOWERS; i++) {
            String openId = f.openId(i);
            String name = f.wxName(i);
            if (!needle.isEmpty() && !openId.toLowerCase(Locale.ROOT).contains(needle)
                    && !name.toLowerCase(Locale.ROOT).contains(needle)) {
                continue;
            }
            shown++;
            h.append("<li><a href=\"/console/accounts/").append(Html.esc(Html.url(a.appId()))).append("/followers/")
                    .append(Html.esc(Html.url(openId))).append("\"><code>").append(Html.esc(openId)).append("</code> ")
                    .append(Html.esc(name)).append("</a> <span class=\"badge\">").append(Html.esc(c.t("month")))
                    .append(' ').append(f.receivedIn(i, month)).append(" / ").append(Followers.MONTHLY_CAP).append("</span></li>");
        }
        h.append("</ul></section>");
    }

    private void jobs(StringBuilder h, Ctx c, Account a) {
        List<MassJob> jobs = admin.jobs(a.appId());
        h.append("<section><h2>").append(Html.esc(c.t("jobs"))).append("</h2>");
        if (jobs.isEmpty()) {
            h.append("<p>").append(Html.esc(c.t("none"))).append("</p></section>");
            return;
        }
        h.append("<div class=\"scroll\"><table class=\"grid\" id=\"jobs\"><thead><tr><th scope=\"col\">msg_id</th><th scope=\"col\">")
                .append(Html.esc(c.t("type"))).append("</th><th scope=\"col\">").append(Html.esc(c.t("status")))
                .append("</th><th scope=\"col\">").append(Html.esc(c.t("progress"))).append("</th></tr></thead><tbody>");
        for (MassJob j : jobs) {
            h.append("<tr><td><a href=\"/console/accounts/").append(Html.esc(Html.url(a.appId()))).append("/jobs/")
                    .append(j.msgId()).append("\">").append(j.msgId()).append("</a></td><td>").append(Html.esc(j.msgType()))
                    .append(j.isToAll() ? " · all" : "").append("</td><td class=\"status\">").append(Html.esc(j.status().name()))
                    .append("</td><td>");
            progress(h, j);
            h.append("</td></tr>");
        }
        h.append("</tbody></table></div></section>");
    }

    static void progress(StringBuilder h, MassJob j) {
        h.append(j.sentCount()).append(" / ").append(j.totalCount()).append(" <progress max=\"")
                .append(Math.max(1, j.totalCount())).append("\" value=\"").append(j.sentCount()).append("\" aria-label=\"msg ")
                .append(j.msgId()).append(" ").append(j.sentCount()).append("/").append(j.totalCount()).append("\"></progress>");
    }

    private void draftsAndPublishes(StringBuilder h, Ctx c, Account a) {
        h.append("<section><h2>").append(Html.esc(c.t("drafts"))).append("</h2>");
        List<Draft> drafts = a.drafts().all();
        if (drafts.isEmpty()) {
            h.append("<p>").append(Html.esc(c.t("none"))).append("</p>");
        }
        h.append("<ul id=\"drafts\">");
        for (Draft d : drafts) {
            h.append("<li><code>").append(Html.esc(d.mediaId())).append("</code> ");
            for (DraftArticle article : d.articles()) {
                h.append("<span class=\"badge\">").append(Html.esc(article.fields().path("title").asText(""))).append("</span> ");
            }
            h.append("<small>").append(Html.esc(d.updatedAt())).append("</small></li>");
        }
        h.append("</ul></section><section><h2>").append(Html.esc(c.t("publishes"))).append("</h2>");
        List<Publication> all = publisher.all(a.appId());
        if (all.isEmpty()) {
            h.append("<p>").append(Html.esc(c.t("none"))).append("</p>");
        }
        h.append("<ul id=\"publishes\">");
        for (Publication p : all) {
            h.append("<li>publish_id ").append(p.publishId()).append(" <span class=\"status\">").append(Html.esc(p.status().name()))
                    .append("</span>");
            for (DraftArticle article : p.draft().articles()) {
                h.append(" <span class=\"badge\">").append(Html.esc(article.fields().path("title").asText(""))).append("</span>");
            }
            for (String url : p.articleUrls()) {
                h.append(" <code>").append(Html.esc(url)).append("</code>");
            }
            h.append("</li>");
        }
        h.append("</ul></section>");
    }

    private static String type(Account a) {
        return a.type().name().toLowerCase(Locale.ROOT);
    }
}

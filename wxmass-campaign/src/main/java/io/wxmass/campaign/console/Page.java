package io.wxmass.campaign.console;

import io.wxmass.campaign.auth.Scope;
import io.wxmass.console.Html;
import io.wxmass.console.PageFrame;

/** The frame every console page shares: header, navigation, the one-time "what changed" line, and {@code <main>}. */
final class Page {
    private Page() {
    }

    /** @param live the live-update stream's query for this page (what it watches and the version shown), or null */
    static ConsoleResponse render(Ctx c, int status, String title, String main, String live) {
        PageFrame frame = PageFrame.of(c.lang(), c.t("title"), title);
        if (live != null) {
            frame.live("/console/live?" + live, c.t("live"));
        }
        StringBuilder end = new StringBuilder();
        if (c.session().signedIn()) {
            frame.link("/", null, c.t("campaigns"));
            if (c.can(Scope.CREATE)) {
                frame.link("/console/new", "nav-new", c.t("new"));
            }
            var key = c.session().principal.orElseThrow();
            end.append("<span class=\"who\" id=\"who\">").append(Html.esc(c.t("signed.in"))).append(" <b>")
                    .append(Html.esc(key.name())).append("</b> (").append(Html.esc(c.t("scopes"))).append(": ")
                    .append(Html.esc(Scope.format(key.scopes()))).append(")</span>");
            end.append("<form method=\"post\" action=\"/console/logout\" class=\"logout\">").append(c.csrfField())
                    .append("<button type=\"submit\">").append(Html.esc(c.t("logout"))).append("</button></form>");
        }
        return ConsoleResponse.html(status, frame.languageSwitch(c.t("lang.switch"), c.request().path())
                .headerEnd(end.toString()).flash(c.live() ? null : c.session().takeFlash()).render(main));
    }

    static ConsoleResponse refused(Ctx c, int status, String message) {
        return render(c, status, String.valueOf(status), "<p class=\"error\" role=\"alert\" id=\"error\">"
                + Html.esc(message) + "</p><p><a href=\"/\">" + Html.esc(c.t("back")) + "</a></p>", null);
    }

    /** A POST form of one button, with the session's CSRF token. */
    static String button(Ctx c, String action, String id, String label, String extraClass) {
        return "<form method=\"post\" action=\"" + Html.esc(action) + "\" class=\"inline\">" + c.csrfField()
                + "<button type=\"submit\" id=\"" + Html.esc(id) + "\" class=\"" + Html.esc(extraClass) + "\">"
                + Html.esc(label) + "</button></form>";
    }
}

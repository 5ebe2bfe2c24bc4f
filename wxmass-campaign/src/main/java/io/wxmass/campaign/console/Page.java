package io.wxmass.campaign.console;

import io.wxmass.campaign.auth.Scope;

/** The frame every console page shares: header, navigation, the one-time "what changed" line, and {@code <main>}. */
final class Page {
    private Page() {
    }

    /** @param live the live-update stream's query for this page (what it watches and the version shown), or null */
    static ConsoleResponse render(Ctx c, int status, String title, String main, String live) {
        StringBuilder h = new StringBuilder(8192);
        h.append("<!doctype html><html lang=\"").append(c.lang().tag()).append("\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(Html.esc(title)).append(" · ").append(Html.esc(c.t("title"))).append("</title>")
                .append("<link rel=\"stylesheet\" href=\"/console/static/console.css\">")
                .append("<script src=\"/console/static/console.js\" defer></script></head><body");
        if (live != null) {
            h.append(" data-events=\"/console/live?").append(Html.esc(live)).append('"');
        }
        h.append("><header class=\"top\"><a class=\"brand\" href=\"/\">").append(Html.esc(c.t("title"))).append("</a>");
        h.append("<nav aria-label=\"").append(Html.esc(c.t("title"))).append("\">");
        if (c.session().signedIn()) {
            h.append("<a href=\"/\">").append(Html.esc(c.t("campaigns"))).append("</a>");
            if (c.can(Scope.CREATE)) {
                h.append("<a href=\"/console/new\" id=\"nav-new\">").append(Html.esc(c.t("new"))).append("</a>");
            }
        }
        String other = c.lang() == Lang.ZH ? "en" : "zh";
        h.append("<a href=\"/console/lang?to=").append(other).append("&amp;back=")
                .append(Html.esc(Html.url(c.request().path()))).append("\" lang=\"").append(other.equals("zh") ? "zh-CN" : "en")
                .append("\">").append(Html.esc(c.t("lang.switch"))).append("</a></nav>");
        if (live != null) {
            h.append("<span id=\"live\" class=\"live\" aria-live=\"polite\">").append(Html.esc(c.t("live"))).append("</span>");
        }
        if (c.session().signedIn()) {
            var key = c.session().key.orElseThrow();
            h.append("<span class=\"who\" id=\"who\">").append(Html.esc(c.t("signed.in"))).append(" <b>")
                    .append(Html.esc(key.name())).append("</b> (").append(Html.esc(c.t("scopes"))).append(": ")
                    .append(Html.esc(Scope.format(key.scopes()))).append(")</span>");
            h.append("<form method=\"post\" action=\"/console/logout\" class=\"logout\">").append(c.csrfField())
                    .append("<button type=\"submit\">").append(Html.esc(c.t("logout"))).append("</button></form>");
        }
        h.append("</header>");
        String flash = c.live() ? null : c.session().takeFlash();
        if (flash != null) {
            h.append("<p id=\"flash\" class=\"flash\" role=\"status\">").append(Html.esc(flash)).append("</p>");
        }
        h.append("<main id=\"main\">").append(main).append("</main></body></html>");
        return ConsoleResponse.html(status, h.toString());
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

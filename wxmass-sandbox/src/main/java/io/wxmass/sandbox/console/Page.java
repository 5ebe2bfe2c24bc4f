package io.wxmass.sandbox.console;

import io.wxmass.sandbox.server.PlatformResponse;

import java.nio.charset.StandardCharsets;

/** The frame every console page shares: header, navigation, the one-time "what changed" line, and {@code <main>}. */
final class Page {
    static final String HTML_TYPE = "text/html; charset=utf-8";

    private Page() {
    }

    /** @param liveVersion the state the page shows, for the live-update stream; negative for no live updates */
    static PlatformResponse render(Ctx c, int status, String title, String main, long liveVersion) {
        StringBuilder h = new StringBuilder(4096);
        h.append("<!doctype html><html lang=\"").append(c.lang().tag()).append("\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(Html.esc(title)).append(" · ").append(Html.esc(c.t("title"))).append("</title>")
                .append("<link rel=\"stylesheet\" href=\"/console/static/console.css\">")
                .append("<script src=\"/console/static/console.js\" defer></script></head><body");
        if (liveVersion >= 0) {
            h.append(" data-events=\"/console/events?v=").append(liveVersion).append('"');
        }
        h.append("><header class=\"top\"><a class=\"brand\" href=\"/\">").append(Html.esc(c.t("title"))).append("</a>");
        if (c.session().signedIn) {
            h.append("<nav aria-label=\"").append(Html.esc(c.t("title"))).append("\"><a href=\"/\">")
                    .append(Html.esc(c.t("accounts"))).append("</a><a href=\"/console/faults\">")
                    .append(Html.esc(c.t("faults"))).append("</a>");
        } else {
            h.append("<nav>");
        }
        String other = c.lang() == Lang.ZH ? "en" : "zh";
        h.append("<a href=\"/console/lang?to=").append(other).append("&amp;back=")
                .append(Html.esc(Html.url(c.request().path()))).append("\" lang=\"").append(other.equals("zh") ? "zh-CN" : "en")
                .append("\">").append(Html.esc(c.t("lang.switch"))).append("</a></nav>");
        if (liveVersion >= 0) {
            h.append("<span id=\"live\" class=\"live\" aria-live=\"polite\">").append(Html.esc(c.t("live"))).append("</span>");
        }
        if (c.session().signedIn && c.request().header("x-console-live") == null) {
            h.append("<form method=\"post\" action=\"/console/logout\" class=\"logout\">").append(c.csrfField())
                    .append("<button type=\"submit\">").append(Html.esc(c.t("logout"))).append("</button></form>");
        }
        h.append("</header>");
        String flash = c.request().header("x-console-live") == null ? c.session().takeFlash() : null;
        if (flash != null) {
            h.append("<p id=\"flash\" class=\"flash\" role=\"status\">").append(Html.esc(flash)).append("</p>");
        }
        h.append("<main id=\"main\">").append(main).append("</main></body></html>");
        return new PlatformResponse(status, HTML_TYPE, h.toString().getBytes(StandardCharsets.UTF_8));
    }
}

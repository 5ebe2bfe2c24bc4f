package io.wxmass.console;

import java.util.Objects;

/**
 * The frame every console page shares: head (the jar's stylesheet and script only), a header with the
 * console's name, its navigation and the language switch, the live mark, the one-time "what changed" line,
 * and {@code <main id="main">}, the part the live-update script swaps. The console fills the parts that differ.
 */
public final class PageFrame {
    private final Lang lang;
    private final String site;
    private final String title;
    private final StringBuilder nav = new StringBuilder();
    private String liveUrl;
    private String liveLabel;
    private String switchLabel;
    private String back = "/";
    private String headerEnd = "";
    private String flash;

    private PageFrame(Lang lang, String site, String title) {
        this.lang = Objects.requireNonNull(lang, "lang");
        this.site = Objects.requireNonNull(site, "site");
        this.title = Objects.requireNonNull(title, "title");
    }

    /** @param site the console's name (brand and title suffix) @param title this page's title */
    public static PageFrame of(Lang lang, String site, String title) {
        return new PageFrame(lang, site, title);
    }

    /** A navigation link. */
    public PageFrame link(String href, String id, String label) {
        nav.append("<a href=\"").append(Html.esc(href)).append('"');
        if (id != null) {
            nav.append(" id=\"").append(Html.esc(id)).append('"');
        }
        nav.append('>').append(Html.esc(label)).append("</a>");
        return this;
    }

    /** Live updates: the Server-Sent Events stream the page listens to (a same-origin path and query). */
    public PageFrame live(String url, String label) {
        this.liveUrl = Objects.requireNonNull(url, "url");
        this.liveLabel = Objects.requireNonNull(label, "label");
        return this;
    }

    /** The language switch: its label (in the other language) and the path it comes back to. */
    public PageFrame languageSwitch(String label, String backPath) {
        this.switchLabel = Objects.requireNonNull(label, "label");
        this.back = Objects.requireNonNull(backPath, "backPath");
        return this;
    }

    /** Markup at the header's end (who is signed in, the logout form), already escaped by the console. */
    public PageFrame headerEnd(String html) {
        this.headerEnd = Objects.requireNonNull(html, "html");
        return this;
    }

    /** The "what changed" line, or null. */
    public PageFrame flash(String text) {
        this.flash = text;
        return this;
    }

    /** The whole page around {@code main} (markup the console escaped). */
    public String render(String main) {
        StringBuilder h = new StringBuilder(8192 + main.length());
        h.append("<!doctype html><html lang=\"").append(lang.tag()).append("\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(Html.esc(title)).append(" · ").append(Html.esc(site)).append("</title>")
                .append("<link rel=\"stylesheet\" href=\"/console/static/console.css\">")
                .append("<script src=\"/console/static/console.js\" defer></script></head><body");
        if (liveUrl != null) {
            h.append(" data-events=\"").append(Html.esc(liveUrl)).append('"');
        }
        h.append("><header class=\"top\"><a class=\"brand\" href=\"/\">").append(Html.esc(site)).append("</a>");
        h.append("<nav aria-label=\"").append(Html.esc(site)).append("\">").append(nav);
        if (switchLabel != null) {
            Lang other = lang.other();
            h.append("<a href=\"/console/lang?to=").append(other.code()).append("&amp;back=")
                    .append(Html.esc(Html.url(back))).append("\" lang=\"").append(other.tag()).append("\">")
                    .append(Html.esc(switchLabel)).append("</a>");
        }
        h.append("</nav>");
        if (liveUrl != null) {
            h.append("<span id=\"live\" class=\"live\" aria-live=\"polite\">").append(Html.esc(liveLabel)).append("</span>");
        }
        h.append(headerEnd).append("</header>");
        if (flash != null) {
            h.append("<p id=\"flash\" class=\"flash\" role=\"status\">").append(Html.esc(flash)).append("</p>");
        }
        return h.append("<main id=\"main\">").append(main).append("</main></body></html>").toString();
    }
}

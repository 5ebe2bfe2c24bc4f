package io.wxmass.sandbox.console;

import io.wxmass.console.Html;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An article's content as a document for a sandboxed frame: the client's HTML as sent, with each
 * {@code <mp-miniprogram>} tag (which only WeChat draws) replaced by a card. The frame runs no scripts and has
 * no origin, so the HTML is shown as WeChat would show it without being trusted.
 */
final class ArticleContent {
    private static final Pattern MINI_PROGRAM =
            Pattern.compile("<mp-miniprogram\\b([^>]*)>\\s*(?:</mp-miniprogram>)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern ATTRIBUTE = Pattern.compile("([a-z-]+)=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);

    private ArticleContent() {
    }

    static String document(String content, String miniProgramLabel) {
        Matcher m = MINI_PROGRAM.matcher(content);
        StringBuilder body = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(body, Matcher.quoteReplacement(card(m.group(1), miniProgramLabel)));
        }
        m.appendTail(body);
        return "<!doctype html><html><head><meta charset=\"utf-8\">"
                + "<link rel=\"stylesheet\" href=\"/console/static/article.css\"></head><body>" + body + "</body></html>";
    }

    private static String card(String attributes, String label) {
        String title = "";
        String appId = "";
        String image = "";
        Matcher a = ATTRIBUTE.matcher(attributes);
        while (a.find()) {
            String value = unescape(a.group(2));
            switch (a.group(1).toLowerCase(java.util.Locale.ROOT)) {
                case "data-miniprogram-title" -> title = value;
                case "data-miniprogram-appid" -> appId = value;
                case "data-miniprogram-imageurl" -> image = value;
                default -> {
                }
            }
        }
        return "<div class=\"mp-card\"><div class=\"mp-title\">" + Html.esc(title) + "</div>"
                + (image.isEmpty() ? "" : "<img src=\"" + Html.esc(image) + "\" alt=\"\">")
                + "<div class=\"mp-foot\">" + Html.esc(label) + " · " + Html.esc(appId) + "</div></div>";
    }

    private static String unescape(String s) {
        return s.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }
}

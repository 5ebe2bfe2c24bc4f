package io.wxmass.sandbox.console;

import io.wxmass.console.Html;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wxmass.sandbox.platform.ImageHost;
import io.wxmass.sandbox.platform.SentMessage;

import java.util.List;

/** One mass message as WeChat's chat shows it: article cards, text bubbles, pictures, voice, video, card. */
final class MessageView {
    private MessageView() {
    }

    /** @param articleLink the article page of article {@code i} is {@code articleLink + i} */
    static void render(StringBuilder h, Ctx c, SentMessage m, String articleLink) {
        switch (m.msgType()) {
            case "mpnews" -> news(h, c, m.articles(), articleLink);
            case "text" -> h.append("<div class=\"bubble text\" data-kind=\"text\">").append(Html.esc(m.text())).append("</div>");
            case "image" -> {
                for (String id : m.mediaIds()) {
                    h.append("<img class=\"pic\" data-kind=\"image\" src=\"").append(Html.esc(ImageHost.PATH + Html.url(id)))
                            .append("\" alt=\"").append(Html.esc(c.t("image"))).append("\">");
                }
            }
            case "voice" -> h.append("<div class=\"bubble voice\" data-kind=\"voice\"><span aria-hidden=\"true\">)))</span> ")
                    .append(Html.esc(c.t("voice"))).append("</div>");
            case "mpvideo" -> h.append("<div class=\"video\" data-kind=\"video\"><span class=\"play\" aria-hidden=\"true\">▶</span>")
                    .append("<span>").append(Html.esc(c.t("video"))).append("</span></div>");
            case "wxcard" -> h.append("<div class=\"wxcard\" data-kind=\"card\"><b>").append(Html.esc(c.t("card")))
                    .append("</b><code>").append(Html.esc(m.text())).append("</code></div>");
            default -> h.append("<div class=\"bubble\">").append(Html.esc(m.msgType())).append("</div>");
        }
    }

    /** The first article as a large card (cover, title, digest), the others as rows with a thumbnail. */
    private static void news(StringBuilder h, Ctx c, List<ObjectNode> articles, String articleLink) {
        h.append("<div class=\"news\" data-kind=\"article-card\">");
        for (int i = 0; i < articles.size(); i++) {
            ObjectNode a = articles.get(i);
            String title = a.path("title").asText("");
            String cover = ImageHost.PATH + Html.url(a.path("thumb_media_id").asText(""));
            h.append("<a class=\"").append(i == 0 ? "news-main" : "news-row").append("\" href=\"")
                    .append(Html.esc(articleLink + i)).append("\">");
            if (i == 0) {
                h.append("<img class=\"cover\" src=\"").append(Html.esc(cover)).append("\" alt=\"\">")
                        .append("<span class=\"news-title\">").append(Html.esc(title)).append("</span>");
            } else {
                h.append("<span class=\"news-title\">").append(Html.esc(title)).append("</span><img class=\"thumb\" src=\"")
                        .append(Html.esc(cover)).append("\" alt=\"\">");
            }
            h.append("</a>");
            if (i == 0 && articles.size() == 1 && !a.path("digest").asText("").isEmpty()) {
                h.append("<p class=\"digest\">").append(Html.esc(a.path("digest").asText(""))).append("</p>");
            }
        }
        if (articles.isEmpty()) {
            h.append("<span class=\"news-title\">").append(Html.esc(c.t("articles"))).append("</span>");
        }
        h.append("</div>");
    }
}

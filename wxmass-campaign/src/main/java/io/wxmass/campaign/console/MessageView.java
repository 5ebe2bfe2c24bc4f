package io.wxmass.campaign.console;

import io.wxmass.console.Html;
import io.wxmass.campaign.Campaign;
import io.wxmass.core.media.Article;
import io.wxmass.core.message.MassMessage;

import java.util.List;

/**
 * A campaign's message drawn as a follower's chat shows it: an article card (cover, title, digest; more
 * articles as rows below), a text bubble, pictures, a voice bar, a video card, a card voucher. Covers are
 * media ids on the platform, so the card shows a cover-shaped block naming it rather than fetching it.
 */
final class MessageView {
    private MessageView() {
    }

    static String render(Ctx c, Campaign campaign) {
        StringBuilder h = new StringBuilder("<div class=\"phone\" id=\"message\"><div class=\"chat\">");
        MassMessage m = campaign.message();
        if (m instanceof MassMessage.MpNews news) {
            h.append(articles(c, campaign.articles(), news.mediaId()));
        } else if (m instanceof MassMessage.Text text) {
            h.append("<div class=\"bubble\" data-kind=\"text\">").append(Html.esc(text.content())).append("</div>");
        } else if (m instanceof MassMessage.Images images) {
            h.append("<div class=\"images\" data-kind=\"images\">");
            for (String id : images.mediaIds()) {
                h.append("<div class=\"picture\" role=\"img\" aria-label=\"").append(Html.esc(c.t("image") + " " + id))
                        .append("\"><span>").append(Html.esc(id)).append("</span></div>");
            }
            h.append("</div>");
        } else if (m instanceof MassMessage.Voice voice) {
            h.append("<div class=\"bubble voice\" data-kind=\"voice\">🔊 ").append(Html.esc(c.t("voice")))
                    .append(" <small>").append(Html.esc(voice.mediaId())).append("</small></div>");
        } else if (m instanceof MassMessage.MpVideo video) {
            h.append("<div class=\"card video\" data-kind=\"video\"><div class=\"cover\">▶</div><div class=\"title\">")
                    .append(Html.esc(video.title() == null ? c.t("video") : video.title())).append("</div><div class=\"digest\">")
                    .append(Html.esc(video.description() == null ? "" : video.description())).append("</div></div>");
        } else if (m instanceof MassMessage.WxCard card) {
            h.append("<div class=\"card voucher\" data-kind=\"card\"><div class=\"title\">").append(Html.esc(c.t("card")))
                    .append("</div><div class=\"digest\">").append(Html.esc(card.cardId())).append("</div></div>");
        }
        return h.append("</div></div>").toString();
    }

    private static String articles(Ctx c, List<Article> articles, String mediaId) {
        StringBuilder h = new StringBuilder("<div class=\"card news\" data-kind=\"article-card\">");
        if (articles.isEmpty()) {
            h.append("<div class=\"news-main\"><div class=\"cover\" role=\"img\" aria-label=\"").append(Html.esc(c.t("article")))
                    .append("\"></div><div class=\"title\">").append(Html.esc(c.t("article"))).append("</div><div class=\"digest\">media_id ")
                    .append(Html.esc(mediaId)).append("</div></div>");
            return h.append("</div>").toString();
        }
        Article first = articles.get(0);
        h.append("<div class=\"news-main\"><div class=\"cover\" role=\"img\" aria-label=\"cover ")
                .append(Html.esc(first.thumbMediaId())).append("\"><span>").append(Html.esc(first.thumbMediaId()))
                .append("</span></div><div class=\"title\">").append(Html.esc(first.title())).append("</div>");
        if (articles.size() == 1 && first.digest() != null && !first.digest().isBlank()) {
            h.append("<div class=\"digest\">").append(Html.esc(first.digest())).append("</div>");
        }
        h.append("</div>");
        for (Article more : articles.subList(1, articles.size())) {
            h.append("<div class=\"news-row\"><span class=\"title\">").append(Html.esc(more.title()))
                    .append("</span><span class=\"thumb\" role=\"img\" aria-label=\"cover ").append(Html.esc(more.thumbMediaId()))
                    .append("\"></span></div>");
        }
        return h.append("</div>").toString();
    }
}

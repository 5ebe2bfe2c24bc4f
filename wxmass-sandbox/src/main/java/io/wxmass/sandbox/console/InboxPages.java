package io.wxmass.sandbox.console;

import io.wxmass.console.Html;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wxmass.sandbox.admin.SandboxAdmin;
import io.wxmass.sandbox.clock.SandboxClock;
import io.wxmass.sandbox.delivery.InboxEntry;
import io.wxmass.sandbox.platform.Account;
import io.wxmass.sandbox.platform.Followers;
import io.wxmass.sandbox.platform.PreviewLog;
import io.wxmass.sandbox.platform.SentMessage;
import io.wxmass.sandbox.platform.SentMessages;
import io.wxmass.sandbox.server.BadRequestException;
import io.wxmass.sandbox.server.PlatformResponse;

import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A follower's inbox in a phone-sized frame, and the article page a card opens. */
final class InboxPages {
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(SandboxClock.PLATFORM_ZONE);

    /** One message in the inbox; {@code key} names it in article links: {@code m<msg_id>} or {@code p<n>}. */
    private record Item(String key, Instant at, SentMessage message, String msgType, boolean preview) {
    }

    private final SandboxAdmin admin;
    private final SentMessages sent;

    InboxPages(SandboxAdmin admin, SentMessages sent) {
        this.admin = admin;
        this.sent = sent;
    }

    PlatformResponse inbox(Ctx c, String appId, String openId, long version) {
        Account a = admin.account(appId);
        int index = a.followers().indexOf(openId);
        if (index < 0) {
            throw new BadRequestException("openid: " + openId + " does not follow " + appId);
        }
        String base = "/console/accounts/" + Html.url(appId) + "/followers/" + Html.url(openId) + "/articles/";
        StringBuilder h = new StringBuilder("<p><a href=\"/console/accounts/").append(Html.esc(Html.url(appId)))
                .append("\">← ").append(Html.esc(appId)).append("</a></p><div class=\"phone\" id=\"phone\"><div class=\"phone-bar\"><b>")
                .append(Html.esc(a.followers().wxName(index))).append("</b> <span class=\"badge\" id=\"month-count\">")
                .append(Html.esc(c.t("month"))).append(' ').append(a.followers().receivedIn(index, YearMonth.now(admin.clock())))
                .append(" / ").append(Followers.MONTHLY_CAP).append("</span></div><ol class=\"chat\" aria-label=\"")
                .append(Html.esc(c.t("inbox"))).append("\">");
        List<Item> items = items(appId, openId);
        for (Item item : items) {
            h.append("<li class=\"msg").append(item.preview() ? " is-preview" : "").append("\"><time>")
                    .append(Html.esc(TIME.format(item.at()))).append("</time>");
            if (item.preview()) {
                h.append("<span class=\"badge preview\">").append(Html.esc(c.t("preview"))).append("</span>");
            }
            SentMessage m = item.message() != null ? item.message()
                    : new SentMessage(item.msgType(), List.of(), List.of(), "");
            MessageView.render(h, c, m, base + item.key() + "/");
            h.append("</li>");
        }
        h.append("</ol>");
        if (items.isEmpty()) {
            h.append("<p class=\"empty\">").append(Html.esc(c.t("inbox.empty"))).append("</p>");
        }
        h.append("</div>");
        return Page.render(c, 200, c.t("inbox") + " " + openId, h.toString(), version);
    }

    PlatformResponse article(Ctx c, String appId, String openId, String key, String idx) {
        Account a = admin.account(appId);
        Item item = items(appId, openId).stream().filter(i -> i.key().equals(key)).findFirst()
                .orElseThrow(() -> new BadRequestException("message: " + key + " is not in " + openId + "'s inbox"));
        List<ObjectNode> articles = item.message() == null ? List.of() : item.message().articles();
        int i;
        try {
            i = Integer.parseInt(idx);
        } catch (NumberFormatException e) {
            throw new BadRequestException("article: must be a number");
        }
        if (i < 0 || i >= articles.size()) {
            throw new BadRequestException("article: no article " + idx + " in " + key);
        }
        ObjectNode art = articles.get(i);
        String title = art.path("title").asText("");
        String author = art.path("author").asText("");
        String doc = ArticleContent.document(art.path("content").asText(""), c.t("miniprogram"));
        StringBuilder h = new StringBuilder("<p><a href=\"/console/accounts/").append(Html.esc(Html.url(appId)))
                .append("/followers/").append(Html.esc(Html.url(openId))).append("\">← ").append(Html.esc(c.t("inbox")))
                .append("</a></p><article class=\"phone article\" id=\"article\"><h1>").append(Html.esc(title))
                .append("</h1><p class=\"byline\">").append(Html.esc(author)).append(author.isEmpty() ? "" : " · ")
                .append(Html.esc(a.appId())).append(" · <time>").append(Html.esc(TIME.format(item.at()))).append("</time></p>")
                .append("<iframe class=\"content\" sandbox title=\"").append(Html.esc(title)).append("\" srcdoc=\"")
                .append(Html.esc(doc)).append("\"></iframe>");
        String source = art.path("content_source_url").asText("");
        if (source.startsWith("https://") || source.startsWith("http://")) {
            h.append("<p><a rel=\"noopener noreferrer\" href=\"").append(Html.esc(source)).append("\">")
                    .append(Html.esc(c.t("read.more"))).append("</a></p>");
        }
        h.append("</article>");
        return Page.render(c, 200, title, h.toString(), -1);
    }

    /** Mass messages and previews, oldest first. */
    private List<Item> items(String appId, String openId) {
        List<Item> items = new ArrayList<>();
        for (InboxEntry e : admin.inbox(appId, openId)) {
            items.add(new Item("m" + e.msgId(), e.deliveredAt(), sent.find(appId, e.msgId()).orElse(null), e.msgType(), false));
        }
        List<PreviewLog.Entry> previews = admin.previews(appId, openId);
        for (int n = 0; n < previews.size(); n++) {
            PreviewLog.Entry p = previews.get(n);
            items.add(new Item("p" + n, p.at(), p.message(), p.msgType(), true));
        }
        items.sort(Comparator.comparing(Item::at));
        return items;
    }
}

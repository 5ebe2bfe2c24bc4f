package io.wxmass.sandbox.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wxmass.sandbox.platform.Account;
import io.wxmass.sandbox.platform.PlatformError;
import io.wxmass.sandbox.publish.Publication;
import io.wxmass.sandbox.publish.PublishStatus;
import io.wxmass.sandbox.publish.Publisher;
import io.wxmass.sandbox.rules.Fields;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * freepublish submit, get, delete, getarticle and batchget (docs/platform.md §8.1). Only verified accounts
 * may publish: the others get 48001 on every one of them (§8.3), while their drafts still work.
 *
 * <p>publish_id and msg_data_id are answered as JSON numbers: the doc tables print strings, but the event
 * carries a bare number and the SDKs that work against the platform read numbers (WxJava keeps the JSON
 * text, quotes included; silenceper/wechat unmarshals an int64). Requests may send either.
 */
public final class PublishEndpoints {
    private final Authenticator auth;
    private final Publisher publisher;

    public PublishEndpoints(Authenticator auth, Publisher publisher) {
        this.auth = Objects.requireNonNull(auth, "auth");
        this.publisher = Objects.requireNonNull(publisher, "publisher");
    }

    public void register(Router router) {
        router.route("/cgi-bin/freepublish/submit", guard(this::submit));
        router.route("/cgi-bin/freepublish/get", guard(this::get));
        router.route("/cgi-bin/freepublish/delete", guard(this::delete));
        router.route("/cgi-bin/freepublish/getarticle", guard(this::getArticle));
        router.route("/cgi-bin/freepublish/batchget", guard(this::batchGet));
    }

    private Route guard(Authenticator.AccountRoute route) {
        return auth.guard((request, account) -> {
            Authenticator.requirePost(request);
            if (!account.verified()) {
                throw PlatformError.of(48001, "api unauthorized");
            }
            return route.handle(request, account);
        });
    }

    private PlatformResponse submit(PlatformRequest request, Account account) {
        String mediaId = Fields.optText(request.requiredJson(), "media_id")
                .orElseThrow(() -> PlatformError.of(40007, "invalid media_id"));
        Publication p = publisher.submit(account, account.drafts().require(mediaId));
        return PlatformResponse.json(Json.object().put("errcode", 0).put("errmsg", "ok")
                .put("publish_id", p.publishId()).put("msg_data_id", p.msgDataId()));
    }

    private PlatformResponse get(PlatformRequest request, Account account) {
        Publication p = Fields.optLong(request.requiredJson(), "publish_id")
                .flatMap(id -> publisher.find(account.appId(), id))
                .orElseThrow(() -> PlatformError.withText(40002, "invalid argument"));
        PublishStatus status = p.status();
        ObjectNode out = Json.object().put("publish_id", p.publishId())
                .put("publish_status", status.code());
        if (status == PublishStatus.SUCCESS) {
            out.put("article_id", p.articleId());
            ObjectNode detail = out.putObject("article_detail").put("count", p.articleUrls().size());
            ArrayNode items = detail.putArray("item");
            for (int i = 0; i < p.articleUrls().size(); i++) {
                items.addObject().put("idx", i + 1).put("article_url", p.articleUrls().get(i));
            }
        }
        ArrayNode fail = out.putArray("fail_idx");
        p.failIdx().forEach(fail::add);
        return PlatformResponse.json(out);
    }

    private PlatformResponse delete(PlatformRequest request, Account account) {
        JsonNode body = request.requiredJson();
        Publication p = published(account, body);
        long index = Fields.optLong(body, "index").orElse(0L);
        if (index < 0 || index > p.draft().articles().size()) {
            throw PlatformError.of(40114, "invalid index value");
        }
        publisher.delete(p, (int) index);
        return PlatformResponse.ok();
    }

    private PlatformResponse getArticle(PlatformRequest request, Account account) {
        Publication p = published(account, request.requiredJson());
        ObjectNode out = Json.object();
        out.set("news_item", newsItems(p, true));
        return PlatformResponse.json(out.put("create_time", p.submittedAt().getEpochSecond())
                .put("update_time", p.finishedAt().getEpochSecond()));
    }

    /** The successful publications (later deleted or banned ones too, their articles marked is_deleted), newest first. */
    private PlatformResponse batchGet(PlatformRequest request, Account account) {
        List<Publication> published = new ArrayList<>();
        for (Publication p : publisher.all(account.appId())) {
            if (p.articleId() != null) {
                published.add(p);
            }
        }
        Collections.reverse(published);
        return Page.answer(request.requiredJson(), published, (p, withContent, item) -> {
            item.put("article_id", p.articleId()).putObject("content").set("news_item", newsItems(p, withContent));
            item.put("update_time", p.finishedAt().getEpochSecond());
        });
    }

    private Publication published(Account account, JsonNode body) {
        return publisher.byArticleId(account.appId(), Fields.optText(body, "article_id").orElse(null))
                .orElseThrow(() -> PlatformError.withText(53600, "Article ID 无效"));
    }

    private static ArrayNode newsItems(Publication p, boolean withContent) {
        ArrayNode items = ArticleJson.newsItems(p.draft().articles(), i -> p.articleUrls().get(i), withContent);
        for (int i = 0; i < items.size(); i++) {
            ((ObjectNode) items.get(i)).put("is_deleted", p.isDeleted(i + 1));
        }
        return items;
    }
}

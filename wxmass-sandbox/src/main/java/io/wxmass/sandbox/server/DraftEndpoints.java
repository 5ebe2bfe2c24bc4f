package io.wxmass.sandbox.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wxmass.sandbox.delivery.ArticleUrls;
import io.wxmass.sandbox.draft.Draft;
import io.wxmass.sandbox.draft.DraftBox;
import io.wxmass.sandbox.draft.DraftRules;
import io.wxmass.sandbox.platform.Account;
import io.wxmass.sandbox.platform.PlatformError;
import io.wxmass.sandbox.rules.Fields;

import java.util.Objects;

/**
 * The draft box (docs/platform.md §7.1): add, get, update (one article, 0-based index), delete, batchget
 * (paged, {@code no_content}), count, and switch (a no-op that reports the box as open). Any account may
 * use it, verified or not.
 */
public final class DraftEndpoints {
    /** batchget pages hold 1 to 20 drafts. */
    public static final int MAX_PAGE = 20;

    private final Authenticator auth;

    public DraftEndpoints(Authenticator auth) {
        this.auth = Objects.requireNonNull(auth, "auth");
    }

    public void register(Router router) {
        router.route("/cgi-bin/draft/add", auth.guard(this::add));
        router.route("/cgi-bin/draft/get", auth.guard(this::get));
        router.route("/cgi-bin/draft/update", auth.guard(this::update));
        router.route("/cgi-bin/draft/delete", auth.guard(this::delete));
        router.route("/cgi-bin/draft/batchget", auth.guard(this::batchGet));
        router.route("/cgi-bin/draft/count", auth.guard(this::count));
        router.route("/cgi-bin/draft/switch", auth.guard(this::switchBox));
    }

    private PlatformResponse add(PlatformRequest request, Account account) {
        Authenticator.requirePost(request);
        Draft draft = account.drafts().add(DraftRules.articles(request.requiredJson(), account.media()));
        return PlatformResponse.json(Json.object().put("media_id", draft.mediaId()));
    }

    private PlatformResponse get(PlatformRequest request, Account account) {
        Authenticator.requirePost(request);
        Draft draft = account.drafts().require(mediaId(request.requiredJson()));
        ObjectNode out = Json.object();
        out.set("news_item", newsItems(draft, true));
        return PlatformResponse.json(out.put("create_time", draft.createdAt().getEpochSecond())
                .put("update_time", draft.updatedAt().getEpochSecond()));
    }

    private PlatformResponse update(PlatformRequest request, Account account) {
        Authenticator.requirePost(request);
        JsonNode body = request.requiredJson();
        DraftBox box = account.drafts();
        String mediaId = mediaId(body);
        box.require(mediaId);
        long index = Fields.optLong(body, "index").orElseThrow(() -> PlatformError.of(40114, "invalid index value"));
        box.update(mediaId, (int) Math.max(-1, Math.min(Integer.MAX_VALUE, index)),
                DraftRules.article(body.get("articles"), account.media()));
        return PlatformResponse.ok();
    }

    private PlatformResponse delete(PlatformRequest request, Account account) {
        Authenticator.requirePost(request);
        account.drafts().delete(mediaId(request.requiredJson()));
        return PlatformResponse.ok();
    }

    private PlatformResponse batchGet(PlatformRequest request, Account account) {
        Authenticator.requirePost(request);
        return Page.answer(request.requiredJson(), account.drafts().all(), (draft, withContent, item) -> {
            item.put("media_id", draft.mediaId()).putObject("content").set("news_item", newsItems(draft, withContent));
            item.put("update_time", draft.updatedAt().getEpochSecond());
        });
    }

    /** GET as documented; POST too, as some SDKs send it. */
    private PlatformResponse count(PlatformRequest request, Account account) {
        return PlatformResponse.json(Json.object().put("total_count", account.drafts().count()));
    }

    /** The beta switch to the draft box; long since on for every account, and it cannot be turned off. */
    private PlatformResponse switchBox(PlatformRequest request, Account account) {
        Authenticator.requirePost(request);
        return PlatformResponse.json(Json.object().put("errcode", 0).put("errmsg", "ok").put("is_open", 1));
    }

    private static ArrayNode newsItems(Draft draft, boolean withContent) {
        return ArticleJson.newsItems(draft.articles(), i -> ArticleUrls.temporary(draft.mediaId() + ':' + i), withContent);
    }

    private static String mediaId(JsonNode body) {
        return Fields.optText(body, "media_id").orElseThrow(() -> PlatformError.of(40007, "invalid media_id"));
    }
}

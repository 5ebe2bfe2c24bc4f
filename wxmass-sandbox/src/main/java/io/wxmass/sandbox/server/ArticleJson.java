package io.wxmass.sandbox.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wxmass.sandbox.draft.DraftArticle;

import java.util.List;
import java.util.function.IntFunction;

/**
 * The {@code news_item} arrays of draft/get, draft/batchget, freepublish/getarticle and freepublish/batchget:
 * each article as stored plus its {@code url}; {@code cover_info} is not echoed (the platform's get tables lack it).
 */
final class ArticleJson {
    private ArticleJson() {
    }

    static ArrayNode newsItems(List<DraftArticle> articles, IntFunction<String> url, boolean withContent) {
        ArrayNode items = Json.MAPPER.createArrayNode();
        for (int i = 0; i < articles.size(); i++) {
            ObjectNode item = articles.get(i).fields();
            item.remove("cover_info");
            if (!withContent) {
                item.remove("content");
            }
            item.put("url", url.apply(i));
            items.add(item);
        }
        return items;
    }
}

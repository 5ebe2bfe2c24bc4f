package io.wxmass.core.media;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wxmass.core.error.InvalidRequestException;
import java.util.List;
import java.util.Objects;

/** The JSON request bodies of the media endpoints: uploadnews, draft/add, uploadvideo, video material. */
final class MediaRequestJson {
    public static final int MAX_ARTICLES = 8;

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private MediaRequestJson() {
    }

    /** Body for /media/uploadnews: 1 to 8 articles with every field of docs/platform.md §1.3. */
    public static ObjectNode uploadNews(List<Article> articles) {
        return articles(articles, true);
    }

    /** Body for /media/uploadvideo: turns a video media_id into one mass sends accept. */
    public static ObjectNode uploadVideo(String mediaId, String title, String description) {
        ObjectNode body = JSON.objectNode().put("media_id", mediaId);
        putIfPresent(body, "title", title);
        putIfPresent(body, "description", description);
        return body;
    }

    /** The {@code description} form field of a permanent video material. */
    public static ObjectNode videoDescription(String title, String introduction) {
        return JSON.objectNode().put("title", title).put("introduction", introduction);
    }

    private static ObjectNode articles(List<Article> articles, boolean withCoverFlag) {
        Objects.requireNonNull(articles, "articles");
        if (articles.isEmpty() || articles.size() > MAX_ARTICLES) {
            throw new InvalidRequestException("articles", "needs 1 to " + MAX_ARTICLES + " articles, got " + articles.size());
        }
        ObjectNode body = JSON.objectNode();
        ArrayNode array = body.putArray("articles");
        for (Article article : articles) {
            ObjectNode node = array.addObject();
            node.put("title", Objects.requireNonNull(article, "article").title());
            node.put("thumb_media_id", article.thumbMediaId());
            putIfPresent(node, "author", article.author());
            node.put("content", article.content());
            putIfPresent(node, "content_source_url", article.contentSourceUrl());
            putIfPresent(node, "digest", article.digest());
            if (withCoverFlag) {
                node.put("show_cover_pic", article.showCoverPic() ? 1 : 0);
            }
            node.put("need_open_comment", article.needOpenComment() ? 1 : 0);
            node.put("only_fans_can_comment", article.onlyFansCanComment() ? 1 : 0);
        }
        return body;
    }

    private static void putIfPresent(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }
}

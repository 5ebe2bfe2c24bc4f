package io.wxmass.core.draft;

import java.util.List;
import java.util.Objects;

/**
 * An article as the platform answers it, in draft/get, draft/batchget, freepublish/getarticle and
 * freepublish/batchget ({@code news_item}). Read tolerantly: a field the answer lacks is empty text,
 * false or an empty list, since the answers differ between endpoints and over time.
 *
 * @param url      the article's link: a temporary preview link for a draft, the permanent one once published
 * @param deleted  {@code is_deleted} (publishing answers only): the published article was deleted
 */
public record StoredArticle(ArticleType articleType, String title, String author, String digest, String content,
                            String contentSourceUrl, String thumbMediaId, String thumbUrl, String url,
                            boolean needOpenComment, boolean onlyFansCanComment, List<String> imageMediaIds,
                            String productKey, boolean deleted) {
    public StoredArticle {
        Objects.requireNonNull(articleType, "articleType");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(digest, "digest");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(contentSourceUrl, "contentSourceUrl");
        Objects.requireNonNull(thumbMediaId, "thumbMediaId");
        Objects.requireNonNull(thumbUrl, "thumbUrl");
        Objects.requireNonNull(url, "url");
        imageMediaIds = List.copyOf(imageMediaIds);
        Objects.requireNonNull(productKey, "productKey");
    }
}

package io.wxmass.core.publish;

import java.util.Objects;

/**
 * One {@code article_detail.item}: the permanent URL of one published article.
 *
 * @param idx 1-based position of the article in the draft
 */
public record PublishedArticleUrl(int idx, String articleUrl) {
    public PublishedArticleUrl {
        Objects.requireNonNull(articleUrl, "articleUrl");
    }
}

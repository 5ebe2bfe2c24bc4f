package io.wxmass.core.publish;

import io.wxmass.core.draft.StoredArticle;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** One successfully published draft, as freepublish/batchget lists it. */
public record PublishedItem(String articleId, List<StoredArticle> articles, Optional<Instant> updateTime) {
    public PublishedItem {
        Objects.requireNonNull(articleId, "articleId");
        articles = List.copyOf(articles);
        Objects.requireNonNull(updateTime, "updateTime");
    }
}

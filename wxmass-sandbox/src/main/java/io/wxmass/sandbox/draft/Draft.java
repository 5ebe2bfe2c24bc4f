package io.wxmass.sandbox.draft;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** One draft in an account's draft box: its media_id, its articles in order and when it was made and last changed. */
public record Draft(String mediaId, List<DraftArticle> articles, Instant createdAt, Instant updatedAt) {
    public Draft {
        Objects.requireNonNull(mediaId, "mediaId");
        articles = List.copyOf(Objects.requireNonNull(articles, "articles"));
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** The text of each article, for moderation and the originality check. */
    public List<String> texts() {
        return articles.stream().map(DraftArticle::text).toList();
    }
}

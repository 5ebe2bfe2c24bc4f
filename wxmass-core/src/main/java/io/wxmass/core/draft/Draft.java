package io.wxmass.core.draft;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A draft in the draft box: its media_id (what an mpnews send and freepublish/submit take) and its
 * articles. The times are answered by draft/get and batchget in practice, not in every documented example.
 */
public record Draft(String mediaId, List<StoredArticle> articles, Optional<Instant> createTime,
                    Optional<Instant> updateTime) {
    public Draft {
        Objects.requireNonNull(mediaId, "mediaId");
        articles = List.copyOf(articles);
        Objects.requireNonNull(createTime, "createTime");
        Objects.requireNonNull(updateTime, "updateTime");
    }
}

package io.wxmass.core.publish;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * freepublish/get's answer: where a publish task stands.
 *
 * @param statusCode    {@code publish_status} as answered; {@link #state()} is its typed reading
 * @param articleId     status 0 only
 * @param articleDetail status 0 only: the permanent URL of each article
 * @param failIdx       status 2 or 4: 1-based indexes of the failing articles
 */
public record PublishStatus(String publishId, int statusCode, Optional<String> articleId,
                            List<PublishedArticleUrl> articleDetail, List<Integer> failIdx) {
    public PublishStatus {
        Objects.requireNonNull(publishId, "publishId");
        Objects.requireNonNull(articleId, "articleId");
        articleDetail = List.copyOf(articleDetail);
        failIdx = List.copyOf(failIdx);
    }

    public PublishState state() {
        return PublishState.of(statusCode);
    }
}

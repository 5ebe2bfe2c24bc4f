package io.wxmass.core.callback.event;

import io.wxmass.core.publish.PublishState;
import io.wxmass.core.publish.PublishedArticleUrl;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The PUBLISHJOBFINISH push (docs/platform.md §8.2): a freepublish task ended. Publishing sends nothing
 * to followers; this only says whether the articles got their permanent links.
 *
 * @param publishId     {@code publish_id} as sent (a number in the push, a string in the JSON answers)
 * @param statusCode    {@code publish_status} as sent; {@link #status()} is its typed reading
 * @param articleId     status 0 only
 * @param articleDetail status 0 only: one URL per article
 * @param failIdx       status 2 or 4: 1-based indexes of the failing articles
 */
public record PublishJobFinished(EventHeader header, String publishId, int statusCode, Optional<String> articleId,
                                 List<PublishedArticleUrl> articleDetail, List<Integer> failIdx)
        implements CallbackEvent {

    public static final String EVENT = "PUBLISHJOBFINISH";

    public PublishJobFinished {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(publishId, "publishId");
        Objects.requireNonNull(articleId, "articleId");
        articleDetail = List.copyOf(articleDetail);
        failIdx = List.copyOf(failIdx);
    }

    public PublishState status() {
        return PublishState.of(statusCode);
    }

    /**
     * Empty: the push carries no MsgID, and a publish_id shares no number space with mass msg_ids, so it
     * must not be offered as one. Dedupe on {@link #dedupeKey()} (FromUserName + CreateTime).
     */
    @Override
    public OptionalLong dedupeMsgId() {
        return OptionalLong.empty();
    }
}

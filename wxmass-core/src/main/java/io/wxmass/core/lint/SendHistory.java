package io.wxmass.core.lint;

import java.util.Set;

/**
 * What the caller knows from earlier sends, for the checks no single request can make: the media_ids
 * already sent (a draft's is consumed by its first send) and the article_ids publishing returned.
 */
public record SendHistory(Set<String> sentMediaIds, Set<String> articleIds) {
    public static final SendHistory EMPTY = new SendHistory(Set.of(), Set.of());

    public SendHistory {
        sentMediaIds = Set.copyOf(sentMediaIds);
        articleIds = Set.copyOf(articleIds);
    }
}

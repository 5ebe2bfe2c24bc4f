package io.wxmass.core.publish;

import java.util.List;

/** One page of freepublish/batchget; {@code totalCount} counts every successful publish. */
public record PublishedPage(int totalCount, List<PublishedItem> items) {
    public PublishedPage {
        items = List.copyOf(items);
    }
}

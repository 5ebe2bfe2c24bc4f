package io.wxmass.core.callback.event;

import java.util.Objects;

/** One {@code ArticleUrlResult/ResultList/item}: the 1-based article index and its permanent URL. */
public record ArticleUrl(int articleIdx, String articleUrl) {
    public ArticleUrl {
        Objects.requireNonNull(articleUrl, "articleUrl");
    }
}

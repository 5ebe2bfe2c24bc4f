package io.wxmass.sandbox.delivery;

import java.util.Objects;

/** One article's originality-check result, the fields of CopyrightCheckResult/ResultList/item (docs/platform.md §4.2). */
public record CopyrightItem(int articleIdx, int userDeclareState, int auditState, String originalArticleUrl,
                            int originalArticleType, int canReprint, int needReplaceContent,
                            int needShowReprintSource) {
    public CopyrightItem {
        Objects.requireNonNull(originalArticleUrl, "originalArticleUrl");
        if (articleIdx < 1) {
            throw new IllegalArgumentException("articleIdx is 1-based");
        }
    }
}

package io.wxmass.core.draft;

import java.util.Optional;

/**
 * The {@code article_type} of a draft article (docs/platform.md §7.2). One vocabulary, two readers: the SDK reads
 * answers tolerantly ({@link #parse}), the sandbox reads requests as strictly as the platform ({@link #parseStrict}).
 */
public enum ArticleType {
    /** 图文: an HTML article with a cover thumb; the platform's default. */
    NEWS("news"),
    /** 图片消息: an image post of up to 20 images and plain text. */
    NEWSPIC("newspic");

    private final String wireName;

    ArticleType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /**
     * Reads an answer's wire name: absent or blank is {@link #NEWS}, the platform's default, and surrounding
     * whitespace is ignored. Unknown names are empty.
     */
    public static Optional<ArticleType> parse(String wireName) {
        return wireName == null || wireName.isBlank() ? Optional.of(NEWS) : exactly(wireName.strip());
    }

    /**
     * Reads a request's wire name as the platform does: absent or empty is {@link #NEWS}; anything else must be a
     * wire name exactly (no whitespace, no other case), else empty.
     */
    public static Optional<ArticleType> parseStrict(String wireName) {
        return wireName == null || wireName.isEmpty() ? Optional.of(NEWS) : exactly(wireName);
    }

    private static Optional<ArticleType> exactly(String wireName) {
        for (ArticleType type : values()) {
            if (type.wireName.equals(wireName)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}

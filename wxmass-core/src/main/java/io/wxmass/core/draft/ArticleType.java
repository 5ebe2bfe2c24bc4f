package io.wxmass.core.draft;

import java.util.Optional;

/** The {@code article_type} of a draft article (docs/platform.md §7.2). */
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

    /** Reads the wire name; absent or blank is {@link #NEWS}, the platform's default. Unknown names are empty. */
    public static Optional<ArticleType> parse(String wireName) {
        if (wireName == null || wireName.isBlank()) {
            return Optional.of(NEWS);
        }
        for (ArticleType type : values()) {
            if (type.wireName.equals(wireName.strip())) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}

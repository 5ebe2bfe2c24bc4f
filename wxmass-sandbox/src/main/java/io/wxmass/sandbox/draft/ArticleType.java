package io.wxmass.sandbox.draft;

import java.util.Optional;

/** {@code article_type} of a draft article (docs/platform.md §7.2): news (图文, the default) or newspic (图片消息). */
enum ArticleType {
    NEWS("news"),
    NEWSPIC("newspic");

    private final String wireName;

    ArticleType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** An absent or empty article_type is news. */
    public static Optional<ArticleType> of(String wire) {
        if (wire == null || wire.isEmpty()) {
            return Optional.of(NEWS);
        }
        for (ArticleType t : values()) {
            if (t.wireName.equals(wire)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}

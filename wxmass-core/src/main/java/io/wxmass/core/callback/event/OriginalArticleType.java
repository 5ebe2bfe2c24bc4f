package io.wxmass.core.callback.event;

import java.util.Optional;

/** The kind of the similar original article found, {@code OriginalArticleType} (docs/platform.md §4.2). */
public enum OriginalArticleType {
    ORIGINAL(1),
    HISTORICAL_NON_ORIGINAL(2),
    NEWS(3),
    BLACKLISTED(4);

    private final int code;

    OriginalArticleType(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static Optional<OriginalArticleType> of(int code) {
        for (OriginalArticleType type : values()) {
            if (type.code == code) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}

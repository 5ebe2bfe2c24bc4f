package io.wxmass.core.publish;

/**
 * {@code publish_status} of freepublish/get and of the PUBLISHJOBFINISH push (docs/platform.md §8.1).
 * A code outside 0–6 reads as {@link #UNKNOWN}; the raw number is kept beside it wherever it is read.
 */
public enum PublishState {
    SUCCESS(0),
    PUBLISHING(1),
    /** 原创失败: the original-content check failed; {@code fail_idx} names the articles. */
    ORIGINAL_CHECK_FAILED(2),
    /** 常规失败. */
    FAILED(3),
    /** 平台审核不通过: rejected by the platform's review; {@code fail_idx} names the articles. */
    REJECTED_BY_REVIEW(4),
    /** Published, then the account deleted all its articles. */
    DELETED_BY_USER(5),
    /** Published, then the platform banned all its articles. */
    BANNED_BY_SYSTEM(6),
    UNKNOWN(-1);

    private final int code;

    PublishState(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static PublishState of(int code) {
        for (PublishState state : values()) {
            if (state.code == code && state != UNKNOWN) {
                return state;
            }
        }
        return UNKNOWN;
    }

    /** Whether the task has ended (anything but {@link #PUBLISHING}). */
    public boolean finished() {
        return this != PUBLISHING;
    }
}

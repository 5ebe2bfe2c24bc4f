package io.wxmass.sandbox.publish;

/** {@code publish_status} of freepublish/get and PUBLISHJOBFINISH (docs/platform.md §8.1). */
public enum PublishStatus {
    SUCCESS(0),
    PUBLISHING(1),
    /** 原创失败: an article the originality check claims for someone else. */
    ORIGINALITY_FAILED(2),
    /** 常规失败. */
    FAILED(3),
    /** 平台审核不通过: an article the content review refuses. */
    REJECTED(4),
    /** Succeeded, then the account deleted every article. */
    DELETED_BY_USER(5),
    /** Succeeded, then the platform banned every article. */
    BANNED(6);

    private final int code;

    PublishStatus(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** fail_idx lists articles only for the per-article failures. */
    public boolean namesFailingArticles() {
        return this == ORIGINALITY_FAILED || this == REJECTED;
    }
}

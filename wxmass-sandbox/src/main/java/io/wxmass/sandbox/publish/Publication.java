package io.wxmass.sandbox.publish;

import io.wxmass.sandbox.delivery.ArticleUrls;
import io.wxmass.sandbox.delivery.CallbackTarget;
import io.wxmass.sandbox.draft.Draft;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * One freepublish task: PUBLISHING until {@link #dueAt()} on the sandbox clock, then the outcome decided
 * at submission. A success gets an article_id and a permanent URL per article; deleting articles later
 * marks them {@code is_deleted}, and deleting the last one turns the task DELETED_BY_USER.
 */
public final class Publication {
    private final long publishId;
    private final long msgDataId;
    private final String appId;
    private final Draft draft;
    private final Instant submittedAt;
    private final Instant dueAt;
    private final PublishStatus outcome;
    private final List<Integer> failIdx;
    private final CallbackTarget callback;
    private final String articleId;
    private final List<String> articleUrls;
    private final Set<Integer> deleted = new TreeSet<>();
    private PublishStatus status = PublishStatus.PUBLISHING;
    private Instant finishedAt;

    Publication(long publishId, long msgDataId, String appId, Draft draft, Instant submittedAt, Instant dueAt,
                PublishStatus outcome, List<Integer> failIdx, CallbackTarget callback) {
        this.publishId = publishId;
        this.msgDataId = msgDataId;
        this.appId = Objects.requireNonNull(appId, "appId");
        this.draft = Objects.requireNonNull(draft, "draft");
        this.submittedAt = Objects.requireNonNull(submittedAt, "submittedAt");
        this.dueAt = Objects.requireNonNull(dueAt, "dueAt");
        this.outcome = Objects.requireNonNull(outcome, "outcome");
        this.failIdx = List.copyOf(failIdx);
        this.callback = callback;
        this.articleId = outcome == PublishStatus.SUCCESS ? "sandbox_" + appId + "_" + publishId : null;
        List<String> urls = new ArrayList<>();
        for (int i = 1; outcome == PublishStatus.SUCCESS && i <= draft.articles().size(); i++) {
            urls.add(ArticleUrls.permanent(appId + ":publish:" + publishId + ":" + i));
        }
        this.articleUrls = List.copyOf(urls);
    }

    public long publishId() {
        return publishId;
    }

    public long msgDataId() {
        return msgDataId;
    }

    public String appId() {
        return appId;
    }

    /** The draft as it was submitted. */
    public Draft draft() {
        return draft;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Instant dueAt() {
        return dueAt;
    }

    /** Where PUBLISHJOBFINISH goes; null for no push. */
    public CallbackTarget callback() {
        return callback;
    }

    public synchronized PublishStatus status() {
        return status;
    }

    /** Null until the task has ended. */
    public synchronized Instant finishedAt() {
        return finishedAt;
    }

    /** Only once PUBLISHING has ended in success; null otherwise. */
    public synchronized String articleId() {
        return published() ? articleId : null;
    }

    /** The permanent URLs, once published; empty otherwise. */
    public synchronized List<String> articleUrls() {
        return published() ? articleUrls : List.of();
    }

    /** 1-based indexes of the failing articles, once the task has failed that way; empty otherwise. */
    public synchronized List<Integer> failIdx() {
        return status.namesFailingArticles() ? failIdx : List.of();
    }

    public synchronized boolean isDeleted(int idx) {
        return deleted.contains(idx) || status == PublishStatus.DELETED_BY_USER || status == PublishStatus.BANNED;
    }

    /** Success, later deleted or banned: the task has an article_id. */
    synchronized boolean published() {
        return status == PublishStatus.SUCCESS || status == PublishStatus.DELETED_BY_USER
                || status == PublishStatus.BANNED;
    }

    /** Ends PUBLISHING with the outcome decided at submission; false if it had ended already. */
    synchronized boolean finish(Instant now) {
        if (status != PublishStatus.PUBLISHING) {
            return false;
        }
        status = outcome;
        finishedAt = now;
        return true;
    }

    /** Ends PUBLISHING now as a general failure (status 3); false if it had ended already. */
    synchronized boolean failNow(Instant now) {
        if (status != PublishStatus.PUBLISHING) {
            return false;
        }
        status = PublishStatus.FAILED;
        finishedAt = now;
        return true;
    }

    /** Deletes article {@code idx} (1-based), or all with 0; the task turns DELETED_BY_USER with the last one. */
    synchronized void delete(int idx) {
        int count = draft.articles().size();
        if (idx == 0) {
            for (int i = 1; i <= count; i++) {
                deleted.add(i);
            }
        } else {
            deleted.add(idx);
        }
        if (deleted.size() >= count && status == PublishStatus.SUCCESS) {
            status = PublishStatus.DELETED_BY_USER;
        }
    }

    synchronized void ban() {
        if (status == PublishStatus.SUCCESS) {
            status = PublishStatus.BANNED;
        }
    }

    /** The event PUBLISHJOBFINISH carries for the ended task. */
    synchronized PublishFinishEvent event(String fromUserName, long createTime) {
        return new PublishFinishEvent(callback.originalId(), fromUserName, createTime, publishId, status,
                articleId, articleUrls(), failIdx());
    }
}

package io.wxmass.sandbox.delivery;

import java.time.Instant;
import java.time.YearMonth;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;

/**
 * One mass send being delivered: status, counts and, per recipient, whether and when it arrived.
 * Readers on any thread see a consistent snapshot; only the engine's delivery thread advances it.
 */
public final class MassJob {
    /** Positions handed to the follower counters per step; bounds the lock hold and shows progress. */
    private static final int STEP = 1 << 16;

    private final JobSpec spec;
    private final Instant createdAt;
    private final List<String> articleUrls;
    private final DeliveryLog log = new DeliveryLog();
    private JobStatus status = JobStatus.SENDING;
    private Instant finishedAt;
    private String pushStatus;

    MassJob(JobSpec spec, Instant createdAt) {
        this.spec = Objects.requireNonNull(spec, "spec");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.articleUrls = "mpnews".equals(spec.msgType()) && spec.verdict().delivers()
                ? ArticleUrls.of(spec.appId(), spec.msgId(), spec.articleCount())
                : List.of();
    }

    public long msgId() {
        return spec.msgId();
    }

    public String appId() {
        return spec.appId();
    }

    public String msgType() {
        return spec.msgType();
    }

    public boolean isToAll() {
        return spec.isToAll();
    }

    public int articleCount() {
        return spec.articleCount();
    }

    public Verdict verdict() {
        return spec.verdict();
    }

    /** The push target the job was sent with, or null. */
    public CallbackTarget callback() {
        return spec.callback();
    }

    public Instant createdAt() {
        return createdAt;
    }

    public synchronized JobStatus status() {
        return status;
    }

    /** Null while SENDING. */
    public synchronized Instant finishedAt() {
        return finishedAt;
    }

    /** TotalCount: the recipients of the send. */
    public int totalCount() {
        return spec.recipients().size();
    }

    /** FilterCount: recipients handled so far that were not filtered out (Sent + Error). */
    public synchronized int filterCount() {
        return spec.verdict().delivers() ? log.processed() - log.filteredCount() : 0;
    }

    public synchronized int sentCount() {
        return filterCount();
    }

    /** The sandbox has no failing recipients of its own; kept so FilterCount = SentCount + ErrorCount holds. */
    public int errorCount() {
        return 0;
    }

    /** Article URLs (1-based order) once an mpnews job has been sent successfully; else empty. */
    public synchronized List<String> articleUrls() {
        return status == JobStatus.SEND_SUCCESS || status == JobStatus.DELETE ? articleUrls : List.of();
    }

    /** Status as the push spells it: {@code send success}, {@code send fail} or {@code err(n)}; null while SENDING. */
    public synchronized String pushStatus() {
        return pushStatus;
    }

    /** The rules of docs/platform.md §1.8 are checked by the caller; this only flips the state. */
    public synchronized void markDeleted() {
        status = JobStatus.DELETE;
    }

    /** When the follower at {@code followerIndex} received this job, or null if it did not. */
    public Instant deliveredAt(int followerIndex) {
        int pos = spec.recipients().positionOf(followerIndex);
        if (pos < 0 || !spec.verdict().delivers()) {
            return null;
        }
        synchronized (this) {
            return log.deliveredAt(pos);
        }
    }

    JobSpec spec() {
        return spec;
    }

    synchronized boolean sending() {
        return status == JobStatus.SENDING;
    }

    synchronized int processed() {
        return log.processed();
    }

    /** Delivers positions up to {@code target}; called by the engine's delivery thread only. */
    void deliverUpTo(int target, YearMonth month, Instant now) {
        int from = processed();
        Recipients recipients = spec.recipients();
        while (from < target) {
            int end = Math.min(target, from + STEP);
            BitSet filteredHere = new BitSet();
            int filteredCount = 0;
            for (int pos = from; pos < end; pos++) {
                if (!spec.followers().tryReceive(recipients.followerIndex(pos), month)) {
                    filteredHere.set(pos - from);
                    filteredCount++;
                }
            }
            synchronized (this) {
                log.append(end, filteredHere, filteredCount, from, now);
            }
            from = end;
        }
    }

    /** Ends the job: SEND_FAIL with err(n) for a refusing verdict, else SEND_SUCCESS. */
    synchronized void finish(Instant now) {
        if (status != JobStatus.SENDING) {
            return;
        }
        finishedAt = now;
        Integer err = spec.verdict().errStatus();
        if (err != null) {
            status = JobStatus.SEND_FAIL;
            pushStatus = "err(" + err + ")";
        } else {
            status = JobStatus.SEND_SUCCESS;
            pushStatus = "send success";
        }
    }

    /** Ends the job as a platform-side failure ({@code send fail}), keeping what was delivered so far. */
    synchronized void fail(Instant now) {
        if (status == JobStatus.SENDING) {
            finishedAt = now;
            status = JobStatus.SEND_FAIL;
            pushStatus = "send fail";
        }
    }

    @Override
    public String toString() {
        return "MassJob[msgId=" + msgId() + ", appId=" + appId() + ", status=" + status() + ", total="
                + totalCount() + ", sent=" + sentCount() + "]";
    }
}

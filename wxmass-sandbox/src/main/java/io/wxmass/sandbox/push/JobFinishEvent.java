package io.wxmass.sandbox.push;

import io.wxmass.sandbox.delivery.CopyrightItem;
import io.wxmass.sandbox.delivery.MassJob;
import java.util.List;
import java.util.Objects;

/**
 * The content of one MASSSENDJOBFINISH push (docs/platform.md §4.2), independent of how it is sealed.
 *
 * @param articleUrls ArticleUrlResult items in article order; empty = no ArticleUrlResult element
 */
record JobFinishEvent(String toUserName, String fromUserName, long createTime, long msgId, String status,
                             int totalCount, int filterCount, int sentCount, int errorCount, int checkState,
                             List<CopyrightItem> copyrightItems, List<String> articleUrls) implements PushEvent {
    public JobFinishEvent {
        Objects.requireNonNull(toUserName, "toUserName");
        Objects.requireNonNull(fromUserName, "fromUserName");
        Objects.requireNonNull(status, "status");
        copyrightItems = List.copyOf(Objects.requireNonNull(copyrightItems, "copyrightItems"));
        articleUrls = List.copyOf(Objects.requireNonNull(articleUrls, "articleUrls"));
    }

    /** The event for a finished job, pushed as {@code fromUserName} (an openid of the account, docs/platform.md D9). */
    public static JobFinishEvent of(MassJob job, String toUserName, String fromUserName, long createTime) {
        Objects.requireNonNull(job, "job");
        String status = job.pushStatus();
        if (status == null) {
            throw new IllegalStateException("job " + job.msgId() + " has not finished");
        }
        return new JobFinishEvent(toUserName, fromUserName, createTime, job.msgId(), status, job.totalCount(),
                job.filterCount(), job.sentCount(), job.errorCount(), job.verdict().checkState(),
                job.verdict().copyrightItems(), job.articleUrls());
    }

    @Override
    public String xml() {
        return JobFinishXml.write(this);
    }

    @Override
    public String xmlWithEncrypt(String encrypt) {
        return JobFinishXml.writeWithEncrypt(this, encrypt);
    }
}

package io.wxmass.sandbox.rules;

import io.wxmass.sandbox.delivery.JobStatus;
import io.wxmass.sandbox.delivery.MassJob;
import io.wxmass.sandbox.platform.PlatformError;

/**
 * Spec 1.8 / docs/platform.md D10: only API-sent (every sandbox job is), successfully sent mpnews and mpvideo can be
 * deleted. 40059 unknown message, 40008 another type, 40065 not SEND_SUCCESS, 40060 article_idx beyond the
 * article count (0 or absent = all articles).
 */
public final class DeletionRule {
    private DeletionRule() {
    }

    /** @param job null when msg_id / url matched nothing */
    public static void check(MassJob job, int articleIdx) {
        if (job == null) {
            throw PlatformError.of(40059, "invalid msg id");
        }
        if (!job.msgType().equals("mpnews") && !job.msgType().equals("mpvideo")) {
            throw PlatformError.of(40008, "invalid message type");
        }
        if (job.status() != JobStatus.SEND_SUCCESS) {
            throw PlatformError.of(40065, "invalid msg status");
        }
        int articles = job.msgType().equals("mpnews") ? job.articleCount() : 1;
        if (articleIdx < 0 || articleIdx > articles) {
            throw PlatformError.of(40060, "invalid article idx");
        }
    }
}

package io.wxmass.campaign.store;

import io.wxmass.campaign.BatchKey;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/**
 * Picks the next claimable batch inside the caller's transaction. PostgreSQL locks the row with
 * {@code FOR UPDATE SKIP LOCKED}, so concurrent workers pick different batches without waiting.
 * SQLite has one writer at a time: the transaction is IMMEDIATE (see {@link Database}), so select
 * and update run under the write lock and no two workers can pick the same row.
 */
final class LeaseClaimer {
    private static final String CANDIDATES = "SELECT b.campaign_id, b.batch_no FROM campaign_batch b "
            + "JOIN campaign c ON c.id = b.campaign_id "
            + "WHERE b.state IN " + BatchStore.PENDING + " AND b.next_attempt_at <= :now "
            + "AND (b.lease_until IS NULL OR b.lease_until <= :now) "
            + "AND c.state = 'PLANNED' AND (c.scheduled_at IS NULL OR c.scheduled_at <= :now) AND b.app_id = :app ";

    private final String oneCampaign;
    private final String anyCampaign;
    private final String appId;

    LeaseClaimer(Dialect dialect, String appId) {
        String tail = "ORDER BY b.campaign_id, b.batch_no LIMIT 1" + (dialect == Dialect.POSTGRES ? " FOR UPDATE OF b SKIP LOCKED" : "");
        this.oneCampaign = CANDIDATES + "AND b.campaign_id = :campaign " + tail;
        this.anyCampaign = CANDIDATES + tail;
        this.appId = appId;
    }

    /** @param campaignId one campaign, or null for any */
    Optional<BatchKey> next(Handle h, String campaignId, Instant now) {
        Query query = h.createQuery(campaignId == null ? anyCampaign : oneCampaign)
                .bind("now", now.toEpochMilli()).bind("app", appId);
        if (campaignId != null) {
            query.bind("campaign", campaignId);
        }
        return query.map((rs, ctx) -> new BatchKey(rs.getString(1), rs.getInt(2)))
                .findOne();
    }
}

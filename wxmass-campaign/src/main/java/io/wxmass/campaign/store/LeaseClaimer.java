package io.wxmass.campaign.store;

import io.wxmass.campaign.BatchKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/**
 * Picks the next claimable batch inside the caller's transaction. PostgreSQL locks the row with
 * {@code FOR UPDATE SKIP LOCKED}, so concurrent workers pick different batches without waiting.
 * SQLite has one writer at a time: the transaction is IMMEDIATE (see {@link Database}), so select
 * and update run under the write lock and no two workers can pick the same row.
 */
final class LeaseClaimer {
    private static final String CANDIDATES = "SELECT b.campaign_id, b.batch_no FROM campaign_batch b "
            + "JOIN campaign c ON c.id = b.campaign_id "
            + "WHERE b.state IN " + BatchStore.PENDING + " AND b.next_attempt_at <= ? "
            + "AND (b.lease_until IS NULL OR b.lease_until <= ?) "
            + "AND c.state = 'PLANNED' AND (c.scheduled_at IS NULL OR c.scheduled_at <= ?) AND b.app_id = ? ";

    private final Dialect dialect;
    private final String appId;

    LeaseClaimer(Dialect dialect, String appId) {
        this.dialect = dialect;
        this.appId = appId;
    }

    Optional<BatchKey> next(Connection connection, String campaignId, Instant now) throws SQLException {
        String sql = CANDIDATES + (campaignId == null ? "" : "AND b.campaign_id = ? ")
                + "ORDER BY b.campaign_id, b.batch_no LIMIT 1"
                + (dialect == Dialect.POSTGRES ? " FOR UPDATE OF b SKIP LOCKED" : "");
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            long millis = now.toEpochMilli();
            ps.setLong(1, millis);
            ps.setLong(2, millis);
            ps.setLong(3, millis);
            ps.setString(4, appId);
            if (campaignId != null) {
                ps.setString(5, campaignId);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new BatchKey(rs.getString(1), rs.getInt(2))) : Optional.empty();
            }
        }
    }
}

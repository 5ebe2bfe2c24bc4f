package io.wxmass.campaign.store;

import io.wxmass.campaign.AudienceKind;
import io.wxmass.campaign.Batch;
import io.wxmass.campaign.BatchKey;
import io.wxmass.campaign.BatchState;
import io.wxmass.campaign.JobCounts;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;

/** Reads a {@code campaign_batch} row; every column but the openid list. */
final class BatchRows {
    static final String COLUMNS = "campaign_id, batch_no, client_msg_id, kind, tag_id, recipient_count, state, attempts, "
            + "first_attempt_at, lease_owner, lease_until, msg_id, submitted_at, settled_at, settled_by, status_text, "
            + "error_code, error_message, total_count, filter_count, sent_count, error_count, check_state, article_urls, "
            + "next_attempt_at, uncertain_since, deferred_for, attempt_open";

    /** The row mapper every batch query uses. */
    static final RowMapper<Batch> MAPPER = (rs, ctx) -> read(rs);

    private BatchRows() {
    }

    static Batch read(ResultSet rs) throws SQLException {
        long total = rs.getLong("total_count");
        Optional<JobCounts> counts = rs.wasNull() ? Optional.empty()
                : Optional.of(new JobCounts(total, rs.getLong("filter_count"), rs.getLong("sent_count"),
                        rs.getLong("error_count")));
        return new Batch(new BatchKey(rs.getString("campaign_id"), rs.getInt("batch_no")), rs.getString("client_msg_id"),
                AudienceKind.valueOf(rs.getString("kind")), Sql.optionalLong(rs, "tag_id"), rs.getInt("recipient_count"),
                BatchState.valueOf(rs.getString("state")), rs.getInt("attempts"), Sql.instant(rs, "first_attempt_at"),
                Sql.string(rs, "lease_owner"), Sql.instant(rs, "lease_until"), Sql.optionalLong(rs, "msg_id"),
                Sql.instant(rs, "submitted_at"), Sql.instant(rs, "settled_at"), Sql.string(rs, "settled_by"),
                Sql.string(rs, "status_text"), Sql.optionalInt(rs, "error_code"), Sql.string(rs, "error_message"),
                counts, Sql.optionalInt(rs, "check_state"), Sql.lines(rs.getString("article_urls")),
                Instant.ofEpochMilli(rs.getLong("next_attempt_at")), Sql.instant(rs, "uncertain_since"),
                Sql.string(rs, "deferred_for"), rs.getInt("attempt_open") == 1);
    }
}

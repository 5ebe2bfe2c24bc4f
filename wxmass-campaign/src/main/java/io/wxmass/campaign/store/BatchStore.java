package io.wxmass.campaign.store;

import io.wxmass.campaign.Batch;
import io.wxmass.campaign.BatchKey;
import io.wxmass.campaign.BatchState;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Batches and their state machine. Every transition is one guarded UPDATE, so a worker that lost
 * its lease (or a batch that moved on) changes nothing: the guard's row count tells the caller.
 */
public final class BatchStore {
    private final Database database;
    private final String appId;
    private final LeaseClaimer claimer;

    /** The batches of the account {@code appId}: claims and polls never reach another account's batches. */
    public BatchStore(Database database, String appId) {
        this.database = Objects.requireNonNull(database, "database");
        this.appId = AppIds.require(appId);
        this.claimer = new LeaseClaimer(database.dialect(), appId);
    }

    public List<Batch> batches(String campaignId) {
        return query("SELECT " + BatchRows.COLUMNS + " FROM campaign_batch WHERE campaign_id = ? AND app_id = ? "
                + "ORDER BY batch_no", campaignId, appId);
    }

    public Optional<Batch> batch(BatchKey key) {
        return database.read(c -> find(c, key));
    }

    /** The frozen openids of an openid batch, in planned order. */
    public List<String> openIds(BatchKey key) {
        return database.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT openids FROM campaign_batch WHERE campaign_id = ? AND batch_no = ?")) {
                bindKey(ps, 1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Sql.lines(rs.getString(1)) : List.<String>of();
                }
            }
        });
    }

    /**
     * Claims the next batch to attempt with a lease until {@code now + lease}: a planned batch, or
     * one left in SENDING whose lease ran out (its worker died or gave up). Empty when none is due.
     *
     * @param campaignId one campaign, or null for any campaign
     */
    public Optional<Batch> claim(String campaignId, String owner, Instant now, Duration lease) {
        Objects.requireNonNull(owner, "owner");
        return database.inTransaction(c -> {
            Optional<BatchKey> key = claimer.next(c, campaignId, now);
            if (key.isEmpty()) {
                return Optional.<Batch>empty();
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE campaign_batch SET lease_owner = ?, lease_until = ? "
                    + "WHERE campaign_id = ? AND batch_no = ?")) {
                ps.setString(1, owner);
                ps.setLong(2, now.plus(lease).toEpochMilli());
                bindKey(ps, 3, key.get());
                ps.executeUpdate();
            }
            return find(c, key.get());
        });
    }

    /** Commits the attempt before the HTTP call: from here on the batch may have been sent. */
    public boolean markSending(BatchKey key, String owner, Instant now) {
        return update("UPDATE campaign_batch SET state = 'SENDING', attempts = attempts + 1, "
                + "first_attempt_at = COALESCE(first_attempt_at, ?) WHERE campaign_id = ? AND batch_no = ? "
                + "AND lease_owner = ? AND state IN ('PLANNED', 'SENDING')", now.toEpochMilli(), key, owner);
    }

    /**
     * Records the job the platform accepted (or already had, 45065). Not fenced by the lease: the
     * msg_id is the truth whichever worker learnt it. Applies an event that arrived before.
     */
    public boolean markSubmitted(BatchKey key, long msgId, Long msgDataId, Instant now) {
        return database.inTransaction(c -> {
            int rows;
            try (PreparedStatement ps = c.prepareStatement("UPDATE campaign_batch SET state = 'SUBMITTED', msg_id = ?, "
                    + "msg_data_id = ?, submitted_at = ?, lease_owner = NULL, lease_until = NULL, error_code = NULL, "
                    + "error_message = NULL WHERE campaign_id = ? AND batch_no = ? AND state = 'SENDING'")) {
                ps.setLong(1, msgId);
                Sql.setLong(ps, 2, msgDataId);
                ps.setLong(3, now.toEpochMilli());
                bindKey(ps, 4, key);
                rows = ps.executeUpdate();
            }
            if (rows == 1) {
                EventStore.applyStored(c, appId, msgId, now);
            }
            return rows == 1;
        });
    }

    /** The send was refused for good: by the platform (its errcode) or before any request (errcode null). */
    public boolean markFailed(BatchKey key, String owner, Integer errcode, String reason, Instant now) {
        return database.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE campaign_batch SET state = 'FAILED', settled_at = ?, "
                    + "settled_by = 'send', error_code = ?, error_message = ?, lease_owner = NULL, lease_until = NULL "
                    + "WHERE campaign_id = ? AND batch_no = ? AND lease_owner = ? AND state = 'SENDING'")) {
                ps.setLong(1, now.toEpochMilli());
                Sql.setInt(ps, 2, errcode);
                ps.setString(3, reason);
                bindKey(ps, 4, key);
                ps.setString(6, owner);
                return ps.executeUpdate() == 1;
            }
        });
    }

    /** Gives the lease back after an unknown outcome; the batch stays SENDING and is due again at {@code nextAttempt}. */
    public boolean retryLater(BatchKey key, String owner, Instant nextAttempt, String reason) {
        return update("UPDATE campaign_batch SET next_attempt_at = ?, error_message = ?, lease_owner = NULL, "
                + "lease_until = NULL WHERE campaign_id = ? AND batch_no = ? AND lease_owner = ?",
                nextAttempt.toEpochMilli(), reason, key, owner);
    }

    /** Outcome unknown past the 24 h window: never re-sent blindly, a person decides. */
    public boolean park(BatchKey key, String owner, String reason, Instant now) {
        return update("UPDATE campaign_batch SET state = 'PARKED', settled_at = ?, settled_by = ?, lease_owner = NULL, "
                + "lease_until = NULL WHERE campaign_id = ? AND batch_no = ? AND lease_owner = ? AND state = 'SENDING'",
                now.toEpochMilli(), reason, key, owner);
    }

    /** Cancels every batch of the campaign that was never attempted; returns how many. */
    public int cancelPlanned(String campaignId, Instant now) {
        return database.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE campaign_batch SET state = 'CANCELLED', settled_at = ?, "
                    + "settled_by = 'retract' WHERE campaign_id = ? AND state = 'PLANNED'")) {
                ps.setLong(1, now.toEpochMilli());
                ps.setString(2, campaignId);
                return ps.executeUpdate();
            }
        });
    }

    /**
     * Records the draft a batch of a campaign from articles will send, before the send; fenced by the
     * lease. False when another worker holds the batch now (the caller deletes the draft it made).
     */
    public boolean recordDraft(BatchKey key, String owner, String mediaId) {
        return update("UPDATE campaign_batch SET draft_media_id = ? WHERE campaign_id = ? AND batch_no = ? "
                + "AND lease_owner = ? AND draft_media_id IS NULL", mediaId, key, owner);
    }

    /** True when the batch is the sendall of a temporary tag not yet filled (docs/platform.md D19). */
    public boolean temporaryTagPending(BatchKey key) {
        return database.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM campaign_temp_tag WHERE campaign_id = ? "
                    + "AND batch_no = ? AND state NOT IN ('TAGGED', 'DELETED')")) {
                bindKey(ps, 1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    /** The draft recorded for the batch, if any. */
    public Optional<String> draftMediaId(BatchKey key) {
        return database.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT draft_media_id FROM campaign_batch WHERE campaign_id = ? AND batch_no = ?")) {
                bindKey(ps, 1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    /**
     * Drafts no send used: recorded on batches refused (never sent) or cancelled, not yet deleted.
     * A batch refused after an attempt whose outcome was unknown is not one of them: its send may have
     * used the draft, and the platform removes used drafts itself.
     */
    public List<BatchKey> unsentDrafts(String campaignId) {
        return database.read(c -> {
            List<BatchKey> result = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT batch_no FROM campaign_batch WHERE campaign_id = ? "
                    + "AND draft_media_id IS NOT NULL AND draft_deleted = 0 AND (state = 'CANCELLED' "
                    + "OR (state = 'FAILED' AND msg_id IS NULL AND settled_by = 'send' AND attempts <= 1))")) {
                ps.setString(1, campaignId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        result.add(new BatchKey(campaignId, rs.getInt(1)));
                    }
                }
            }
            return result;
        });
    }

    public void markDraftDeleted(BatchKey key) {
        update("UPDATE campaign_batch SET draft_deleted = 1 WHERE campaign_id = ? AND batch_no = ?", key);
    }

    /** Submitted batches still waiting for their outcome since {@code submittedBefore} or earlier. */
    public List<Batch> awaitingOutcomeSince(Instant submittedBefore) {
        return query("SELECT " + BatchRows.COLUMNS + " FROM campaign_batch WHERE state = 'SUBMITTED' AND submitted_at <= "
                + submittedBefore.toEpochMilli() + " AND app_id = ? ORDER BY campaign_id, batch_no", appId);
    }

    /** Settles a submitted batch from mass/get when no event came; its counts stay unknown. */
    public boolean settleByPoll(BatchKey key, BatchState state, String rawStatus, Instant now) {
        if (state != BatchState.FINISHED && state != BatchState.FAILED) {
            throw new IllegalArgumentException("a poll settles to FINISHED or FAILED, not " + state);
        }
        return update("UPDATE campaign_batch SET state = '" + state.name() + "', settled_at = ?, settled_by = 'poll', "
                + "status_text = ? WHERE campaign_id = ? AND batch_no = ? AND state = 'SUBMITTED'",
                now.toEpochMilli(), rawStatus, key);
    }

    /** The earliest instant at which a planned or sending batch of the campaign may be claimed. */
    public Optional<Instant> nextDue(String campaignId) {
        return database.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT MIN(CASE WHEN lease_until IS NOT NULL "
                    + "AND lease_until > next_attempt_at THEN lease_until ELSE next_attempt_at END) FROM campaign_batch "
                    + "WHERE campaign_id = ? AND state IN ('PLANNED', 'SENDING')")) {
                ps.setString(1, campaignId);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    long value = rs.getLong(1);
                    return rs.wasNull() ? Optional.<Instant>empty() : Optional.of(Instant.ofEpochMilli(value));
                }
            }
        });
    }

    private Optional<Batch> find(Connection c, BatchKey key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + BatchRows.COLUMNS
                + " FROM campaign_batch WHERE campaign_id = ? AND batch_no = ?")) {
            bindKey(ps, 1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(BatchRows.read(rs)) : Optional.empty();
            }
        }
    }

    private List<Batch> query(String sql, String... params) {
        return database.read(c -> {
            List<Batch> result = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < params.length; i++) {
                    ps.setString(i + 1, params[i]);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        result.add(BatchRows.read(rs));
                    }
                }
            }
            return result;
        });
    }

    /** One guarded UPDATE; a {@link BatchKey} parameter binds as its two columns, a null as a NULL string. */
    private boolean update(String sql, Object... params) {
        return database.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int i = 1;
                for (Object param : params) {
                    if (param instanceof BatchKey key) {
                        bindKey(ps, i, key);
                        i += 2;
                    } else if (param == null) {
                        ps.setNull(i++, Types.VARCHAR);
                    } else {
                        ps.setObject(i++, param);
                    }
                }
                return ps.executeUpdate() == 1;
            }
        });
    }

    private static void bindKey(PreparedStatement ps, int index, BatchKey key) throws SQLException {
        ps.setString(index, key.campaignId());
        ps.setInt(index + 1, key.batchNo());
    }
}

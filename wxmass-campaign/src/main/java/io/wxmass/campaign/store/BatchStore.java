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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Batches and their state machine. Every transition is one guarded UPDATE, so a worker that lost
 * its lease (or a batch that moved on) changes nothing: the guard's row count tells the caller.
 */
public final class BatchStore {
    /** States a worker still attempts (BatchState.isPending), as SQL. */
    static final String PENDING = "('PLANNED', 'SENDING', 'DEFERRED', 'AWAITING_ADMIN')";
    /** States a msg_id learnt late may still settle: pending ones and those that may have gone out. */
    private static final String MAY_LEARN_MSG_ID = "('PLANNED', 'SENDING', 'DEFERRED', 'AWAITING_ADMIN', 'UNKNOWN', 'PARKED')";

    private final Database database;
    private final String appId;
    private final LeaseClaimer claimer;
    /** The account lease's token this store's claims and attempts are fenced by; null: not fenced. */
    private final Long fence;

    /** The batches of the account {@code appId}: claims and polls never reach another account's batches. */
    public BatchStore(Database database, String appId) {
        this(database, appId, null);
    }

    private BatchStore(Database database, String appId, Long fence) {
        this.database = Objects.requireNonNull(database, "database");
        this.appId = AppIds.require(appId);
        this.claimer = new LeaseClaimer(database.dialect(), appId);
        this.fence = fence;
    }

    /**
     * The same batches, with every claim and attempt fenced by the {@link AccountLease} token {@code fence}: once
     * another sender took the account's lease, they change nothing (and so nothing is sent).
     */
    public BatchStore fenced(long fence) {
        return new BatchStore(database, appId, fence);
    }

    private String fenceGuard() {
        return fence == null ? "" : " AND " + AccountLease.heldUnder(database.dialect());
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
            try (PreparedStatement ps = c.prepareStatement("UPDATE campaign_batch SET lease_owner = ?, lease_until = ?, "
                    + "fence = ? WHERE campaign_id = ? AND batch_no = ?" + fenceGuard())) {
                ps.setString(1, owner);
                ps.setLong(2, now.plus(lease).toEpochMilli());
                Sql.setLong(ps, 3, fence);
                bindKey(ps, 4, key.get());
                if (fence != null) {
                    ps.setString(6, appId);
                    ps.setLong(7, fence);
                }
                if (ps.executeUpdate() != 1) {
                    return Optional.<Batch>empty();
                }
            }
            return find(c, key.get());
        });
    }

    /**
     * Commits the attempt before the HTTP call: from here on the batch may have been sent. An attempt still open
     * from before (its worker died or lost the lease without recording an answer) makes the batch uncertain.
     */
    public boolean markSending(BatchKey key, String owner, Instant now) {
        String sql = "UPDATE campaign_batch SET state = 'SENDING', attempts = attempts + 1, "
                + "first_attempt_at = COALESCE(first_attempt_at, ?), "
                + "uncertain_since = CASE WHEN attempt_open = 1 THEN COALESCE(uncertain_since, ?) ELSE uncertain_since END, "
                + "attempt_open = 1, deferred_for = NULL WHERE campaign_id = ? AND batch_no = ? "
                + "AND lease_owner = ? AND state IN " + PENDING + fenceGuard();
        return fence == null ? update(sql, now.toEpochMilli(), now.toEpochMilli(), key, owner)
                : update(sql, now.toEpochMilli(), now.toEpochMilli(), key, owner, appId, fence);
    }

    /**
     * Records the job the platform accepted (or already had, 45065). Not fenced by the lease: the
     * msg_id is the truth whichever worker learnt it, also for a batch already UNKNOWN or PARKED (a slow
     * worker's answer arriving after a takeover). Applies an event that arrived before.
     */
    public boolean markSubmitted(BatchKey key, long msgId, Long msgDataId, Instant now) {
        return database.inTransaction(c -> {
            int rows;
            try (PreparedStatement ps = c.prepareStatement("UPDATE campaign_batch SET state = 'SUBMITTED', msg_id = ?, "
                    + "msg_data_id = ?, submitted_at = ?, lease_owner = NULL, lease_until = NULL, error_code = NULL, "
                    + "error_message = NULL, attempt_open = 0, deferred_for = NULL, settled_at = NULL, settled_by = NULL "
                    + "WHERE campaign_id = ? AND batch_no = ? AND state IN " + MAY_LEARN_MSG_ID)) {
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

    /**
     * The send was refused for good and certainly not sent: by the platform (its errcode) or before any request
     * (errcode null). Guarded by {@code uncertain_since IS NULL}: a batch that may have gone out never becomes
     * FAILED, whatever the caller thinks; false then, and the caller records it as {@link #markUnknown UNKNOWN}.
     */
    public boolean markFailed(BatchKey key, String owner, Integer errcode, String reason, Instant now) {
        return settleAfterSend(key, owner, "FAILED", errcode, reason, now, "AND uncertain_since IS NULL ");
    }

    /** May have gone out and the answer cannot tell: settled as UNKNOWN until an event, mass/get or an operator. */
    public boolean markUnknown(BatchKey key, String owner, Integer errcode, String reason, Instant now) {
        return settleAfterSend(key, owner, "UNKNOWN", errcode, reason, now, "");
    }

    private boolean settleAfterSend(BatchKey key, String owner, String state, Integer errcode, String reason, Instant now,
                                    String guard) {
        return database.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE campaign_batch SET state = '" + state + "', settled_at = ?, "
                    + "settled_by = 'send', error_code = ?, error_message = ?, lease_owner = NULL, lease_until = NULL, "
                    + "attempt_open = 0, uncertain_since = " + ("UNKNOWN".equals(state) ? "COALESCE(uncertain_since, ?)" : "?")
                    + " WHERE campaign_id = ? AND batch_no = ? AND lease_owner = ? AND state = 'SENDING' " + guard)) {
                ps.setLong(1, now.toEpochMilli());
                Sql.setInt(ps, 2, errcode);
                ps.setString(3, reason);
                Sql.setLong(ps, 4, "UNKNOWN".equals(state) ? Long.valueOf(now.toEpochMilli()) : null);
                bindKey(ps, 5, key);
                ps.setString(7, owner);
                return ps.executeUpdate() == 1;
            }
        });
    }

    /**
     * The answer was lost (timeout, cut, unreadable): the batch may have gone out. It stays SENDING, now uncertain
     * for good, and is re-posted with its clientmsgid at {@code nextAttempt} (the platform answers 45065 if it has it).
     */
    public boolean markUncertain(BatchKey key, String owner, Instant nextAttempt, String reason, Instant now) {
        return update("UPDATE campaign_batch SET next_attempt_at = ?, error_message = ?, lease_owner = NULL, "
                + "lease_until = NULL, attempt_open = 0, uncertain_since = COALESCE(uncertain_since, ?) "
                + "WHERE campaign_id = ? AND batch_no = ? AND lease_owner = ? AND state = 'SENDING'",
                nextAttempt.toEpochMilli(), reason, now.toEpochMilli(), key, owner);
    }

    /**
     * Notes that the batch may have gone out (an answer that says an earlier post reached the platform). Sticky and
     * not fenced: it only ever makes the store more careful.
     */
    public void markMaybeSent(BatchKey key, Instant now) {
        update("UPDATE campaign_batch SET uncertain_since = COALESCE(uncertain_since, ?) WHERE campaign_id = ? "
                + "AND batch_no = ?", now.toEpochMilli(), key);
    }

    /**
     * Waits for the next quota window: DAY (sendall+send calls of the platform day) or MONTH (the history
     * quota). Never failed; claimable again from {@code notBefore}, or earlier once quota/get shows quota again
     * ({@link #wakeDeferred}). Works before an attempt (the gate) and after a refusal alike.
     */
    public boolean defer(BatchKey key, String owner, Instant notBefore, String window, Integer errcode, String reason) {
        return update("UPDATE campaign_batch SET state = 'DEFERRED', next_attempt_at = ?, deferred_for = ?, "
                + "error_code = ?, error_message = ?, lease_owner = NULL, lease_until = NULL, attempt_open = 0 "
                + "WHERE campaign_id = ? AND batch_no = ? AND lease_owner = ? AND state IN " + PENDING,
                notBefore.toEpochMilli(), window, errcode, reason, key, owner);
    }

    /** The account's mass-send protection holds the send: asked again at {@code nextAttempt}. */
    public boolean awaitAdmin(BatchKey key, String owner, Instant nextAttempt, Integer errcode, String reason) {
        return update("UPDATE campaign_batch SET state = 'AWAITING_ADMIN', next_attempt_at = ?, error_code = ?, "
                + "error_message = ?, lease_owner = NULL, lease_until = NULL, attempt_open = 0 "
                + "WHERE campaign_id = ? AND batch_no = ? AND lease_owner = ? AND state IN " + PENDING,
                nextAttempt.toEpochMilli(), errcode, reason, key, owner);
    }

    /** Whether any batch (of one campaign, or of any when null) is DEFERRED for {@code window}. */
    public boolean hasDeferred(String campaignId, String window) {
        return database.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM campaign_batch WHERE state = 'DEFERRED' "
                    + "AND deferred_for = ? AND app_id = ?" + (campaignId == null ? "" : " AND campaign_id = ?") + " LIMIT 1")) {
                ps.setString(1, window);
                ps.setString(2, appId);
                if (campaignId != null) {
                    ps.setString(3, campaignId);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    /**
     * Makes DEFERRED batches waiting for {@code window} claimable now: quota/get says the window has quota again
     * (the platform's day may turn on its clock before ours). Returns how many.
     *
     * @param campaignId one campaign, or null for any
     */
    public int wakeDeferred(String campaignId, String window, Instant now) {
        return database.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE campaign_batch SET next_attempt_at = ? WHERE "
                    + "state = 'DEFERRED' AND deferred_for = ? AND next_attempt_at > ? AND app_id = ?"
                    + (campaignId == null ? "" : " AND campaign_id = ?"))) {
                ps.setLong(1, now.toEpochMilli());
                ps.setString(2, window);
                ps.setLong(3, now.toEpochMilli());
                ps.setString(4, appId);
                if (campaignId != null) {
                    ps.setString(5, campaignId);
                }
                return ps.executeUpdate();
            }
        });
    }

    /**
     * Gives the lease back after an answer that certainly did not send (-1, the minute's quota, 45066); the batch
     * stays SENDING, its uncertainty unchanged, and is due again at {@code nextAttempt}.
     */
    public boolean retryLater(BatchKey key, String owner, Instant nextAttempt, String reason) {
        return update("UPDATE campaign_batch SET next_attempt_at = ?, error_message = ?, lease_owner = NULL, "
                + "lease_until = NULL, attempt_open = 0 WHERE campaign_id = ? AND batch_no = ? AND lease_owner = ?",
                nextAttempt.toEpochMilli(), reason, key, owner);
    }

    /** Outcome unknown past the 24 h window: never re-sent blindly, a person decides. */
    public boolean park(BatchKey key, String owner, String reason, Instant now) {
        return update("UPDATE campaign_batch SET state = 'PARKED', settled_at = ?, settled_by = ?, lease_owner = NULL, "
                + "lease_until = NULL, attempt_open = 0 WHERE campaign_id = ? AND batch_no = ? AND lease_owner = ? "
                + "AND state IN " + PENDING,
                now.toEpochMilli(), reason, key, owner);
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
     * A batch that may have gone out is never FAILED (UNKNOWN or PARKED instead, {@code uncertain_since}
     * set) and is not one of them: its send may have used the draft, and the platform removes used drafts itself.
     */
    public List<BatchKey> unsentDrafts(String campaignId) {
        return database.read(c -> {
            List<BatchKey> result = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT batch_no FROM campaign_batch WHERE campaign_id = ? "
                    + "AND draft_media_id IS NOT NULL AND draft_deleted = 0 AND (state = 'CANCELLED' "
                    + "OR (state = 'FAILED' AND msg_id IS NULL AND settled_by = 'send' AND uncertain_since IS NULL))")) {
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

    /** How many batches of the campaign a worker will still attempt (planned, sending, deferred, held for an admin). */
    public int countPending(String campaignId) {
        return database.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM campaign_batch WHERE campaign_id = ? "
                    + "AND app_id = ? AND state IN " + PENDING)) {
                ps.setString(1, campaignId);
                ps.setString(2, appId);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
    }

    /**
     * How many mass messages each openid got from this store's other campaigns since {@code since} (openid
     * batches accepted by the platform; tag and all-follower sends name no openids and are not counted).
     */
    public Map<String, Integer> receivedSince(Instant since, String excludeCampaignId) {
        return database.read(c -> {
            Map<String, Integer> counts = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT openids FROM campaign_batch WHERE app_id = ? "
                    + "AND kind = 'OPENIDS' AND state IN ('SUBMITTED', 'FINISHED') AND submitted_at >= ? "
                    + "AND campaign_id <> ?")) {
                ps.setString(1, appId);
                ps.setLong(2, since.toEpochMilli());
                ps.setString(3, excludeCampaignId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        for (String openId : Sql.lines(rs.getString(1))) {
                            counts.merge(openId, 1, Integer::sum);
                        }
                    }
                }
            }
            return counts;
        });
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

    /**
     * The earliest instant at which a batch of the campaign may be claimed within this run: planned, sending or
     * awaiting an administrator. DEFERRED batches wait for a later quota window and are not counted.
     */
    public Optional<Instant> nextDue(String campaignId) {
        return database.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT MIN(CASE WHEN lease_until IS NOT NULL "
                    + "AND lease_until > next_attempt_at THEN lease_until ELSE next_attempt_at END) FROM campaign_batch "
                    + "WHERE campaign_id = ? AND state IN ('PLANNED', 'SENDING', 'AWAITING_ADMIN')")) {
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
                        ps.setNull(i++, Types.NULL); // untyped, so PostgreSQL takes it for an integer column too
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

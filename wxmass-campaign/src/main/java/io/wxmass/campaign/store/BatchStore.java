package io.wxmass.campaign.store;

import io.wxmass.campaign.Batch;
import io.wxmass.campaign.BatchKey;
import io.wxmass.campaign.BatchState;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jdbi.v3.core.statement.Update;

/**
 * Batches and their state machine. Every transition is one guarded UPDATE, so a worker that lost
 * its lease (or a batch that moved on) changes nothing: the guard's row count tells the caller.
 * Named binds throughout; the only text put into SQL is the fixed state lists and the dialect's fence guard.
 */
public final class BatchStore {
    /** States a worker still attempts (BatchState.isPending), as SQL. */
    static final String PENDING = "('PLANNED', 'SENDING', 'DEFERRED', 'AWAITING_ADMIN')";
    /** States a msg_id learnt late may still settle: pending ones and those that may have gone out. */
    private static final String MAY_LEARN_MSG_ID = "('PLANNED', 'SENDING', 'DEFERRED', 'AWAITING_ADMIN', 'UNKNOWN', 'PARKED')";
    /** The batch a statement is about. */
    private static final String KEY = "campaign_id = :campaign AND batch_no = :batch";
    private static final String SELECT = "SELECT " + BatchRows.COLUMNS + " FROM campaign_batch ";

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

    /** The fence guard of a fenced store (binds {@code :app} and {@code :fence}), or nothing. */
    private String fenceGuard() {
        return fence == null ? "" : " AND " + AccountLease.heldUnder(database.dialect());
    }

    private <S extends SqlStatement<S>> S guardedByFence(S statement) {
        return fence == null ? statement : statement.bind("app", appId).bind("fence", fence.longValue());
    }

    public List<Batch> batches(String campaignId) {
        return database.withHandle(h -> h.createQuery(SELECT + "WHERE campaign_id = :campaign AND app_id = :app "
                        + "ORDER BY batch_no")
                .bind("campaign", campaignId).bind("app", appId)
                .map(BatchRows.MAPPER).list());
    }

    public Optional<Batch> batch(BatchKey key) {
        return database.withHandle(h -> find(h, key));
    }

    /** The frozen openids of an openid batch, in planned order. */
    public List<String> openIds(BatchKey key) {
        return database.withHandle(h -> key(h.createQuery("SELECT openids FROM campaign_batch WHERE " + KEY), key)
                .mapTo(String.class).findOne().map(Sql::lines).orElse(List.of()));
    }

    /**
     * Claims the next batch to attempt with a lease until {@code now + lease}: a planned batch, or
     * one left in SENDING whose lease ran out (its worker died or gave up). Empty when none is due.
     *
     * @param campaignId one campaign, or null for any campaign
     */
    public Optional<Batch> claim(String campaignId, String owner, Instant now, Duration lease) {
        Objects.requireNonNull(owner, "owner");
        return database.inHandleTransaction(h -> {
            Optional<BatchKey> key = claimer.next(h, campaignId, now);
            if (key.isEmpty()) {
                return Optional.<Batch>empty();
            }
            Update claim = h.createUpdate("UPDATE campaign_batch SET lease_owner = :owner, lease_until = :until, "
                            + "fence = :token WHERE " + KEY + fenceGuard())
                    .bind("owner", owner).bind("until", now.plus(lease).toEpochMilli()).bind("token", fence);
            if (guardedByFence(key(claim, key.get())).execute() != 1) {
                return Optional.<Batch>empty();
            }
            return find(h, key.get());
        });
    }

    /**
     * Commits the attempt before the HTTP call: from here on the batch may have been sent. An attempt still open
     * from before (its worker died or lost the lease without recording an answer) makes the batch uncertain.
     */
    public boolean markSending(BatchKey key, String owner, Instant now) {
        return update(h -> guardedByFence(owned(h.createUpdate("UPDATE campaign_batch SET state = 'SENDING', attempts = attempts + 1, "
                + "first_attempt_at = COALESCE(first_attempt_at, :now), "
                + "uncertain_since = CASE WHEN attempt_open = 1 THEN COALESCE(uncertain_since, :now) ELSE uncertain_since END, "
                + "attempt_open = 1, deferred_for = NULL WHERE " + KEY + " AND lease_owner = :owner AND state IN " + PENDING
                + fenceGuard()), key, owner).bind("now", now.toEpochMilli())));
    }

    /**
     * Records the job the platform accepted (or already had, 45065). Not fenced by the lease: the
     * msg_id is the truth whichever worker learnt it, also for a batch already UNKNOWN or PARKED (a slow
     * worker's answer arriving after a takeover). Applies an event that arrived before.
     */
    public boolean markSubmitted(BatchKey key, long msgId, Long msgDataId, Instant now) {
        return transaction(h -> {
            int rows = key(h.createUpdate("UPDATE campaign_batch SET state = 'SUBMITTED', msg_id = :msgId, "
                            + "msg_data_id = :msgDataId, submitted_at = :now, lease_owner = NULL, lease_until = NULL, "
                            + "error_code = NULL, error_message = NULL, attempt_open = 0, deferred_for = NULL, "
                            + "settled_at = NULL, settled_by = NULL WHERE " + KEY + " AND state IN " + MAY_LEARN_MSG_ID), key)
                    .bind("msgId", msgId).bind("msgDataId", msgDataId).bind("now", now.toEpochMilli())
                    .execute();
            if (rows == 1) {
                EventStore.applyStored(h.getConnection(), appId, msgId, now);
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
        return update(h -> owned(h.createUpdate("UPDATE campaign_batch SET state = 'FAILED', settled_at = :now, "
                        + "settled_by = 'send', error_code = :errcode, error_message = :reason, lease_owner = NULL, "
                        + "lease_until = NULL, attempt_open = 0, uncertain_since = NULL WHERE " + KEY
                        + " AND lease_owner = :owner AND state = 'SENDING' AND uncertain_since IS NULL"), key, owner)
                .bind("now", now.toEpochMilli()).bind("errcode", errcode).bind("reason", reason));
    }

    /** May have gone out and the answer cannot tell: settled as UNKNOWN until an event, mass/get or an operator. */
    public boolean markUnknown(BatchKey key, String owner, Integer errcode, String reason, Instant now) {
        return update(h -> owned(h.createUpdate("UPDATE campaign_batch SET state = 'UNKNOWN', settled_at = :now, "
                        + "settled_by = 'send', error_code = :errcode, error_message = :reason, lease_owner = NULL, "
                        + "lease_until = NULL, attempt_open = 0, uncertain_since = COALESCE(uncertain_since, :now) WHERE "
                        + KEY + " AND lease_owner = :owner AND state = 'SENDING'"), key, owner)
                .bind("now", now.toEpochMilli()).bind("errcode", errcode).bind("reason", reason));
    }

    /**
     * The answer was lost (timeout, cut, unreadable): the batch may have gone out. It stays SENDING, now uncertain
     * for good, and is re-posted with its clientmsgid at {@code nextAttempt} (the platform answers 45065 if it has it).
     */
    public boolean markUncertain(BatchKey key, String owner, Instant nextAttempt, String reason, Instant now) {
        return update(h -> owned(h.createUpdate("UPDATE campaign_batch SET next_attempt_at = :next, error_message = :reason, "
                        + "lease_owner = NULL, lease_until = NULL, attempt_open = 0, "
                        + "uncertain_since = COALESCE(uncertain_since, :now) WHERE " + KEY
                        + " AND lease_owner = :owner AND state = 'SENDING'"), key, owner)
                .bind("next", nextAttempt.toEpochMilli()).bind("reason", reason).bind("now", now.toEpochMilli()));
    }

    /**
     * Notes that the batch may have gone out (an answer that says an earlier post reached the platform). Sticky and
     * not fenced: it only ever makes the store more careful.
     */
    public void markMaybeSent(BatchKey key, Instant now) {
        update(h -> key(h.createUpdate("UPDATE campaign_batch SET uncertain_since = COALESCE(uncertain_since, :now) "
                + "WHERE " + KEY), key).bind("now", now.toEpochMilli()));
    }

    /**
     * Waits for the next quota window: DAY (sendall+send calls of the platform day) or MONTH (the history
     * quota). Never failed; claimable again from {@code notBefore}, or earlier once quota/get shows quota again
     * ({@link #wakeDeferred}). Works before an attempt (the gate) and after a refusal alike.
     */
    public boolean defer(BatchKey key, String owner, Instant notBefore, String window, Integer errcode, String reason) {
        return update(h -> owned(h.createUpdate("UPDATE campaign_batch SET state = 'DEFERRED', next_attempt_at = :next, "
                        + "deferred_for = :window, error_code = :errcode, error_message = :reason, lease_owner = NULL, "
                        + "lease_until = NULL, attempt_open = 0 WHERE " + KEY + " AND lease_owner = :owner "
                        + "AND state IN " + PENDING), key, owner)
                .bind("next", notBefore.toEpochMilli()).bind("window", window).bind("errcode", errcode)
                .bind("reason", reason));
    }

    /** The account's mass-send protection holds the send: asked again at {@code nextAttempt}. */
    public boolean awaitAdmin(BatchKey key, String owner, Instant nextAttempt, Integer errcode, String reason) {
        return update(h -> owned(h.createUpdate("UPDATE campaign_batch SET state = 'AWAITING_ADMIN', "
                        + "next_attempt_at = :next, error_code = :errcode, error_message = :reason, lease_owner = NULL, "
                        + "lease_until = NULL, attempt_open = 0 WHERE " + KEY + " AND lease_owner = :owner "
                        + "AND state IN " + PENDING), key, owner)
                .bind("next", nextAttempt.toEpochMilli()).bind("errcode", errcode).bind("reason", reason));
    }

    /** Whether any batch (of one campaign, or of any when null) is DEFERRED for {@code window}. */
    public boolean hasDeferred(String campaignId, String window) {
        return database.withHandle(h -> inCampaign(h.createQuery("SELECT 1 FROM campaign_batch WHERE state = 'DEFERRED' "
                        + "AND deferred_for = :window AND app_id = :app" + campaignGuard(campaignId) + " LIMIT 1"), campaignId)
                .bind("window", window).bind("app", appId)
                .mapTo(Integer.class).findOne().isPresent());
    }

    /**
     * Makes DEFERRED batches waiting for {@code window} claimable now: quota/get says the window has quota again
     * (the platform's day may turn on its clock before ours). Returns how many.
     *
     * @param campaignId one campaign, or null for any
     */
    public int wakeDeferred(String campaignId, String window, Instant now) {
        return database.inHandleTransaction(h -> inCampaign(h.createUpdate("UPDATE campaign_batch SET next_attempt_at = :now "
                        + "WHERE state = 'DEFERRED' AND deferred_for = :window AND next_attempt_at > :now AND app_id = :app"
                        + campaignGuard(campaignId)), campaignId)
                .bind("now", now.toEpochMilli()).bind("window", window).bind("app", appId)
                .execute());
    }

    /**
     * Gives the lease back after an answer that certainly did not send (-1, the minute's quota, 45066); the batch
     * stays SENDING, its uncertainty unchanged, and is due again at {@code nextAttempt}.
     */
    public boolean retryLater(BatchKey key, String owner, Instant nextAttempt, String reason) {
        return update(h -> owned(h.createUpdate("UPDATE campaign_batch SET next_attempt_at = :next, error_message = :reason, "
                        + "lease_owner = NULL, lease_until = NULL, attempt_open = 0 WHERE " + KEY
                        + " AND lease_owner = :owner"), key, owner)
                .bind("next", nextAttempt.toEpochMilli()).bind("reason", reason));
    }

    /** Outcome unknown past the 24 h window: never re-sent blindly, a person decides. */
    public boolean park(BatchKey key, String owner, String reason, Instant now) {
        return update(h -> owned(h.createUpdate("UPDATE campaign_batch SET state = 'PARKED', settled_at = :now, "
                        + "settled_by = :reason, lease_owner = NULL, lease_until = NULL, attempt_open = 0 WHERE " + KEY
                        + " AND lease_owner = :owner AND state IN " + PENDING), key, owner)
                .bind("now", now.toEpochMilli()).bind("reason", reason));
    }

    /**
     * Records the draft a batch of a campaign from articles will send, before the send; fenced by the
     * lease. False when another worker holds the batch now (the caller deletes the draft it made).
     */
    public boolean recordDraft(BatchKey key, String owner, String mediaId) {
        return update(h -> owned(h.createUpdate("UPDATE campaign_batch SET draft_media_id = :media WHERE " + KEY
                + " AND lease_owner = :owner AND draft_media_id IS NULL"), key, owner).bind("media", mediaId));
    }

    /** True when the batch is the sendall of a temporary tag not yet filled (docs/platform.md D19). */
    public boolean temporaryTagPending(BatchKey key) {
        return database.withHandle(h -> key(h.createQuery("SELECT 1 FROM campaign_temp_tag WHERE " + KEY
                        + " AND state NOT IN ('TAGGED', 'DELETED')"), key)
                .mapTo(Integer.class).findOne().isPresent());
    }

    /** The draft recorded for the batch, if any. */
    public Optional<String> draftMediaId(BatchKey key) {
        return database.withHandle(h -> key(h.createQuery("SELECT draft_media_id FROM campaign_batch WHERE " + KEY), key)
                .map((rs, ctx) -> Optional.ofNullable(rs.getString(1))).findOne().flatMap(d -> d));
    }

    /**
     * Drafts no send used: recorded on batches refused (never sent) or cancelled, not yet deleted.
     * A batch that may have gone out is never FAILED (UNKNOWN or PARKED instead, {@code uncertain_since}
     * set) and is not one of them: its send may have used the draft, and the platform removes used drafts itself.
     */
    public List<BatchKey> unsentDrafts(String campaignId) {
        return database.withHandle(h -> h.createQuery("SELECT batch_no FROM campaign_batch WHERE campaign_id = :campaign "
                        + "AND draft_media_id IS NOT NULL AND draft_deleted = 0 AND (state = 'CANCELLED' "
                        + "OR (state = 'FAILED' AND msg_id IS NULL AND settled_by = 'send' AND uncertain_since IS NULL))")
                .bind("campaign", campaignId)
                .map((rs, ctx) -> new BatchKey(campaignId, rs.getInt(1))).list());
    }

    public void markDraftDeleted(BatchKey key) {
        update(h -> key(h.createUpdate("UPDATE campaign_batch SET draft_deleted = 1 WHERE " + KEY), key));
    }

    /** How many batches of the campaign a worker will still attempt (planned, sending, deferred, held for an admin). */
    public int countPending(String campaignId) {
        return database.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM campaign_batch WHERE campaign_id = :campaign "
                        + "AND app_id = :app AND state IN " + PENDING)
                .bind("campaign", campaignId).bind("app", appId)
                .mapTo(Integer.class).one());
    }

    /**
     * How many mass messages each openid got from this store's other campaigns since {@code since} (openid
     * batches accepted by the platform; tag and all-follower sends name no openids and are not counted).
     */
    public Map<String, Integer> receivedSince(Instant since, String excludeCampaignId) {
        return database.withHandle(h -> {
            Map<String, Integer> counts = new HashMap<>();
            h.createQuery("SELECT openids FROM campaign_batch WHERE app_id = :app AND kind = 'OPENIDS' "
                            + "AND state IN ('SUBMITTED', 'FINISHED') AND submitted_at >= :since AND campaign_id <> :campaign")
                    .bind("app", appId).bind("since", since.toEpochMilli()).bind("campaign", excludeCampaignId)
                    .mapTo(String.class)
                    .forEach(openIds -> Sql.lines(openIds).forEach(openId -> counts.merge(openId, 1, Integer::sum)));
            return counts;
        });
    }

    /** Submitted batches still waiting for their outcome since {@code submittedBefore} or earlier. */
    public List<Batch> awaitingOutcomeSince(Instant submittedBefore) {
        return database.withHandle(h -> h.createQuery(SELECT + "WHERE state = 'SUBMITTED' AND submitted_at <= :before "
                        + "AND app_id = :app ORDER BY campaign_id, batch_no")
                .bind("before", submittedBefore.toEpochMilli()).bind("app", appId)
                .map(BatchRows.MAPPER).list());
    }

    /** Settles a submitted batch from mass/get when no event came; its counts stay unknown. */
    public boolean settleByPoll(BatchKey key, BatchState state, String rawStatus, Instant now) {
        if (state != BatchState.FINISHED && state != BatchState.FAILED) {
            throw new IllegalArgumentException("a poll settles to FINISHED or FAILED, not " + state);
        }
        return update(h -> key(h.createUpdate("UPDATE campaign_batch SET state = :state, settled_at = :now, "
                        + "settled_by = 'poll', status_text = :status WHERE " + KEY + " AND state = 'SUBMITTED'"), key)
                .bind("state", state.name()).bind("now", now.toEpochMilli()).bind("status", rawStatus));
    }

    /**
     * The earliest instant at which a batch of the campaign may be claimed within this run: planned, sending or
     * awaiting an administrator. DEFERRED batches wait for a later quota window and are not counted.
     */
    public Optional<Instant> nextDue(String campaignId) {
        return database.withHandle(h -> h.createQuery("SELECT MIN(CASE WHEN lease_until IS NOT NULL "
                        + "AND lease_until > next_attempt_at THEN lease_until ELSE next_attempt_at END) AS due FROM campaign_batch "
                        + "WHERE campaign_id = :campaign AND state IN ('PLANNED', 'SENDING', 'AWAITING_ADMIN')")
                .bind("campaign", campaignId)
                .map((rs, ctx) -> Sql.instant(rs, "due")).one());
    }

    private Optional<Batch> find(Handle h, BatchKey key) {
        return key(h.createQuery(SELECT + "WHERE " + KEY), key).map(BatchRows.MAPPER).findOne();
    }

    private static <S extends SqlStatement<S>> S key(S statement, BatchKey key) {
        return statement.bind("campaign", key.campaignId()).bind("batch", key.batchNo());
    }

    private static <S extends SqlStatement<S>> S owned(S statement, BatchKey key, String owner) {
        return key(statement, key).bind("owner", owner);
    }

    private static String campaignGuard(String campaignId) {
        return campaignId == null ? "" : " AND campaign_id = :campaign";
    }

    private static <S extends SqlStatement<S>> S inCampaign(S statement, String campaignId) {
        return campaignId == null ? statement : statement.bind("campaign", campaignId);
    }

    /** One guarded UPDATE in its own transaction: whether it changed the one row. */
    private boolean update(java.util.function.Function<Handle, Update> statement) {
        return database.inHandleTransaction(h -> statement.apply(h).execute() == 1);
    }

    /** Work that also calls this package's JDBC helpers on the transaction's connection. */
    private <T> T transaction(SqlWork<T> work) {
        return database.inHandleTransaction(h -> {
            try {
                return work.run(h);
            } catch (SQLException e) {
                throw new StoreException("database work failed: " + e.getMessage(), e);
            }
        });
    }

    @FunctionalInterface
    private interface SqlWork<T> {
        T run(Handle h) throws SQLException;
    }
}

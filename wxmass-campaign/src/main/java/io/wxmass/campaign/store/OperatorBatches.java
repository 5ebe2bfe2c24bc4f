package io.wxmass.campaign.store;

import io.wxmass.campaign.BatchKey;
import io.wxmass.campaign.BatchLine;
import io.wxmass.campaign.BatchState;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * The batch transitions operators make (stopping, retrying, settling by hand) and the views they read. Each
 * transition is one guarded UPDATE: a batch that moved on in the meantime is left alone, and the count says so.
 */
public final class OperatorBatches {
    private final Database database;
    private final String appId;

    public OperatorBatches(Database database, String appId) {
        this.database = Objects.requireNonNull(database, "database");
        this.appId = AppIds.require(appId);
    }

    /** Batches still SENDING under a live lease: a worker is inside its HTTP call right now. */
    public int liveAttempts(String campaignId, Instant now) {
        return database.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM campaign_batch WHERE campaign_id = :campaign "
                        + "AND app_id = :app AND state = 'SENDING' AND lease_until > :now")
                .bind("campaign", campaignId).bind("app", appId).bind("now", now.toEpochMilli())
                .mapTo(Integer.class).one());
    }

    /** What stopping a campaign did to its batches. */
    public record Stopped(int cancelled, int parked) {
        public Stopped plus(Stopped other) {
            return new Stopped(cancelled + other.cancelled, parked + other.parked);
        }
    }

    /**
     * Stops the batches of a cancelled or retracted campaign, by the one rule of docs/architecture.md (cancel and
     * retract): a batch that certainly never went out (planned, or deferred or sending with every answer a certain
     * "not sent", {@code uncertain_since IS NULL AND attempt_open = 0}) becomes CANCELLED; one that may have gone out
     * (an uncertain DEFERRED, an AWAITING_ADMIN whose administrator may still confirm, a SENDING whose attempt never
     * answered) becomes PARKED: never re-sent, never FAILED, settled later by a msg_id learnt late (then its event or
     * mass/get) or by an operator's resolve. A SENDING batch under a live lease is inside its HTTP call and is left
     * alone. Both updates guard on the state, so a worker's markSending after them changes nothing.
     *
     * @param stoppedBy who stopped it and how ({@code cancel by cli:alice}), recorded as the batches' settled_by
     */
    public Stopped stop(String campaignId, String stoppedBy, Instant now) {
        return database.inHandleTransaction(h -> {
            int cancelled = h.createUpdate("UPDATE campaign_batch SET state = 'CANCELLED', settled_at = :now, "
                            + "settled_by = :by WHERE campaign_id = :campaign AND app_id = :app "
                            + "AND state IN ('PLANNED', 'DEFERRED', 'SENDING') AND uncertain_since IS NULL AND attempt_open = 0")
                    .bind("now", now.toEpochMilli()).bind("by", stoppedBy).bind("campaign", campaignId).bind("app", appId)
                    .execute();
            int parked = h.createUpdate("UPDATE campaign_batch SET state = 'PARKED', settled_at = :now, "
                            + "settled_by = CASE state WHEN 'AWAITING_ADMIN' THEN :byAdmin WHEN 'DEFERRED' THEN :byDeferred "
                            + "ELSE :bySending END, attempt_open = 0, uncertain_since = COALESCE(uncertain_since, :now) "
                            + "WHERE campaign_id = :campaign AND app_id = :app AND (state IN ('DEFERRED', 'AWAITING_ADMIN') "
                            + "OR (state = 'SENDING' AND (lease_until IS NULL OR lease_until <= :now)))")
                    .bind("now", now.toEpochMilli())
                    .bind("byAdmin", stoppedBy + " while AWAITING_ADMIN (the administrator may still confirm it): outcome unknown")
                    .bind("byDeferred", stoppedBy + " while DEFERRED after an attempt that may have gone out: outcome unknown")
                    .bind("bySending", stoppedBy + " while SENDING and its attempt never answered: outcome unknown")
                    .bind("campaign", campaignId).bind("app", appId)
                    .execute();
            return new Stopped(cancelled, parked);
        });
    }

    /**
     * Puts FAILED batches that the platform never accepted (no msg_id: certainly not sent) back to PLANNED,
     * keeping their frozen openids and clientmsgid. {@code batchNo} null: every such batch. Returns how many.
     */
    public int requeueFailed(String campaignId, Integer batchNo) {
        return database.inHandleTransaction(h -> h.createUpdate("UPDATE campaign_batch SET state = 'PLANNED', "
                        + "settled_at = NULL, settled_by = NULL, error_code = NULL, error_message = NULL, next_attempt_at = 0, "
                        + "lease_owner = NULL, lease_until = NULL WHERE campaign_id = :campaign AND app_id = :app "
                        + "AND state = 'FAILED' AND msg_id IS NULL AND (:batch IS NULL OR batch_no = :batch)")
                .bind("campaign", campaignId).bind("app", appId).bind("batch", batchNo).execute());
    }

    /**
     * Settles an UNKNOWN or PARKED batch by an operator's word: FINISHED (it went out) or FAILED (it did not; the
     * operator's word lifts the batch's uncertainty, so {@link #requeueFailed} may send it again).
     */
    public boolean resolveParked(BatchKey key, BatchState outcome, String settledBy, Instant now) {
        if (outcome != BatchState.FINISHED && outcome != BatchState.FAILED) {
            throw new IllegalArgumentException("an operator settles a batch as FINISHED or FAILED, not " + outcome);
        }
        return database.inHandleTransaction(h -> h.createUpdate("UPDATE campaign_batch SET state = :outcome, "
                        + "settled_at = :now, settled_by = :by, uncertain_since = CASE WHEN :outcome = 'FAILED' THEN NULL "
                        + "ELSE uncertain_since END WHERE campaign_id = :campaign AND batch_no = :batch "
                        + "AND app_id = :app AND state IN ('UNKNOWN', 'PARKED')")
                .bind("outcome", outcome.name()).bind("now", now.toEpochMilli()).bind("by", settledBy)
                .bind("campaign", key.campaignId()).bind("batch", key.batchNo()).bind("app", appId)
                .execute() == 1);
    }

    /** One line per batch, in batch order. */
    public List<BatchLine> lines(String campaignId) {
        return database.withHandle(h -> h.createQuery("SELECT batch_no, state, recipient_count, msg_id, error_code, "
                        + "attempts, next_attempt_at, settled_by FROM campaign_batch WHERE campaign_id = :campaign "
                        + "AND app_id = :app ORDER BY batch_no")
                .bind("campaign", campaignId).bind("app", appId)
                .map((rs, ctx) -> {
                    long notBefore = rs.getLong("next_attempt_at");
                    BatchState state = BatchState.valueOf(rs.getString("state"));
                    return new BatchLine(rs.getInt("batch_no"), state, rs.getInt("recipient_count"),
                            Sql.optionalLong(rs, "msg_id"), Sql.optionalInt(rs, "error_code"), rs.getInt("attempts"),
                            notBefore > 0 && !state.isSettled() ? Optional.of(Instant.ofEpochMilli(notBefore))
                                    : Optional.empty(), Sql.string(rs, "settled_by"));
                })
                .list());
    }

    /** A batch as the export reads it: its audience and its outcome. */
    private record ExportRow(int batchNo, String kind, long tagId, List<String> openIds, String state, OptionalLong msgId,
                             String status, OptionalInt errcode) {
    }

    /**
     * Writes the campaign's recipients and their batch's outcome as CSV
     * ({@code openid,batch,state,msg_id,status,errcode}), streaming one batch at a time. A sendall batch (tag or
     * all followers) has no openid list: its line names the audience instead ({@code tag:ID} or {@code all}).
     */
    public long export(String campaignId, Writer out) {
        return database.withHandle(h -> {
            long lines = 0;
            try (Stream<ExportRow> rows = h.createQuery("SELECT batch_no, kind, tag_id, openids, state, msg_id, "
                            + "status_text, error_code FROM campaign_batch WHERE campaign_id = :campaign AND app_id = :app "
                            + "ORDER BY batch_no")
                    .bind("campaign", campaignId).bind("app", appId)
                    .map((rs, ctx) -> new ExportRow(rs.getInt("batch_no"), rs.getString("kind"), rs.getLong("tag_id"),
                            Sql.lines(rs.getString("openids")), rs.getString("state"), Sql.optionalLong(rs, "msg_id"),
                            rs.getString("status_text"), Sql.optionalInt(rs, "error_code")))
                    .stream()) {
                out.write("openid,batch,state,msg_id,status,errcode\n");
                for (ExportRow row : (Iterable<ExportRow>) rows::iterator) {
                    String tail = "," + row.batchNo() + "," + row.state() + ","
                            + (row.msgId().isPresent() ? Long.toString(row.msgId().getAsLong()) : "") + ","
                            + csv(row.status()) + ","
                            + (row.errcode().isPresent() ? Integer.toString(row.errcode().getAsInt()) : "") + "\n";
                    if (row.openIds().isEmpty()) {
                        out.write(("TAG".equals(row.kind()) ? "tag:" + row.tagId() : "all") + tail);
                        lines++;
                    }
                    for (String openId : row.openIds()) {
                        out.write(openId);
                        out.write(tail);
                        lines++;
                    }
                }
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the export of " + campaignId, e);
            }
            return lines;
        });
    }

    /** Status texts are the platform's words ("send success", "err(30003)"): quoted when they hold a comma or quote. */
    private static String csv(String value) {
        if (value == null) {
            return "";
        }
        return value.contains(",") || value.contains("\"") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}

package io.wxmass.campaign.store;

import io.wxmass.campaign.BatchKey;
import io.wxmass.campaign.BatchLine;
import io.wxmass.campaign.BatchState;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

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
        return database.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM campaign_batch WHERE campaign_id = ? "
                    + "AND app_id = ? AND state = 'SENDING' AND lease_until > ?")) {
                ps.setString(1, campaignId);
                ps.setString(2, appId);
                ps.setLong(3, now.toEpochMilli());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
    }

    /**
     * Parks every SENDING batch of a stopped campaign that no worker holds: it may have gone out, so it is
     * neither cancelled nor re-sent, and no worker would ever claim it again. Returns how many.
     */
    public int parkStranded(String campaignId, String reason, Instant now) {
        return database.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE campaign_batch SET state = 'PARKED', settled_at = ?, "
                    + "settled_by = ? WHERE campaign_id = ? AND app_id = ? AND state = 'SENDING' "
                    + "AND (lease_until IS NULL OR lease_until <= ?)")) {
                ps.setLong(1, now.toEpochMilli());
                ps.setString(2, reason);
                ps.setString(3, campaignId);
                ps.setString(4, appId);
                ps.setLong(5, now.toEpochMilli());
                return ps.executeUpdate();
            }
        });
    }

    /**
     * Puts FAILED batches that the platform never accepted (no msg_id: certainly not sent) back to PLANNED,
     * keeping their frozen openids and clientmsgid. {@code batchNo} null: every such batch. Returns how many.
     */
    public int requeueFailed(String campaignId, Integer batchNo) {
        return database.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE campaign_batch SET state = 'PLANNED', settled_at = NULL, "
                    + "settled_by = NULL, error_code = NULL, error_message = NULL, next_attempt_at = 0, lease_owner = NULL, "
                    + "lease_until = NULL WHERE campaign_id = ? AND app_id = ? AND state = 'FAILED' AND msg_id IS NULL"
                    + (batchNo == null ? "" : " AND batch_no = ?"))) {
                ps.setString(1, campaignId);
                ps.setString(2, appId);
                if (batchNo != null) {
                    ps.setInt(3, batchNo);
                }
                return ps.executeUpdate();
            }
        });
    }

    /** Settles a PARKED batch by an operator's word: FINISHED (it went out) or FAILED (it certainly did not). */
    public boolean resolveParked(BatchKey key, BatchState outcome, String settledBy, Instant now) {
        if (outcome != BatchState.FINISHED && outcome != BatchState.FAILED) {
            throw new IllegalArgumentException("an operator settles a batch as FINISHED or FAILED, not " + outcome);
        }
        return database.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE campaign_batch SET state = ?, settled_at = ?, "
                    + "settled_by = ? WHERE campaign_id = ? AND batch_no = ? AND app_id = ? AND state = 'PARKED'")) {
                ps.setString(1, outcome.name());
                ps.setLong(2, now.toEpochMilli());
                ps.setString(3, settledBy);
                ps.setString(4, key.campaignId());
                ps.setInt(5, key.batchNo());
                ps.setString(6, appId);
                return ps.executeUpdate() == 1;
            }
        });
    }

    /** One line per batch, in batch order. */
    public List<BatchLine> lines(String campaignId) {
        return database.read(c -> {
            List<BatchLine> result = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT batch_no, state, recipient_count, msg_id, error_code, "
                    + "attempts, next_attempt_at, settled_by FROM campaign_batch WHERE campaign_id = ? AND app_id = ? "
                    + "ORDER BY batch_no")) {
                ps.setString(1, campaignId);
                ps.setString(2, appId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long notBefore = rs.getLong("next_attempt_at");
                        BatchState state = BatchState.valueOf(rs.getString("state"));
                        result.add(new BatchLine(rs.getInt("batch_no"), state, rs.getInt("recipient_count"),
                                Sql.optionalLong(rs, "msg_id"), Sql.optionalInt(rs, "error_code"), rs.getInt("attempts"),
                                notBefore > 0 && !state.isSettled() ? Optional.of(Instant.ofEpochMilli(notBefore))
                                        : Optional.empty(), Sql.string(rs, "settled_by")));
                    }
                }
            }
            return result;
        });
    }

    /**
     * Writes the campaign's recipients and their batch's outcome as CSV
     * ({@code openid,batch,state,msg_id,status,errcode}), streaming one batch at a time. A sendall batch (tag or
     * all followers) has no openid list: its line names the audience instead ({@code tag:ID} or {@code all}).
     */
    public long export(String campaignId, Writer out) {
        return database.read(c -> {
            long lines = 0;
            try (PreparedStatement ps = c.prepareStatement("SELECT batch_no, kind, tag_id, openids, state, msg_id, "
                    + "status_text, error_code FROM campaign_batch WHERE campaign_id = ? AND app_id = ? ORDER BY batch_no")) {
                ps.setString(1, campaignId);
                ps.setString(2, appId);
                try (ResultSet rs = ps.executeQuery()) {
                    out.write("openid,batch,state,msg_id,status,errcode\n");
                    while (rs.next()) {
                        String tail = "," + rs.getInt("batch_no") + "," + rs.getString("state") + ","
                                + Sql.optionalLong(rs, "msg_id").stream().mapToObj(Long::toString).findFirst().orElse("")
                                + "," + csv(rs.getString("status_text")) + ","
                                + Sql.optionalInt(rs, "error_code").stream().mapToObj(Integer::toString).findFirst().orElse("")
                                + "\n";
                        List<String> openIds = Sql.lines(rs.getString("openids"));
                        if (openIds.isEmpty()) {
                            String kind = rs.getString("kind");
                            out.write(("TAG".equals(kind) ? "tag:" + rs.getLong("tag_id") : "all") + tail);
                            lines++;
                        }
                        for (String openId : openIds) {
                            out.write(openId);
                            out.write(tail);
                            lines++;
                        }
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

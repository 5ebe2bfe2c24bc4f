package io.wxmass.campaign.store;

import io.wxmass.campaign.Attempt;
import io.wxmass.campaign.BatchKey;
import io.wxmass.campaign.SendOutcome;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/** The append-only log of every attempt at a batch: rows are inserted, never updated or deleted. */
public final class AttemptStore {
    /** Longer answers are cut: the log keeps the gist, the platform's rid/get keeps the rest for 7 days. */
    static final int MAX_ANSWER = 2000;

    private final Database database;

    public AttemptStore(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    /** Appends one entry; its seq is the next in the batch's log. */
    public void append(BatchKey key, int attemptNo, Instant at, String worker, SendOutcome outcome, Integer errcode,
                       String requestId, Long msgId, String answer) {
        Objects.requireNonNull(key, "key");
        String text = answer.length() > MAX_ANSWER ? answer.substring(0, MAX_ANSWER) : answer;
        database.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO batch_attempt (campaign_id, batch_no, seq, "
                    + "attempt_no, attempted_at, worker, outcome, errcode, request_id, msg_id, answer) "
                    + "SELECT ?, ?, COALESCE(MAX(seq), 0) + 1, ?, ?, ?, ?, ?, ?, ?, ? FROM batch_attempt "
                    + "WHERE campaign_id = ? AND batch_no = ?")) {
                ps.setString(1, key.campaignId());
                ps.setInt(2, key.batchNo());
                ps.setInt(3, attemptNo);
                ps.setLong(4, at.toEpochMilli());
                ps.setString(5, worker);
                ps.setString(6, outcome.name());
                Sql.setInt(ps, 7, errcode);
                ps.setString(8, requestId);
                Sql.setLong(ps, 9, msgId);
                ps.setString(10, text);
                ps.setString(11, key.campaignId());
                ps.setInt(12, key.batchNo());
                ps.executeUpdate();
            }
            return null;
        });
    }

    /**
     * How many answers of the batch asked for a retry (retry now, or uncertain: re-posted with the same clientmsgid):
     * counted from the log, so the back-off survives a worker's crash and a takeover.
     */
    public int retries(BatchKey key) {
        Objects.requireNonNull(key, "key");
        return database.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM batch_attempt WHERE campaign_id = :campaign "
                        + "AND batch_no = :batch AND outcome IN (<outcomes>)")
                .bind("campaign", key.campaignId()).bind("batch", key.batchNo())
                .bindList("outcomes", SendOutcome.RETRY_NOW.name(), SendOutcome.UNCERTAIN.name())
                .mapTo(Integer.class).one());
    }

    /** The batch's log, oldest first. */
    public List<Attempt> attempts(BatchKey key) {
        return database.read(c -> {
            List<Attempt> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT seq, attempt_no, attempted_at, worker, outcome, errcode, "
                    + "request_id, msg_id, answer FROM batch_attempt WHERE campaign_id = ? AND batch_no = ? ORDER BY seq")) {
                ps.setString(1, key.campaignId());
                ps.setInt(2, key.batchNo());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        OptionalInt errcode = Sql.optionalInt(rs, "errcode");
                        Optional<String> rid = Sql.string(rs, "request_id");
                        OptionalLong msgId = Sql.optionalLong(rs, "msg_id");
                        out.add(new Attempt(key, rs.getInt("seq"), rs.getInt("attempt_no"),
                                Instant.ofEpochMilli(rs.getLong("attempted_at")), rs.getString("worker"),
                                SendOutcome.valueOf(rs.getString("outcome")), errcode, rid, msgId, rs.getString("answer")));
                    }
                }
            }
            return out;
        });
    }
}

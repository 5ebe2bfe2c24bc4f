package io.wxmass.campaign.store;

import io.wxmass.campaign.JobCounts;
import io.wxmass.campaign.JobFinishedEvent;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * MASSSENDJOBFINISH events and the settlement of batches by them. An event is stored (deduped by
 * both of its keys) in the same transaction that settles its batch; one whose batch does not know
 * its msg_id yet (the send's answer was lost) waits in the table until the batch is submitted.
 */
public final class EventStore {
    private final Database database;
    private final String appId;

    /** The events pushed to the account {@code appId}; they settle only that account's batches. */
    public EventStore(Database database, String appId) {
        this.database = Objects.requireNonNull(database, "database");
        this.appId = AppIds.require(appId);
    }

    /** The account's other finish event, PUBLISHJOBFINISH, kept beside these in the same store. */
    public PublishEventStore publishEvents() {
        return new PublishEventStore(database, appId);
    }

    /**
     * Stores the event and settles its batch. Returns false for a repeat (a retried push), which
     * changes nothing. Once this returns, the receiver may acknowledge the push.
     */
    public boolean record(JobFinishedEvent event, Instant now) {
        Objects.requireNonNull(event, "event");
        return database.inTransaction(c -> {
            int rows;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO mass_event (dedupe_key, msg_id, received_at, "
                    + "status_text, total_count, filter_count, sent_count, error_count, check_state, copyright_json, "
                    + "article_urls, app_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
                ps.setString(1, event.dedupeKey());
                ps.setLong(2, event.msgId());
                ps.setLong(3, now.toEpochMilli());
                ps.setString(4, event.statusText());
                ps.setLong(5, event.counts().total());
                ps.setLong(6, event.counts().filtered());
                ps.setLong(7, event.counts().sent());
                ps.setLong(8, event.counts().errors());
                Sql.setInt(ps, 9, event.checkState().isPresent() ? event.checkState().getAsInt() : null);
                ps.setString(10, event.copyrightJson());
                ps.setString(11, Sql.lines(event.articleUrls()));
                ps.setString(12, appId);
                rows = ps.executeUpdate();
            }
            if (rows == 1) {
                settle(c, appId, event, now);
            }
            return rows == 1;
        });
    }

    /**
     * Settles every batch that has a stored event but is still awaiting it (or was settled by a
     * poll, whose counts the event now supplies). Returns how many batches changed.
     */
    public int applyStored(Instant now) {
        return database.inTransaction(c -> {
            List<JobFinishedEvent> pending = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT e.* FROM mass_event e JOIN campaign_batch b "
                    + "ON b.msg_id = e.msg_id AND b.app_id = e.app_id WHERE e.app_id = ? "
                    + "AND (b.state = 'SUBMITTED' OR b.settled_by = 'poll')")) {
                ps.setString(1, appId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        pending.add(read(rs));
                    }
                }
            }
            int changed = 0;
            for (JobFinishedEvent event : pending) {
                changed += settle(c, appId, event, now);
            }
            return changed;
        });
    }

    /** A stored event and when it arrived. */
    public record Received(Instant receivedAt, JobFinishedEvent event) {
        public Received {
            Objects.requireNonNull(receivedAt, "receivedAt");
            Objects.requireNonNull(event, "event");
        }
    }

    /** The account's latest {@code limit} events, newest first (what the console lists). */
    public List<Received> recent(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be 1 or more, was " + limit);
        }
        return database.inTransaction(c -> {
            List<Received> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM mass_event WHERE app_id = ? "
                    + "ORDER BY received_at DESC, msg_id DESC LIMIT ?")) {
                ps.setString(1, appId);
                ps.setInt(2, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Received(Instant.ofEpochMilli(rs.getLong("received_at")), read(rs)));
                    }
                }
            }
            return out;
        });
    }

    /** Settles the batch of {@code msgId} from its stored event, if one arrived before the batch was submitted. */
    static void applyStored(Connection c, String appId, long msgId, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM mass_event WHERE msg_id = ? AND app_id = ?")) {
            ps.setLong(1, msgId);
            ps.setString(2, appId);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    JobFinishedEvent event = read(rs);
                    rs.close();
                    settle(c, appId, event, now);
                }
            }
        }
    }

    private static int settle(Connection c, String appId, JobFinishedEvent event, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE campaign_batch SET state = ?, settled_at = ?, "
                + "settled_by = ?, status_text = ?, error_code = ?, total_count = ?, filter_count = ?, sent_count = ?, "
                + "error_count = ?, check_state = ?, copyright_json = ?, article_urls = ? "
                + "WHERE msg_id = ? AND app_id = ? AND (state = 'SUBMITTED' OR settled_by = 'poll')")) {
            ps.setString(1, event.succeeded() ? "FINISHED" : "FAILED");
            ps.setLong(2, now.toEpochMilli());
            ps.setString(3, "event:" + event.dedupeKey());
            ps.setString(4, event.statusText());
            OptionalInt err = event.errorCode();
            Sql.setInt(ps, 5, err.isPresent() ? err.getAsInt() : null);
            ps.setLong(6, event.counts().total());
            ps.setLong(7, event.counts().filtered());
            ps.setLong(8, event.counts().sent());
            ps.setLong(9, event.counts().errors());
            Sql.setInt(ps, 10, event.checkState().isPresent() ? event.checkState().getAsInt() : null);
            ps.setString(11, event.copyrightJson());
            ps.setString(12, Sql.lines(event.articleUrls()));
            ps.setLong(13, event.msgId());
            ps.setString(14, appId);
            return ps.executeUpdate();
        }
    }

    private static JobFinishedEvent read(ResultSet rs) throws SQLException {
        return new JobFinishedEvent(rs.getString("dedupe_key"), rs.getLong("msg_id"), rs.getString("status_text"),
                new JobCounts(rs.getLong("total_count"), rs.getLong("filter_count"), rs.getLong("sent_count"),
                        rs.getLong("error_count")),
                Sql.optionalInt(rs, "check_state"), rs.getString("copyright_json"), Sql.lines(rs.getString("article_urls")));
    }
}

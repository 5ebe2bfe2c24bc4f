package io.wxmass.campaign.inbox;

import io.wxmass.campaign.store.Database;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The {@code inbox_message} table (V6) of one account: stored pushes and their forwarding state. */
final class InboxStore {
    static final String PENDING = "PENDING";
    static final String DELIVERED = "DELIVERED";
    /** Given up ({@link GiveUp}): kept, not retried, until the operator requeues it. */
    static final String DEAD = "DEAD";

    private final Database database;
    private final String appId;
    private final Clock clock;

    InboxStore(Database database, String appId, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.appId = Objects.requireNonNull(appId, "appId");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * A message due for redelivery, with the attempts made so far, the due time that claims it and when its
     * current round of deliveries began (stored or requeued, epoch millis).
     */
    record Due(InboxMessage message, int attempts, long nextForwardAt, long queuedAt) {
    }

    /**
     * Commits every write in one transaction; per write, whether it changed a row (a {@link InboxWrite.Store}
     * of a key already stored did not). Throws, committing nothing, when any write fails.
     */
    List<Boolean> write(List<InboxWrite> writes) {
        long now = clock.millis();
        return database.inTransaction(c -> {
            List<Integer> stores = new ArrayList<>();
            List<Integer> marks = new ArrayList<>();
            for (int i = 0; i < writes.size(); i++) {
                InboxWrite write = writes.get(i);
                if (write instanceof InboxWrite.Store) {
                    stores.add(i);
                } else if (write instanceof InboxWrite.Delivered) {
                    marks.add(i);
                } else {
                    throw new IllegalArgumentException("a Run is not written here: Inbox runs it");
                }
            }
            Boolean[] changed = new Boolean[writes.size()];
            if (!stores.isEmpty()) {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO inbox_message (app_id, dedupe_key, msg_type, event, "
                        + "from_user, create_time, received_at, xml, forward_state, forward_attempts, next_forward_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
                    for (int i : stores) {
                        InboxWrite.Store store = (InboxWrite.Store) writes.get(i);
                        InboxMessage m = store.message();
                        ps.setString(1, appId);
                        ps.setString(2, m.dedupeKey());
                        ps.setString(3, m.msgType());
                        ps.setString(4, m.event().orElse(null));
                        ps.setString(5, m.fromUser());
                        ps.setLong(6, m.createTime());
                        ps.setLong(7, now);
                        ps.setString(8, m.xml());
                        ps.setString(9, store.redeliverAt().isPresent() ? PENDING : null);
                        ps.setInt(10, store.redeliverAt().isPresent() ? 1 : 0);
                        if (store.redeliverAt().isPresent()) {
                            ps.setLong(11, store.redeliverAt().get().toEpochMilli());
                        } else {
                            ps.setNull(11, Types.BIGINT);
                        }
                        ps.addBatch();
                    }
                    settle(ps.executeBatch(), stores, changed);
                }
            }
            if (!marks.isEmpty()) {
                try (PreparedStatement ps = c.prepareStatement("UPDATE inbox_message SET forward_state = ?, delivered_at = ?, "
                        + "next_forward_at = NULL WHERE app_id = ? AND dedupe_key = ? AND forward_state = ?")) {
                    for (int i : marks) {
                        ps.setString(1, DELIVERED);
                        ps.setLong(2, now);
                        ps.setString(3, appId);
                        ps.setString(4, ((InboxWrite.Delivered) writes.get(i)).dedupeKey());
                        ps.setString(5, PENDING);
                        ps.addBatch();
                    }
                    settle(ps.executeBatch(), marks, changed);
                }
            }
            return List.of(changed);
        });
    }

    private static void settle(int[] counts, List<Integer> positions, Boolean[] changed) {
        for (int k = 0; k < positions.size(); k++) {
            // A driver may report SUCCESS_NO_INFO (-2) for a batched row; only 0 means "nothing changed".
            changed[positions.get(k)] = counts[k] != 0;
        }
    }

    /** Pending messages whose redelivery time has come, oldest due first. */
    List<Due> due(int limit) {
        return database.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM inbox_message WHERE forward_state = ? "
                    + "AND next_forward_at <= ? AND app_id = ? ORDER BY next_forward_at, received_at LIMIT ?")) {
                ps.setString(1, PENDING);
                ps.setLong(2, clock.millis());
                ps.setString(3, appId);
                ps.setInt(4, limit);
                List<Due> due = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long queuedAt = rs.getLong("queued_at");
                        if (rs.wasNull()) {
                            queuedAt = rs.getLong("received_at");
                        }
                        due.add(new Due(read(rs), rs.getInt("forward_attempts"), rs.getLong("next_forward_at"), queuedAt));
                    }
                }
                return due;
            }
        });
    }

    /**
     * Takes a due message for one more attempt, pushing its next due time to {@code nextAt}: true for the
     * one caller (of several serve processes on one database) whose update found the row as it was read.
     */
    boolean claim(Due due, Instant nextAt) {
        return database.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE inbox_message SET forward_attempts = forward_attempts + 1, "
                    + "next_forward_at = ? WHERE app_id = ? AND dedupe_key = ? AND forward_state = ? AND next_forward_at = ?")) {
                ps.setLong(1, nextAt.toEpochMilli());
                ps.setString(2, appId);
                ps.setString(3, due.message().dedupeKey());
                ps.setString(4, PENDING);
                ps.setLong(5, due.nextForwardAt());
                return ps.executeUpdate() == 1;
            }
        });
    }

    /** Gives the due message up (DEAD), unless another process claimed it since it was read; whether it did. */
    boolean bury(Due due) {
        return database.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE inbox_message SET forward_state = ?, next_forward_at = NULL "
                    + "WHERE app_id = ? AND dedupe_key = ? AND forward_state = ? AND next_forward_at = ?")) {
                ps.setString(1, DEAD);
                ps.setString(2, appId);
                ps.setString(3, due.message().dedupeKey());
                ps.setString(4, PENDING);
                ps.setLong(5, due.nextForwardAt());
                return ps.executeUpdate() == 1;
            }
        });
    }

    List<DeadLetter> dead(int limit) {
        return database.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM inbox_message WHERE forward_state = ? AND app_id = ? "
                    + "ORDER BY received_at, dedupe_key LIMIT ?")) {
                ps.setString(1, DEAD);
                ps.setString(2, appId);
                ps.setInt(3, limit);
                List<DeadLetter> dead = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        InboxMessage m = read(rs);
                        dead.add(new DeadLetter(m.dedupeKey(), m.msgType(), m.event(), m.fromUser(),
                                Instant.ofEpochMilli(rs.getLong("received_at")), rs.getInt("forward_attempts")));
                    }
                }
                return dead;
            }
        });
    }

    long countDead() {
        return database.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM inbox_message WHERE app_id = ? AND forward_state = ?")) {
                ps.setString(1, appId);
                ps.setString(2, DEAD);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    /** Dead letters back to PENDING, due now, attempts from 0 and queued now: the one {@code dedupeKey}, or all when null. */
    int requeue(String dedupeKey) {
        long now = clock.millis();
        return database.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE inbox_message SET forward_state = ?, forward_attempts = 0, "
                    + "next_forward_at = ?, queued_at = ? WHERE app_id = ? AND forward_state = ?"
                    + (dedupeKey == null ? "" : " AND dedupe_key = ?"))) {
                ps.setString(1, PENDING);
                ps.setLong(2, now);
                ps.setLong(3, now);
                ps.setString(4, appId);
                ps.setString(5, DEAD);
                if (dedupeKey != null) {
                    ps.setString(6, dedupeKey);
                }
                return ps.executeUpdate();
            }
        });
    }

    /** A stored message and its forwarding state, for tests and tools. */
    record Row(InboxMessage message, Optional<String> forwardState, int attempts) {
    }

    Optional<Row> find(String dedupeKey) {
        return database.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM inbox_message WHERE app_id = ? AND dedupe_key = ?")) {
                ps.setString(1, appId);
                ps.setString(2, dedupeKey);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(new Row(read(rs), Optional.ofNullable(rs.getString("forward_state")),
                            rs.getInt("forward_attempts"))) : Optional.empty();
                }
            }
        });
    }

    long count() {
        return database.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM inbox_message WHERE app_id = ?")) {
                ps.setString(1, appId);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    private static InboxMessage read(ResultSet rs) throws SQLException {
        return new InboxMessage(rs.getString("dedupe_key"), rs.getString("msg_type"), Optional.ofNullable(rs.getString("event")),
                rs.getString("from_user"), rs.getLong("create_time"), rs.getString("xml"));
    }
}

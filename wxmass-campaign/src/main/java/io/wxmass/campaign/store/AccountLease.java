package io.wxmass.campaign.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * One sender per account at a time: a lease row per appid, timed by the database's clock (never a host's, which
 * may be skewed), and a fencing token that grows by one with every new holder. A sender stamps its token on its
 * claims and attempts ({@link BatchStore#fenced}); once another has taken the lease, those writes change nothing.
 */
public final class AccountLease {
    private final Database database;
    private final String appId;
    private final String now;

    public AccountLease(Database database, String appId) {
        this.database = Objects.requireNonNull(database, "database");
        this.appId = AppIds.require(appId);
        this.now = nowMillis(database.dialect());
    }

    /** The database's clock in epoch milliseconds, as SQL. */
    static String nowMillis(Dialect dialect) {
        return dialect == Dialect.POSTGRES ? "CAST(EXTRACT(EPOCH FROM clock_timestamp()) * 1000 AS BIGINT)"
                : "CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)";
    }

    /** The guard every fenced write carries: the lease is still held under this token. Binds appId, then the token. */
    static String heldUnder(Dialect dialect) {
        return "EXISTS (SELECT 1 FROM account_lease WHERE app_id = ? AND fence = ? AND lease_until > " + nowMillis(dialect) + ")";
    }

    /** Takes the lease if it is free or expired; returns the new fencing token, or empty while another holds it. */
    public OptionalLong acquire(String owner, Duration ttl) {
        Objects.requireNonNull(owner, "owner");
        return database.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO account_lease (app_id, owner, lease_until, fence) "
                    + "VALUES (?, NULL, 0, 0) ON CONFLICT DO NOTHING")) {
                ps.setString(1, appId);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE account_lease SET owner = ?, lease_until = " + now
                    + " + ?, fence = fence + 1 WHERE app_id = ? AND (owner IS NULL OR lease_until <= " + now + ")")) {
                ps.setString(1, owner);
                ps.setLong(2, ttl.toMillis());
                ps.setString(3, appId);
                if (ps.executeUpdate() != 1) {
                    return OptionalLong.empty();
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT fence FROM account_lease WHERE app_id = ?")) {
                ps.setString(1, appId);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return OptionalLong.of(rs.getLong(1));
                }
            }
        });
    }

    /** The heartbeat: extends the lease while it is still this holder's; false once it was lost. */
    public boolean renew(String owner, long fence, Duration ttl) {
        return database.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE account_lease SET lease_until = " + now + " + ? "
                    + "WHERE app_id = ? AND owner = ? AND fence = ? AND lease_until > " + now)) {
                ps.setLong(1, ttl.toMillis());
                ps.setString(2, appId);
                ps.setString(3, owner);
                ps.setLong(4, fence);
                return ps.executeUpdate() == 1;
            }
        });
    }

    /** Gives the lease up at once (a clean stop), so the next sender need not wait for it to expire. */
    public void release(String owner, long fence) {
        database.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE account_lease SET owner = NULL, lease_until = 0 "
                    + "WHERE app_id = ? AND owner = ? AND fence = ?")) {
                ps.setString(1, appId);
                ps.setString(2, owner);
                ps.setLong(3, fence);
                return ps.executeUpdate();
            }
        });
    }
}

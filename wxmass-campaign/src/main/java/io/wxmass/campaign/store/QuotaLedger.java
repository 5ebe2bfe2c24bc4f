package io.wxmass.campaign.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;

/**
 * The store's own count of what an account spent per quota period, shared by every worker on the database:
 * {@link #MASS_DAY} sendall+send calls per platform day ({@code yyyy-MM-dd}), {@link #TO_ALL_MONTH} accepted
 * is_to_all sends per month ({@code yyyy-MM}). quota/get is trusted over it where the platform answers.
 */
public final class QuotaLedger {
    public static final String MASS_DAY = "MASS_DAY";
    public static final String TO_ALL_MONTH = "TO_ALL_MONTH";

    private final Database database;

    public QuotaLedger(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    /** Counts one call; returns the period's count after it. */
    public long increment(String appId, String kind, String period) {
        return database.inTransaction(c -> {
            // One statement, so two workers counting the first call of a day cannot both insert (both engines
            // take ON CONFLICT on the primary key: PostgreSQL 9.5+, SQLite 3.24+).
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO quota_ledger (app_id, kind, period, calls) "
                    + "VALUES (?, ?, ?, 1) ON CONFLICT (app_id, kind, period) DO UPDATE SET calls = quota_ledger.calls + 1")) {
                bind(ps, appId, kind, period);
                ps.executeUpdate();
            }
            return count(c, appId, kind, period);
        });
    }

    public long calls(String appId, String kind, String period) {
        return database.read(c -> count(c, appId, kind, period));
    }

    private static long count(Connection c, String appId, String kind, String period) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT calls FROM quota_ledger WHERE app_id = ? AND kind = ? AND period = ?")) {
            bind(ps, appId, kind, period);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    private static void bind(PreparedStatement ps, String appId, String kind, String period) throws SQLException {
        ps.setString(1, Objects.requireNonNull(appId, "appId"));
        ps.setString(2, Objects.requireNonNull(kind, "kind"));
        ps.setString(3, Objects.requireNonNull(period, "period"));
    }
}

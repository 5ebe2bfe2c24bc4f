package io.wxmass.campaign.store;

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

    /** The guard every fenced write carries: the lease is still held under this token. Binds {@code :app} and {@code :fence}. */
    static String heldUnder(Dialect dialect) {
        return "EXISTS (SELECT 1 FROM account_lease WHERE app_id = :app AND fence = :fence AND lease_until > "
                + nowMillis(dialect) + ")";
    }

    /** Takes the lease if it is free or expired; returns the new fencing token, or empty while another holds it. */
    public OptionalLong acquire(String owner, Duration ttl) {
        Objects.requireNonNull(owner, "owner");
        return database.inHandleTransaction(h -> {
            h.createUpdate("INSERT INTO account_lease (app_id, owner, lease_until, fence) VALUES (:app, NULL, 0, 0) "
                    + "ON CONFLICT DO NOTHING").bind("app", appId).execute();
            int taken = h.createUpdate("UPDATE account_lease SET owner = :owner, lease_until = " + now + " + :ttl, "
                            + "fence = fence + 1 WHERE app_id = :app AND (owner IS NULL OR lease_until <= " + now + ")")
                    .bind("owner", owner).bind("ttl", ttl.toMillis()).bind("app", appId).execute();
            if (taken != 1) {
                return OptionalLong.empty();
            }
            return OptionalLong.of(h.createQuery("SELECT fence FROM account_lease WHERE app_id = :app")
                    .bind("app", appId).mapTo(Long.class).one());
        });
    }

    /** The heartbeat: extends the lease while it is still this holder's; false once it was lost. */
    public boolean renew(String owner, long fence, Duration ttl) {
        return database.inHandleTransaction(h -> h.createUpdate("UPDATE account_lease SET lease_until = " + now
                        + " + :ttl WHERE app_id = :app AND owner = :owner AND fence = :fence AND lease_until > " + now)
                .bind("ttl", ttl.toMillis()).bind("app", appId).bind("owner", owner).bind("fence", fence)
                .execute() == 1);
    }

    /** Gives the lease up at once (a clean stop), so the next sender need not wait for it to expire. */
    public void release(String owner, long fence) {
        database.inHandleTransaction(h -> h.createUpdate("UPDATE account_lease SET owner = NULL, lease_until = 0 "
                        + "WHERE app_id = :app AND owner = :owner AND fence = :fence")
                .bind("app", appId).bind("owner", owner).bind("fence", fence).execute());
    }
}

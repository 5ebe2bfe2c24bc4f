package io.wxmass.campaign.store;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * Brings the schema up to date with Flyway from {@code classpath:db/migration} ({@code V<n>__<what>.sql}, found
 * in the jar as well as in a class folder). A checksum that differs from the one applied stops the start: an
 * applied migration must never change under a running installation.
 *
 * <p>Stores made before Flyway kept their history in {@code schema_version} (V1 only). Such a store is adopted:
 * Flyway records V1 as its baseline and applies V2 on, so an upgrade keeps every row.
 */
final class Migrations {
    static final String HISTORY_TABLE = "flyway_schema_history";
    private static final String LEGACY_TABLE = "schema_version";

    private Migrations() {
    }

    static void migrate(Database database) {
        boolean legacy = database.read(Migrations::isLegacyStore);
        try {
            Flyway.configure()
                    .dataSource(database.dataSource())
                    .locations("classpath:db/migration")
                    .table(HISTORY_TABLE)
                    .baselineOnMigrate(legacy)
                    .baselineVersion("1")
                    .baselineDescription("init (adopted from schema_version)")
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new StoreException("cannot migrate " + database.redactedUrl() + ": " + e.getMessage(), e);
        }
    }

    /** A store written by the hand-written runner: its own history table, none of Flyway's yet. */
    private static boolean isLegacyStore(Connection c) throws SQLException {
        if (!hasTable(c, LEGACY_TABLE) || hasTable(c, HISTORY_TABLE)) {
            return false;
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT MAX(version) FROM " + LEGACY_TABLE);
             ResultSet rs = ps.executeQuery()) {
            int latest = rs.next() ? rs.getInt(1) : 0;
            if (latest != 1) {
                throw new StoreException(LEGACY_TABLE + " records V" + latest + ", but only V1 was ever applied by it: "
                        + "this store was not written by wxmass");
            }
        }
        return true;
    }

    private static boolean hasTable(Connection c, String name) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        for (String candidate : new String[] {name, name.toUpperCase(java.util.Locale.ROOT)}) {
            try (ResultSet rs = meta.getTables(null, null, candidate, new String[] {"TABLE"})) {
                if (rs.next()) {
                    return true;
                }
            }
        }
        return false;
    }
}

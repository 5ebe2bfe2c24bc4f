package io.wxmass.campaign.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wxmass.campaign.Batch;
import io.wxmass.campaign.BatchState;
import io.wxmass.campaign.Campaign;
import io.wxmass.campaign.CampaignState;
import io.wxmass.campaign.testing.TestDatabases;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MigrationsTest {
    private static final String LEGACY_APP = "wxlegacyowner0001";

    @TempDir
    Path folder;

    private Database fresh(Dialect dialect) {
        return dialect == Dialect.SQLITE ? TestDatabases.sqliteFile(folder) : TestDatabases.freshPostgres();
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void migrate_onEmptyDatabase_appliesEveryScriptInOrder(Dialect dialect) throws SQLException {
        Database db = fresh(dialect).migrate();

        List<String> versions = history(db);
        assertThat(versions).startsWith("1").contains("4");
        assertThat(versions).isSortedAccordingTo((a, b) -> Integer.compare(Integer.parseInt(a), Integer.parseInt(b)));
        assertThat(count(db, "SELECT COUNT(*) FROM campaign_batch")).isZero();
        assertThat(count(db, "SELECT COUNT(*) FROM audit_log")).isZero();
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void migrate_again_changesNothing(Dialect dialect) throws SQLException {
        Database db = fresh(dialect).migrate();
        List<String> before = history(db);

        db.migrate();

        assertThat(history(db)).isEqualTo(before);
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void migrate_whenAnAppliedScriptChanged_refusesToStart(Dialect dialect) throws SQLException {
        Database db = fresh(dialect).migrate();
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE " + Migrations.HISTORY_TABLE + " SET checksum = 12345 WHERE version = '1'");
        }

        assertThatThrownBy(db::migrate)
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("checksum mismatch")
                .hasMessageContaining("1");
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void migrate_onStoreWrittenBeforeFlyway_keepsEveryRowAndHandsThemToTheFirstAccount(Dialect dialect) throws Exception {
        Database db = fresh(dialect);
        runScript(db, "db/migration/V1__init.sql");
        runScript(db, "store/v1-store-rows.sql");

        db.migrate();
        int adopted = LegacyRows.adopt(db, LEGACY_APP);

        assertThat(adopted).isEqualTo(1);
        assertThat(history(db)).startsWith("1").contains("4");
        assertThat(count(db, "SELECT COUNT(*) FROM " + Migrations.HISTORY_TABLE + " WHERE type = 'BASELINE'")).isEqualTo(1);
        CampaignStore campaigns = new CampaignStore(db, LEGACY_APP);
        Campaign campaign = campaigns.get("legacyaaaaaaaaaa").orElseThrow();
        assertThat(campaign.state()).isEqualTo(CampaignState.PLANNED);
        assertThat(campaign.recipientCount()).isEqualTo(3);
        assertThat(campaign.appId()).isEqualTo(LEGACY_APP);
        List<Batch> batches = new BatchStore(db, LEGACY_APP).batches(campaign.id());
        assertThat(batches).extracting(Batch::state).containsExactly(BatchState.FINISHED, BatchState.PLANNED);
        assertThat(batches.get(0).msgId()).hasValue(1000000001L);
        assertThat(new BatchStore(db, LEGACY_APP).openIds(batches.get(1).key()))
                .containsExactly("oLegacy0000000000000000000003");
        assertThat(campaigns.totals(campaign.id()).counts().sent()).isEqualTo(2);
        assertThat(count(db, "SELECT COUNT(*) FROM mass_event WHERE app_id = '" + LEGACY_APP + "'")).isEqualTo(1);
        // Another account sharing the store sees none of it, and a later start adopts nothing.
        assertThat(new CampaignStore(db, "wxotheraccount001").list()).isEmpty();
        assertThat(LegacyRows.adopt(db, "wxotheraccount001")).isZero();
    }

    private static List<String> history(Database db) throws SQLException {
        List<String> versions = new ArrayList<>();
        try (Connection c = db.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT version FROM " + Migrations.HISTORY_TABLE
                     + " WHERE success = " + (db.dialect() == Dialect.POSTGRES ? "true" : "1") + " ORDER BY installed_rank")) {
            while (rs.next()) {
                versions.add(rs.getString(1));
            }
        }
        return versions;
    }

    private static long count(Database db, String sql) throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Runs a class path script statement by statement, as the hand-written runner did (semicolons at line ends). */
    private static void runScript(Database db, String resource) throws IOException, SQLException {
        String sql;
        try (InputStream in = MigrationsTest.class.getClassLoader().getResourceAsStream(resource)) {
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        StringBuilder statement = new StringBuilder();
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            for (String line : sql.split("\n")) {
                if (line.strip().startsWith("--")) {
                    continue;
                }
                statement.append(line).append('\n');
                if (line.strip().endsWith(";")) {
                    s.execute(statement.toString().strip().replaceAll(";$", ""));
                    statement.setLength(0);
                }
            }
        }
    }
}

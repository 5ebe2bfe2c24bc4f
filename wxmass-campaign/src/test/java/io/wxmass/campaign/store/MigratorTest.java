package io.wxmass.campaign.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wxmass.campaign.testing.TestDatabases;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MigratorTest {
    @TempDir
    Path folder;

    private Database fresh(Dialect dialect) {
        return dialect == Dialect.SQLITE ? TestDatabases.sqliteFile(folder) : TestDatabases.freshPostgres();
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void migrate_onEmptyDatabase_appliesEveryScriptAndRecordsItsChecksum(Dialect dialect) throws SQLException {
        Database db = fresh(dialect).migrate();

        try (Connection c = db.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT version, description, checksum FROM schema_version ORDER BY version")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isEqualTo(1);
            assertThat(rs.getString(2)).isEqualTo("init");
            assertThat(rs.getString(3)).isEqualTo(Migrator.load().get(0).checksum()).hasSize(64);
        }
        try (Connection c = db.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM campaign_batch")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void migrate_again_changesNothing(Dialect dialect) throws SQLException {
        Database db = fresh(dialect).migrate();
        db.migrate();

        try (Connection c = db.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM schema_version")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(Migrator.load().size());
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void migrate_whenAnAppliedScriptChanged_refusesToStart(Dialect dialect) throws SQLException {
        Database db = fresh(dialect).migrate();
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE schema_version SET checksum = 'edited' WHERE version = 1");
        }

        assertThatThrownBy(db::migrate)
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("V1__init")
                .hasMessageContaining("checksum mismatch");
    }

    @org.junit.jupiter.api.Test
    void statements_splitAtLineEndSemicolons_skippingComments() {
        assertThat(Migrator.statements("-- note\nCREATE TABLE a (x INT);\n\nCREATE INDEX i\n  ON a (x);\n"))
                .containsExactly("CREATE TABLE a (x INT)", "CREATE INDEX i\n  ON a (x)");
    }
}

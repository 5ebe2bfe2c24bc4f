package io.wxmass.campaign.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Applies the versioned scripts under {@code db/migration/} (listed in its INDEX file, named
 * {@code V<n>__<description>.sql}) in order, once each, recording them in {@code schema_version}.
 * A script whose checksum differs from the one recorded when it was applied stops the start:
 * an applied migration must never change under a running installation.
 */
final class Migrator {
    private static final String ROOT = "db/migration/";
    private static final Pattern NAME = Pattern.compile("V(\\d+)__([A-Za-z0-9_]+)\\.sql");

    private final Database database;

    Migrator(Database database) {
        this.database = database;
    }

    /** A migration script read from the class path. */
    record Migration(int version, String description, String sql, String checksum) {
    }

    void migrate() {
        List<Migration> migrations = load();
        database.inTransaction(connection -> {
            createVersionTable(connection);
            List<Migration> applied = applied(connection);
            for (int i = 0; i < migrations.size(); i++) {
                Migration migration = migrations.get(i);
                if (i < applied.size()) {
                    verify(applied.get(i), migration);
                } else {
                    apply(connection, migration);
                }
            }
            return null;
        });
    }

    static List<Migration> load() {
        List<Migration> result = new ArrayList<>();
        for (String line : resource(ROOT + "INDEX").split("\n")) {
            String name = line.strip();
            if (name.isEmpty()) {
                continue;
            }
            Matcher m = NAME.matcher(name);
            if (!m.matches()) {
                throw new StoreException("migration " + name + " must be named V<n>__<description>.sql");
            }
            int version = Integer.parseInt(m.group(1));
            // Ascending, gaps allowed: branches take version numbers ahead of each other landing.
            int previous = result.isEmpty() ? 0 : result.get(result.size() - 1).version();
            if (version <= previous) {
                throw new StoreException("migration " + name + " is out of order: expected a version above V" + previous);
            }
            String sql = resource(ROOT + name);
            result.add(new Migration(version, m.group(2), sql, sha256(sql)));
        }
        return result;
    }

    private static void createVersionTable(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS schema_version ("
                    + "version INTEGER PRIMARY KEY, description VARCHAR(200) NOT NULL, "
                    + "checksum VARCHAR(64) NOT NULL, applied_at BIGINT NOT NULL)");
        }
    }

    private static List<Migration> applied(Connection connection) throws SQLException {
        List<Migration> result = new ArrayList<>();
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT version, description, checksum FROM schema_version ORDER BY version")) {
            while (rs.next()) {
                result.add(new Migration(rs.getInt(1), rs.getString(2), null, rs.getString(3)));
            }
        }
        return result;
    }

    private static void verify(Migration applied, Migration script) {
        if (applied.version() != script.version() || !applied.checksum().equals(script.checksum())) {
            throw new StoreException("migration V" + script.version() + "__" + script.description()
                    + " differs from the one applied to this database (checksum mismatch)");
        }
    }

    private static void apply(Connection connection, Migration migration) throws SQLException {
        try (Statement s = connection.createStatement()) {
            for (String statement : statements(migration.sql())) {
                s.execute(statement);
            }
        }
        try (PreparedStatement ps = connection.prepareStatement(
                "INSERT INTO schema_version (version, description, checksum, applied_at) VALUES (?, ?, ?, ?)")) {
            ps.setInt(1, migration.version());
            ps.setString(2, migration.description());
            ps.setString(3, migration.checksum());
            ps.setLong(4, System.currentTimeMillis());
            ps.executeUpdate();
        }
    }

    /** Splits on semicolons at line ends; the scripts hold no procedural code, so this is enough. */
    static List<String> statements(String sql) {
        List<String> result = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : sql.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("--") || trimmed.isEmpty()) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                String statement = current.toString().strip();
                result.add(statement.substring(0, statement.length() - 1));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            result.add(current.toString().strip());
        }
        return result;
    }

    private static String resource(String path) {
        try (InputStream in = Migrator.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new StoreException("missing class path resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new StoreException("cannot read " + path, e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JDK", e);
        }
    }
}

package io.wxmass.campaign.testing;

import io.wxmass.campaign.store.Database;
import io.wxmass.campaign.store.Dialect;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fresh, migrated databases for tests: a SQLite file in a temporary folder, or a new database on
 * one real PostgreSQL server started once per test JVM (and stopped when the JVM exits).
 */
public final class TestDatabases {
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static EmbeddedPostgres postgres;

    private TestDatabases() {
    }

    public static Database fresh(Dialect dialect, Path folder) {
        return switch (dialect) {
            case SQLITE -> Database.sqlite(folder.resolve("campaigns-" + COUNTER.incrementAndGet() + ".db")).migrate();
            case POSTGRES -> freshPostgres().migrate();
        };
    }

    /** A fresh SQLite file database, not migrated. */
    public static Database sqliteFile(Path folder) {
        return Database.sqlite(folder.resolve("campaigns-" + COUNTER.incrementAndGet() + ".db"));
    }

    /** A fresh PostgreSQL database, not migrated. */
    public static synchronized Database freshPostgres() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start embedded PostgreSQL", e);
            }
            EmbeddedPostgres started = postgres;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException ignored) {
                    // the JVM is going away; the server's folder is temporary
                }
            }));
        }
        String name = "wxmass_" + COUNTER.incrementAndGet();
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database", e);
        }
        return Database.open(postgres.getJdbcUrl("postgres", name), "postgres", "postgres");
    }

    public static Path tempFolder() {
        try {
            return Files.createTempDirectory("wxmass-campaign-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

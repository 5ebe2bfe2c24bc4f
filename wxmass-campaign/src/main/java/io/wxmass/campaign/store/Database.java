package io.wxmass.campaign.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Properties;
import javax.sql.DataSource;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * Where campaigns live: a SQLite file (the embedded default) or PostgreSQL, picked by the JDBC URL.
 *
 * <p>Connections come from a HikariCP pool, opened on first use and held per unit of work. SQLite
 * runs in WAL mode with a busy timeout and IMMEDIATE transactions, so several worker processes on
 * one file serialise their writes instead of failing on a lock upgrade; its pool is small because
 * only one connection writes at a time (readers in WAL mode never wait).
 */
public final class Database implements AutoCloseable {
    private static final int SQLITE_BUSY_TIMEOUT_MS = 30_000;
    private static final int SQLITE_POOL_SIZE = 4;
    private static final int POSTGRES_POOL_SIZE = 10;

    private final String url;
    private final Properties properties;
    private final Dialect dialect;
    private volatile HikariDataSource pool;
    /** An application's own pool (a Spring DataSource): used as it is, and closed by its owner, not here. */
    private final DataSource external;
    private volatile Jdbi jdbi;

    private Database(String url, Properties properties) {
        this(url, properties, null);
    }

    private Database(String url, Properties properties, DataSource external) {
        this.url = url;
        this.properties = properties;
        this.dialect = Dialect.fromUrl(url);
        this.external = external;
    }

    /**
     * The database behind an application's {@code dataSource} (e.g. Spring's): its connections, its pool settings;
     * the dialect is read from the URL the driver reports. {@link #close()} leaves it open for its owner.
     */
    public static Database of(DataSource dataSource) {
        Objects.requireNonNull(dataSource, "dataSource");
        try (Connection c = dataSource.getConnection()) {
            return new Database(c.getMetaData().getURL(), new Properties(), dataSource);
        } catch (SQLException e) {
            throw new StoreException("cannot open the application's data source: " + e.getMessage(), e);
        }
    }

    /** A database by JDBC URL; credentials (PostgreSQL) may be in the URL or given with {@link #open(String, String, String)}. */
    public static Database open(String jdbcUrl) {
        return new Database(Objects.requireNonNull(jdbcUrl, "jdbcUrl"), new Properties());
    }

    public static Database open(String jdbcUrl, String user, String password) {
        Properties properties = new Properties();
        properties.setProperty("user", Objects.requireNonNull(user, "user"));
        properties.setProperty("password", Objects.requireNonNull(password, "password"));
        return new Database(Objects.requireNonNull(jdbcUrl, "jdbcUrl"), properties);
    }

    /** A SQLite file database. */
    public static Database sqlite(java.nio.file.Path file) {
        return open("jdbc:sqlite:" + file.toAbsolutePath());
    }

    public Dialect dialect() {
        return dialect;
    }

    /** Applies pending migrations (Flyway, {@code db/migration}); safe to call on every start. */
    public Database migrate() {
        Migrations.migrate(this);
        return this;
    }

    /** The pooled data source, for tools that take one (Flyway). */
    public DataSource dataSource() {
        return source();
    }

    /** A pooled connection in auto-commit mode; the caller closes it (which returns it to the pool). */
    public Connection connect() {
        try {
            return source().getConnection();
        } catch (SQLException e) {
            throw new StoreException("cannot open database " + redactedUrl(), e);
        }
    }

    /** Closes the pool; a later {@link #connect()} opens a new one. */
    @Override
    public synchronized void close() {
        if (pool != null) {
            pool.close();
            pool = null;
        }
    }

    private DataSource source() {
        return external != null ? external : pool();
    }

    private HikariDataSource pool() {
        HikariDataSource current = pool;
        return current != null ? current : openPool();
    }

    private synchronized HikariDataSource openPool() {
        if (pool == null) {
            try {
                pool = new HikariDataSource(poolConfig());
            } catch (HikariPool.PoolInitializationException e) {
                // The first connection is opened here, so a wrong URL or a dead server fails at once.
                throw new StoreException("cannot open database " + redactedUrl(), e.getCause() == null ? e : e.getCause());
            }
        }
        return pool;
    }

    private HikariConfig poolConfig() {
        HikariConfig config = new HikariConfig();
        config.setPoolName("wxmass-store");
        config.setJdbcUrl(url);
        Properties props = new Properties();
        props.putAll(properties);
        if (dialect == Dialect.SQLITE) {
            props.setProperty("journal_mode", "WAL");
            props.setProperty("synchronous", "NORMAL");
            props.setProperty("busy_timeout", Integer.toString(SQLITE_BUSY_TIMEOUT_MS));
            props.setProperty("transaction_mode", "IMMEDIATE");
            props.setProperty("foreign_keys", "true");
            config.setConnectionInitSql("PRAGMA busy_timeout = " + SQLITE_BUSY_TIMEOUT_MS);
            config.setMaximumPoolSize(SQLITE_POOL_SIZE);
        } else {
            config.setMaximumPoolSize(POSTGRES_POOL_SIZE);
        }
        config.setMinimumIdle(1);
        config.setDataSourceProperties(props);
        return config;
    }

    /** Runs {@code work} in one transaction: committed when it returns, rolled back when it throws. */
    public <T> T inTransaction(Work<T> work) {
        try (Connection connection = connect()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("database work failed: " + e.getMessage(), e);
        }
    }

    /**
     * Runs read-only {@code work} on an auto-commit connection: no write lock is taken, so reads
     * never wait for a writer (SQLite WAL) nor hold one up.
     */
    public <T> T read(Work<T> work) {
        try (Connection connection = connect()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw new StoreException("database read failed: " + e.getMessage(), e);
        }
    }

    /**
     * Runs {@code work} on a Jdbi handle in one transaction (named binds instead of counted positions): committed
     * when it returns, rolled back when it throws.
     */
    public <T> T inHandleTransaction(HandleCallback<T, RuntimeException> work) {
        try {
            return jdbi().inTransaction(work);
        } catch (JdbiException e) {
            throw new StoreException("database work failed: " + e.getMessage(), e);
        }
    }

    /** Runs read-only {@code work} on an auto-commit Jdbi handle: no write lock is taken (see {@link #read}). */
    public <T> T withHandle(HandleCallback<T, RuntimeException> work) {
        try {
            return jdbi().withHandle(work);
        } catch (JdbiException e) {
            throw new StoreException("database read failed: " + e.getMessage(), e);
        }
    }

    private Jdbi jdbi() {
        Jdbi current = jdbi;
        if (current == null) {
            synchronized (this) {
                if (jdbi == null) {
                    jdbi = Jdbi.create(source());
                }
                current = jdbi;
            }
        }
        return current;
    }

    /** The URL without any query string, where a password may sit. */
    public String redactedUrl() {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query) + "?…";
    }

    @Override
    public String toString() {
        return "Database[" + redactedUrl() + "]";
    }

    /** A unit of work on one connection. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }
}

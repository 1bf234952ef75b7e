package org.councilprotocol.store;

import java.util.Locale;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * The gateway's own database: threads, audit log (and, later, enquiry timers). An H2 file for one
 * James node; PostgreSQL when several nodes share the work. The schema is Flyway's job.
 */
public final class StateStore implements AutoCloseable {
    private static final String QUERY_CACHE_SIZE = "QUERY_CACHE_SIZE";
    private static final int H2_QUERY_CACHE = 64;

    private final HikariDataSource dataSource;
    private final ThreadStore threads;
    private final AuditLog audit;

    /** How audit lines reach the database. */
    public enum AuditWrites {
        /** Each line as it is appended: the check command, tests. */
        IMMEDIATE,
        /** Queued and written in batches by a background writer, flushed on close: the gateway. */
        QUEUED
    }

    private StateStore(HikariDataSource dataSource, AuditWrites auditWrites) {
        this.dataSource = dataSource;
        this.threads = new ThreadStore(dataSource);
        this.audit = auditWrites == AuditWrites.QUEUED ? AuditLog.queued(dataSource) : AuditLog.immediate(dataSource);
    }

    /**
     * Opens the store and brings its schema up to date.
     *
     * @param jdbcUrl e.g. {@code jdbc:h2:file:/var/james/council/state} or {@code jdbc:postgresql://db/council}
     */
    public static StateStore open(String jdbcUrl, String user, String password) {
        return open(jdbcUrl, user, password, AuditWrites.IMMEDIATE);
    }

    /**
     * Opens the store and brings its schema up to date, with audit lines written as {@code auditWrites} says.
     *
     * @param jdbcUrl e.g. {@code jdbc:h2:file:/var/james/council/state} or {@code jdbc:postgresql://db/council}
     */
    public static StateStore open(String jdbcUrl, String user, String password, AuditWrites auditWrites) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        if (user != null) {
            config.setUsername(user);
        }
        if (password != null) {
            config.setPassword(password);
        }
        if (jdbcUrl.startsWith("jdbc:h2:") && !jdbcUrl.toUpperCase(Locale.ROOT).contains(QUERY_CACHE_SIZE)) {
            // H2 parses a statement again unless its session's cache still holds it; the default of 8 is
            // fewer than the statements one message needs, so every one of them would be parsed each time.
            config.addDataSourceProperty(QUERY_CACHE_SIZE, String.valueOf(H2_QUERY_CACHE));
        }
        config.setPoolName("council-protocol-state");
        config.setMaximumPoolSize(8);
        config.setMinimumIdle(1);
        config.setInitializationFailTimeout(10_000);
        HikariDataSource dataSource = new HikariDataSource(config);
        try {
            Flyway.configure(StateStore.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/council")
                .table("council_schema_history")
                // A shared database may already hold other tables: start our history at 0 so V1 still runs.
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
        return new StateStore(dataSource, auditWrites);
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public ThreadStore threads() {
        return threads;
    }

    public AuditLog audit() {
        return audit;
    }

    /** Writes the audit lines still queued, then closes the connections. */
    @Override
    public void close() {
        try {
            audit.close();
        } finally {
            dataSource.close();
        }
    }
}

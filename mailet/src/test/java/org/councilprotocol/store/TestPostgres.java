package org.councilprotocol.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The test PostgreSQL, as {@link PostgresThreadStoreTest} reaches it: {@code jdbc:postgresql://127.0.0.1:5432/test}
 * as {@code postgres} or the OS user (trust authentication), overridable with the system properties
 * {@code council.test.postgres.url}, {@code .user} and {@code .password}. Each test works in a schema of
 * its own, dropped afterwards.
 */
public final class TestPostgres implements AutoCloseable {
    public static final String URL = System.getProperty("council.test.postgres.url",
        "jdbc:postgresql://127.0.0.1:5432/test");

    private final Connection admin;
    private final String user;
    private final String password;

    private TestPostgres(Connection admin, String user, String password) {
        this.admin = admin;
        this.user = user;
        this.password = password;
    }

    /** Connects, or explains why not. */
    public static TestPostgres connect() {
        List<String> problems = new ArrayList<>();
        Set<String> users = new LinkedHashSet<>();
        Optional.ofNullable(System.getProperty("council.test.postgres.user")).ifPresent(users::add);
        users.add("postgres");
        users.add(System.getProperty("user.name"));
        String password = System.getProperty("council.test.postgres.password");
        DriverManager.setLoginTimeout(5);
        for (String candidate : users) {
            try {
                return new TestPostgres(DriverManager.getConnection(URL, candidate, password), candidate, password);
            } catch (SQLException e) {
                problems.add(candidate + ": " + e.getMessage());
            }
        }
        throw new IllegalStateException("PostgreSQL is not reachable at " + URL + " (" + String.join("; ", problems) + ")");
    }

    /** Connects; when that fails the calling tests are skipped, except on CI ({@code CI=true}) where they fail. */
    public static TestPostgres connectOrSkip() {
        try {
            return connect();
        } catch (IllegalStateException e) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail(e.getMessage() + ". CI=true, so the PostgreSQL tests must run.");
            }
            Assumptions.abort(e.getMessage() + ": skipping the PostgreSQL tests.");
            throw e;
        }
    }

    /** A new, empty schema with a random name starting with {@code prefix}. */
    public String newSchema(String prefix) {
        String schema = prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
        execute("CREATE SCHEMA " + schema);
        return schema;
    }

    public void dropSchema(String schema) {
        execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }

    /** The JDBC URL whose connections work in a schema. */
    public String url(String schema) {
        return URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    /** A state store (a James node) on a schema. */
    public StateStore open(String schema) {
        return StateStore.open(url(schema), user, password);
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    public void execute(String sql) {
        try (Statement statement = admin.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new AssertionError(sql + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            admin.close();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}

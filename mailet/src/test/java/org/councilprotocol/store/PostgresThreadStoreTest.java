package org.councilprotocol.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

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

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The same thread store against a real PostgreSQL, the database of multi-node installations.
 *
 * <p>Connects to {@code jdbc:postgresql://127.0.0.1:5432/test} as {@code postgres} or the current OS
 * user (trust authentication); override with the system properties {@code council.test.postgres.url},
 * {@code .user} and {@code .password}. Each test gets a schema of its own ({@code currentSchema}),
 * dropped afterwards, so nothing else in the database is touched.
 *
 * <p>When PostgreSQL cannot be reached the tests are skipped, except on CI ({@code CI=true}), where
 * that is a failure: CI must exercise the production database.
 */
class PostgresThreadStoreTest extends ThreadStoreContract {
    private static final String URL = System.getProperty("council.test.postgres.url",
        "jdbc:postgresql://127.0.0.1:5432/test");
    private static Connection admin;
    private static String user;
    private static String password;
    private String schema;

    @BeforeAll
    static void connect() {
        List<String> problems = new ArrayList<>();
        Set<String> users = new LinkedHashSet<>();
        Optional.ofNullable(System.getProperty("council.test.postgres.user")).ifPresent(users::add);
        users.add("postgres");
        users.add(System.getProperty("user.name"));
        password = System.getProperty("council.test.postgres.password");
        DriverManager.setLoginTimeout(5);
        for (String candidate : users) {
            try {
                admin = DriverManager.getConnection(URL, candidate, password);
                user = candidate;
                return;
            } catch (SQLException e) {
                problems.add(candidate + ": " + e.getMessage());
            }
        }
        String why = "PostgreSQL is not reachable at " + URL + " (" + String.join("; ", problems) + ")";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail(why + ". CI=true, so the PostgreSQL store tests must run.");
        }
        Assumptions.abort(why + ": skipping the PostgreSQL store tests.");
    }

    @AfterAll
    static void disconnect() throws SQLException {
        if (admin != null) {
            admin.close();
        }
    }

    @Override
    protected StateStore openStore() {
        schema = "council_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
        execute("CREATE SCHEMA " + schema);
        return StateStore.open(URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema, user, password);
    }

    @Override
    protected void cleanUp() {
        if (schema != null) {
            execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }

    private static void execute(String sql) {
        try (Statement statement = admin.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new AssertionError(sql + ": " + e.getMessage(), e);
        }
    }

    @Test
    void theTablesLiveInTheTestsOwnSchema() {
        assertThat(count("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = ? AND table_name IN "
            + "('council_thread', 'council_message', 'council_participant', 'council_audit', 'council_schema_history')",
            schema)).isEqualTo(5);
        assertThat(text("SELECT current_schema()")).isEqualTo(schema);
    }

    @Test
    void aSchemaThatAlreadyHoldsOtherTablesIsMigratedFromABaseline() {
        // A council's shared database with James's own tables already in it.
        store.close();
        cleanUp();
        execute("CREATE SCHEMA " + schema);
        execute("CREATE TABLE " + schema + ".james_mailbox (id BIGINT PRIMARY KEY)");
        store = StateStore.open(URL + "?currentSchema=" + schema, user, password);

        enquiry("<enq-1@northbrook.gov.uk>", MONDAY);
        assertThat(count("SELECT COUNT(*) FROM council_thread")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM \"council_schema_history\" WHERE \"version\" = '1' AND \"success\"")).isEqualTo(1);
    }
}

package org.councilprotocol.it;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import org.councilprotocol.james.CouncilProtocol;
import org.junit.jupiter.api.Assumptions;

/**
 * A schema of its own in the machine's PostgreSQL (127.0.0.1:5432, database test) for the James nodes of
 * one test class. Under CI, PostgreSQL must be there: a test that cannot connect fails rather than skips.
 */
final class SharedDatabase implements AutoCloseable {
    static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/test";
    static final String USER = System.getenv().getOrDefault("PGUSER", "postgres");

    private final String schema;

    private SharedDatabase(String schema) {
        this.schema = schema;
    }

    static SharedDatabase create() throws SQLException {
        String schema = "council_it_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection connection = DriverManager.getConnection(SERVER, USER, null);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            if ("true".equals(System.getenv("CI"))) {
                throw new AssertionError("PostgreSQL is required under CI but could not be reached at " + SERVER, e);
            }
            Assumptions.abort("PostgreSQL not reachable at " + SERVER + ": " + e.getMessage());
        }
        return new SharedDatabase(schema);
    }

    /** The JDBC URL the nodes use. */
    String url() {
        return SERVER + "?currentSchema=" + schema;
    }

    /** A James node of the test council on this database and a shared clock, sweeping every half second. */
    TestCouncil node(Path folder, Clock clock) throws Exception {
        System.setProperty(CouncilProtocol.STATE_URL_PROPERTY, url());
        System.setProperty(CouncilProtocol.STATE_URL_PROPERTY + ".user", USER);
        try {
            return TestCouncil.startWith(folder, gateway -> gateway.clock(clock).reminderInterval(Duration.ofMillis(500)));
        } finally {
            System.clearProperty(CouncilProtocol.STATE_URL_PROPERTY);
            System.clearProperty(CouncilProtocol.STATE_URL_PROPERTY + ".user");
        }
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), USER, null);
    }

    @Override
    public void close() throws SQLException {
        try (Connection connection = DriverManager.getConnection(SERVER, USER, null);
             Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA " + schema + " CASCADE");
        }
    }
}

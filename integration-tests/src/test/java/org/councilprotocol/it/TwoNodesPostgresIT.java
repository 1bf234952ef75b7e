package org.councilprotocol.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilprotocol.it.TestCouncil.header;
import static org.councilprotocol.it.TestCouncil.message;
import static org.councilprotocol.it.TestCouncil.withSubject;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import javax.mail.internet.MimeMessage;

import org.councilprotocol.james.CouncilProtocol;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two James nodes of one council sharing a PostgreSQL state store: a conversation that starts on one
 * node and continues on the other is one thread. Needs PostgreSQL on 127.0.0.1:5432 (database test);
 * under CI it must be there.
 */
class TwoNodesPostgresIT {
    static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/test";
    static final String USER = System.getenv().getOrDefault("PGUSER", "postgres");

    @TempDir
    static Path work;
    static String schema;
    static String url;
    static TestCouncil first;
    static TestCouncil second;

    @BeforeAll
    static void start() throws Exception {
        schema = "council_it_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection connection = DriverManager.getConnection(SERVER, USER, null);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            if ("true".equals(System.getenv("CI"))) {
                throw new AssertionError("PostgreSQL is required under CI but could not be reached at " + SERVER, e);
            }
            Assumptions.abort("PostgreSQL not reachable at " + SERVER + ": " + e.getMessage());
        }
        url = SERVER + "?currentSchema=" + schema;
        System.setProperty(CouncilProtocol.STATE_URL_PROPERTY, url);
        System.setProperty(CouncilProtocol.STATE_URL_PROPERTY + ".user", USER);
        try {
            first = TestCouncil.start(work.resolve("node-1"));
            second = TestCouncil.start(work.resolve("node-2"));
        } finally {
            System.clearProperty(CouncilProtocol.STATE_URL_PROPERTY);
            System.clearProperty(CouncilProtocol.STATE_URL_PROPERTY + ".user");
        }
    }

    @AfterAll
    static void stop() throws SQLException {
        if (first != null) {
            first.close();
        }
        if (second != null) {
            second.close();
        }
        if (url != null) {
            try (Connection connection = DriverManager.getConnection(SERVER, USER, null);
                 Statement statement = connection.createStatement()) {
                statement.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }

    @Test
    void aConversationAcrossTwoNodesIsOneThread() throws Exception {
        MimeMessage enquiry = message(TestCouncil.ANN, TestCouncil.BOB, "Fly-tipping in Cliftonville West",
            "Bob, can you tell me when the fly-tipping behind the shops will be cleared?");
        enquiry.setHeader("Message-ID", "<enquiry-" + UUID.randomUUID() + "@northbrook.gov.uk>");
        first.submitAs(TestCouncil.ANN, enquiry);
        MimeMessage received = FoundationIT.eventually().one(() -> withSubject(first.inbox(TestCouncil.BOB), "Fly-tipping"));
        String messageId = received.getMessageID();

        MimeMessage reply = message(TestCouncil.BOB, TestCouncil.ANN, "RE: Fly-tipping in Cliftonville West",
            "Ann, the crew will clear it on Thursday.");
        reply.setHeader("In-Reply-To", messageId);
        reply.setHeader("References", messageId);
        second.submitAs(TestCouncil.BOB, reply);
        MimeMessage answered = FoundationIT.eventually().one(() -> withSubject(second.inbox(TestCouncil.ANN), "RE: Fly-tipping"));

        assertThat(header(received, "X-Council-Correspondence")).contains("thread=\"" + messageId + "\"");
        assertThat(header(answered, "X-Council-Correspondence"))
            .startsWith("officer-to-member; sender-kind=officer; sender=bob-jones;")
            .contains("thread=\"" + messageId + "\"");
        try (Connection connection = DriverManager.getConnection(url, USER, null);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM council_message WHERE thread_id = '" + messageId + "'")) {
            rows.next();
            assertThat(rows.getInt(1)).isEqualTo(2);
        }
    }
}

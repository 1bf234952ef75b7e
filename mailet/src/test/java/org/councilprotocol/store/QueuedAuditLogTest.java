package org.councilprotocol.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The gateway's audit log, queued and written in batches off the mail's path: every line still
 * reaches the database, in order, and nothing is lost when the queue is full, the database fails for
 * a while, or the gateway stops. H2 in memory; the people are Northbrook's.
 */
class QueuedAuditLogTest {
    private static final Instant MONDAY = Instant.parse("2026-11-23T10:15:00Z");
    private static final String ANN = "cllr.ann.smith@northbrook.gov.uk";
    private static final String BOB = "bob.jones@northbrook.gov.uk";

    private String url;
    private StateStore store;

    @BeforeEach
    void open() {
        url = "jdbc:h2:mem:audit-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        store = StateStore.open(url, "sa", "", StateStore.AuditWrites.QUEUED);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static AuditLog.Entry judged(int i) {
        return new AuditLog.Entry(MONDAY.plusSeconds(i), "<enquiry-" + i + "@northbrook.gov.uk>",
            "<enquiry-" + i + "@northbrook.gov.uk>", ANN, "member-to-officer", "deliver", "", null);
    }

    private static AuditLog.Entry failed(int i) {
        return new AuditLog.Entry(MONDAY.plusSeconds(i), "<broken-" + i + "@example.com>", null, "j.bloggs@example.com",
            null, "delivered-unchanged", "", "java.lang.IllegalStateException: unreadable attachment");
    }

    private List<String> messageIds() {
        try (Connection connection = store.dataSource().getConnection();
             PreparedStatement statement = connection.prepareStatement("SELECT message_id FROM council_audit ORDER BY id");
             ResultSet rows = statement.executeQuery()) {
            List<String> ids = new ArrayList<>();
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
            return ids;
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    private void execute(String sql) {
        try (Connection connection = store.dataSource().getConnection()) {
            connection.createStatement().execute(sql);
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void everyLineIsWrittenInTheOrderItWasAppended() {
        for (int i = 0; i < 1200; i++) {
            store.audit().append(judged(i));
        }
        store.audit().flush();

        List<String> ids = messageIds();
        assertThat(ids).hasSize(1200);
        assertThat(ids.get(0)).isEqualTo("<enquiry-0@northbrook.gov.uk>");
        assertThat(ids.get(1199)).isEqualTo("<enquiry-1199@northbrook.gov.uk>");
        for (int i = 0; i < ids.size(); i++) {
            assertThat(ids.get(i)).isEqualTo("<enquiry-" + i + "@northbrook.gov.uk>");
        }
    }

    @Test
    void countingErrorsIncludesLinesStillQueued() {
        store.audit().append(judged(1));
        store.audit().append(failed(2));
        store.audit().append(failed(3));

        assertThat(store.audit().errors()).isEqualTo(2);
    }

    @Test
    void closingTheStoreWritesWhatIsStillQueued() {
        for (int i = 0; i < 3000; i++) {
            store.audit().append(judged(i));
        }
        store.close();

        // James restarts on the same database: every line is there.
        store = StateStore.open(url, "sa", "");
        assertThat(messageIds()).hasSize(3000);
    }

    @Test
    void linesWaitWhileTheDatabaseFailsAndAreWrittenWhenItRecovers() {
        // The audit table is out of reach (a migration, a full disk): the writer keeps the lines.
        execute("ALTER TABLE council_audit RENAME TO council_audit_away");
        store.audit().append(judged(1));
        store.audit().append(failed(2));
        store.audit().append(judged(3));

        execute("ALTER TABLE council_audit_away RENAME TO council_audit");
        store.audit().flush();
        assertThat(messageIds()).containsExactly("<enquiry-1@northbrook.gov.uk>", "<broken-2@example.com>",
            "<enquiry-3@northbrook.gov.uk>");
        assertThat(store.audit().errors()).isEqualTo(1);
    }

    @Test
    void aFullQueueWritesTheLineStraightAwayRatherThanDropOrBlock() throws InterruptedException {
        CountDownLatch writerHeld = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        DataSource held = new HeldDataSource(store.dataSource(), writerHeld, release);
        AuditLog audit = AuditLog.queued(store.dataSource(), held, 2, Duration.ofSeconds(30));
        try {
            // The writer takes the first line and is held in the database; two more fill the queue.
            audit.append(judged(1));
            assertThat(writerHeld.await(10, TimeUnit.SECONDS)).isTrue();
            audit.append(judged(2));
            audit.append(judged(3));
            // No room: these are written by the caller, at once.
            audit.append(judged(4));
            audit.append(failed(5));
            assertThat(messageIds()).containsExactly("<enquiry-4@northbrook.gov.uk>", "<broken-5@example.com>");

            release.countDown();
            audit.flush();
            assertThat(messageIds()).hasSize(5).contains("<enquiry-1@northbrook.gov.uk>", "<enquiry-2@northbrook.gov.uk>",
                "<enquiry-3@northbrook.gov.uk>");
        } finally {
            release.countDown();
            audit.close();
        }
    }

    @Test
    void linesTheDatabaseNeverTakesAreHandedToTheLogWhenTheGatewayStops() {
        execute("ALTER TABLE council_audit RENAME TO council_audit_away");
        AuditLog audit = AuditLog.queued(store.dataSource(), store.dataSource(), 100, Duration.ofMillis(300));
        audit.append(judged(1));
        audit.append(failed(2));

        assertThatCode(audit::close).doesNotThrowAnyException();
        assertThat(audit.unwritten()).extracting(AuditLog.Entry::messageId)
            .containsExactly("<enquiry-1@northbrook.gov.uk>", "<broken-2@example.com>");
        execute("ALTER TABLE council_audit_away RENAME TO council_audit");
    }

    @Test
    void aClosedLogStillWritesLateLinesItself() {
        AuditLog audit = AuditLog.queued(store.dataSource(), store.dataSource(), 100, Duration.ofSeconds(30));
        audit.close();

        // A mail still being judged while James stops: its line is written by the caller.
        audit.append(judged(7));
        assertThat(messageIds()).containsExactly("<enquiry-7@northbrook.gov.uk>");
    }

    @Test
    void theImmediateLogWritesEachLineAsItComes() {
        try (StateStore immediate = StateStore.open("jdbc:h2:mem:audit-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "")) {
            immediate.audit().append(failed(1));
            try (Connection connection = immediate.dataSource().getConnection();
                 ResultSet rows = connection.createStatement().executeQuery("SELECT COUNT(*) FROM council_audit")) {
                rows.next();
                assertThat(rows.getInt(1)).isEqualTo(1);
            }
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    /** A data source whose first connection, for the background writer only, waits until released. */
    private static final class HeldDataSource implements DataSource {
        private final DataSource target;
        private final CountDownLatch held;
        private final CountDownLatch release;

        HeldDataSource(DataSource target, CountDownLatch held, CountDownLatch release) {
            this.target = target;
            this.held = held;
            this.release = release;
        }

        @Override
        public Connection getConnection() throws SQLException {
            if (Thread.currentThread().getName().equals("council-protocol-audit")) {
                held.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new SQLException("interrupted", e);
                }
            }
            return target.getConnection();
        }

        @Override
        public Connection getConnection(String user, String password) throws SQLException {
            return getConnection();
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
        }

        @Override
        public void setLoginTimeout(int seconds) {
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            throw new SQLFeatureNotSupportedException();
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            throw new SQLException("not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> type) {
            return false;
        }
    }
}

package org.councilprotocol.enquiry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

import javax.sql.DataSource;

import org.councilprotocol.enquiry.ReminderSweep.SweepReport;
import org.councilprotocol.store.StateStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The enquiry store on H2, the single-node default: a real database file, so a restart really reopens it. */
class H2EnquiryStoreTest extends EnquiryStoreContract {
    @TempDir
    Path folder;

    @Override
    protected StateStore openNode() {
        return StateStore.open("jdbc:h2:file:" + folder.resolve("state").toAbsolutePath(), "sa", "");
    }

    @Override
    protected void cleanUp() {
        // The temporary folder goes with the test.
    }

    @Test
    void theMigrationCreatesTheEnquiryTablesAndDbSchedulersTable() throws Exception {
        try (var connection = state.dataSource().getConnection();
             var rows = connection.createStatement().executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES "
                 + "WHERE LOWER(TABLE_NAME) IN ('council_enquiry', 'council_enquiry_counter', 'council_enquiry_reply', "
                 + "'council_reminder_sent', 'council_digest_sent', 'council_scheduled_tasks')")) {
            rows.next();
            assertThat(rows.getInt(1)).isEqualTo(6);
        }
    }

    @Test
    void whenTheDatabaseGoesAwayMidSweepTheSweepStopsAndTheNextOneFinishesTheWork() {
        for (int i = 0; i < 25; i++) {
            ask(EnquiryCouncil.ANN, EnquiryCouncil.BOB, "Question " + i, MONDAY_23_NOVEMBER.plusSeconds(i));
        }
        Flaky flaky = new Flaky(state.dataSource());
        EnquiryStore shaky = new EnquiryStore(flaky, TIMERS);
        ReminderSweep sweepWithOutage = sweep(shaky, reminder -> {
            sender.send(reminder);
            if (!flaky.wentDown.getAndSet(true)) {
                flaky.down.set(true);   // the database goes away after the first reminder is handed over
            }
        }, "node-1");

        SweepReport report = sweepWithOutage.sweep(nine(EnquiryCouncil.date(2026, 12, 3)));

        assertThat(sender.sent(ReminderKind.REMINDER)).hasSize(1);
        assertThat(report.failures()).hasSize(11);
        assertThat(report.failures().get(10)).isEqualTo("stopped after 10 database failures in a row; "
            + "14 enquiries left for the next sweep");

        flaky.down.set(false);
        sweepWithOutage.sweep(nine(EnquiryCouncil.date(2026, 12, 3)).plusSeconds(60));
        assertThat(sender.sent(ReminderKind.REMINDER)).extracting(Reminder::reference).doesNotHaveDuplicates()
            .hasSize(25).allMatch(Optional::isPresent);
    }

    /** A data source that refuses connections while {@code down} is set. */
    private static final class Flaky implements DataSource {
        final AtomicBoolean down = new AtomicBoolean();
        final AtomicBoolean wentDown = new AtomicBoolean();
        private final DataSource real;

        Flaky(DataSource real) {
            this.real = real;
        }

        @Override
        public Connection getConnection() throws SQLException {
            if (down.get()) {
                throw new SQLException("Connection refused", "08001");
            }
            return real.getConnection();
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return getConnection();
        }

        @Override
        public PrintWriter getLogWriter() throws SQLException {
            return real.getLogWriter();
        }

        @Override
        public void setLogWriter(PrintWriter out) throws SQLException {
            real.setLogWriter(out);
        }

        @Override
        public void setLoginTimeout(int seconds) throws SQLException {
            real.setLoginTimeout(seconds);
        }

        @Override
        public int getLoginTimeout() throws SQLException {
            return real.getLoginTimeout();
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            return real.getParentLogger();
        }

        @Override
        public <T> T unwrap(Class<T> iface) throws SQLException {
            return real.unwrap(iface);
        }

        @Override
        public boolean isWrapperFor(Class<?> iface) throws SQLException {
            return real.isWrapperFor(iface);
        }
    }
}

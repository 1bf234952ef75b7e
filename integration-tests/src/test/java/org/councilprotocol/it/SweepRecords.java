package org.councilprotocol.it;

import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.councilprotocol.enquiry.ReminderScheduler;

/** What the enquiry sweep has recorded in a shared database: messages sent, and when it last ran. */
final class SweepRecords {
    private final SharedDatabase database;

    SweepRecords(SharedDatabase database) {
        this.database = database;
    }

    /** How many of these enquiries have a message of this kind (reminder, overdue...) recorded as sent. */
    int sent(String kind, List<String> references) throws SQLException {
        try (Connection connection = database.connect();
             PreparedStatement statement = connection.prepareStatement(
                 "SELECT reference FROM council_reminder_sent WHERE kind = ? AND outcome = 'sent'")) {
            statement.setString(1, kind);
            int count = 0;
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    count += references.contains(rows.getString(1)) ? 1 : 0;
                }
            }
            return count;
        }
    }

    /** Waits until the sweep has run this many more times, on whichever node holds it. */
    void awaitSweeps(int times) throws SQLException {
        Instant before = lastSweep();
        Set<Instant> seen = new HashSet<>();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50)).until(() -> {
            Instant last = lastSweep();
            if (last.isAfter(before)) {
                seen.add(last);
            }
            return seen.size() >= times;
        });
    }

    private Instant lastSweep() throws SQLException {
        try (Connection connection = database.connect();
             PreparedStatement statement = connection.prepareStatement(
                 "SELECT last_success FROM council_scheduled_tasks WHERE task_name = ?")) {
            statement.setString(1, ReminderScheduler.TASK);
            try (ResultSet rows = statement.executeQuery()) {
                Timestamp last = rows.next() ? rows.getTimestamp(1) : null;
                return last == null ? Instant.EPOCH : last.toInstant();
            }
        }
    }
}

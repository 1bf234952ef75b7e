package org.councilprotocol.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

import javax.sql.DataSource;

/** One line per judged message, so the Monitoring Officer and IT can see what the gateway did and why. */
public final class AuditLog {
    private static final int TEXT_LIMIT = 4000;

    private final DataSource dataSource;

    AuditLog(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public record Entry(Instant at, String messageId, String threadId, String sender, String kind, String verdict,
                        String findings, String error) {
    }

    public void append(Entry entry) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("INSERT INTO council_audit "
                 + "(at, message_id, thread_id, sender, kind, verdict, findings, error) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            statement.setTimestamp(1, Timestamp.from(entry.at()));
            statement.setString(2, Columns.id(entry.messageId()));
            statement.setString(3, Columns.id(entry.threadId()));
            statement.setString(4, Columns.clip(entry.sender(), Columns.ADDRESS));
            statement.setString(5, Columns.clip(entry.kind(), 40));
            statement.setString(6, Columns.clip(entry.verdict(), 20));
            statement.setString(7, clip(entry.findings()));
            statement.setString(8, clip(entry.error()));
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("could not write the audit log", e);
        }
    }

    /** How many entries record an error, for health checks and tests. */
    public int errors() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                 "SELECT COUNT(*) FROM council_audit WHERE error IS NOT NULL");
             var rows = statement.executeQuery()) {
            rows.next();
            return rows.getInt(1);
        } catch (SQLException e) {
            throw new StoreException("could not read the audit log", e);
        }
    }

    private static String clip(String text) {
        return text == null || text.length() <= TEXT_LIMIT ? text : text.substring(0, TEXT_LIMIT);
    }
}

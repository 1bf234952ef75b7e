package org.councilprotocol.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import javax.sql.DataSource;

/**
 * One line per judged message, so the Monitoring Officer and IT can see what the gateway did and why.
 *
 * <p>Written straight away, or (for the gateway under load) queued and written in batches by a
 * background writer, off the path of the mail: see {@link AuditQueue}. Either way every line reaches
 * the database or, if the database stays out of reach until the gateway stops, the gateway's log.
 */
public final class AuditLog implements AutoCloseable {
    private static final int TEXT_LIMIT = 4000;
    private static final String INSERT = "INSERT INTO council_audit "
        + "(at, message_id, thread_id, sender, kind, verdict, findings, error) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

    private final DataSource dataSource;
    private final AuditQueue queue;

    private AuditLog(DataSource dataSource, AuditQueue queue) {
        this.dataSource = dataSource;
        this.queue = queue;
    }

    /** Writes each line as it is appended. */
    static AuditLog immediate(DataSource dataSource) {
        return new AuditLog(dataSource, null);
    }

    /** Queues each line for the background writer; see {@link AuditQueue} for what happens when it falls behind. */
    static AuditLog queued(DataSource dataSource) {
        return queued(dataSource, dataSource, AuditQueue.CAPACITY, AuditQueue.CLOSE_WAIT);
    }

    /** As {@link #queued(DataSource)}, with the writer on its own data source (tests hold it up) and limits of choice. */
    static AuditLog queued(DataSource dataSource, DataSource writerSource, int capacity, Duration closeWait) {
        AuditLog direct = immediate(writerSource);
        return new AuditLog(dataSource, new AuditQueue(direct::write, capacity, closeWait));
    }

    public record Entry(Instant at, String messageId, String threadId, String sender, String kind, String verdict,
                        String findings, String error) {
    }

    /**
     * Records the line: queued when this log is queued and the queue has room, otherwise written now
     * (a full queue slows the mail down rather than dropping a line).
     *
     * @throws StoreException when it had to be written now and could not be
     */
    public void append(Entry entry) {
        if (queue == null || !queue.offer(entry)) {
            write(List.of(entry));
        }
    }

    /** Waits until every line appended so far is in the database. */
    public void flush() {
        if (queue != null) {
            queue.flush();
        }
    }

    /** How many entries record an error, for health checks and tests; queued lines are written first. */
    public int errors() {
        flush();
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

    /** Writes what is still queued and stops the writer; lines the database will not take go to the log. */
    @Override
    public void close() {
        if (queue != null) {
            queue.close();
        }
    }

    /** Lines the queue gave up on when it closed with the database out of reach (they were logged). */
    List<Entry> unwritten() {
        return queue == null ? List.of() : queue.unwritten();
    }

    /** Writes the lines in one transaction, in order. */
    void write(List<Entry> entries) {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(entries.size() == 1);
            try (PreparedStatement statement = connection.prepareStatement(INSERT)) {
                for (Entry entry : entries) {
                    statement.setTimestamp(1, Timestamp.from(entry.at()));
                    statement.setString(2, Columns.id(entry.messageId()));
                    statement.setString(3, Columns.id(entry.threadId()));
                    statement.setString(4, Columns.clip(entry.sender(), Columns.ADDRESS));
                    statement.setString(5, Columns.clip(entry.kind(), 40));
                    statement.setString(6, Columns.clip(entry.verdict(), 20));
                    statement.setString(7, clip(entry.findings()));
                    statement.setString(8, clip(entry.error()));
                    if (entries.size() == 1) {
                        statement.executeUpdate();
                    } else {
                        statement.addBatch();
                    }
                }
                if (entries.size() > 1) {
                    statement.executeBatch();
                    connection.commit();
                }
            } catch (SQLException | RuntimeException e) {
                if (!connection.getAutoCommit()) {
                    connection.rollback();
                }
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new StoreException("could not write the audit log", e);
        }
    }

    private static String clip(String text) {
        return text == null || text.length() <= TEXT_LIMIT ? text : text.substring(0, TEXT_LIMIT);
    }
}

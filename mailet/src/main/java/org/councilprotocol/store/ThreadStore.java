package org.councilprotocol.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javax.sql.DataSource;

import org.councilprotocol.model.ThreadContext;
import org.councilprotocol.model.ThreadContext.ThreadParticipant;

/**
 * Which thread a message belongs to and who has taken part in it. A message joins the thread of
 * any message it replies to or references; failing that, a recent thread with the same subject in
 * which its sender already took part; failing that, it starts a thread of its own.
 *
 * <p>Writes are idempotent and tolerate several James nodes recording the same thread at once:
 * a row another node inserted first is simply kept.
 */
public final class ThreadStore {
    /** How far back a reply whose headers were stripped is matched to a thread by subject. */
    static final Duration SUBJECT_WINDOW = Duration.ofDays(90);
    private static final String DUPLICATE_KEY = "23505";

    private final DataSource dataSource;

    ThreadStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** What the gateway knows of one message when recording it. */
    public record MessageRecord(String messageId, List<String> references, String subject, boolean looksLikeReply,
                                String senderAddress, String senderPerson, String kind, Instant receivedAt,
                                List<Participation> participants) {
    }

    /** An address in a message and how it took part: author, to, cc or blind. */
    public record Participation(String address, String personId, String as) {
    }

    /** Finds the message's thread, records the message and its people, and returns the thread as it was before. */
    public ThreadContext record(MessageRecord original) {
        MessageRecord message = fitted(original);
        try (Connection connection = dataSource.getConnection()) {
            Optional<String> known = threadOf(connection, List.of(message.messageId()));
            Optional<String> thread = known
                .or(() -> query(() -> threadOf(connection, message.references())))
                .or(() -> query(() -> threadNamed(connection, message.references())))
                .or(() -> message.looksLikeReply()
                    ? query(() -> threadBySubject(connection, message.subject(), message.senderAddress(), message.receivedAt()))
                    : Optional.empty());
            String threadId = thread.orElseGet(() -> message.references().isEmpty()
                ? message.messageId() : message.references().get(0));
            int earlierMessages = thread.isEmpty() ? 0 : messagesBefore(connection, threadId, message.messageId());
            boolean started = earlierMessages == 0;
            List<ThreadParticipant> earlier = thread.isEmpty() ? List.of()
                : participantsBefore(connection, threadId, message.messageId());

            insertIgnoringDuplicate(connection, "INSERT INTO council_thread (thread_id, subject, started_at) VALUES (?, ?, ?)",
                threadId, message.subject(), Timestamp.from(message.receivedAt()));
            insertIgnoringDuplicate(connection, "INSERT INTO council_message (message_id, thread_id, sender_address, "
                    + "sender_person, kind, subject, received_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                message.messageId(), threadId, message.senderAddress(), message.senderPerson(), message.kind(),
                message.subject(), Timestamp.from(message.receivedAt()));
            for (Participation participation : message.participants()) {
                insertIgnoringDuplicate(connection, "INSERT INTO council_participant (thread_id, address, person_id, "
                        + "first_seen_as, first_message_id) VALUES (?, ?, ?, ?, ?)",
                    threadId, participation.address(), participation.personId(), participation.as(), message.messageId());
            }
            Optional<ThreadParticipant> startedBy = started ? Optional.empty() : firstSender(connection, threadId, message.messageId());
            return new ThreadContext(threadId, started, earlier, earlierMessages, startedBy);
        } catch (SQLException e) {
            throw new StoreException("could not record the thread of " + message.messageId(), e);
        }
    }

    private Optional<String> threadOf(Connection connection, List<String> messageIds) throws SQLException {
        if (messageIds.isEmpty()) {
            return Optional.empty();
        }
        String marks = String.join(", ", messageIds.stream().map(id -> "?").toList());
        try (PreparedStatement statement = connection.prepareStatement("SELECT thread_id FROM council_message "
            + "WHERE message_id IN (" + marks + ") ORDER BY received_at DESC")) {
            for (int i = 0; i < messageIds.size(); i++) {
                statement.setString(i + 1, messageIds.get(i));
            }
            statement.setMaxRows(1);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
            }
        }
    }

    /** A thread named after a message the gateway never saw (the root of a reply that arrived first). */
    private Optional<String> threadNamed(Connection connection, List<String> ids) throws SQLException {
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        String marks = String.join(", ", ids.stream().map(id -> "?").toList());
        try (PreparedStatement statement = connection.prepareStatement(
            "SELECT thread_id FROM council_thread WHERE thread_id IN (" + marks + ") ORDER BY started_at DESC")) {
            for (int i = 0; i < ids.size(); i++) {
                statement.setString(i + 1, ids.get(i));
            }
            statement.setMaxRows(1);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
            }
        }
    }

    /** The record with every value fitted to its column: long ids hashed (consistently), text clipped. */
    static MessageRecord fitted(MessageRecord m) {
        return new MessageRecord(Columns.id(m.messageId()), m.references().stream().map(Columns::id).toList(),
            Columns.clip(m.subject(), Columns.TEXT), m.looksLikeReply(), Columns.clip(m.senderAddress(), Columns.ADDRESS),
            Columns.clip(m.senderPerson(), Columns.PERSON), m.kind(), m.receivedAt(),
            m.participants().stream().map(p -> new Participation(Columns.clip(p.address(), Columns.ADDRESS),
                Columns.clip(p.personId(), Columns.PERSON), p.as())).toList());
    }

    private Optional<String> threadBySubject(Connection connection, String subject, String sender, Instant at)
        throws SQLException {
        if (subject.isBlank() || sender == null) {
            return Optional.empty();
        }
        try (PreparedStatement statement = connection.prepareStatement("SELECT m.thread_id FROM council_message m "
            + "JOIN council_participant p ON p.thread_id = m.thread_id AND p.address = ? "
            + "WHERE m.subject = ? AND m.received_at >= ? ORDER BY m.received_at DESC")) {
            statement.setString(1, sender);
            statement.setString(2, subject);
            statement.setTimestamp(3, Timestamp.from(at.minus(SUBJECT_WINDOW)));
            statement.setMaxRows(1);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
            }
        }
    }

    private List<ThreadParticipant> participantsBefore(Connection connection, String threadId, String messageId)
        throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT address, person_id, first_seen_as "
            + "FROM council_participant WHERE thread_id = ? AND first_message_id <> ? ORDER BY address")) {
            statement.setString(1, threadId);
            statement.setString(2, messageId);
            List<ThreadParticipant> participants = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    participants.add(new ThreadParticipant(rows.getString(1), rows.getString(2), rows.getString(3)));
                }
            }
            return participants;
        }
    }

    /** Who sent the thread's first recorded message. */
    private Optional<ThreadParticipant> firstSender(Connection connection, String threadId, String messageId)
        throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT sender_address, sender_person "
            + "FROM council_message WHERE thread_id = ? AND message_id <> ? AND sender_address IS NOT NULL "
            + "ORDER BY received_at, message_id")) {
            statement.setString(1, threadId);
            statement.setString(2, messageId);
            statement.setMaxRows(1);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(new ThreadParticipant(rows.getString(1), rows.getString(2), "author"))
                    : Optional.empty();
            }
        }
    }

    private int messagesBefore(Connection connection, String threadId, String messageId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
            "SELECT COUNT(*) FROM council_message WHERE thread_id = ? AND message_id <> ?")) {
            statement.setString(1, threadId);
            statement.setString(2, messageId);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    /** Every address that has taken part in a thread, for detectors that look further back. */
    public Set<String> participants(String threadId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                 "SELECT address FROM council_participant WHERE thread_id = ?")) {
            statement.setString(1, threadId);
            Set<String> addresses = new LinkedHashSet<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    addresses.add(rows.getString(1));
                }
            }
            return addresses;
        } catch (SQLException e) {
            throw new StoreException("could not read the participants of " + threadId, e);
        }
    }

    private static void insertIgnoringDuplicate(Connection connection, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            if (!DUPLICATE_KEY.equals(e.getSQLState())) {
                throw e;
            }
        }
    }

    private interface SqlQuery<T> {
        T run() throws SQLException;
    }

    private static <T> T query(SqlQuery<T> query) {
        try {
            return query.run();
        } catch (SQLException e) {
            throw new StoreException("could not look up a thread", e);
        }
    }
}

package org.councilprotocol.store;

import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

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
 *
 * <p>Every message is judged only after it is recorded, so this is on the path of every mail: it
 * reads and writes in one transaction with as few statements as the answer allows.
 */
public final class ThreadStore {
    /** How far back a reply whose headers were stripped is matched to a thread by subject. */
    static final Duration SUBJECT_WINDOW = Duration.ofDays(90);
    /**
     * What a collision with another node looks like: a duplicate key, a deadlock or serialisation
     * failure (PostgreSQL 40P01, 40001; H2 reports deadlocks as 40001) or a lock wait that timed out (H2).
     */
    private static final Set<String> RETRYABLE = Set.of("23505", "40001", "40P01", "HYT00");
    private static final int ATTEMPTS = 5;
    /** Up to this many ids the look-up's list is padded to a power of two; beyond it, to a multiple of it. */
    private static final int PADDED_LIMIT = 64;

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

    /**
     * Finds the message's thread, records the message and its people, and returns the thread as it was before.
     *
     * <p>One connection and one transaction: the message's own id and the ids it references are looked
     * up together, and only the rows that are missing are written. Another node recording the same
     * thread at the same moment can make an insert collide; the transaction is then rolled back and the
     * message recorded again, and the second attempt finds the other node's rows and joins them.
     */
    public ThreadContext record(MessageRecord original) {
        MessageRecord message = fitted(original);
        SQLException last = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try (Connection connection = dataSource.getConnection()) {
                boolean autoCommit = connection.getAutoCommit();
                connection.setAutoCommit(false);
                try {
                    ThreadContext thread = record(connection, message);
                    connection.commit();
                    return thread;
                } catch (SQLException | RuntimeException e) {
                    try {
                        connection.rollback();
                    } catch (SQLException rollback) {
                        e.addSuppressed(rollback);
                    }
                    throw e;
                } finally {
                    connection.setAutoCommit(autoCommit);
                }
            } catch (SQLException e) {
                if (!RETRYABLE.contains(e.getSQLState())) {
                    throw new StoreException("could not record the thread of " + message.messageId(), e);
                }
                last = e;
            }
        }
        throw new StoreException("could not record the thread of " + message.messageId() + " after " + ATTEMPTS
            + " attempts: other nodes kept recording the same thread", last);
    }

    private ThreadContext record(Connection connection, MessageRecord message) throws SQLException {
        KnownMessages known = knownMessages(connection, message);
        Optional<String> recorded = known.threadOf(message.messageId());
        Optional<String> thread = recorded.or(() -> known.latestThreadOf(message.references()));
        if (thread.isEmpty()) {
            thread = threadNamed(connection, message.references());
        }
        if (thread.isEmpty() && message.looksLikeReply()) {
            thread = threadBySubject(connection, message.subject(), message.senderAddress(), message.receivedAt());
        }
        String threadId = thread.orElseGet(() -> message.references().isEmpty()
            ? message.messageId() : message.references().get(0));

        // A thread may already be named after a message seen only now: a reply to it arrived first.
        boolean newThreadRow = thread.isEmpty() && insertThread(connection, threadId, message);
        Earlier earlier = thread.isEmpty() ? Earlier.NONE : earlierMessages(connection, threadId, message.messageId());
        List<StoredParticipant> stored = newThreadRow ? List.of() : participants(connection, threadId);
        List<ThreadParticipant> earlierParticipants = thread.isEmpty() ? List.of() : stored.stream()
            .filter(participant -> !participant.firstMessageId().equals(message.messageId()))
            .map(StoredParticipant::participant)
            .toList();

        if (recorded.isEmpty()) {
            insert(connection, "INSERT INTO council_message (message_id, thread_id, sender_address, "
                    + "sender_person, kind, subject, received_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                message.messageId(), threadId, message.senderAddress(), message.senderPerson(), message.kind(),
                message.subject(), Timestamp.from(message.receivedAt()));
        }
        insertParticipants(connection, threadId, message, stored);

        boolean started = earlier.count() == 0;
        return new ThreadContext(threadId, started, earlierParticipants, earlier.count(),
            started ? Optional.empty() : earlier.firstSender());
    }

    /** Adds the thread's row unless it is there already; true when it was added. */
    private static boolean insertThread(Connection connection, String threadId, MessageRecord message) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("INSERT INTO council_thread (thread_id, subject, "
            + "started_at) SELECT CAST(? AS VARCHAR(998)), CAST(? AS VARCHAR(998)), CAST(? AS TIMESTAMP WITH TIME ZONE) "
            + "WHERE NOT EXISTS (SELECT 1 FROM council_thread WHERE thread_id = CAST(? AS VARCHAR(998)))")) {
            statement.setString(1, threadId);
            statement.setString(2, message.subject());
            statement.setTimestamp(3, Timestamp.from(message.receivedAt()));
            statement.setString(4, threadId);
            return statement.executeUpdate() == 1;
        }
    }

    /** The messages among the message's own id and the ids it references that the gateway has recorded, in one query. */
    private static KnownMessages knownMessages(Connection connection, MessageRecord message) throws SQLException {
        List<String> ids = new ArrayList<>();
        ids.add(message.messageId());
        ids.addAll(message.references());
        List<String> padded = padded(ids);
        List<KnownMessage> rows = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT message_id, thread_id, received_at "
            + "FROM council_message WHERE message_id IN (" + String.join(", ", Collections.nCopies(padded.size(), "?")) + ")")) {
            for (int i = 0; i < padded.size(); i++) {
                statement.setString(i + 1, padded.get(i));
            }
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(new KnownMessage(result.getString(1), result.getString(2), result.getTimestamp(3).toInstant()));
                }
            }
        }
        return new KnownMessages(rows);
    }

    /** A thread named after a message the gateway never saw (the root of a reply that arrived first). */
    private static Optional<String> threadNamed(Connection connection, List<String> ids) throws SQLException {
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        List<String> padded = padded(ids);
        try (PreparedStatement statement = connection.prepareStatement("SELECT thread_id FROM council_thread WHERE "
            + "thread_id IN (" + String.join(", ", Collections.nCopies(padded.size(), "?")) + ") ORDER BY started_at DESC")) {
            for (int i = 0; i < padded.size(); i++) {
                statement.setString(i + 1, padded.get(i));
            }
            statement.setMaxRows(1);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
            }
        }
    }

    /**
     * The ids padded (by repeating the last) to a power of two, so the look-ups' SQL takes few shapes
     * and the database's statement cache keeps them all.
     */
    static List<String> padded(List<String> ids) {
        int size = Integer.highestOneBit(ids.size());
        if (size < ids.size()) {
            size <<= 1;
        }
        if (size > PADDED_LIMIT) {
            size = (ids.size() + PADDED_LIMIT - 1) / PADDED_LIMIT * PADDED_LIMIT;
        }
        List<String> padded = new ArrayList<>(ids);
        while (padded.size() < size) {
            padded.add(ids.get(ids.size() - 1));
        }
        return padded;
    }

    private record KnownMessage(String messageId, String threadId, Instant receivedAt) {
    }

    private record KnownMessages(List<KnownMessage> rows) {
        Optional<String> threadOf(String messageId) {
            return rows.stream().filter(row -> row.messageId().equals(messageId)).map(KnownMessage::threadId).findFirst();
        }

        /** The thread of the most recently received of the referenced messages. */
        Optional<String> latestThreadOf(List<String> references) {
            Set<String> wanted = Set.copyOf(references);
            return rows.stream().filter(row -> wanted.contains(row.messageId()))
                .max(Comparator.comparing(KnownMessage::receivedAt))
                .map(KnownMessage::threadId);
        }
    }

    /** How many messages a thread had before this one, and who sent the first of them. */
    private record Earlier(int count, Optional<ThreadParticipant> firstSender) {
        static final Earlier NONE = new Earlier(0, Optional.empty());
    }

    /**
     * Counts the thread's other messages and finds who sent the first, in one query: messages without
     * a sender sort last, so the first row names the first sender when there is one.
     */
    private static Earlier earlierMessages(Connection connection, String threadId, String messageId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT COUNT(*) OVER (), sender_address, "
            + "sender_person FROM council_message WHERE thread_id = ? AND message_id <> ? "
            + "ORDER BY CASE WHEN sender_address IS NULL THEN 1 ELSE 0 END, received_at, message_id")) {
            statement.setString(1, threadId);
            statement.setString(2, messageId);
            statement.setMaxRows(1);
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    return Earlier.NONE;
                }
                String sender = rows.getString(2);
                return new Earlier(rows.getInt(1), sender == null ? Optional.empty()
                    : Optional.of(new ThreadParticipant(sender, rows.getString(3), "author")));
            }
        }
    }

    private record StoredParticipant(ThreadParticipant participant, String firstMessageId) {
    }

    private static List<StoredParticipant> participants(Connection connection, String threadId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT address, person_id, first_seen_as, "
            + "first_message_id FROM council_participant WHERE thread_id = ? ORDER BY address")) {
            statement.setString(1, threadId);
            List<StoredParticipant> participants = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    participants.add(new StoredParticipant(new ThreadParticipant(rows.getString(1), rows.getString(2),
                        rows.getString(3)), rows.getString(4)));
                }
            }
            return participants;
        }
    }

    /**
     * The people not yet in the thread, each once (as first seen in this message), in address order so
     * two nodes adding people to one thread take their locks in the same order.
     */
    private static void insertParticipants(Connection connection, String threadId, MessageRecord message,
                                           List<StoredParticipant> stored) throws SQLException {
        Set<String> present = new HashSet<>();
        stored.forEach(participant -> present.add(participant.participant().address()));
        Map<String, Participation> missing = new TreeMap<>();
        for (Participation participation : message.participants()) {
            if (!present.contains(participation.address())) {
                missing.putIfAbsent(participation.address(), participation);
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement("INSERT INTO council_participant (thread_id, "
            + "address, person_id, first_seen_as, first_message_id) VALUES (?, ?, ?, ?, ?)")) {
            for (Participation participation : missing.values()) {
                statement.setString(1, threadId);
                statement.setString(2, participation.address());
                statement.setString(3, participation.personId());
                statement.setString(4, participation.as());
                statement.setString(5, message.messageId());
                statement.addBatch();
            }
            statement.executeBatch();
        } catch (BatchUpdateException e) {
            throw duplicateOf(e);
        }
    }

    /** A batch that failed on a duplicate key says so in its cause; the retry needs the SQL state. */
    private static SQLException duplicateOf(BatchUpdateException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && RETRYABLE.contains(sql.getSQLState())) {
                return sql;
            }
        }
        SQLException next = e.getNextException();
        return next != null && RETRYABLE.contains(next.getSQLState()) ? next : e;
    }

    /** The record with every value fitted to its column: long ids hashed (consistently), text clipped. */
    static MessageRecord fitted(MessageRecord m) {
        return new MessageRecord(Columns.id(m.messageId()), m.references().stream().map(Columns::id).toList(),
            Columns.clip(m.subject(), Columns.TEXT), m.looksLikeReply(), Columns.clip(m.senderAddress(), Columns.ADDRESS),
            Columns.clip(m.senderPerson(), Columns.PERSON), m.kind(), m.receivedAt(),
            m.participants().stream().map(p -> new Participation(Columns.clip(p.address(), Columns.ADDRESS),
                Columns.clip(p.personId(), Columns.PERSON), p.as())).toList());
    }

    private static Optional<String> threadBySubject(Connection connection, String subject, String sender, Instant at)
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

    private static void insert(Connection connection, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        }
    }
}

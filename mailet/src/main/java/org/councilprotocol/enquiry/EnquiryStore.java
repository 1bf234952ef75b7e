package org.councilprotocol.enquiry;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import javax.sql.DataSource;

import org.councilprotocol.enquiry.EnquiryFilter.Listing;
import org.councilprotocol.enquiry.EnquiryTimers.Schedule;
import org.councilprotocol.enquiry.EnquiryTimers.Step;
import org.councilprotocol.store.Columns;
import org.councilprotocol.store.StateStore;
import org.councilprotocol.store.StoreException;

/**
 * Members' enquiries, the officers' replies to them and every reminder sent, in the state store's
 * database (H2 for one James node, PostgreSQL for several; schema V2).
 *
 * <p>Safe on several nodes at once: references come from a per-year counter row that the database
 * locks while a node takes a number; opening the same message twice finds the enquiry already open; a
 * reply and a reminder for the same enquiry take the enquiry's row lock in turn; and a reminder is
 * recorded under a primary key (enquiry, kind, date) in the transaction that hands it to the mail
 * system, so it goes once.
 */
public final class EnquiryStore {
    private static final String DUPLICATE_KEY = "23505";
    private static final String COLUMNS = "reference, thread_id, message_id, member_id, officer_id, directorate, "
        + "subject, opened_at, opened_on, due_on, stated_deadline, urgent, status, closed_at, last_reply_kind, "
        + "last_reply_at, remind_on, deadline_remind_on, overdue_on, escalate_on";
    private static final int RECIPIENTS = 4000;

    private final DataSource dataSource;
    private final EnquiryTimers timers;

    public EnquiryStore(DataSource dataSource, EnquiryTimers timers) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.timers = Objects.requireNonNull(timers, "timers");
    }

    /** The enquiries of a state store (already migrated), on a profile's timers. */
    public static EnquiryStore on(StateStore state, EnquiryTimers timers) {
        return new EnquiryStore(state.dataSource(), timers);
    }

    public EnquiryTimers timers() {
        return timers;
    }

    /**
     * A member's enquiry as the gateway saw it.
     *
     * @param threadId       the thread id {@code ThreadStore.record} gave the message
     * @param directorate    the officer's directorate, for listings and the directors' digests
     * @param statedDeadline the deadline the member wrote, if any (see {@link StatedDeadlines})
     */
    public record Opening(String messageId, String threadId, String memberId, String officerId,
                          Optional<String> directorate, String subject, Instant receivedAt,
                          Optional<StatedDeadline> statedDeadline) {
        public Opening {
            Objects.requireNonNull(messageId, "messageId");
            Objects.requireNonNull(threadId, "threadId");
            Objects.requireNonNull(memberId, "memberId");
            Objects.requireNonNull(officerId, "officerId");
            Objects.requireNonNull(directorate, "directorate");
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(receivedAt, "receivedAt");
            Objects.requireNonNull(statedDeadline, "statedDeadline");
        }
    }

    /**
     * An officer's reply in an enquiry's thread.
     *
     * @param repliedBy   the replier's directory id, or their address when they are not in it
     * @param newDeadline for a holding reply, the date it promises a full answer by
     */
    public record Reply(String messageId, String repliedBy, ReplyKind kind, Instant receivedAt,
                        Optional<LocalDate> newDeadline) {
        public Reply {
            Objects.requireNonNull(messageId, "messageId");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(receivedAt, "receivedAt");
            Objects.requireNonNull(newDeadline, "newDeadline");
        }
    }

    /** A reply as recorded. */
    public record RecordedReply(String reference, String messageId, ReplyKind kind, Optional<String> repliedBy,
                                Instant receivedAt, Optional<LocalDate> newDeadline) {
    }

    /** A reminder, overdue notice or escalation as recorded: sent, or superseded by a later one. */
    public record SentReminder(String reference, ReminderKind kind, LocalDate about, LocalDate sendOn, Instant sentAt,
                               String sentBy, String outcome, String recipients) {
        public static final String SENT = "sent";
        public static final String SUPERSEDED = "superseded";
    }

    // ---- opening

    /**
     * Opens an enquiry: gives it the next reference of its year and starts its timer from the day of
     * receipt. Opening a message that already opened one returns that enquiry unchanged.
     */
    public Enquiry open(Opening opening) {
        String messageId = Columns.id(opening.messageId());
        LocalDate dayZero = WorkingCalendar.dayOfReceipt(opening.receivedAt());
        Optional<LocalDate> stated = opening.statedDeadline().flatMap(StatedDeadline::date);
        boolean urgent = opening.statedDeadline().map(StatedDeadline::urgent).orElse(false);
        Schedule schedule = timers.schedule(dayZero, timers.dueDate(dayZero), stated);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                String reference = reference(dayZero.getYear(), nextNumber(connection, dayZero.getYear()));
                Enquiry enquiry = new Enquiry(reference, Columns.id(opening.threadId()), messageId,
                    Columns.clip(opening.memberId(), Columns.PERSON), Columns.clip(opening.officerId(), Columns.PERSON),
                    opening.directorate().map(name -> Columns.clip(name, Columns.PERSON)),
                    Columns.clip(opening.subject(), Columns.TEXT), opening.receivedAt(), dayZero, schedule, urgent,
                    EnquiryStatus.OPEN, Optional.empty(), Optional.empty(), Optional.empty());
                insert(connection, enquiry);
                connection.commit();
                return enquiry;
            } catch (SQLException e) {
                connection.rollback();
                if (!DUPLICATE_KEY.equals(e.getSQLState())) {
                    throw e;
                }
                // Another node (or a redelivery) opened this message first.
                return byMessageId(connection, messageId).orElseThrow(() -> e);
            } catch (RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("could not open an enquiry for " + messageId, e);
        }
    }

    /** {@code ENQ-2026-00042}: five digits, more after the 99,999th enquiry of a year. */
    static String reference(int year, int number) {
        return String.format(Locale.ROOT, "ENQ-%d-%05d", year, number);
    }

    /** Takes the year's next number; the row stays locked until the caller commits, so nodes take turns. */
    private static int nextNumber(Connection connection, int year) throws SQLException {
        for (int attempt = 0; attempt < 3; attempt++) {
            try (PreparedStatement update = connection.prepareStatement(
                "UPDATE council_enquiry_counter SET last_number = last_number + 1 WHERE counter_year = ?")) {
                update.setInt(1, year);
                if (update.executeUpdate() == 1) {
                    try (PreparedStatement select = connection.prepareStatement(
                        "SELECT last_number FROM council_enquiry_counter WHERE counter_year = ?")) {
                        select.setInt(1, year);
                        try (ResultSet rows = select.executeQuery()) {
                            rows.next();
                            return rows.getInt(1);
                        }
                    }
                }
            }
            // The year's first enquiry. Another node may be starting the year at the same moment.
            Savepoint beforeInsert = connection.setSavepoint();
            try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO council_enquiry_counter (counter_year, last_number) VALUES (?, 1)")) {
                insert.setInt(1, year);
                insert.executeUpdate();
                return 1;
            } catch (SQLException e) {
                connection.rollback(beforeInsert);
                if (!DUPLICATE_KEY.equals(e.getSQLState())) {
                    throw e;
                }
            }
        }
        throw new SQLException("could not take a reference number for " + year);
    }

    private static void insert(Connection connection, Enquiry enquiry) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("INSERT INTO council_enquiry (" + COLUMNS
            + ", next_action_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            Schedule schedule = enquiry.schedule();
            statement.setString(1, enquiry.reference());
            statement.setString(2, enquiry.threadId());
            statement.setString(3, enquiry.messageId());
            statement.setString(4, enquiry.memberId());
            statement.setString(5, enquiry.officerId());
            statement.setString(6, enquiry.directorate().orElse(null));
            statement.setString(7, enquiry.subject());
            statement.setTimestamp(8, Timestamp.from(enquiry.openedAt()));
            setDate(statement, 9, Optional.of(enquiry.receivedOn()));
            setDate(statement, 10, Optional.of(schedule.due()));
            setDate(statement, 11, schedule.statedDeadline());
            statement.setBoolean(12, enquiry.urgent());
            statement.setString(13, enquiry.status().id());
            statement.setNull(14, Types.TIMESTAMP_WITH_TIMEZONE);
            statement.setNull(15, Types.VARCHAR);
            statement.setNull(16, Types.TIMESTAMP_WITH_TIMEZONE);
            setDate(statement, 17, schedule.reminder());
            setDate(statement, 18, schedule.deadlineReminder());
            setDate(statement, 19, Optional.of(schedule.overdue()));
            setDate(statement, 20, Optional.of(schedule.escalation()));
            setDate(statement, 21, Optional.of(schedule.steps().get(0).sendOn()));
            statement.executeUpdate();
        }
    }

    // ---- replies

    /**
     * Records an officer's reply to an enquiry and applies it to the timer: a substantive answer closes
     * the enquiry; a holding reply with a new date (not before the reply's own day) makes that date the
     * due date and sets new reminders for it; an acknowledgement, or a holding reply without a usable
     * date, leaves the clock running. Replies to an enquiry that is no longer open are recorded and
     * change nothing: later mail in the thread does not reopen it. Recording the same reply message
     * twice changes nothing the second time.
     *
     * @return the enquiry as it now stands; empty when there is no enquiry with that reference
     */
    public Optional<Enquiry> recordReply(String reference, Reply reply) {
        String messageId = Columns.id(reply.messageId());
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                Optional<Enquiry> locked = lock(connection, reference);
                if (locked.isEmpty() || replyRecorded(connection, reference, messageId)) {
                    connection.commit();
                    return locked;
                }
                Enquiry enquiry = locked.get();
                insertReply(connection, reference, messageId, reply);
                Enquiry after = enquiry.isOpen() ? apply(connection, enquiry, reply) : enquiry;
                connection.commit();
                return Optional.of(after);
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("could not record reply " + messageId + " to " + reference, e);
        }
    }

    private Enquiry apply(Connection connection, Enquiry enquiry, Reply reply) throws SQLException {
        LocalDate replyDay = WorkingCalendar.dayOfReceipt(reply.receivedAt());
        Optional<LocalDate> newDue = reply.kind() == ReplyKind.HOLDING
            ? reply.newDeadline().filter(date -> !date.isBefore(replyDay)) : Optional.empty();
        if (reply.kind() == ReplyKind.SUBSTANTIVE) {
            try (PreparedStatement statement = connection.prepareStatement("UPDATE council_enquiry SET status = ?, "
                + "closed_at = ?, last_reply_kind = ?, last_reply_at = ?, next_action_on = NULL WHERE reference = ?")) {
                statement.setString(1, EnquiryStatus.CLOSED.id());
                statement.setTimestamp(2, Timestamp.from(reply.receivedAt()));
                statement.setString(3, reply.kind().id());
                statement.setTimestamp(4, Timestamp.from(reply.receivedAt()));
                statement.setString(5, enquiry.reference());
                statement.executeUpdate();
            }
            return with(enquiry, enquiry.schedule(), EnquiryStatus.CLOSED, Optional.of(reply.receivedAt()), reply);
        }
        if (newDue.isPresent()) {
            Schedule schedule = timers.schedule(replyDay, newDue.get(), enquiry.statedDeadline());
            Optional<LocalDate> next = nextAction(schedule, sent(connection, enquiry.reference()), replyDay);
            try (PreparedStatement statement = connection.prepareStatement("UPDATE council_enquiry SET due_on = ?, "
                + "remind_on = ?, deadline_remind_on = ?, overdue_on = ?, escalate_on = ?, next_action_on = ?, "
                + "last_reply_kind = ?, last_reply_at = ? WHERE reference = ?")) {
                setDate(statement, 1, Optional.of(schedule.due()));
                setDate(statement, 2, schedule.reminder());
                setDate(statement, 3, schedule.deadlineReminder());
                setDate(statement, 4, Optional.of(schedule.overdue()));
                setDate(statement, 5, Optional.of(schedule.escalation()));
                setDate(statement, 6, next);
                statement.setString(7, reply.kind().id());
                statement.setTimestamp(8, Timestamp.from(reply.receivedAt()));
                statement.setString(9, enquiry.reference());
                statement.executeUpdate();
            }
            return with(enquiry, schedule, EnquiryStatus.OPEN, Optional.empty(), reply);
        }
        try (PreparedStatement statement = connection.prepareStatement(
            "UPDATE council_enquiry SET last_reply_kind = ?, last_reply_at = ? WHERE reference = ?")) {
            statement.setString(1, reply.kind().id());
            statement.setTimestamp(2, Timestamp.from(reply.receivedAt()));
            statement.setString(3, enquiry.reference());
            statement.executeUpdate();
        }
        return with(enquiry, enquiry.schedule(), EnquiryStatus.OPEN, Optional.empty(), reply);
    }

    private static Enquiry with(Enquiry e, Schedule schedule, EnquiryStatus status, Optional<Instant> closedAt,
                                Reply reply) {
        return new Enquiry(e.reference(), e.threadId(), e.messageId(), e.memberId(), e.officerId(), e.directorate(),
            e.subject(), e.openedAt(), e.receivedOn(), schedule, e.urgent(), status, closedAt, Optional.of(reply.kind()),
            Optional.of(reply.receivedAt()));
    }

    private static boolean replyRecorded(Connection connection, String reference, String messageId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
            "SELECT 1 FROM council_enquiry_reply WHERE reference = ? AND message_id = ?")) {
            statement.setString(1, reference);
            statement.setString(2, messageId);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next();
            }
        }
    }

    private static void insertReply(Connection connection, String reference, String messageId, Reply reply)
        throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("INSERT INTO council_enquiry_reply "
            + "(reference, message_id, kind, replied_by, received_at, new_deadline) VALUES (?, ?, ?, ?, ?, ?)")) {
            statement.setString(1, reference);
            statement.setString(2, messageId);
            statement.setString(3, reply.kind().id());
            statement.setString(4, Columns.clip(reply.repliedBy(), Columns.PERSON));
            statement.setTimestamp(5, Timestamp.from(reply.receivedAt()));
            setDate(statement, 6, reply.newDeadline());
            statement.executeUpdate();
        }
    }

    /**
     * Takes an enquiry out of the timer because it is really a constituent's complaint, handled under
     * the complaints procedure. Only an open enquiry changes.
     */
    public Optional<Enquiry> markComplaint(String reference, Instant at) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                Optional<Enquiry> locked = lock(connection, reference);
                if (locked.isEmpty() || !locked.get().isOpen()) {
                    connection.commit();
                    return locked;
                }
                try (PreparedStatement statement = connection.prepareStatement("UPDATE council_enquiry SET status = ?, "
                    + "closed_at = ?, next_action_on = NULL WHERE reference = ?")) {
                    statement.setString(1, EnquiryStatus.COMPLAINT.id());
                    statement.setTimestamp(2, Timestamp.from(at));
                    statement.setString(3, reference);
                    statement.executeUpdate();
                }
                connection.commit();
                Enquiry e = locked.get();
                return Optional.of(new Enquiry(e.reference(), e.threadId(), e.messageId(), e.memberId(), e.officerId(),
                    e.directorate(), e.subject(), e.openedAt(), e.receivedOn(), e.schedule(), e.urgent(),
                    EnquiryStatus.COMPLAINT, Optional.of(at), e.lastReplyKind(), e.lastReplyAt()));
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("could not mark " + reference + " as a complaint", e);
        }
    }

    // ---- reading

    public Optional<Enquiry> find(String reference) {
        return queryOne("SELECT " + COLUMNS + " FROM council_enquiry WHERE reference = ?", reference);
    }

    /** The enquiry a message opened, if it opened one. */
    public Optional<Enquiry> findByMessage(String messageId) {
        return queryOne("SELECT " + COLUMNS + " FROM council_enquiry WHERE message_id = ?", Columns.id(messageId));
    }

    /** The enquiries asked in a thread, newest first (a closed one and the new question after it, say). */
    public List<Enquiry> findByThread(String threadId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("SELECT " + COLUMNS
                 + " FROM council_enquiry WHERE thread_id = ? ORDER BY opened_at DESC, reference DESC")) {
            statement.setString(1, Columns.id(threadId));
            return enquiries(statement);
        } catch (SQLException e) {
            throw new StoreException("could not read the enquiries of thread " + threadId, e);
        }
    }

    /** The newest open enquiry in a thread: the one an officer's reply in it answers. */
    public Optional<Enquiry> openInThread(String threadId) {
        return findByThread(threadId).stream().filter(Enquiry::isOpen).findFirst();
    }

    /** Enquiries matching a filter, oldest first (by when they were received). */
    public List<Enquiry> list(EnquiryFilter filter) {
        return list(filter, "opened_at, reference");
    }

    /** Enquiries matching a filter, the earliest due first: for the digest. */
    List<Enquiry> listByDue(EnquiryFilter filter) {
        return list(filter, "due_on, opened_at, reference");
    }

    private List<Enquiry> list(EnquiryFilter filter, String order) {
        List<Object> values = new ArrayList<>();
        String where = where(filter, values);
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("SELECT " + COLUMNS + " FROM council_enquiry"
                 + where + " ORDER BY " + order + " LIMIT ? OFFSET ?")) {
            int i = bind(statement, values);
            statement.setInt(i, filter.limit());
            statement.setInt(i + 1, filter.offset());
            return enquiries(statement);
        } catch (SQLException e) {
            throw new StoreException("could not list enquiries", e);
        }
    }

    /** How many enquiries match a filter (its limit and offset aside). */
    public int count(EnquiryFilter filter) {
        List<Object> values = new ArrayList<>();
        String where = where(filter, values);
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("SELECT COUNT(*) FROM council_enquiry" + where)) {
            bind(statement, values);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        } catch (SQLException e) {
            throw new StoreException("could not count enquiries", e);
        }
    }

    private static String where(EnquiryFilter filter, List<Object> values) {
        List<String> conditions = new ArrayList<>();
        filter.listing().ifPresent(listing -> {
            switch (listing) {
                case OPEN -> conditions.add("status = 'open'");
                case OVERDUE -> {
                    conditions.add("status = 'open' AND due_on < ?");
                    values.add(filter.today());
                }
                case ON_TIME -> {
                    conditions.add("status = 'open' AND due_on >= ?");
                    values.add(filter.today());
                }
                case CLOSED -> conditions.add("status = 'closed'");
                case COMPLAINT -> conditions.add("status = 'complaint'");
                default -> throw new IllegalArgumentException(listing.id());
            }
        });
        filter.officer().ifPresent(id -> {
            conditions.add("officer_id = ?");
            values.add(id);
        });
        filter.directorate().ifPresent(name -> {
            conditions.add("directorate = ?");
            values.add(name);
        });
        filter.member().ifPresent(id -> {
            conditions.add("member_id = ?");
            values.add(id);
        });
        filter.from().ifPresent(day -> {
            conditions.add("opened_on >= ?");
            values.add(day);
        });
        filter.to().ifPresent(day -> {
            conditions.add("opened_on <= ?");
            values.add(day);
        });
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private static int bind(PreparedStatement statement, List<Object> values) throws SQLException {
        int i = 1;
        for (Object value : values) {
            if (value instanceof LocalDate day) {
                statement.setDate(i++, Date.valueOf(day));
            } else {
                statement.setString(i++, (String) value);
            }
        }
        return i;
    }

    /** The replies recorded for an enquiry, in the order received. */
    public List<RecordedReply> replies(String reference) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("SELECT message_id, kind, replied_by, "
                 + "received_at, new_deadline FROM council_enquiry_reply WHERE reference = ? ORDER BY received_at, message_id")) {
            statement.setString(1, reference);
            List<RecordedReply> replies = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    replies.add(new RecordedReply(reference, rows.getString(1), ReplyKind.byId(rows.getString(2)).orElseThrow(),
                        Optional.ofNullable(rows.getString(3)), rows.getTimestamp(4).toInstant(), date(rows, 5)));
                }
            }
            return replies;
        } catch (SQLException e) {
            throw new StoreException("could not read the replies to " + reference, e);
        }
    }

    /** What the timer of an enquiry has sent, in order. */
    public List<SentReminder> reminders(String reference) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("SELECT kind, for_date, send_on, sent_at, sent_by, "
                 + "outcome, recipients FROM council_reminder_sent WHERE reference = ? ORDER BY sent_at, send_on, kind")) {
            statement.setString(1, reference);
            List<SentReminder> sent = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    sent.add(new SentReminder(reference, ReminderKind.byId(rows.getString(1)).orElseThrow(),
                        date(rows, 2).orElseThrow(), date(rows, 3).orElseThrow(), rows.getTimestamp(4).toInstant(),
                        rows.getString(5), rows.getString(6), rows.getString(7)));
                }
            }
            return sent;
        } catch (SQLException e) {
            throw new StoreException("could not read the reminders of " + reference, e);
        }
    }

    // ---- what the sweep needs

    /**
     * The enquiries with a reminder, overdue notice or escalation due on or before a day and not sent:
     * one indexed range read of {@code next_action_on}, the earliest first.
     */
    List<String> dueReferences(LocalDate day) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("SELECT reference FROM council_enquiry "
                 + "WHERE next_action_on <= ? AND status = 'open' ORDER BY next_action_on, reference")) {
            statement.setDate(1, Date.valueOf(day));
            statement.setFetchSize(1_000);
            List<String> references = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    references.add(rows.getString(1));
                }
            }
            return references;
        } catch (SQLException e) {
            throw new StoreException("could not find the enquiries with reminders due", e);
        }
    }

    /** Writes the message for one step of a timer; empty when it is superseded and should not go. */
    @FunctionalInterface
    interface StepWriter {
        Optional<Reminder> write(Enquiry enquiry, Step step, LocalDate day);
    }

    /** A step of a timer that a sweep claimed: sent with its reminder, or superseded without one. */
    record Claimed(Enquiry enquiry, Step step, Optional<Reminder> reminder) {
    }

    /**
     * Sends what an enquiry's timer has due on a day, exactly once across nodes. In one transaction:
     * lock the enquiry's row, read what was already sent, and for each step due and not sent record it
     * (the primary key is the claim) and hand its reminder to the sender; then move
     * {@code next_action_on} on and commit. Another node sweeping at the same moment waits for the row
     * lock and then finds the steps recorded. If the sender throws, everything is rolled back and the
     * next sweep tries again.
     *
     * @throws ReminderNotSent when the sender refused a reminder (nothing recorded)
     */
    List<Claimed> sendDue(String reference, LocalDate day, Instant now, String node, StepWriter writer,
                          ReminderSender sender) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                Optional<Enquiry> locked = lock(connection, reference);
                if (locked.isEmpty() || !locked.get().isOpen()) {
                    connection.commit();
                    return List.of();
                }
                Enquiry enquiry = locked.get();
                Set<String> sent = sent(connection, reference);
                List<Claimed> claimed = new ArrayList<>();
                for (Step step : enquiry.schedule().steps()) {
                    if (step.sendOn().isAfter(day) || sent.contains(key(step))) {
                        continue;
                    }
                    Optional<Reminder> reminder = writer.write(enquiry, step, day);
                    recordSent(connection, reference, step, now, node, reminder);
                    if (reminder.isPresent()) {
                        send(sender, reminder.get(), reference + " " + step.kind().id());
                    }
                    sent.add(key(step));
                    claimed.add(new Claimed(enquiry, step, reminder));
                }
                setNextAction(connection, reference, nextAction(enquiry.schedule(), sent, day));
                connection.commit();
                return claimed;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("could not send the reminders of " + reference, e);
        }
    }

    private static void send(ReminderSender sender, Reminder reminder, String what) {
        try {
            sender.send(reminder);
        } catch (Exception e) {
            throw new ReminderNotSent("the mail system did not take " + what + ": " + e.getMessage(), e);
        }
    }

    private static void recordSent(Connection connection, String reference, Step step, Instant now, String node,
                                   Optional<Reminder> reminder) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("INSERT INTO council_reminder_sent (reference, "
            + "kind, for_date, send_on, sent_at, sent_by, outcome, recipients) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            statement.setString(1, reference);
            statement.setString(2, step.kind().id());
            statement.setDate(3, Date.valueOf(step.about()));
            statement.setDate(4, Date.valueOf(step.sendOn()));
            statement.setTimestamp(5, Timestamp.from(now));
            statement.setString(6, Columns.clip(node, Columns.PERSON));
            statement.setString(7, reminder.isPresent() ? SentReminder.SENT : SentReminder.SUPERSEDED);
            statement.setString(8, reminder.map(r -> Columns.clip(recipients(r), RECIPIENTS)).orElse(null));
            statement.executeUpdate();
        }
    }

    private static String recipients(Reminder reminder) {
        List<String> all = reminder.recipients();
        return all.isEmpty() ? "postmaster" : String.join(", ", all);
    }

    private static void setNextAction(Connection connection, String reference, Optional<LocalDate> next)
        throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
            "UPDATE council_enquiry SET next_action_on = ? WHERE reference = ?")) {
            setDate(statement, 1, next);
            statement.setString(2, reference);
            statement.executeUpdate();
        }
    }

    /** The first day after {@code day} with a step not yet sent. */
    private static Optional<LocalDate> nextAction(Schedule schedule, Set<String> sent, LocalDate day) {
        return schedule.steps().stream()
            .filter(step -> step.sendOn().isAfter(day) && !sent.contains(key(step)))
            .map(Step::sendOn)
            .min(LocalDate::compareTo);
    }

    private static String key(Step step) {
        return step.kind().id() + "|" + step.about();
    }

    private static Set<String> sent(Connection connection, String reference) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
            "SELECT kind, for_date FROM council_reminder_sent WHERE reference = ?")) {
            statement.setString(1, reference);
            Set<String> keys = new HashSet<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    keys.add(rows.getString(1) + "|" + rows.getDate(2).toLocalDate());
                }
            }
            return keys;
        }
    }

    /** Whether a week's digest has gone to a recipient (a cheap look before writing it). */
    boolean digestSent(LocalDate week, String recipient) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                 "SELECT 1 FROM council_digest_sent WHERE digest_on = ? AND recipient = ?")) {
            statement.setDate(1, Date.valueOf(week));
            statement.setString(2, recipient);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next();
            }
        } catch (SQLException e) {
            throw new StoreException("could not read the digests sent", e);
        }
    }

    /**
     * Sends a week's digest to one recipient once: records it and hands it over in one transaction.
     *
     * @return false when another sweep has already sent it
     * @throws ReminderNotSent when the sender refused it (nothing recorded)
     */
    boolean sendDigest(LocalDate week, String recipient, int enquiries, Instant now, String node, Reminder digest,
                       ReminderSender sender) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                try (PreparedStatement statement = connection.prepareStatement("INSERT INTO council_digest_sent "
                    + "(digest_on, recipient, sent_at, sent_by, enquiries) VALUES (?, ?, ?, ?, ?)")) {
                    statement.setDate(1, Date.valueOf(week));
                    statement.setString(2, Columns.clip(recipient, Columns.PERSON));
                    statement.setTimestamp(3, Timestamp.from(now));
                    statement.setString(4, Columns.clip(node, Columns.PERSON));
                    statement.setInt(5, enquiries);
                    statement.executeUpdate();
                } catch (SQLException e) {
                    if (DUPLICATE_KEY.equals(e.getSQLState())) {
                        connection.rollback();
                        return false;
                    }
                    throw e;
                }
                send(sender, digest, "the digest of " + week + " to " + recipient);
                connection.commit();
                return true;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("could not send the digest of " + week + " to " + recipient, e);
        }
    }

    // ---- rows

    private static Optional<Enquiry> lock(Connection connection, String reference) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
            "SELECT " + COLUMNS + " FROM council_enquiry WHERE reference = ? FOR UPDATE")) {
            statement.setString(1, reference);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(enquiry(rows)) : Optional.empty();
            }
        }
    }

    private static Optional<Enquiry> byMessageId(Connection connection, String messageId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
            "SELECT " + COLUMNS + " FROM council_enquiry WHERE message_id = ?")) {
            statement.setString(1, messageId);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(enquiry(rows)) : Optional.empty();
            }
        }
    }

    private Optional<Enquiry> queryOne(String sql, String value) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, value);
            List<Enquiry> found = enquiries(statement);
            return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
        } catch (SQLException e) {
            throw new StoreException("could not read enquiry " + value, e);
        }
    }

    private static List<Enquiry> enquiries(PreparedStatement statement) throws SQLException {
        List<Enquiry> enquiries = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                enquiries.add(enquiry(rows));
            }
        }
        return enquiries;
    }

    private static Enquiry enquiry(ResultSet rows) throws SQLException {
        Schedule schedule = new Schedule(date(rows, 10).orElseThrow(), date(rows, 11), date(rows, 17), date(rows, 18),
            date(rows, 19).orElseThrow(), date(rows, 20).orElseThrow());
        String status = rows.getString(13);
        return new Enquiry(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4), rows.getString(5),
            Optional.ofNullable(rows.getString(6)), rows.getString(7), rows.getTimestamp(8).toInstant(),
            date(rows, 9).orElseThrow(), schedule, rows.getBoolean(12),
            EnquiryStatus.byId(status).orElseThrow(() -> new SQLException("unknown enquiry status " + status)),
            instant(rows, 14), Optional.ofNullable(rows.getString(15)).flatMap(ReplyKind::byId), instant(rows, 16));
    }

    private static Optional<LocalDate> date(ResultSet rows, int column) throws SQLException {
        Date date = rows.getDate(column);
        return date == null ? Optional.empty() : Optional.of(date.toLocalDate());
    }

    private static Optional<Instant> instant(ResultSet rows, int column) throws SQLException {
        Timestamp timestamp = rows.getTimestamp(column);
        return timestamp == null ? Optional.empty() : Optional.of(timestamp.toInstant());
    }

    private static void setDate(PreparedStatement statement, int index, Optional<LocalDate> date) throws SQLException {
        if (date.isPresent()) {
            statement.setDate(index, Date.valueOf(date.get()));
        } else {
            statement.setNull(index, Types.DATE);
        }
    }
}

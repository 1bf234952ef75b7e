package org.councilprotocol.absence;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import javax.sql.DataSource;

import org.councilprotocol.store.Columns;
import org.councilprotocol.store.StateStore;
import org.councilprotocol.store.StoreException;

/**
 * Absences learned from officers' automatic replies, and the record of which member was told who covers
 * for which absence, in the state store's database (schema V3; H2 or PostgreSQL). Safe on several nodes:
 * each officer has one row, changed under its row lock, and a member's notice is claimed by a primary key.
 */
public final class AbsenceStore {
    private static final String DUPLICATE_KEY = "23505";
    private static final String COLUMNS = "person_id, away_from, back_on, learned_from, learned_at, ended_at";

    private final DataSource dataSource;

    public AbsenceStore(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    public static AbsenceStore on(StateStore state) {
        return new AbsenceStore(state.dataSource());
    }

    /**
     * Records an officer's automatic reply sent on {@code day}: it starts an absence, or, while one is still
     * running, carries it on (a later reply may name a later day back).
     */
    public LearnedAbsence learn(String personId, LocalDate day, Optional<LocalDate> back, String messageId, Instant at) {
        for (int attempt = 0; ; attempt++) {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(false);
                try {
                    LearnedAbsence learned = learn(connection, personId, day, back, Columns.id(messageId), at);
                    connection.commit();
                    return learned;
                } catch (SQLException e) {
                    connection.rollback();
                    // Two nodes learning the same officer's first absence at once: the loser reads the winner's row.
                    if (attempt == 0 && DUPLICATE_KEY.equals(e.getSQLState())) {
                        continue;
                    }
                    throw e;
                }
            } catch (SQLException e) {
                throw new StoreException("could not record the absence of " + personId, e);
            }
        }
    }

    private static LearnedAbsence learn(Connection connection, String personId, LocalDate day, Optional<LocalDate> back,
                                        String messageId, Instant at) throws SQLException {
        Optional<LearnedAbsence> existing = select(connection, personId, true);
        LocalDate awayFrom = existing.filter(absence -> absence.awayOn(day)).map(LearnedAbsence::awayFrom).orElse(day);
        if (existing.isEmpty()) {
            try (PreparedStatement statement = connection.prepareStatement("INSERT INTO council_absence_learned ("
                + COLUMNS + ", end_reason) VALUES (?, ?, ?, ?, ?, NULL, NULL)")) {
                statement.setString(1, personId);
                statement.setDate(2, Date.valueOf(awayFrom));
                setDate(statement, 3, back);
                statement.setString(4, messageId);
                statement.setTimestamp(5, Timestamp.from(at));
                statement.executeUpdate();
            }
        } else {
            try (PreparedStatement statement = connection.prepareStatement("UPDATE council_absence_learned SET away_from = ?, "
                + "back_on = ?, learned_from = ?, learned_at = ?, ended_at = NULL, end_reason = NULL WHERE person_id = ?")) {
                statement.setDate(1, Date.valueOf(awayFrom));
                setDate(statement, 2, back);
                statement.setString(3, messageId);
                statement.setTimestamp(4, Timestamp.from(at));
                statement.setString(5, personId);
                statement.executeUpdate();
            }
        }
        return new LearnedAbsence(personId, awayFrom, back, messageId, at, Optional.empty());
    }

    /**
     * The officer sent ordinary mail on {@code day}: an absence still running then is over.
     *
     * @return whether an absence ended
     */
    public boolean returned(String personId, LocalDate day, Instant at) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("UPDATE council_absence_learned SET ended_at = ?, "
                 + "end_reason = 'returned' WHERE person_id = ? AND ended_at IS NULL AND away_from <= ? "
                 + "AND (back_on IS NULL OR back_on > ?) AND learned_at < ?")) {
            statement.setTimestamp(1, Timestamp.from(at));
            statement.setString(2, personId);
            statement.setDate(3, Date.valueOf(day));
            statement.setDate(4, Date.valueOf(day));
            statement.setTimestamp(5, Timestamp.from(at));
            return statement.executeUpdate() > 0;
        } catch (SQLException e) {
            throw new StoreException("could not end the absence of " + personId, e);
        }
    }

    /** The officer's latest learned absence, running or not. */
    public Optional<LearnedAbsence> latest(String personId) {
        try (Connection connection = dataSource.getConnection()) {
            return select(connection, personId, false);
        } catch (SQLException e) {
            throw new StoreException("could not read the absence of " + personId, e);
        }
    }

    /**
     * Claims the one notice a member gets about an absence.
     *
     * @return true when this call claimed it (send the notice), false when the member was told already
     */
    public boolean claimNotice(String memberId, String personId, LocalDate awayFrom, String messageId, Instant at) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("INSERT INTO council_cover_notice "
                 + "(member_id, person_id, away_from, message_id, told_at) VALUES (?, ?, ?, ?, ?)")) {
            statement.setString(1, memberId);
            statement.setString(2, personId);
            statement.setDate(3, Date.valueOf(awayFrom));
            statement.setString(4, Columns.id(messageId));
            statement.setTimestamp(5, Timestamp.from(at));
            statement.executeUpdate();
            return true;
        } catch (SQLException e) {
            if (DUPLICATE_KEY.equals(e.getSQLState())) {
                return false;
            }
            throw new StoreException("could not record the cover notice to " + memberId, e);
        }
    }

    private static Optional<LearnedAbsence> select(Connection connection, String personId, boolean forUpdate)
        throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT " + COLUMNS
            + " FROM council_absence_learned WHERE person_id = ?" + (forUpdate ? " FOR UPDATE" : ""))) {
            statement.setString(1, personId);
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                Date back = rows.getDate("back_on");
                Timestamp ended = rows.getTimestamp("ended_at");
                return Optional.of(new LearnedAbsence(rows.getString("person_id"), rows.getDate("away_from").toLocalDate(),
                    Optional.ofNullable(back).map(Date::toLocalDate), rows.getString("learned_from"),
                    rows.getTimestamp("learned_at").toInstant(), Optional.ofNullable(ended).map(Timestamp::toInstant)));
            }
        }
    }

    private static void setDate(PreparedStatement statement, int index, Optional<LocalDate> date) throws SQLException {
        if (date.isPresent()) {
            statement.setDate(index, Date.valueOf(date.get()));
        } else {
            statement.setNull(index, Types.DATE);
        }
    }
}

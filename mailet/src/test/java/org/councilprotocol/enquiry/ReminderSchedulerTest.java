package org.councilprotocol.enquiry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.councilprotocol.enquiry.EnquiryCouncil.ANN;
import static org.councilprotocol.enquiry.EnquiryCouncil.BOB;
import static org.councilprotocol.enquiry.EnquiryCouncil.DAN;
import static org.councilprotocol.enquiry.EnquiryCouncil.LUCY;
import static org.councilprotocol.enquiry.EnquiryCouncil.RAJ;
import static org.councilprotocol.enquiry.EnquiryCouncil.london;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.councilprotocol.config.CouncilConfig;
import org.councilprotocol.enquiry.EnquiryStore.Opening;
import org.councilprotocol.enquiry.ReminderSweep.SweepReport;
import org.councilprotocol.store.StateStore;
import org.councilprotocol.store.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * db-scheduler running the sweep: it starts sweeping at once, keeps sweeping, stops cleanly, picks up
 * after a restart, and two James nodes sharing PostgreSQL send each reminder once. Waits are on what
 * the sweeps report (Awaitility), never on the clock.
 */
class ReminderSchedulerTest {
    private static final CouncilConfig NORTHBROOK = EnquiryCouncil.northbrook();
    private static final EnquiryTimers TIMERS = EnquiryCouncil.timers(NORTHBROOK);
    private static final Duration QUICKLY = Duration.ofMillis(50);

    @TempDir
    Path folder;

    /** Counts the sweeps a scheduler ran and keeps any failure. */
    static class Sweeps implements ReminderScheduler.Listener {
        final AtomicInteger count = new AtomicInteger();
        final List<SweepReport> reports = new CopyOnWriteArrayList<>();
        final List<RuntimeException> errors = new CopyOnWriteArrayList<>();

        @Override
        public void swept(SweepReport report) {
            reports.add(report);
            count.incrementAndGet();
        }

        @Override
        public void failed(RuntimeException error) {
            errors.add(error);
        }
    }

    private StateStore h2() {
        return StateStore.open("jdbc:h2:file:" + folder.resolve("state").toAbsolutePath(), "sa", "");
    }

    private static ReminderScheduler scheduler(StateStore state, RecordingReminderSender sender, String node, Clock clock,
                                               Sweeps sweeps) {
        ReminderSweep sweep = ReminderSweep.of(EnquiryStore.on(state, TIMERS), NORTHBROOK.directory(),
            NORTHBROOK.profile(), sender, node);
        return new ReminderScheduler(state.dataSource(), sweep, clock, QUICKLY, sweeps);
    }

    private static Enquiry ask(EnquiryStore store, String id, String member, String officer, Instant at) {
        String messageId = "<" + id + "@northbrook.gov.uk>";
        return store.open(new Opening(messageId, messageId, member, officer,
            NORTHBROOK.directory().person(officer).flatMap(person -> person.directorate()), "Question " + id, at,
            Optional.empty()));
    }

    private static Clock at(Instant instant) {
        return Clock.fixed(instant, WorkingCalendar.LONDON);
    }

    private static int tasks(StateStore state) throws SQLException {
        try (Connection connection = state.dataSource().getConnection();
             PreparedStatement statement = connection.prepareStatement(
                 "SELECT COUNT(*) FROM council_scheduled_tasks WHERE task_name = ?")) {
            statement.setString(1, ReminderScheduler.TASK);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    @Test
    void theSchedulerSweepsAtOnceAndAgainAndSendsTheReminderOnce() throws Exception {
        try (StateStore state = h2()) {
            Enquiry enquiry = ask(EnquiryStore.on(state, TIMERS), "potholes", ANN, BOB, london(2026, 11, 23, 10, 15));
            RecordingReminderSender sender = new RecordingReminderSender();
            Sweeps sweeps = new Sweeps();
            try (ReminderScheduler scheduler = scheduler(state, sender, "node-1", at(london(2026, 12, 3, 9, 0)), sweeps)) {
                scheduler.start();
                scheduler.start();   // a second start changes nothing
                assertThat(scheduler.running()).isTrue();
                await().atMost(Duration.ofSeconds(30)).until(() -> sweeps.count.get() >= 4);
                assertThat(sender.about(enquiry.reference())).extracting(Reminder::kind)
                    .containsExactly(ReminderKind.REMINDER);
                assertThat(sweeps.errors).isEmpty();
                assertThat(sweeps.reports.get(0).day()).isEqualTo(EnquiryCouncil.date(2026, 12, 3));
                assertThat(tasks(state)).isEqualTo(1);
                scheduler.stop();
                assertThat(scheduler.running()).isFalse();
                int stoppedAt = sweeps.count.get();
                scheduler.stop();
                assertThat(sweeps.count.get()).isEqualTo(stoppedAt);
            }
        }
    }

    @Test
    void noSweepRunsWhileTheHostCannotSendAndTheFirstAfterwardsSendsWhatIsDue() throws Exception {
        try (StateStore state = h2()) {
            Enquiry enquiry = ask(EnquiryStore.on(state, TIMERS), "starting", ANN, BOB, london(2026, 11, 23, 10, 15));
            RecordingReminderSender sender = new RecordingReminderSender();
            AtomicInteger asked = new AtomicInteger();
            AtomicBoolean ready = new AtomicBoolean();
            Sweeps sweeps = new Sweeps() {
                @Override
                public boolean canSend() {
                    asked.incrementAndGet();
                    return ready.get();
                }
            };
            try (ReminderScheduler scheduler = scheduler(state, sender, "node-1", at(london(2026, 12, 3, 9, 0)), sweeps)) {
                scheduler.start();
                await().atMost(Duration.ofSeconds(30)).until(() -> asked.get() >= 3);
                assertThat(sweeps.count.get()).isZero();
                assertThat(sender.about(enquiry.reference())).isEmpty();

                ready.set(true);
                await().atMost(Duration.ofSeconds(30)).until(() -> sweeps.count.get() >= 1);
                assertThat(sender.about(enquiry.reference())).extracting(Reminder::kind)
                    .containsExactly(ReminderKind.REMINDER);
            }
        }
    }

    @Test
    void afterARestartTheSchedulerSendsWhatFellDueAndNothingAgain() throws Exception {
        Instant monday = london(2026, 11, 23, 10, 15);
        RecordingReminderSender before = new RecordingReminderSender();
        String reference;
        try (StateStore state = h2()) {
            reference = ask(EnquiryStore.on(state, TIMERS), "potholes", ANN, BOB, monday).reference();
            Sweeps sweeps = new Sweeps();
            try (ReminderScheduler scheduler = scheduler(state, before, "node-1", at(london(2026, 12, 3, 9, 0)), sweeps)) {
                scheduler.start();
                await().atMost(Duration.ofSeconds(30)).until(() -> !before.about(reference).isEmpty());
            }
        }
        // James was down from 3 to 8 December; it comes back on the overdue day.
        RecordingReminderSender after = new RecordingReminderSender();
        try (StateStore state = h2()) {
            Sweeps sweeps = new Sweeps();
            try (ReminderScheduler scheduler = scheduler(state, after, "node-1", at(london(2026, 12, 8, 9, 0)), sweeps)) {
                scheduler.start();
                await().atMost(Duration.ofSeconds(30)).until(() -> sweeps.count.get() >= 3);
            }
            assertThat(tasks(state)).isEqualTo(1);
        }
        assertThat(before.about(reference)).extracting(Reminder::kind).containsExactly(ReminderKind.REMINDER);
        assertThat(after.about(reference)).extracting(Reminder::kind).containsExactly(ReminderKind.OVERDUE);
    }

    @Test
    void twoJamesNodesSharingPostgresSendEachReminderOnce() throws Exception {
        try (TestPostgres postgres = TestPostgres.connectOrSkip()) {
            String schema = postgres.newSchema("council_sched_");
            try (StateStore one = postgres.open(schema); StateStore two = postgres.open(schema)) {
                EnquiryStore store = EnquiryStore.on(one, TIMERS);
                List<String> references = new ArrayList<>();
                String[] officers = {BOB, DAN, LUCY};
                for (int i = 0; i < 12; i++) {
                    references.add(ask(store, "q" + i, i % 2 == 0 ? ANN : RAJ, officers[i % 3],
                        london(2026, 11, 23, 10, i)).reference());
                }
                RecordingReminderSender first = new RecordingReminderSender();
                RecordingReminderSender second = new RecordingReminderSender();
                Sweeps sweepsOne = new Sweeps();
                Sweeps sweepsTwo = new Sweeps();
                // Both nodes on the escalation day: overdue notices and escalations are due, the reminders superseded.
                Clock wednesday = at(london(2026, 12, 9, 9, 0));
                try (ReminderScheduler nodeOne = scheduler(one, first, "james-1", wednesday, sweepsOne);
                     ReminderScheduler nodeTwo = scheduler(two, second, "james-2", wednesday, sweepsTwo)) {
                    nodeOne.start();
                    nodeTwo.start();
                    await().atMost(Duration.ofSeconds(60))
                        .until(() -> sweepsOne.count.get() + sweepsTwo.count.get() >= 8);
                }
                List<Reminder> all = new ArrayList<>(first.sent());
                all.addAll(second.sent());
                List<Reminder> perEnquiry = all.stream().filter(r -> r.kind() != ReminderKind.DIGEST).toList();
                assertThat(perEnquiry).extracting(Reminder::messageId).doesNotHaveDuplicates().hasSize(12 * 2);
                assertThat(all.stream().filter(r -> r.kind() == ReminderKind.DIGEST).map(Reminder::messageId).toList())
                    .doesNotHaveDuplicates().hasSize(3);
                for (String reference : references) {
                    assertThat(store.reminders(reference)).hasSize(3);
                }
                assertThat(sweepsOne.errors).isEmpty();
                assertThat(sweepsTwo.errors).isEmpty();
                assertThat(tasks(one)).isEqualTo(1);
            } finally {
                postgres.dropSchema(schema);
            }
        }
    }

    @Test
    void aSweepIntervalMustBePositive() {
        try (StateStore state = h2()) {
            ReminderSweep sweep = ReminderSweep.of(EnquiryStore.on(state, TIMERS), NORTHBROOK.directory(),
                NORTHBROOK.profile(), new RecordingReminderSender(), "node-1");
            assertThatThrownBy(() -> new ReminderScheduler(state.dataSource(), sweep, Clock.systemUTC(), Duration.ZERO,
                new ReminderScheduler.Listener() { })).isInstanceOf(IllegalArgumentException.class);
            assertThat(new ReminderScheduler(state.dataSource(), sweep, Clock.systemUTC()).running()).isFalse();
        }
    }
}

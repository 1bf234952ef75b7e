package org.councilprotocol.enquiry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.councilprotocol.enquiry.EnquiryCouncil.ANN;
import static org.councilprotocol.enquiry.EnquiryCouncil.BOB;
import static org.councilprotocol.enquiry.EnquiryCouncil.BOB_MAIL;
import static org.councilprotocol.enquiry.EnquiryCouncil.CAROL;
import static org.councilprotocol.enquiry.EnquiryCouncil.CAROL_MAIL;
import static org.councilprotocol.enquiry.EnquiryCouncil.DAN;
import static org.councilprotocol.enquiry.EnquiryCouncil.DAN_MAIL;
import static org.councilprotocol.enquiry.EnquiryCouncil.LUCY;
import static org.councilprotocol.enquiry.EnquiryCouncil.LUCY_MAIL;
import static org.councilprotocol.enquiry.EnquiryCouncil.MARY;
import static org.councilprotocol.enquiry.EnquiryCouncil.PETER_MAIL;
import static org.councilprotocol.enquiry.EnquiryCouncil.RAJ;
import static org.councilprotocol.enquiry.EnquiryCouncil.SARAH_MAIL;
import static org.councilprotocol.enquiry.EnquiryCouncil.date;
import static org.councilprotocol.enquiry.EnquiryCouncil.london;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.councilprotocol.config.CouncilConfig;
import org.councilprotocol.enquiry.EnquiryFilter.Listing;
import org.councilprotocol.enquiry.EnquiryStore.Opening;
import org.councilprotocol.enquiry.EnquiryStore.RecordedReply;
import org.councilprotocol.enquiry.EnquiryStore.Reply;
import org.councilprotocol.enquiry.EnquiryStore.SentReminder;
import org.councilprotocol.enquiry.ReminderSweep.SweepReport;
import org.councilprotocol.store.StateStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every database behind the enquiry store must do: run on H2 ({@link H2EnquiryStoreTest}, the
 * single-node default, a real file) and PostgreSQL ({@link PostgresEnquiryStoreTest}, several nodes).
 * A "node" is a state store of its own on the shared database, as a James node is.
 *
 * <p>Dates are Northbrook's (Thanet's timers, England & Wales) and worked in {@link EnquiryTimersTest}:
 * an enquiry received on Monday 23 November 2026 is due on Monday 7 December, reminded on Thursday 3,
 * overdue on Tuesday 8 and escalated on Wednesday 9.
 */
abstract class EnquiryStoreContract {
    static final CouncilConfig NORTHBROOK = EnquiryCouncil.northbrook();
    static final EnquiryTimers TIMERS = EnquiryCouncil.timers(NORTHBROOK);
    static final Instant MONDAY_23_NOVEMBER = london(2026, 11, 23, 10, 15);

    private final List<StateStore> nodes = new ArrayList<>();
    private int messages;
    protected StateStore state;
    protected EnquiryStore store;
    protected RecordingReminderSender sender;
    protected ReminderSweep sweep;

    /** A state store on the test's database, migrated; the first call creates the database. */
    protected abstract StateStore openNode();

    /** Drops the test's database; every node is closed already. */
    protected abstract void cleanUp();

    @BeforeEach
    void openTheFirstNode() {
        state = node();
        store = EnquiryStore.on(state, TIMERS);
        sender = new RecordingReminderSender();
        sweep = sweep(store, sender, "node-1");
    }

    @AfterEach
    void closeEveryNode() {
        nodes.forEach(StateStore::close);
        cleanUp();
    }

    // ---- helpers

    StateStore node() {
        StateStore node = openNode();
        nodes.add(node);
        return node;
    }

    static ReminderSweep sweep(EnquiryStore store, ReminderSender sender, String node) {
        return ReminderSweep.of(store, NORTHBROOK.directory(), NORTHBROOK.profile(), sender, node);
    }

    Enquiry ask(String member, String officer, String subject, Instant at) {
        return ask(member, officer, subject, at, Optional.empty());
    }

    Enquiry ask(String member, String officer, String subject, Instant at, Optional<StatedDeadline> deadline) {
        String id = "<enquiry-" + (++messages) + "." + at.toEpochMilli() + "@northbrook.gov.uk>";
        return store.open(opening(id, id, member, officer, subject, at, deadline));
    }

    static Opening opening(String messageId, String threadId, String member, String officer, String subject, Instant at,
                           Optional<StatedDeadline> deadline) {
        Optional<String> directorate = NORTHBROOK.directory().person(officer).flatMap(person -> person.directorate());
        return new Opening(messageId, threadId, member, officer, directorate, subject, at, deadline);
    }

    static Reply reply(String messageId, String officer, ReplyKind kind, Instant at, Optional<LocalDate> newDeadline) {
        return new Reply(messageId, officer, kind, at, newDeadline);
    }

    static StatedDeadline by(LocalDate date, String phrase) {
        return new StatedDeadline(Optional.of(date), false, phrase, 0);
    }

    static Instant nine(LocalDate day) {
        return london(day.getYear(), day.getMonthValue(), day.getDayOfMonth(), 9, 0);
    }

    /** (reference, kind, date about) of what was sent, to spot duplicates. */
    static List<String> keys(List<Reminder> reminders) {
        return reminders.stream().map(reminder -> reminder.reference().orElse("digest") + " " + reminder.kind().id()
            + " " + reminder.messageId()).toList();
    }

    // ---- opening

    @Test
    void anEnquiryOpensWithTheFirstReferenceOfItsYearAndItsTimer() {
        Enquiry enquiry = ask(ANN, BOB, "Potholes on Hill Street", MONDAY_23_NOVEMBER);

        assertThat(enquiry.reference()).isEqualTo("ENQ-2026-00001");
        assertThat(enquiry.status()).isEqualTo(EnquiryStatus.OPEN);
        assertThat(enquiry.receivedOn()).isEqualTo(date(2026, 11, 23));
        assertThat(enquiry.due()).isEqualTo(date(2026, 12, 7));
        assertThat(enquiry.schedule().reminder()).contains(date(2026, 12, 3));
        assertThat(enquiry.schedule().overdue()).isEqualTo(date(2026, 12, 8));
        assertThat(enquiry.schedule().escalation()).isEqualTo(date(2026, 12, 9));
        assertThat(enquiry.directorate()).contains("Place");

        Enquiry stored = store.find("ENQ-2026-00001").orElseThrow();
        assertThat(stored).isEqualTo(enquiry);
        assertThat(store.findByThread(enquiry.threadId())).containsExactly(enquiry);
        assertThat(store.findByMessage(enquiry.messageId())).contains(enquiry);
        assertThat(store.openInThread(enquiry.threadId())).contains(enquiry);
        assertThat(store.find("ENQ-2026-99999")).isEmpty();
    }

    @Test
    void referencesCountUpWithinTheLondonYearAndStartAgainInJanuary() {
        assertThat(ask(ANN, BOB, "Bins in Harbour Street", london(2026, 3, 2, 9, 0)).reference()).isEqualTo("ENQ-2026-00001");
        assertThat(ask(RAJ, LUCY, "Temporary accommodation", london(2026, 6, 1, 9, 0)).reference()).isEqualTo("ENQ-2026-00002");
        // 23:30 on New Year's Eve is still 2026 in London.
        assertThat(ask(MARY, BOB, "Gritting on Westgate Hill", london(2026, 12, 31, 23, 30)).reference())
            .isEqualTo("ENQ-2026-00003");
        assertThat(ask(MARY, BOB, "Gritting again", london(2027, 1, 1, 0, 30)).reference()).isEqualTo("ENQ-2027-00001");
        // Late mail from the old year still takes the old year's next number.
        assertThat(ask(ANN, DAN, "Streetlight out", london(2026, 12, 30, 12, 0)).reference()).isEqualTo("ENQ-2026-00004");
    }

    @Test
    void openingTheSameMessageAgainFindsTheSameEnquiry() {
        Opening opening = opening("<enq-dup@northbrook.gov.uk>", "<enq-dup@northbrook.gov.uk>", ANN, BOB,
            "Potholes on Hill Street", MONDAY_23_NOVEMBER, Optional.empty());
        Enquiry first = store.open(opening);
        Enquiry again = store.open(opening);
        Enquiry fromAnotherNode = EnquiryStore.on(node(), TIMERS).open(opening);

        assertThat(again).isEqualTo(first);
        assertThat(fromAnotherNode).isEqualTo(first);
        assertThat(store.count(EnquiryFilter.all(date(2026, 11, 23)))).isEqualTo(1);
        // The number was not used up: the next enquiry is 00002.
        assertThat(ask(RAJ, LUCY, "Damp in council flats", MONDAY_23_NOVEMBER).reference()).isEqualTo("ENQ-2026-00002");
    }

    @Test
    void twoNodesOpeningAtOnceNeverShareAReference() throws Exception {
        EnquiryStore other = EnquiryStore.on(node(), TIMERS);
        int perThread = 15;
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<String>>> results = new ArrayList<>();
            for (int t = 0; t < 6; t++) {
                EnquiryStore node = t % 2 == 0 ? store : other;
                int thread = t;
                results.add(pool.submit(() -> {
                    start.await();
                    List<String> references = new ArrayList<>();
                    for (int i = 0; i < perThread; i++) {
                        String id = "<race-" + thread + "-" + i + "@northbrook.gov.uk>";
                        references.add(node.open(opening(id, id, ANN, BOB, "Race " + i, MONDAY_23_NOVEMBER.plusSeconds(i),
                            Optional.empty())).reference());
                    }
                    return references;
                }));
            }
            start.countDown();
            Set<String> references = new HashSet<>();
            for (Future<List<String>> result : results) {
                references.addAll(result.get(60, TimeUnit.SECONDS));
            }
            assertThat(references).hasSize(6 * perThread);
            List<String> expected = new ArrayList<>();
            for (int n = 1; n <= 6 * perThread; n++) {
                expected.add(EnquiryStore.reference(2026, n));
            }
            assertThat(references).containsExactlyInAnyOrderElementsOf(expected);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theMembersOwnDeadlineAndUrgencyAreKeptBesideTheDueDate() {
        StatedDeadline urgent = new StatedDeadline(Optional.of(date(2026, 11, 27)), true, "urgently, by Friday", 10);
        Enquiry enquiry = ask(ANN, BOB, "Flooding on Marine Drive", MONDAY_23_NOVEMBER, Optional.of(urgent));

        Enquiry stored = store.find(enquiry.reference()).orElseThrow();
        assertThat(stored.statedDeadline()).contains(date(2026, 11, 27));
        assertThat(stored.urgent()).isTrue();
        assertThat(stored.due()).isEqualTo(date(2026, 12, 7));
        assertThat(stored.schedule().deadlineReminder()).contains(date(2026, 11, 25));

        Enquiry asap = ask(RAJ, LUCY, "Homeless family tonight", MONDAY_23_NOVEMBER,
            Optional.of(new StatedDeadline(Optional.empty(), true, "ASAP", 0)));
        assertThat(store.find(asap.reference()).orElseThrow().urgent()).isTrue();
        assertThat(store.find(asap.reference()).orElseThrow().statedDeadline()).isEmpty();
    }

    @Test
    void overLongIdsAndSubjectsAreFittedNotRefused() {
        String longId = "<" + "x".repeat(1_500) + "@northbrook.gov.uk>";
        Enquiry enquiry = store.open(opening(longId, longId, ANN, BOB, "S".repeat(2_000), MONDAY_23_NOVEMBER,
            Optional.empty()));
        assertThat(store.findByMessage(longId)).contains(enquiry);
        assertThat(store.findByThread(longId)).containsExactly(enquiry);
        assertThat(enquiry.subject()).hasSize(998);
    }

    // ---- replies

    @Test
    void aSubstantiveAnswerClosesTheEnquiryAndLaterMailInTheThreadDoesNotReopenIt() {
        Enquiry enquiry = ask(ANN, BOB, "Potholes on Hill Street", MONDAY_23_NOVEMBER);
        Instant answered = london(2026, 12, 1, 15, 30);

        Enquiry closed = store.recordReply(enquiry.reference(),
            reply("<answer@northbrook.gov.uk>", BOB, ReplyKind.SUBSTANTIVE, answered, Optional.empty())).orElseThrow();
        assertThat(closed.status()).isEqualTo(EnquiryStatus.CLOSED);
        assertThat(closed.closedAt()).contains(answered);
        assertThat(closed.lastReplyKind()).contains(ReplyKind.SUBSTANTIVE);

        // Cllr Smith's thanks, and Bob's "you're welcome, with a holding date", change nothing.
        Enquiry after = store.recordReply(enquiry.reference(), reply("<late-holding@northbrook.gov.uk>", BOB,
            ReplyKind.HOLDING, answered.plusSeconds(3_600), Optional.of(date(2026, 12, 18)))).orElseThrow();
        assertThat(after.status()).isEqualTo(EnquiryStatus.CLOSED);
        assertThat(after.due()).isEqualTo(date(2026, 12, 7));
        assertThat(store.find(enquiry.reference()).orElseThrow()).isEqualTo(closed);
        assertThat(store.replies(enquiry.reference())).extracting(RecordedReply::kind)
            .containsExactly(ReplyKind.SUBSTANTIVE, ReplyKind.HOLDING);

        // Nothing more is ever sent for it.
        for (LocalDate day = date(2026, 12, 1); day.isBefore(date(2026, 12, 20)); day = day.plusDays(1)) {
            sweep.sweep(nine(day));
        }
        assertThat(sender.about(enquiry.reference())).isEmpty();
        assertThat(store.openInThread(enquiry.threadId())).isEmpty();
    }

    @Test
    void aNewQuestionInAClosedThreadIsANewEnquiry() {
        Enquiry first = ask(ANN, BOB, "Potholes on Hill Street", MONDAY_23_NOVEMBER);
        store.recordReply(first.reference(), reply("<answer@northbrook.gov.uk>", BOB, ReplyKind.SUBSTANTIVE,
            london(2026, 11, 25, 10, 0), Optional.empty()));

        Enquiry second = store.open(opening("<follow-up@northbrook.gov.uk>", first.threadId(), ANN, BOB,
            "Re: Potholes on Hill Street", london(2026, 11, 26, 8, 45), Optional.empty()));

        assertThat(second.reference()).isEqualTo("ENQ-2026-00002");
        assertThat(store.findByThread(first.threadId())).extracting(Enquiry::reference)
            .containsExactly("ENQ-2026-00002", "ENQ-2026-00001");
        assertThat(store.openInThread(first.threadId())).contains(second);
        assertThat(store.find(first.reference()).orElseThrow().status()).isEqualTo(EnquiryStatus.CLOSED);
    }

    @Test
    void aHoldingReplyMovesTheDueDateAndTheNewDateIsRemindedAfresh() {
        Enquiry enquiry = ask(ANN, BOB, "Potholes on Hill Street", MONDAY_23_NOVEMBER);
        sweep.sweep(nine(date(2026, 12, 3)));
        assertThat(sender.about(enquiry.reference())).extracting(Reminder::kind).containsExactly(ReminderKind.REMINDER);

        // On the due day Bob writes: waiting for the contractor's survey, full answer by Friday 18 December.
        Enquiry moved = store.recordReply(enquiry.reference(), reply("<holding@northbrook.gov.uk>", BOB,
            ReplyKind.HOLDING, london(2026, 12, 7, 11, 0), Optional.of(date(2026, 12, 18)))).orElseThrow();
        assertThat(moved.due()).isEqualTo(date(2026, 12, 18));
        assertThat(moved.schedule().reminder()).contains(date(2026, 12, 16));
        assertThat(moved.schedule().overdue()).isEqualTo(date(2026, 12, 21));
        assertThat(moved.lastReplyKind()).contains(ReplyKind.HOLDING);
        assertThat(store.find(enquiry.reference())).contains(moved);

        for (LocalDate day = date(2026, 12, 4); !day.isAfter(date(2026, 12, 22)); day = day.plusDays(1)) {
            sweep.sweep(nine(day));
        }
        assertThat(store.reminders(enquiry.reference()))
            .extracting(SentReminder::kind, SentReminder::about, SentReminder::sendOn, SentReminder::outcome)
            .containsExactly(
                tuple(ReminderKind.REMINDER, date(2026, 12, 7), date(2026, 12, 3), SentReminder.SENT),
                tuple(ReminderKind.REMINDER, date(2026, 12, 18), date(2026, 12, 16), SentReminder.SENT),
                tuple(ReminderKind.OVERDUE, date(2026, 12, 18), date(2026, 12, 21), SentReminder.SENT),
                tuple(ReminderKind.ESCALATION, date(2026, 12, 18), date(2026, 12, 22), SentReminder.SENT));
        assertThat(sender.about(enquiry.reference())).hasSize(4);
    }

    @Test
    void anAcknowledgementOrAHoldingReplyWithoutAUsableDateLeavesTheClockRunning() {
        Enquiry enquiry = ask(ANN, BOB, "Potholes on Hill Street", MONDAY_23_NOVEMBER);
        Enquiry acknowledged = store.recordReply(enquiry.reference(), reply("<ack@northbrook.gov.uk>", BOB,
            ReplyKind.ACKNOWLEDGEMENT, london(2026, 11, 23, 11, 0), Optional.empty())).orElseThrow();
        assertThat(acknowledged.due()).isEqualTo(date(2026, 12, 7));
        assertThat(acknowledged.lastReplyKind()).contains(ReplyKind.ACKNOWLEDGEMENT);

        Enquiry undated = store.recordReply(enquiry.reference(), reply("<holding-undated@northbrook.gov.uk>", BOB,
            ReplyKind.HOLDING, london(2026, 11, 30, 11, 0), Optional.empty())).orElseThrow();
        assertThat(undated.due()).isEqualTo(date(2026, 12, 7));
        // A date before the reply itself ("by 1 December", written on 2 December) is no new deadline.
        Enquiry past = store.recordReply(enquiry.reference(), reply("<holding-past@northbrook.gov.uk>", BOB,
            ReplyKind.HOLDING, london(2026, 12, 2, 11, 0), Optional.of(date(2026, 12, 1)))).orElseThrow();
        assertThat(past.due()).isEqualTo(date(2026, 12, 7));
        assertThat(past.isOpen()).isTrue();

        sweep.sweep(nine(date(2026, 12, 8)));
        assertThat(sender.about(enquiry.reference())).extracting(Reminder::kind).contains(ReminderKind.OVERDUE);
    }

    @Test
    void theSameReplyRecordedTwiceCountsOnce() {
        Enquiry enquiry = ask(ANN, BOB, "Potholes on Hill Street", MONDAY_23_NOVEMBER);
        Reply holding = reply("<holding@northbrook.gov.uk>", BOB, ReplyKind.HOLDING, london(2026, 12, 7, 11, 0),
            Optional.of(date(2026, 12, 18)));
        store.recordReply(enquiry.reference(), holding);
        Enquiry again = EnquiryStore.on(node(), TIMERS).recordReply(enquiry.reference(), holding).orElseThrow();

        assertThat(again.due()).isEqualTo(date(2026, 12, 18));
        assertThat(store.replies(enquiry.reference())).hasSize(1);
        assertThat(store.recordReply("ENQ-2026-04242", holding)).isEmpty();
    }

    @Test
    void aConstituentComplaintLeavesTheTimer() {
        Enquiry enquiry = ask(MARY, LUCY, "Resident unhappy with housing repairs service", MONDAY_23_NOVEMBER);
        Enquiry complaint = store.markComplaint(enquiry.reference(), london(2026, 11, 24, 9, 0)).orElseThrow();

        assertThat(complaint.status()).isEqualTo(EnquiryStatus.COMPLAINT);
        assertThat(store.find(enquiry.reference()).orElseThrow().status()).isEqualTo(EnquiryStatus.COMPLAINT);
        assertThat(store.list(EnquiryFilter.all(date(2026, 12, 10)).listing(Listing.COMPLAINT)))
            .extracting(Enquiry::reference).containsExactly(enquiry.reference());
        sweep.sweep(nine(date(2026, 12, 9)));
        assertThat(sender.about(enquiry.reference())).isEmpty();
        assertThat(sender.sent(ReminderKind.DIGEST)).singleElement()
            .satisfies(digest -> assertThat(digest.body()).doesNotContain(enquiry.reference()));
        assertThat(store.markComplaint("ENQ-2026-04242", london(2026, 11, 24, 9, 0))).isEmpty();
    }

    // ---- listing (for WebAdmin)

    @Test
    void enquiriesListByStatusOfficerDirectorateMemberAndDate() {
        Enquiry overdueBob = ask(ANN, BOB, "Potholes on Hill Street", london(2026, 11, 9, 9, 0));      // due 23 Nov
        Enquiry onTimeBob = ask(RAJ, BOB, "Harbour car park charges", london(2026, 12, 1, 9, 0));       // due 15 Dec
        Enquiry onTimeLucy = ask(ANN, LUCY, "Waiting list for Cliftonville flats", london(2026, 12, 2, 9, 0));
        Enquiry closedDan = ask(MARY, DAN, "Streetlight out on Westgate Road", london(2026, 11, 16, 9, 0));
        Enquiry complaint = ask(MARY, LUCY, "Repairs complaint", london(2026, 11, 20, 9, 0));
        store.recordReply(closedDan.reference(), reply("<dan-answer@northbrook.gov.uk>", DAN, ReplyKind.SUBSTANTIVE,
            london(2026, 11, 18, 9, 0), Optional.empty()));
        store.markComplaint(complaint.reference(), london(2026, 11, 20, 10, 0));
        EnquiryFilter all = EnquiryFilter.all(date(2026, 12, 4));

        assertThat(refs(store.list(all))).containsExactly(overdueBob.reference(), closedDan.reference(),
            complaint.reference(), onTimeBob.reference(), onTimeLucy.reference());
        assertThat(refs(store.list(all.listing(Listing.OPEN))))
            .containsExactly(overdueBob.reference(), onTimeBob.reference(), onTimeLucy.reference());
        assertThat(refs(store.list(all.listing(Listing.OVERDUE)))).containsExactly(overdueBob.reference());
        assertThat(refs(store.list(all.listing(Listing.ON_TIME))))
            .containsExactly(onTimeBob.reference(), onTimeLucy.reference());
        assertThat(refs(store.list(all.listing(Listing.CLOSED)))).containsExactly(closedDan.reference());
        assertThat(refs(store.list(all.officer(BOB)))).containsExactly(overdueBob.reference(), onTimeBob.reference());
        assertThat(refs(store.list(all.directorate("People"))))
            .containsExactly(complaint.reference(), onTimeLucy.reference());
        assertThat(refs(store.list(all.member(ANN)))).containsExactly(overdueBob.reference(), onTimeLucy.reference());
        assertThat(refs(store.list(all.from(date(2026, 11, 16)).to(date(2026, 12, 1)))))
            .containsExactly(closedDan.reference(), complaint.reference(), onTimeBob.reference());
        assertThat(refs(store.list(all.listing(Listing.OPEN).directorate("Place").member(RAJ))))
            .containsExactly(onTimeBob.reference());
        assertThat(refs(store.list(all.page(2, 1)))).containsExactly(closedDan.reference(), complaint.reference());
        assertThat(store.count(all)).isEqualTo(5);
        assertThat(store.count(all.listing(Listing.OVERDUE))).isEqualTo(1);
        assertThat(store.count(all.officer("nobody"))).isZero();
        assertThat(store.list(all).get(0).isOverdue(date(2026, 12, 4))).isTrue();
        assertThat(store.listByDue(all.listing(Listing.OPEN))).extracting(Enquiry::due)
            .containsExactly(date(2026, 11, 23), date(2026, 12, 15), date(2026, 12, 16));
    }

    private static List<String> refs(List<Enquiry> enquiries) {
        return enquiries.stream().map(Enquiry::reference).toList();
    }

    // ---- the sweep

    @Test
    void aFortnightWalkSendsTheReminderOverdueNoticeAndEscalationEachOnceOnTheirDays() {
        Enquiry enquiry = ask(ANN, BOB, "Potholes on Hill Street", MONDAY_23_NOVEMBER);

        sweep.sweep(nine(date(2026, 12, 2)));
        sweep.sweep(london(2026, 12, 3, 6, 30));   // before the working day
        assertThat(sender.about(enquiry.reference())).isEmpty();
        SweepReport reminderDay = sweep.sweep(london(2026, 12, 3, 7, 0));
        assertThat(reminderDay.sent()).containsEntry(ReminderKind.REMINDER, 1);
        assertThat(reminderDay.failures()).isEmpty();
        Reminder reminder = sender.about(enquiry.reference()).get(0);
        assertThat(reminder.to()).containsExactly(BOB_MAIL);
        assertThat(reminder.cc()).isEmpty();
        assertThat(reminder.headers()).containsEntry(Reminder.ENQUIRY_HEADER, "ENQ-2026-00001")
            .containsEntry(Reminder.REMINDER_HEADER, "reminder");
        assertThat(reminder.inReplyTo()).contains(enquiry.messageId());
        assertThat(reminder.subject()).contains("ENQ-2026-00001", "Monday 7 December 2026");

        sweep.sweep(london(2026, 12, 3, 16, 0));   // same day again
        sweep.sweep(nine(date(2026, 12, 7)));      // due day: nothing
        assertThat(sender.about(enquiry.reference())).hasSize(1);

        sweep.sweep(nine(date(2026, 12, 8)));
        Reminder overdue = sender.about(enquiry.reference()).get(1);
        assertThat(overdue.kind()).isEqualTo(ReminderKind.OVERDUE);
        assertThat(overdue.to()).containsExactly(BOB_MAIL);
        assertThat(overdue.cc()).containsExactly(CAROL_MAIL);                      // Bob's manager

        sweep.sweep(nine(date(2026, 12, 9)));
        Reminder escalation = sender.about(enquiry.reference()).get(2);
        assertThat(escalation.kind()).isEqualTo(ReminderKind.ESCALATION);
        assertThat(escalation.to()).containsExactly(CAROL_MAIL);                   // Director of Place
        assertThat(escalation.cc()).containsExactly(BOB_MAIL);

        for (LocalDate day = date(2026, 12, 10); day.isBefore(date(2027, 1, 31)); day = day.plusDays(1)) {
            sweep.sweep(nine(day));
        }
        assertThat(sender.about(enquiry.reference())).hasSize(3);
        assertThat(store.reminders(enquiry.reference())).extracting(SentReminder::kind, SentReminder::sendOn,
            SentReminder::sentBy, SentReminder::recipients).containsExactly(
                tuple(ReminderKind.REMINDER, date(2026, 12, 3), "node-1", BOB_MAIL),
                tuple(ReminderKind.OVERDUE, date(2026, 12, 8), "node-1", BOB_MAIL + ", " + CAROL_MAIL),
                tuple(ReminderKind.ESCALATION, date(2026, 12, 9), "node-1", CAROL_MAIL + ", " + BOB_MAIL));
        assertThat(store.dueReferences(date(2027, 6, 1))).isEmpty();
    }

    @Test
    void overChristmasTheOverdueNoticeWaitsForTheFirstWorkingDay() {
        Enquiry enquiry = ask(ANN, BOB, "Christmas bin collections", london(2026, 12, 10, 9, 30));   // due Thu 24 Dec
        for (LocalDate day = date(2026, 12, 21); day.isBefore(date(2027, 1, 8)); day = day.plusDays(1)) {
            sweep.sweep(nine(day));
        }
        assertThat(store.reminders(enquiry.reference())).extracting(SentReminder::kind, SentReminder::sendOn)
            .containsExactly(
                tuple(ReminderKind.REMINDER, date(2026, 12, 22)),
                tuple(ReminderKind.OVERDUE, date(2026, 12, 29)),
                tuple(ReminderKind.ESCALATION, date(2026, 12, 30)));
        assertThat(sender.about(enquiry.reference())).extracting(Reminder::kind).containsExactly(
            ReminderKind.REMINDER, ReminderKind.OVERDUE, ReminderKind.ESCALATION);
    }

    @Test
    void overNewYearAScottishCouncilAndACouncilClosedAfterChristmasSendOnTheirOwnDays() {
        // Both asked on Wednesday 23 December 2026 (see EnquiryTimersTest for the counting).
        CouncilConfig scottish = new CouncilConfig(NORTHBROOK.folder(), EnquiryCouncil.inScotland(NORTHBROOK.directory()),
            NORTHBROOK.profile());
        EnquiryStore scotland = EnquiryStore.on(state, EnquiryCouncil.timers(scottish));
        CouncilConfig closed = EnquiryCouncil.config("northbrook-closed");
        EnquiryStore closing = EnquiryStore.on(state, EnquiryCouncil.timers(closed));
        Instant asked = london(2026, 12, 23, 16, 20);
        Enquiry glenmore = scotland.open(opening("<scot@northbrook.gov.uk>", "<scot@northbrook.gov.uk>", ANN, LUCY,
            "Winter fuel grants", asked, Optional.empty()));
        Enquiry shut = closing.open(opening("<closed@northbrook.gov.uk>", "<closed@northbrook.gov.uk>", RAJ, LUCY,
            "Rough sleepers over Christmas", asked, Optional.empty()));
        assertThat(glenmore.due()).isEqualTo(date(2027, 1, 12));
        // England with 29-31 December closed: Thu 24 (1), Mon 4 Jan (2) ... Fri 8 (6), Mon 11 (7) ... Wed 13 (9), Thu 14 (10).
        assertThat(shut.due()).isEqualTo(date(2027, 1, 14));

        // The days are worked out when an enquiry opens and kept with it, so whichever sweep runs sends them.
        ReminderSweep scottishSweep = ReminderSweep.of(scotland, scottish.directory(), scottish.profile(), sender,
            "glenmore");
        ReminderSweep closedSweep = ReminderSweep.of(closing, closed.directory(), closed.profile(), sender, "closed");
        for (LocalDate day = date(2026, 12, 24); day.isBefore(date(2027, 1, 23)); day = day.plusDays(1)) {
            scottishSweep.sweep(nine(day));
            closedSweep.sweep(nine(day));
        }
        assertThat(store.reminders(glenmore.reference())).extracting(SentReminder::kind, SentReminder::sendOn)
            .containsExactly(tuple(ReminderKind.REMINDER, date(2027, 1, 8)), tuple(ReminderKind.OVERDUE, date(2027, 1, 13)),
                tuple(ReminderKind.ESCALATION, date(2027, 1, 14)));
        assertThat(store.reminders(shut.reference())).extracting(SentReminder::kind, SentReminder::sendOn)
            .containsExactly(tuple(ReminderKind.REMINDER, date(2027, 1, 12)), tuple(ReminderKind.OVERDUE, date(2027, 1, 15)),
                tuple(ReminderKind.ESCALATION, date(2027, 1, 18)));
        assertThat(sender.about(glenmore.reference())).hasSize(3);
        assertThat(sender.about(shut.reference())).hasSize(3);
    }

    @Test
    void escalationGoesToTheDirectorUpTheChainAndADirectorsOwnToTheChiefExecutive() {
        Enquiry dan = ask(MARY, DAN, "Streetlight out on Westgate Road", MONDAY_23_NOVEMBER);
        Enquiry lucy = ask(RAJ, LUCY, "Damp in Harbour flats", MONDAY_23_NOVEMBER);
        Enquiry carol = ask(ANN, CAROL, "Regeneration budget", MONDAY_23_NOVEMBER);
        sweep.sweep(nine(date(2026, 12, 8)));
        sweep.sweep(nine(date(2026, 12, 9)));

        assertThat(only(dan, ReminderKind.OVERDUE).cc()).containsExactly(BOB_MAIL);
        assertThat(only(dan, ReminderKind.ESCALATION).to()).containsExactly(CAROL_MAIL);
        assertThat(only(dan, ReminderKind.ESCALATION).cc()).containsExactly(DAN_MAIL, BOB_MAIL);
        assertThat(only(lucy, ReminderKind.OVERDUE).cc()).containsExactly(PETER_MAIL);
        assertThat(only(lucy, ReminderKind.ESCALATION).to()).containsExactly(PETER_MAIL);
        assertThat(only(lucy, ReminderKind.ESCALATION).cc()).containsExactly(LUCY_MAIL);
        assertThat(only(carol, ReminderKind.ESCALATION).to()).containsExactly(SARAH_MAIL);
        assertThat(only(carol, ReminderKind.ESCALATION).cc()).containsExactly(CAROL_MAIL);
    }

    private Reminder only(Enquiry enquiry, ReminderKind kind) {
        List<Reminder> found = sender.about(enquiry.reference()).stream().filter(r -> r.kind() == kind).toList();
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    @Test
    void anOfficerAwayOnTheDayHasTheirAlternateWrittenToAsWell() {
        // Due Mon 11 Jan 2027; Bob is away 11-15 January (the directory), his alternate is Dan Green.
        Enquiry enquiry = ask(ANN, BOB, "Gritting routes", london(2026, 12, 23, 16, 20));
        sweep.sweep(nine(date(2027, 1, 7)));
        sweep.sweep(nine(date(2027, 1, 12)));
        assertThat(only(enquiry, ReminderKind.REMINDER).to()).containsExactly(BOB_MAIL);
        assertThat(only(enquiry, ReminderKind.OVERDUE).to()).containsExactly(BOB_MAIL, DAN_MAIL);
        assertThat(only(enquiry, ReminderKind.OVERDUE).cc()).containsExactly(CAROL_MAIL);
    }

    @Test
    void theMembersEarlierDeadlineIsRemindedToo() {
        Enquiry enquiry = ask(ANN, BOB, "Flooding on Marine Drive", MONDAY_23_NOVEMBER,
            Optional.of(by(date(2026, 11, 27), "by Friday")));
        sweep.sweep(nine(date(2026, 11, 24)));
        assertThat(sender.about(enquiry.reference())).isEmpty();
        sweep.sweep(nine(date(2026, 11, 25)));
        Reminder reminder = only(enquiry, ReminderKind.DEADLINE_REMINDER);
        assertThat(reminder.subject()).contains("Friday 27 November 2026");
        assertThat(reminder.messageId()).isEqualTo("<ENQ-2026-00001.deadline-reminder.2026-11-27@northbrook.gov.uk>");
        assertThat(store.find(enquiry.reference()).orElseThrow().due()).isEqualTo(date(2026, 12, 7));
    }

    @Test
    void aNodeDownForDaysCatchesUpAndSkipsOnlyTheReminderThatCameTooLate() {
        Enquiry enquiry = ask(ANN, BOB, "Potholes on Hill Street", MONDAY_23_NOVEMBER);

        SweepReport report = sweep.sweep(nine(date(2026, 12, 9)));   // nothing ran from 3 to 9 December

        assertThat(report.superseded()).isEqualTo(1);
        assertThat(sender.about(enquiry.reference())).extracting(Reminder::kind)
            .containsExactly(ReminderKind.OVERDUE, ReminderKind.ESCALATION);
        assertThat(store.reminders(enquiry.reference())).extracting(SentReminder::kind, SentReminder::outcome)
            .containsExactlyInAnyOrder(tuple(ReminderKind.REMINDER, SentReminder.SUPERSEDED),
                tuple(ReminderKind.OVERDUE, SentReminder.SENT), tuple(ReminderKind.ESCALATION, SentReminder.SENT));
        assertThat(sweep.sweep(nine(date(2026, 12, 10))).sentTotal()).isZero();
    }

    @Test
    void aReminderTheMailSystemRefusesIsNotRecordedAndGoesAtTheNextSweep() {
        Enquiry refused = ask(ANN, BOB, "Potholes on Hill Street", MONDAY_23_NOVEMBER);
        Enquiry fine = ask(RAJ, LUCY, "Damp in Harbour flats", MONDAY_23_NOVEMBER);
        sender.refuse(reminder -> reminder.reference().equals(Optional.of(refused.reference())));

        SweepReport report = sweep.sweep(nine(date(2026, 12, 3)));
        assertThat(report.failures()).hasSize(1).first().asString().startsWith(refused.reference());
        assertThat(store.reminders(refused.reference())).isEmpty();
        assertThat(store.reminders(fine.reference())).hasSize(1);

        sender.acceptAll();
        sweep.sweep(nine(date(2026, 12, 3)).plusSeconds(60));
        sweep.sweep(nine(date(2026, 12, 3)).plusSeconds(120));
        assertThat(sender.about(refused.reference())).hasSize(1);
        assertThat(sender.about(fine.reference())).hasSize(1);
    }

    @Test
    void aRestartedNodeSendsWhatFellDueWhileItWasDownAndNothingTwice() {
        Enquiry first = ask(ANN, BOB, "Potholes on Hill Street", MONDAY_23_NOVEMBER);
        Enquiry second = ask(RAJ, LUCY, "Damp in Harbour flats", london(2026, 11, 24, 9, 0));   // due 8 Dec
        sweep.sweep(nine(date(2026, 12, 3)));
        assertThat(sender.about(first.reference())).hasSize(1);

        // James stops: every node's pool closes, H2 closes its file.
        closeEveryNodeButKeepTheDatabase();
        StateStore restarted = node();
        EnquiryStore again = EnquiryStore.on(restarted, TIMERS);
        RecordingReminderSender afterRestart = new RecordingReminderSender();
        ReminderSweep sweepAgain = sweep(again, afterRestart, "node-1-restarted");

        sweepAgain.sweep(nine(date(2026, 12, 3)).plusSeconds(3_600));
        assertThat(afterRestart.sent()).isEmpty();                       // the reminder and digest went before
        sweepAgain.sweep(nine(date(2026, 12, 4)));
        assertThat(afterRestart.sent()).extracting(r -> r.reference().orElseThrow(), Reminder::kind)
            .containsExactly(tuple(second.reference(), ReminderKind.REMINDER));
        sweepAgain.sweep(nine(date(2026, 12, 8)));
        sweepAgain.sweep(nine(date(2026, 12, 8)).plusSeconds(600));
        assertThat(afterRestart.about(first.reference())).extracting(Reminder::kind).containsExactly(ReminderKind.OVERDUE);
        assertThat(again.reminders(first.reference())).extracting(SentReminder::sentBy)
            .containsExactly("node-1", "node-1-restarted");
    }

    private void closeEveryNodeButKeepTheDatabase() {
        nodes.forEach(StateStore::close);
        nodes.clear();
    }

    @Test
    void aNodeThatDiesHoldingAClaimLeavesTheReminderToTheOthers() throws Exception {
        Enquiry enquiry = ask(ANN, BOB, "Potholes on Hill Street", MONDAY_23_NOVEMBER);
        StateStore dying = node();
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (Connection claim = dying.dataSource().getConnection()) {
            // The dying node has locked the enquiry and recorded the reminder, but not committed.
            claim.setAutoCommit(false);
            try (PreparedStatement lock = claim.prepareStatement(
                "SELECT reference FROM council_enquiry WHERE reference = ? FOR UPDATE")) {
                lock.setString(1, enquiry.reference());
                lock.executeQuery().close();
            }
            try (PreparedStatement insert = claim.prepareStatement("INSERT INTO council_reminder_sent (reference, kind, "
                + "for_date, send_on, sent_at, sent_by, outcome) VALUES (?, 'reminder', ?, ?, ?, 'dying', 'sent')")) {
                insert.setString(1, enquiry.reference());
                insert.setDate(2, java.sql.Date.valueOf(date(2026, 12, 7)));
                insert.setDate(3, java.sql.Date.valueOf(date(2026, 12, 3)));
                insert.setTimestamp(4, java.sql.Timestamp.from(nine(date(2026, 12, 3))));
                insert.executeUpdate();
            }
            // This node sweeps meanwhile (waiting on the lock, or after it), and the dying one dies.
            Future<SweepReport> survivor = pool.submit(() -> sweep.sweep(nine(date(2026, 12, 3))));
            claim.rollback();
            assertThat(survivor.get(60, TimeUnit.SECONDS).failures()).isEmpty();
        } finally {
            pool.shutdownNow();
        }
        assertThat(sender.about(enquiry.reference())).extracting(Reminder::kind).containsExactly(ReminderKind.REMINDER);
        assertThat(store.reminders(enquiry.reference())).extracting(SentReminder::sentBy).containsExactly("node-1");
    }

    @Test
    void twoNodesSweepingAtOnceSendEachReminderExactlyOnce() throws Exception {
        EnquiryStore other = EnquiryStore.on(node(), TIMERS);
        RecordingReminderSender otherSender = new RecordingReminderSender();
        List<ReminderSweep> sweeps = List.of(sweep, sweep(other, otherSender, "node-2"));
        String[] officers = {BOB, DAN, LUCY, CAROL};
        String[] members = {ANN, RAJ, MARY};
        int enquiries = 24;
        for (int i = 0; i < enquiries; i++) {
            EnquiryStore opener = i % 2 == 0 ? store : other;
            String id = "<two-nodes-" + i + "@northbrook.gov.uk>";
            opener.open(opening(id, id, members[i % 3], officers[i % 4], "Question " + i,
                MONDAY_23_NOVEMBER.plusSeconds(60L * i), Optional.empty()));
        }
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            for (LocalDate day : List.of(date(2026, 12, 3), date(2026, 12, 7), date(2026, 12, 8), date(2026, 12, 9))) {
                CountDownLatch start = new CountDownLatch(1);
                List<Callable<SweepReport>> racers = new ArrayList<>();
                for (int t = 0; t < 6; t++) {
                    ReminderSweep racer = sweeps.get(t % 2);
                    racers.add(() -> {
                        start.await();
                        return racer.sweep(nine(day));
                    });
                }
                List<Future<SweepReport>> results = new ArrayList<>();
                racers.forEach(racer -> results.add(pool.submit(racer)));
                start.countDown();
                for (Future<SweepReport> result : results) {
                    assertThat(result.get(60, TimeUnit.SECONDS).failures()).isEmpty();
                }
            }
        } finally {
            pool.shutdownNow();
        }
        List<Reminder> all = new ArrayList<>(sender.sent());
        all.addAll(otherSender.sent());
        List<Reminder> perEnquiry = all.stream().filter(reminder -> reminder.kind() != ReminderKind.DIGEST).toList();
        assertThat(keys(perEnquiry)).doesNotHaveDuplicates().hasSize(enquiries * 3);
        // The digest of the week of 30 November (caught up on Thursday 3 December) and of Monday 7 December:
        // Sarah Khan, Carol White and Peter Hughes, once each.
        List<Reminder> digests = all.stream().filter(reminder -> reminder.kind() == ReminderKind.DIGEST).toList();
        assertThat(digests).extracting(Reminder::messageId).doesNotHaveDuplicates().containsExactlyInAnyOrder(
            "<digest.2026-11-30.sarah-khan@northbrook.gov.uk>", "<digest.2026-11-30.carol-white@northbrook.gov.uk>",
            "<digest.2026-11-30.peter-hughes@northbrook.gov.uk>", "<digest.2026-12-07.sarah-khan@northbrook.gov.uk>",
            "<digest.2026-12-07.carol-white@northbrook.gov.uk>", "<digest.2026-12-07.peter-hughes@northbrook.gov.uk>");
    }

    // ---- the weekly digest

    @Test
    void theMondayDigestGoesOnceToTheChiefExecutiveAndToEachDirectorForTheirDirectorate() {
        Enquiry overdue = ask(ANN, BOB, "Potholes on Hill Street", london(2026, 11, 9, 9, 0));     // due 23 Nov
        Enquiry onTime = ask(RAJ, DAN, "Harbour car park charges", london(2026, 12, 1, 9, 0));     // due 15 Dec
        Enquiry answered = ask(ANN, LUCY, "Waiting list", london(2026, 12, 1, 9, 0));
        store.recordReply(answered.reference(), reply("<lucy@northbrook.gov.uk>", LUCY, ReplyKind.SUBSTANTIVE,
            london(2026, 12, 2, 9, 0), Optional.empty()));

        sweep.sweep(london(2026, 12, 7, 8, 0));
        List<Reminder> digests = sender.sent(ReminderKind.DIGEST);
        assertThat(digests).extracting(reminder -> reminder.to().get(0)).containsExactlyInAnyOrder(SARAH_MAIL, CAROL_MAIL);
        Reminder chief = digests.stream().filter(d -> d.to().contains(SARAH_MAIL)).findFirst().orElseThrow();
        assertThat(chief.subject()).contains("2 open, 1 overdue");
        assertThat(chief.body()).contains(overdue.reference(), onTime.reference(), "Bob Jones", "Cllr Ann Smith",
            "10 working days overdue").doesNotContain(answered.reference());
        assertThat(chief.body().indexOf(overdue.reference())).isLessThan(chief.body().indexOf(onTime.reference()));
        Reminder place = digests.stream().filter(d -> d.to().contains(CAROL_MAIL)).findFirst().orElseThrow();
        assertThat(place.subject()).contains("(Place)");

        sweep.sweep(london(2026, 12, 7, 15, 0));
        sweep.sweep(london(2026, 12, 8, 9, 0));
        assertThat(sender.sent(ReminderKind.DIGEST)).hasSize(2);
        sweep.sweep(london(2026, 12, 14, 9, 0));
        assertThat(sender.sent(ReminderKind.DIGEST)).hasSize(4);
    }

    @Test
    void theChiefExecutiveHearsEvenWhenNothingIsOpen() {
        sweep.sweep(london(2026, 12, 7, 8, 0));
        assertThat(sender.sent(ReminderKind.DIGEST)).singleElement().satisfies(digest -> {
            assertThat(digest.to()).containsExactly(SARAH_MAIL);
            assertThat(digest.body()).contains("nothing to chase");
        });
    }
}

package org.councilprotocol.enquiry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilprotocol.enquiry.EnquiryCouncil.ANN;
import static org.councilprotocol.enquiry.EnquiryCouncil.BOB;
import static org.councilprotocol.enquiry.EnquiryCouncil.BOB_MAIL;
import static org.councilprotocol.enquiry.EnquiryCouncil.CAROL;
import static org.councilprotocol.enquiry.EnquiryCouncil.CAROL_MAIL;
import static org.councilprotocol.enquiry.EnquiryCouncil.DAN;
import static org.councilprotocol.enquiry.EnquiryCouncil.HELEN_MAIL;
import static org.councilprotocol.enquiry.EnquiryCouncil.LUCY;
import static org.councilprotocol.enquiry.EnquiryCouncil.PETER;
import static org.councilprotocol.enquiry.EnquiryCouncil.RAJ;
import static org.councilprotocol.enquiry.EnquiryCouncil.SARAH;
import static org.councilprotocol.enquiry.EnquiryCouncil.date;
import static org.councilprotocol.enquiry.EnquiryCouncil.london;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.councilprotocol.config.CouncilConfig;
import org.councilprotocol.config.EnquiryConfig;
import org.councilprotocol.enquiry.EnquiryPeople.DigestReader;
import org.councilprotocol.enquiry.EnquiryTimers.Step;
import org.councilprotocol.enquiry.ReminderWriter.DigestContents;
import org.councilprotocol.model.Directory;
import org.councilprotocol.model.Person;
import org.councilprotocol.model.PersonKind;
import org.councilprotocol.model.Role;
import org.junit.jupiter.api.Test;

/**
 * What the timer's messages say, without a database: each says what happened, why (the profile's
 * clause in plain words) and what to do next, to the right people.
 */
class ReminderWriterTest {
    private static final CouncilConfig NORTHBROOK = EnquiryCouncil.northbrook();
    private static final EnquiryTimers TIMERS = EnquiryCouncil.timers(NORTHBROOK);
    private static final EnquiryPeople PEOPLE = new EnquiryPeople(NORTHBROOK.directory(), TIMERS.config());
    private static final ReminderWriter WRITER = new ReminderWriter(PEOPLE, NORTHBROOK.profile(), TIMERS);
    private static final Instant MONDAY_23_NOVEMBER = london(2026, 11, 23, 10, 15);

    static Enquiry enquiry(String reference, String member, String officer, String subject, Instant at,
                           Optional<LocalDate> stated) {
        Optional<String> directorate = NORTHBROOK.directory().person(officer).flatMap(Person::directorate);
        return new Enquiry(reference, "<" + reference + "@northbrook.gov.uk>", "<" + reference + "@northbrook.gov.uk>",
            member, officer, directorate, subject, at, WorkingCalendar.dayOfReceipt(at), TIMERS.opening(at, stated),
            false, EnquiryStatus.OPEN, Optional.empty(), Optional.empty(), Optional.empty());
    }

    static Enquiry potholes() {
        return enquiry("ENQ-2026-00042", ANN, BOB, "Potholes on Hill Street", MONDAY_23_NOVEMBER, Optional.empty());
    }

    private static Reminder write(Enquiry enquiry, ReminderKind kind, LocalDate day) {
        Step step = enquiry.schedule().steps().stream().filter(s -> s.kind() == kind).findFirst().orElseThrow();
        return WRITER.write(enquiry, step, day).orElseThrow();
    }

    private static void readsAsANotice(Reminder reminder) {
        assertThat(reminder.body()).startsWith(reminder.kind() == ReminderKind.DIGEST ? "What this is\n" : "What happened\n")
            .contains("\nWhat to do next\n", "-- \nSent automatically by Northbrook District Council's mail gateway")
            .doesNotContain("Optional", "null", "{", "}");
        assertThat(reminder.body()).containsAnyOf("\nWhy\n", "\nWhy you receive this\n");
        assertThat(reminder.subject()).doesNotContain("\n");
    }

    @Test
    void theReminderTellsTheOfficerWhenItIsDueAndHowToAnswerOrHoldIt() {
        Reminder reminder = write(potholes(), ReminderKind.REMINDER, date(2026, 12, 3));

        readsAsANotice(reminder);
        assertThat(reminder.to()).containsExactly(BOB_MAIL);
        assertThat(reminder.subject())
            .isEqualTo("Reminder: enquiry ENQ-2026-00042 from Cllr Ann Smith is due by Monday 7 December 2026");
        assertThat(reminder.body()).contains(
            "Cllr Ann Smith's enquiry \"Potholes on Hill Street\" (ENQ-2026-00042) reached you on Monday 23 November 2026",
            "due by Monday 7 December 2026, in 2 working days' time",
            "- Thanet 9.1.4: A councillor's enquiry must be dealt with quickly and properly",
            "- Thanet 9.1.6: If an officer cannot give a full answer",
            "send a holding reply (Thanet 9.1.6) in the thread that says why it is delayed, what is being done about it, "
                + "and the date by which the full answer will be sent",
            "complaints procedure instead (Thanet 9.1.7)",
            "contact Priya Shah <priya.shah@northbrook.gov.uk>",
            "This message is about enquiry ENQ-2026-00042.");
        assertThat(reminder.messageId()).isEqualTo("<ENQ-2026-00042.reminder.2026-12-07@northbrook.gov.uk>");
        assertThat(reminder.headers()).containsEntry("X-Council-Enquiry", "ENQ-2026-00042")
            .containsEntry("X-Council-Reminder", "reminder").containsEntry("Auto-Submitted", "auto-generated");
    }

    @Test
    void whileTheOfficerIsAwayTheReminderGoesToWhoeverCoversAndSaysSoAndNotOnceTheyAreBack() {
        // Bob is away from 11 to 15 January 2027 and Dan Green covers (the directory's absence).
        Enquiry verges = enquiry("ENQ-2027-00003", ANN, BOB, "Verges on Hill Street", london(2027, 1, 4, 9, 0), Optional.empty());

        Reminder during = write(verges, ReminderKind.REMINDER, date(2027, 1, 14));
        assertThat(during.to()).containsExactly(BOB_MAIL, "dan.green@northbrook.gov.uk");
        assertThat(during.body()).contains("Bob Jones is away, so this goes to Dan Green, who covers for them (Thanet 9.1.5), "
            + "as well: Dan Green, please see that the enquiry is answered on time, replying in its email thread.");

        Reminder after = WRITER.write(verges, new Step(ReminderKind.REMINDER, verges.due(), date(2027, 1, 18)),
            date(2027, 1, 18)).orElseThrow();
        assertThat(after.to()).containsExactly(BOB_MAIL);
        assertThat(after.body()).doesNotContain("is away");
    }

    @Test
    void aReminderOnTheDueDaySaysToday() {
        EnquiryTimers sameDay = EnquiryCouncil.timers(EnquiryCouncil.config("northbrook-copies"));
        CouncilConfig copies = EnquiryCouncil.config("northbrook-copies");
        ReminderWriter writer = new ReminderWriter(new EnquiryPeople(copies.directory(), sameDay.config()),
            copies.profile(), sameDay);
        Enquiry enquiry = potholes();
        Reminder reminder = writer.write(enquiry, new Step(ReminderKind.REMINDER, date(2026, 12, 7), date(2026, 12, 7)),
            date(2026, 12, 7)).orElseThrow();
        assertThat(reminder.body()).contains("due by Monday 7 December 2026, which is today");
        Reminder tomorrow = writer.write(enquiry, new Step(ReminderKind.REMINDER, date(2026, 12, 7), date(2026, 12, 4)),
            date(2026, 12, 4)).orElseThrow();
        assertThat(tomorrow.body()).contains("which is the next working day");
    }

    @Test
    void aReminderWhoseDateHasPassedIsSupersededNotSent() {
        Enquiry enquiry = potholes();
        Step reminder = enquiry.schedule().steps().get(0);
        assertThat(WRITER.write(enquiry, reminder, date(2026, 12, 7))).isPresent();
        assertThat(WRITER.write(enquiry, reminder, date(2026, 12, 8))).isEmpty();
        Step overdue = enquiry.schedule().steps().get(1);
        assertThat(WRITER.write(enquiry, overdue, date(2026, 12, 20))).isPresent();
    }

    @Test
    void theOverdueNoticeCopiesTheManagerAndSaysWhenItWillBeEscalated() {
        Reminder overdue = write(potholes(), ReminderKind.OVERDUE, date(2026, 12, 8));

        readsAsANotice(overdue);
        assertThat(overdue.to()).containsExactly(BOB_MAIL);
        assertThat(overdue.cc()).containsExactly(CAROL_MAIL);
        assertThat(overdue.subject())
            .isEqualTo("Overdue: enquiry ENQ-2026-00042 from Cllr Ann Smith was due by Monday 7 December 2026");
        assertThat(overdue.body()).contains(
            "reached Bob Jones, Highways Manager (Place), on Monday 23 November 2026",
            "Carol White is copied",
            "- Bob Jones: send Cllr Ann Smith a full answer today",
            "If a full answer cannot be ready today, send a holding reply",
            "- Carol White: please make sure this happens.",
            "by Wednesday 9 December 2026, the enquiry will be raised with Carol White.");
    }

    @Test
    void aProfileCanCopyTheMonitoringOfficerOnOverdueNotices() {
        CouncilConfig copies = EnquiryCouncil.config("northbrook-copies");
        EnquiryTimers timers = EnquiryCouncil.timers(copies);
        ReminderWriter writer = new ReminderWriter(new EnquiryPeople(copies.directory(), timers.config()),
            copies.profile(), timers);
        Enquiry enquiry = potholes();
        Reminder overdue = writer.write(enquiry, new Step(ReminderKind.OVERDUE, enquiry.due(), date(2026, 12, 8)),
            date(2026, 12, 8)).orElseThrow();
        assertThat(overdue.cc()).containsExactly(CAROL_MAIL, HELEN_MAIL);
        assertThat(overdue.body()).contains("Carol White and Helen Ward are copied",
            "by Thursday 10 December 2026, the enquiry will be raised with Carol White");
    }

    @Test
    void theEscalationGoesToTheDirectorAndCountsTheWorkingDaysOverdue() {
        Reminder escalation = write(potholes(), ReminderKind.ESCALATION, date(2026, 12, 9));

        readsAsANotice(escalation);
        assertThat(escalation.to()).containsExactly(CAROL_MAIL);
        assertThat(escalation.cc()).containsExactly(BOB_MAIL);
        assertThat(escalation.subject()).isEqualTo("Escalated: enquiry ENQ-2026-00042 from Cllr Ann Smith is 2 working "
            + "days overdue");
        assertThat(escalation.body()).contains(
            "to Bob Jones, Highways Manager (Place), reached the council on Monday 23 November 2026",
            "it is now 2 working days overdue",
            "An overdue notice went to Bob Jones and Carol White on Tuesday 8 December 2026",
            "Please make sure Cllr Ann Smith gets a full answer",
            "(subject \"Potholes on Hill Street\")");
        // The Chief Executive and directors are answerable (Thanet 9.1.8), which the profile's words say.
        assertThat(escalation.body()).contains("The Chief Executive and directors are answerable");
    }

    @Test
    void theMembersOwnDeadlineIsRemindedWithTheProtocolsTargetBesideIt() {
        Enquiry enquiry = enquiry("ENQ-2026-00043", RAJ, LUCY, "Family facing eviction", MONDAY_23_NOVEMBER,
            Optional.of(date(2026, 11, 27)));
        Reminder reminder = write(enquiry, ReminderKind.DEADLINE_REMINDER, date(2026, 11, 25));

        readsAsANotice(reminder);
        assertThat(reminder.to()).containsExactly(EnquiryCouncil.LUCY_MAIL);
        assertThat(reminder.subject()).isEqualTo("Reminder: Cllr Raj Patel asked for an answer to ENQ-2026-00043 by "
            + "Friday 27 November 2026");
        assertThat(reminder.body()).contains("Cllr Raj Patel asked for an answer by Friday 27 November 2026, in 2 working "
            + "days' time", "The protocol's own target for a full answer is Monday 7 December 2026",
            "tell Cllr Raj Patel in a reply in the thread, giving the reason");
        // The overdue notice mentions what the member asked for.
        assertThat(write(enquiry, ReminderKind.OVERDUE, date(2026, 12, 8)).body())
            .contains("Cllr Raj Patel asked for an answer by Friday 27 November 2026.");
    }

    @Test
    void theLatestReplyIsMentioned() {
        Enquiry base = potholes();
        Enquiry acknowledged = new Enquiry(base.reference(), base.threadId(), base.messageId(), base.memberId(),
            base.officerId(), base.directorate(), base.subject(), base.openedAt(), base.receivedOn(), base.schedule(),
            true, EnquiryStatus.OPEN, Optional.empty(), Optional.of(ReplyKind.ACKNOWLEDGEMENT),
            Optional.of(london(2026, 11, 24, 9, 0)));
        assertThat(write(acknowledged, ReminderKind.REMINDER, date(2026, 12, 3)).body()).contains(
            "on Tuesday 24 November 2026, acknowledged the enquiry; an acknowledgement does not stop the clock",
            "Cllr Ann Smith asked for it urgently.");

        Enquiry held = new Enquiry(base.reference(), base.threadId(), base.messageId(), base.memberId(),
            base.officerId(), base.directorate(), base.subject(), base.openedAt(), base.receivedOn(),
            TIMERS.schedule(date(2026, 12, 7), date(2026, 12, 18), Optional.empty()), false, EnquiryStatus.OPEN,
            Optional.empty(), Optional.of(ReplyKind.HOLDING), Optional.of(london(2026, 12, 7, 11, 0)));
        assertThat(write(held, ReminderKind.OVERDUE, date(2026, 12, 21)).body()).contains(
            "was a holding reply that moved the due date to Friday 18 December 2026", "was due by Friday 18 December 2026");
    }

    @Test
    void anOfficerWhoHasLeftTheDirectoryStillHasTheirEnquiryChased() {
        Enquiry enquiry = enquiry("ENQ-2026-00044", ANN, "jo-former", "Allotment waiting list", MONDAY_23_NOVEMBER,
            Optional.empty());
        Reminder overdue = write(enquiry, ReminderKind.OVERDUE, date(2026, 12, 8));
        assertThat(overdue.to()).isEmpty();   // the postmaster
        assertThat(overdue.body()).contains("The officer (jo-former) is no longer in the council's directory");
        Reminder escalation = write(enquiry, ReminderKind.ESCALATION, date(2026, 12, 9));
        assertThat(escalation.to()).containsExactly(EnquiryCouncil.SARAH_MAIL);
    }

    @Test
    void withNoDirectorOrChiefExecutiveTheEscalationGoesToThePostmasterAndSaysSo() {
        Directory small = new Directory("Knutsford Town Council", "knutsford", NORTHBROOK.directory().nation(),
            List.of("knutsford.example"), List.of(
                person("cllr-ann-smith", "Ann Smith", PersonKind.MEMBER, "ann@knutsford.example", Optional.empty()),
                person("town-clerk", "Jane Clerk", PersonKind.OFFICER, "clerk@knutsford.example", Optional.empty())),
            List.of());
        ReminderWriter writer = new ReminderWriter(new EnquiryPeople(small, TIMERS.config()), NORTHBROOK.profile(), TIMERS);
        Enquiry enquiry = new Enquiry("ENQ-2026-00001", "<t@knutsford.example>", "<t@knutsford.example>", ANN,
            "town-clerk", Optional.empty(), "Market square benches", MONDAY_23_NOVEMBER, date(2026, 11, 23),
            TIMERS.opening(MONDAY_23_NOVEMBER, Optional.empty()), false, EnquiryStatus.OPEN, Optional.empty(),
            Optional.empty(), Optional.empty());
        Reminder escalation = writer.write(enquiry, enquiry.schedule().steps().get(2), date(2026, 12, 9)).orElseThrow();
        assertThat(escalation.to()).isEmpty();
        assertThat(escalation.cc()).containsExactly("clerk@knutsford.example");
        assertThat(escalation.body()).contains("has gone to the postmaster", "the Monitoring Officer.");
        assertThat(escalation.messageId()).endsWith("@knutsford.example>");
    }

    private static Person person(String id, String name, PersonKind kind, String address, Optional<String> manager) {
        return new Person(id, name, kind, List.of(address), java.util.Set.of(), List.of(), List.of(), Optional.empty(),
            Optional.empty(), Optional.empty(), manager, Optional.empty());
    }

    @Test
    void aProfileWithoutAComplaintsClauseGivesNoComplaintsAdvice() {
        EnquiryConfig thanet = TIMERS.config();
        EnquiryConfig noComplaints = new EnquiryConfig(thanet.clause(), thanet.requires(), thanet.workingDays(),
            thanet.reminderBefore(), thanet.overdueCopy(), thanet.escalateAfter(), thanet.digest(), thanet.closureDays(),
            Optional.empty());
        EnquiryTimers timers = new EnquiryTimers(TIMERS.calendar(), noComplaints);
        ReminderWriter writer = new ReminderWriter(new EnquiryPeople(NORTHBROOK.directory(), noComplaints),
            NORTHBROOK.profile(), timers);
        Enquiry enquiry = potholes();
        Reminder reminder = writer.write(enquiry, enquiry.schedule().steps().get(0), date(2026, 12, 3)).orElseThrow();
        assertThat(reminder.body()).doesNotContain("complaint");
        assertThat(write(enquiry, ReminderKind.REMINDER, date(2026, 12, 3)).body()).contains("complaint");
    }

    // ---- digest

    @Test
    void theDigestListsOverdueEnquiriesFirstWithTheirOfficersAndDueDates() {
        Enquiry overdue = enquiry("ENQ-2026-00040", ANN, BOB, "Potholes on Hill Street", london(2026, 11, 9, 9, 0),
            Optional.empty());
        Enquiry onTime = enquiry("ENQ-2026-00041", RAJ, DAN, "Harbour car park", london(2026, 12, 1, 9, 0), Optional.empty());
        DigestReader chief = new DigestReader(NORTHBROOK.directory().person(SARAH).orElseThrow(), Optional.empty());
        Reminder digest = WRITER.digest(date(2026, 12, 7), date(2026, 12, 7), chief,
            new DigestContents(2, 1, List.of(overdue), List.of(onTime)));

        readsAsANotice(digest);
        assertThat(digest.kind()).isEqualTo(ReminderKind.DIGEST);
        assertThat(digest.reference()).isEmpty();
        assertThat(digest.headers()).containsEntry("X-Council-Reminder", "digest").doesNotContainKey("X-Council-Enquiry");
        assertThat(digest.subject()).isEqualTo("Weekly digest of members' enquiries: 2 open, 1 overdue, "
            + "Monday 7 December 2026");
        assertThat(digest.body()).contains(
            "The members' enquiries across the council still open on Monday 7 December 2026: 2 enquiries, of which 1 is overdue.",
            "Overdue, most overdue first (1)\n- ENQ-2026-00040, due Monday 23 November 2026 (10 working days overdue): "
                + "Bob Jones, Highways Manager (Place), from Cllr Ann Smith, \"Potholes on Hill Street\"",
            "Open and not yet due (1)\n- ENQ-2026-00041, due Tuesday 15 December 2026: Dan Green, Highways Officer (Place), "
                + "from Cllr Raj Patel, \"Harbour car park\"",
            "- Thanet 9.1.4:",
            "make sure the officer sends the member a full answer, or a holding reply");
        assertThat(digest.messageId()).isEqualTo("<digest.2026-12-07.sarah-khan@northbrook.gov.uk>");
    }

    @Test
    void aLongDigestListsTheFirstFiftyAndCountsTheRest() {
        List<Enquiry> overdue = new ArrayList<>();
        for (int i = 0; i < ReminderWriter.DIGEST_LINES; i++) {
            overdue.add(enquiry(String.format("ENQ-2026-%05d", i + 1), ANN, LUCY, "Question " + i,
                london(2026, 11, 2, 9, 0), Optional.empty()));
        }
        DigestReader people = new DigestReader(NORTHBROOK.directory().person(PETER).orElseThrow(), Optional.of("People"));
        Reminder digest = WRITER.digest(date(2026, 12, 7), date(2026, 12, 7), people,
            new DigestContents(75, 60, overdue, List.of()));
        assertThat(digest.subject()).contains("(People)", "75 open, 60 overdue");
        assertThat(digest.body()).contains("to officers in People", "Overdue, most overdue first (60)",
            "- and 10 more, in the gateway's list of enquiries.", "Open and not yet due (15)\n- and 15 more");
        assertThat(digest.to()).containsExactly("peter.hughes@northbrook.gov.uk");
    }

    // ---- people

    @Test
    void peopleAreFoundFromTheDirectoryAsItStands() {
        assertThat(PEOPLE.director(DAN).map(Person::id)).contains(CAROL);
        assertThat(PEOPLE.director(LUCY).map(Person::id)).contains(PETER);
        assertThat(PEOPLE.director(CAROL).map(Person::id)).contains(SARAH);
        assertThat(PEOPLE.overdueCopies(BOB)).extracting(Person::id).containsExactly(CAROL);
        assertThat(PEOPLE.coverFor(BOB, date(2027, 1, 12)).map(Person::id)).contains(DAN);
        assertThat(PEOPLE.coverFor(BOB, date(2027, 1, 18))).isEmpty();
        assertThat(PEOPLE.digestReaders()).extracting(reader -> reader.person().id(), DigestReader::directorate)
            .containsExactly(org.assertj.core.groups.Tuple.tuple(SARAH, Optional.empty()),
                org.assertj.core.groups.Tuple.tuple(CAROL, Optional.of("Place")),
                org.assertj.core.groups.Tuple.tuple(PETER, Optional.of("People")));
        assertThat(PEOPLE.name(ANN)).isEqualTo("Cllr Ann Smith");
        assertThat(PEOPLE.name("someone-gone")).isEqualTo("someone-gone");
        assertThat(NORTHBROOK.directory().person(SARAH).orElseThrow().hasRole(Role.CHIEF_EXECUTIVE)).isTrue();
    }

    @Test
    void aManagementChainThatLoopsStillEnds() {
        Directory looped = new Directory("Loop Council", "thanet", NORTHBROOK.directory().nation(), List.of("loop.example"),
            List.of(person("a", "Alex A", PersonKind.OFFICER, "a@loop.example", Optional.of("b")),
                person("b", "Bea B", PersonKind.OFFICER, "b@loop.example", Optional.of("a"))),
            List.of());
        assertThat(new EnquiryPeople(looped, TIMERS.config()).director("a")).isEmpty();
    }
}

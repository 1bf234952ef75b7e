package org.councilprotocol.enquiry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilprotocol.enquiry.EnquiryCouncil.date;
import static org.councilprotocol.enquiry.EnquiryCouncil.london;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.councilprotocol.config.CouncilConfig;
import org.councilprotocol.config.EnquiryConfig;
import org.councilprotocol.enquiry.EnquiryTimers.Schedule;
import org.councilprotocol.enquiry.EnquiryTimers.Step;
import org.councilprotocol.model.Nation;
import org.junit.jupiter.api.Test;

/**
 * The timer's dates on Thanet's figures (10 working days, reminder 2 before, escalation 2 after, digest
 * on Mondays), walked by hand through weekends, Christmas 2026 and New Year 2027 in England & Wales
 * (bank holidays Friday 25 and Monday 28 December, Friday 1 January) and Scotland (also Monday 4
 * January, for 2 January), and council closure days. Day 0 is the London day of receipt.
 */
class EnquiryTimersTest {
    private static final CouncilConfig NORTHBROOK = EnquiryCouncil.northbrook();
    private static final EnquiryConfig THANET = EnquiryCouncil.enquiries(NORTHBROOK);
    private static final EnquiryTimers ENGLAND = EnquiryTimers.of(Nation.ENGLAND_AND_WALES, THANET);
    private static final EnquiryTimers SCOTLAND = EnquiryTimers.of(Nation.SCOTLAND, THANET);
    private static final EnquiryTimers CLOSED = EnquiryCouncil.timers(EnquiryCouncil.config("northbrook-closed"));
    private static final EnquiryTimers COPIES = EnquiryCouncil.timers(EnquiryCouncil.config("northbrook-copies"));

    @Test
    void theFixtureCarriesThanetsFigures() {
        assertThat(THANET.clause()).isEqualTo("Thanet 9.1.4");
        assertThat(THANET.workingDays()).isEqualTo(10);
        assertThat(THANET.reminderBefore()).isEqualTo(2);
        assertThat(THANET.escalateAfter()).isEqualTo(2);
        assertThat(THANET.digest()).contains(DayOfWeek.MONDAY);
        assertThat(CLOSED.calendar().closureDays()).containsExactly(date(2026, 12, 29), date(2026, 12, 30), date(2026, 12, 31));
    }

    // ---- an ordinary fortnight

    @Test
    void anEnquiryOnMonday23NovemberIsDueMonday7December() {
        // Tue 24 (1) … Fri 27 (4), Mon 30 (5) … Fri 4 Dec (9), Mon 7 (10).
        Schedule schedule = ENGLAND.opening(london(2026, 11, 23, 10, 15), Optional.empty());

        assertThat(schedule.due()).isEqualTo(date(2026, 12, 7));
        assertThat(schedule.reminder()).contains(date(2026, 12, 3));      // Fri 4 (1), Thu 3 (2)
        assertThat(schedule.overdue()).isEqualTo(date(2026, 12, 8));
        assertThat(schedule.escalation()).isEqualTo(date(2026, 12, 9));   // Tue 8 (1), Wed 9 (2)
        assertThat(schedule.deadlineReminder()).isEmpty();
        assertThat(schedule.steps()).extracting(Step::kind).containsExactly(
            ReminderKind.REMINDER, ReminderKind.OVERDUE, ReminderKind.ESCALATION);
        assertThat(schedule.steps()).allSatisfy(step -> assertThat(step.about()).isEqualTo(date(2026, 12, 7)));
    }

    @Test
    void theHourOfReceiptDoesNotMatterOnlyTheLondonDay() {
        LocalDate early = ENGLAND.dueDate(london(2026, 11, 23, 0, 1));
        LocalDate late = ENGLAND.dueDate(london(2026, 11, 23, 23, 59));
        assertThat(early).isEqualTo(late).isEqualTo(date(2026, 12, 7));
    }

    @Test
    void aWeekendEnquiryCountsFromTheWeekendDaySoFridaySaturdayAndSundayShareADueDate() {
        // Day 0 Sat 28 Nov; Mon 30 (1) … Fri 11 Dec (10). From Fri 27 the count is the same.
        assertThat(ENGLAND.dueDate(london(2026, 11, 27, 17, 45))).isEqualTo(date(2026, 12, 11));
        assertThat(ENGLAND.dueDate(london(2026, 11, 28, 9, 0))).isEqualTo(date(2026, 12, 11));
        assertThat(ENGLAND.dueDate(london(2026, 11, 29, 21, 0))).isEqualTo(date(2026, 12, 11));
        assertThat(ENGLAND.dueDate(london(2026, 11, 30, 8, 0))).isEqualTo(date(2026, 12, 14));
    }

    @Test
    void aFridayDueDateIsOverdueOnMondayNotSaturday() {
        Schedule schedule = ENGLAND.opening(london(2026, 11, 27, 11, 0), Optional.empty());
        assertThat(schedule.due()).isEqualTo(date(2026, 12, 11));
        assertThat(schedule.overdue()).isEqualTo(date(2026, 12, 14));
        assertThat(schedule.escalation()).isEqualTo(date(2026, 12, 15));
        assertThat(schedule.reminder()).contains(date(2026, 12, 9));
    }

    @Test
    void lateOnAFridayInSummerTimeIsStillFriday() {
        // 23:30 BST on Friday 5 June 2026 is 22:30 UTC: day 0 is Friday, not Saturday.
        Instant friday = Instant.parse("2026-06-05T22:30:00Z");
        Instant saturday = Instant.parse("2026-06-05T23:30:00Z");   // 00:30 BST on Saturday 6 June
        // Mon 8 (1) … Fri 12 (5), Mon 15 (6) … Fri 19 (10).
        assertThat(ENGLAND.dueDate(friday)).isEqualTo(date(2026, 6, 19));
        assertThat(ENGLAND.dueDate(saturday)).isEqualTo(date(2026, 6, 19));
        assertThat(WorkingCalendar.dayOfReceipt(saturday)).isEqualTo(date(2026, 6, 6));
    }

    // ---- Christmas 2026 and New Year 2027

    @Test
    void englandFridayElevenDecemberIsDueTuesday29December() {
        // Mon 14 (1) … Thu 24 (9); Fri 25 Christmas, Mon 28 Boxing Day (substitute); Tue 29 (10).
        Schedule schedule = ENGLAND.opening(london(2026, 12, 11, 14, 0), Optional.empty());
        assertThat(schedule.due()).isEqualTo(date(2026, 12, 29));
        assertThat(schedule.reminder()).contains(date(2026, 12, 23));     // Thu 24 (1), Wed 23 (2)
        assertThat(schedule.overdue()).isEqualTo(date(2026, 12, 30));
        assertThat(schedule.escalation()).isEqualTo(date(2026, 12, 31));
    }

    @Test
    void dueOnChristmasEveTheOverdueNoticeWaitsForTuesday29December() {
        // Received Thu 10 Dec: Fri 11 (1) … Thu 24 (10).
        Schedule schedule = ENGLAND.opening(london(2026, 12, 10, 9, 30), Optional.empty());
        assertThat(schedule.due()).isEqualTo(date(2026, 12, 24));
        assertThat(schedule.overdue()).isEqualTo(date(2026, 12, 29));     // not Christmas Day, not Boxing Day
        assertThat(schedule.escalation()).isEqualTo(date(2026, 12, 30));
    }

    @Test
    void overNewYearEnglandAndScotlandPart() {
        Instant received = london(2026, 12, 23, 16, 20);
        // England: Thu 24 (1), Tue 29 (2), Wed 30 (3), Thu 31 (4), [Fri 1 Jan], Mon 4 (5) … Fri 8 (9), Mon 11 (10).
        Schedule england = ENGLAND.opening(received, Optional.empty());
        assertThat(england.due()).isEqualTo(date(2027, 1, 11));
        assertThat(england.reminder()).contains(date(2027, 1, 7));
        assertThat(england.overdue()).isEqualTo(date(2027, 1, 12));
        assertThat(england.escalation()).isEqualTo(date(2027, 1, 13));
        // Scotland also keeps Mon 4 Jan (2 January's substitute): Tue 5 (5) … Mon 11 (9), Tue 12 (10).
        Schedule scotland = SCOTLAND.opening(received, Optional.empty());
        assertThat(scotland.due()).isEqualTo(date(2027, 1, 12));
        assertThat(scotland.reminder()).contains(date(2027, 1, 8));       // Mon 11 (1), Fri 8 (2)
        assertThat(scotland.overdue()).isEqualTo(date(2027, 1, 13));
        assertThat(scotland.escalation()).isEqualTo(date(2027, 1, 14));
    }

    @Test
    void scotlandShares2026sChristmasDaysWithEngland() {
        assertThat(SCOTLAND.opening(london(2026, 12, 11, 14, 0), Optional.empty()).due()).isEqualTo(date(2026, 12, 29));
        assertThat(SCOTLAND.calendar().whyNotWorking(date(2027, 1, 4))).contains("2nd January (substitute day)");
        assertThat(ENGLAND.calendar().isWorkingDay(date(2027, 1, 4))).isTrue();
    }

    @Test
    void closureDaysBetweenChristmasAndNewYearPushEveryDateOn() {
        // Thu 24 (9); 25, 28 bank holidays; 29–31 closed; 1 Jan bank holiday; Mon 4 Jan (10).
        Schedule schedule = CLOSED.opening(london(2026, 12, 11, 14, 0), Optional.empty());
        assertThat(schedule.due()).isEqualTo(date(2027, 1, 4));
        assertThat(schedule.reminder()).contains(date(2026, 12, 23));
        assertThat(schedule.overdue()).isEqualTo(date(2027, 1, 5));
        assertThat(schedule.escalation()).isEqualTo(date(2027, 1, 6));

        Schedule christmasEve = CLOSED.opening(london(2026, 12, 10, 9, 30), Optional.empty());
        assertThat(christmasEve.overdue()).isEqualTo(date(2027, 1, 4));
        assertThat(christmasEve.escalation()).isEqualTo(date(2027, 1, 5));
    }

    // ---- reminders near the start, stated deadlines, holding replies

    @Test
    void theMembersEarlierDeadlineGetsAReminderOfItsOwn() {
        // Due Mon 7 Dec; Cllr Smith asked for Fri 27 Nov: reminded Wed 25 Nov (Thu 26 (1), Wed 25 (2)).
        Schedule schedule = ENGLAND.opening(london(2026, 11, 23, 10, 15), Optional.of(date(2026, 11, 27)));
        assertThat(schedule.deadlineReminder()).contains(date(2026, 11, 25));
        assertThat(schedule.steps()).extracting(Step::kind, Step::about, Step::sendOn).containsExactly(
            org.assertj.core.groups.Tuple.tuple(ReminderKind.DEADLINE_REMINDER, date(2026, 11, 27), date(2026, 11, 25)),
            org.assertj.core.groups.Tuple.tuple(ReminderKind.REMINDER, date(2026, 12, 7), date(2026, 12, 3)),
            org.assertj.core.groups.Tuple.tuple(ReminderKind.OVERDUE, date(2026, 12, 7), date(2026, 12, 8)),
            org.assertj.core.groups.Tuple.tuple(ReminderKind.ESCALATION, date(2026, 12, 7), date(2026, 12, 9)));
    }

    @Test
    void aDeadlineTooCloseToRemindTwoDaysAheadIsRemindedOnTheNextWorkingDayOrNotAtAll() {
        LocalDate monday = date(2026, 11, 23);
        LocalDate due = date(2026, 12, 7);
        // "by tomorrow": reminded on the day itself.
        assertThat(ENGLAND.deadlineReminderDate(monday, date(2026, 11, 24), due)).contains(date(2026, 11, 24));
        // "by today": too late for a reminder.
        assertThat(ENGLAND.deadlineReminderDate(monday, monday, due)).isEmpty();
        // "by Saturday" asked on a Friday: no working day left to remind on; asked on Thursday: Friday.
        assertThat(ENGLAND.deadlineReminderDate(date(2026, 11, 27), date(2026, 11, 28), due)).isEmpty();
        assertThat(ENGLAND.deadlineReminderDate(date(2026, 11, 26), date(2026, 11, 28), due)).contains(date(2026, 11, 27));
    }

    @Test
    void aDeadlineOnOrAfterTheDueDateNeedsNoReminderOfItsOwn() {
        Schedule same = ENGLAND.opening(london(2026, 11, 23, 10, 15), Optional.of(date(2026, 12, 7)));
        Schedule later = ENGLAND.opening(london(2026, 11, 23, 10, 15), Optional.of(date(2026, 12, 18)));
        assertThat(same.deadlineReminder()).isEmpty();
        assertThat(later.deadlineReminder()).isEmpty();
        assertThat(later.statedDeadline()).contains(date(2026, 12, 18));
        assertThat(later.due()).isEqualTo(date(2026, 12, 7));
    }

    @Test
    void aHoldingReplysNewDateGetsItsOwnReminderOverdueAndEscalationDays() {
        // Holding reply on the due day, Mon 7 Dec, promising Fri 18 Dec.
        Schedule moved = ENGLAND.schedule(date(2026, 12, 7), date(2026, 12, 18), Optional.empty());
        assertThat(moved.reminder()).contains(date(2026, 12, 16));
        assertThat(moved.overdue()).isEqualTo(date(2026, 12, 21));
        assertThat(moved.escalation()).isEqualTo(date(2026, 12, 22));
        // Holding reply on Tue 22 Dec promising Christmas Eve: reminded on Wed 23 (not the reply's own day).
        Schedule close = ENGLAND.schedule(date(2026, 12, 22), date(2026, 12, 24), Optional.empty());
        assertThat(close.reminder()).contains(date(2026, 12, 23));
        assertThat(close.overdue()).isEqualTo(date(2026, 12, 29));
        // A holding reply promising tomorrow: the reminder is on the due day itself.
        Schedule tomorrow = ENGLAND.schedule(date(2026, 12, 7), date(2026, 12, 8), Optional.empty());
        assertThat(tomorrow.reminder()).contains(date(2026, 12, 8));
    }

    @Test
    void aProfileCanRemindOnTheDueDayAndEscalateLater() {
        Schedule schedule = COPIES.opening(london(2026, 11, 23, 10, 15), Optional.empty());
        assertThat(schedule.reminder()).contains(date(2026, 12, 7));
        assertThat(schedule.escalation()).isEqualTo(date(2026, 12, 10));  // Tue 8, Wed 9, Thu 10
    }

    @Test
    void stepsComeInTheOrderTheyGoWithTiesInKindOrder() {
        // escalate-after 1 puts the escalation on the overdue day: the overdue notice goes first.
        EnquiryConfig quick = new EnquiryConfig("Thanet 9.1.4", THANET.requires(), 10, 2, List.of("manager"), 1,
            Optional.empty(), List.of(), Optional.empty());
        Schedule schedule = EnquiryTimers.of(Nation.ENGLAND_AND_WALES, quick)
            .opening(london(2026, 11, 23, 10, 15), Optional.empty());
        assertThat(schedule.overdue()).isEqualTo(schedule.escalation());
        assertThat(schedule.steps()).extracting(Step::kind)
            .containsExactly(ReminderKind.REMINDER, ReminderKind.OVERDUE, ReminderKind.ESCALATION);
    }

    // ---- when a day's messages go

    @Test
    void aDaysMessagesGoFromSevenInTheMorningLondonTime() {
        assertThat(ENGLAND.actionDay(Instant.parse("2026-12-03T06:59:59Z"))).isEqualTo(date(2026, 12, 2));
        assertThat(ENGLAND.actionDay(Instant.parse("2026-12-03T07:00:00Z"))).isEqualTo(date(2026, 12, 3));
        // Summer time: 07:00 BST is 06:00 UTC.
        assertThat(ENGLAND.actionDay(Instant.parse("2026-06-05T05:59:00Z"))).isEqualTo(date(2026, 6, 4));
        assertThat(ENGLAND.actionDay(Instant.parse("2026-06-05T06:00:00Z"))).isEqualTo(date(2026, 6, 5));
    }

    @Test
    void theMondayDigestMovesToTuesdayOnABankHolidayAndIsOtherwiseDueAllWeek() {
        assertThat(ENGLAND.digestDue(date(2026, 12, 7))).contains(date(2026, 12, 7));
        assertThat(ENGLAND.digestDue(date(2026, 12, 9))).contains(date(2026, 12, 7));
        assertThat(ENGLAND.digestDue(date(2026, 12, 6))).contains(date(2026, 11, 30));
        // Easter Monday 2027 is 29 March in England: the digest goes on Tuesday.
        assertThat(ENGLAND.digestDue(date(2027, 3, 29))).isEmpty();
        assertThat(ENGLAND.digestDue(date(2027, 3, 30))).contains(date(2027, 3, 29));
        // Boxing Day's substitute, Monday 28 December 2026.
        assertThat(ENGLAND.digestSendingDay(date(2026, 12, 28))).isEqualTo(date(2026, 12, 29));
        // With the offices closed to New Year, that week's digest would go on 4 January, which has its own.
        assertThat(CLOSED.digestSendingDay(date(2026, 12, 28))).isEqualTo(date(2027, 1, 4));
        assertThat(CLOSED.digestDue(date(2027, 1, 4))).contains(date(2027, 1, 4));
        assertThat(COPIES.digestDue(date(2026, 12, 11))).contains(date(2026, 12, 11));   // Fridays
    }

    @Test
    void aProfileWithoutADigestHasNone() {
        EnquiryConfig none = new EnquiryConfig("Dudley 49", THANET.requires(), 10, 2, List.of("manager"), 3,
            Optional.empty(), List.of(), Optional.empty());
        assertThat(EnquiryTimers.of(Nation.ENGLAND_AND_WALES, none).digestDue(date(2026, 12, 7))).isEmpty();
    }
}

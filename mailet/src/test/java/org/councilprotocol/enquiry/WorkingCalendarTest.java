package org.councilprotocol.enquiry;

import static java.time.Month.APRIL;
import static java.time.Month.AUGUST;
import static java.time.Month.DECEMBER;
import static java.time.Month.JANUARY;
import static java.time.Month.JULY;
import static java.time.Month.JUNE;
import static java.time.Month.MARCH;
import static java.time.Month.MAY;
import static java.time.Month.NOVEMBER;
import static java.time.Month.OCTOBER;
import static java.time.Month.SEPTEMBER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import org.councilprotocol.config.EnquiryConfig;
import org.councilprotocol.model.Nation;
import org.junit.jupiter.api.Test;

/**
 * The working-day calendar against the published gov.uk bank-holiday lists, and the protocols' way of
 * counting: the day of receipt (London) is day 0 whatever the hour, the due date is the Nth working day
 * after it. Dates worked by hand in the comments.
 */
class WorkingCalendarTest {
    private static final WorkingCalendar ENGLAND = WorkingCalendar.of(Nation.ENGLAND_AND_WALES);
    private static final WorkingCalendar SCOTLAND = WorkingCalendar.of(Nation.SCOTLAND);
    private static final WorkingCalendar NORTHERN_IRELAND = WorkingCalendar.of(Nation.NORTHERN_IRELAND);

    private static LocalDate date(int year, Month month, int day) {
        return LocalDate.of(year, month, day);
    }

    // --- The published lists (gov.uk/bank-holidays) ---------------------------------------------

    @Test
    void englandAndWales2026IsThePublishedList() {
        assertThat(BankHolidays.of(Nation.ENGLAND_AND_WALES).in(2026).keySet()).containsExactly(
            date(2026, JANUARY, 1), date(2026, APRIL, 3), date(2026, APRIL, 6), date(2026, MAY, 4),
            date(2026, MAY, 25), date(2026, AUGUST, 31), date(2026, DECEMBER, 25), date(2026, DECEMBER, 28));
    }

    @Test
    void englandAndWales2027IsThePublishedList() {
        // Christmas Day is a Saturday and Boxing Day a Sunday: substitute days Monday 27 and Tuesday 28.
        assertThat(BankHolidays.of(Nation.ENGLAND_AND_WALES).in(2027).keySet()).containsExactly(
            date(2027, JANUARY, 1), date(2027, MARCH, 26), date(2027, MARCH, 29), date(2027, MAY, 3),
            date(2027, MAY, 31), date(2027, AUGUST, 30), date(2027, DECEMBER, 27), date(2027, DECEMBER, 28));
    }

    @Test
    void scotland2026HasItsOwnDaysAndNoEasterMonday() {
        // 2 January, first Monday of August, St Andrew's Day (Monday 30 November); no Easter Monday and no
        // late-August holiday. 15 June is the one-off World Cup bank holiday proclaimed in February 2026
        // (Jollyday 2.19 has it; lists printed before then do not).
        assertThat(BankHolidays.of(Nation.SCOTLAND).in(2026).keySet()).containsExactly(
            date(2026, JANUARY, 1), date(2026, JANUARY, 2), date(2026, APRIL, 3), date(2026, MAY, 4),
            date(2026, MAY, 25), date(2026, JUNE, 15), date(2026, AUGUST, 3), date(2026, NOVEMBER, 30),
            date(2026, DECEMBER, 25), date(2026, DECEMBER, 28));
        assertThat(SCOTLAND.isWorkingDay(date(2026, APRIL, 6))).isTrue();
        assertThat(SCOTLAND.isWorkingDay(date(2026, AUGUST, 31))).isTrue();
    }

    @Test
    void scotland2027MovesSecondJanuaryFromSaturdayToMonday() {
        assertThat(BankHolidays.of(Nation.SCOTLAND).in(2027).keySet())
            .startsWith(date(2027, JANUARY, 1), date(2027, JANUARY, 4));
        assertThat(SCOTLAND.whyNotWorking(date(2027, JANUARY, 4))).contains("2nd January (substitute day)");
    }

    @Test
    void northernIreland2026HasStPatricksDayAndTheTwelfthOnMonday13July() {
        // 12 July 2026 is a Sunday; the published substitute day is Monday 13 July, and Jollyday agrees.
        assertThat(BankHolidays.of(Nation.NORTHERN_IRELAND).in(2026).keySet()).containsExactly(
            date(2026, JANUARY, 1), date(2026, MARCH, 17), date(2026, APRIL, 3), date(2026, APRIL, 6),
            date(2026, MAY, 4), date(2026, MAY, 25), date(2026, JULY, 13), date(2026, AUGUST, 31),
            date(2026, DECEMBER, 25), date(2026, DECEMBER, 28));
        assertThat(NORTHERN_IRELAND.whyNotWorking(date(2026, JULY, 13))).contains("Battle of the Boyne (substitute day)");
        assertThat(NORTHERN_IRELAND.isWorkingDay(date(2026, JULY, 12))).isFalse(); // a Sunday anyway
    }

    @Test
    void oneOffAndMovedDaysOfPastYearsAreThePublishedOnes() {
        // 2022: New Year's Day on a Saturday (Mon 3 Jan), spring holiday moved to Thu 2 Jun, Platinum
        // Jubilee Fri 3 Jun, the Queen's funeral Mon 19 Sep, Christmas on a Sunday (Tue 27 Dec).
        assertThat(BankHolidays.of(Nation.ENGLAND_AND_WALES).in(2022).keySet()).containsExactly(
            date(2022, JANUARY, 3), date(2022, APRIL, 15), date(2022, APRIL, 18), date(2022, MAY, 2),
            date(2022, JUNE, 2), date(2022, JUNE, 3), date(2022, AUGUST, 29), date(2022, SEPTEMBER, 19),
            date(2022, DECEMBER, 26), date(2022, DECEMBER, 27));
        // 2023: the Coronation, Mon 8 May.
        assertThat(ENGLAND.whyNotWorking(date(2023, MAY, 8))).isPresent();
        // Scotland 2023: New Year's Day on a Sunday, so Mon 2 Jan and Tue 3 Jan.
        assertThat(BankHolidays.of(Nation.SCOTLAND).in(2023).keySet())
            .startsWith(date(2023, JANUARY, 2), date(2023, JANUARY, 3));
    }

    @Test
    void substituteDaysAreNamed() {
        assertThat(ENGLAND.whyNotWorking(date(2026, DECEMBER, 25))).contains("Christmas");
        assertThat(ENGLAND.whyNotWorking(date(2026, DECEMBER, 26))).contains("Saturday");
        assertThat(ENGLAND.whyNotWorking(date(2026, DECEMBER, 27))).contains("Sunday");
        assertThat(ENGLAND.whyNotWorking(date(2026, DECEMBER, 28))).contains("Boxing Day (substitute day)");
        assertThat(ENGLAND.whyNotWorking(date(2026, DECEMBER, 29))).isEmpty();
    }

    // --- Walking through weekends, Christmas and New Year ----------------------------------------

    @Test
    void tenWorkingDaysFromWednesday16December2026InEngland() {
        // Day 0 Wed 16 Dec. 1 Thu 17, 2 Fri 18, (Sat 19, Sun 20), 3 Mon 21, 4 Tue 22, 5 Wed 23, 6 Thu 24,
        // (Fri 25 Christmas, Sat 26, Sun 27, Mon 28 Boxing Day substitute), 7 Tue 29, 8 Wed 30, 9 Thu 31,
        // (Fri 1 Jan New Year's Day, Sat 2, Sun 3), 10 Mon 4 Jan 2027.
        assertThat(ENGLAND.addWorkingDays(date(2026, DECEMBER, 16), 10)).isEqualTo(date(2027, JANUARY, 4));
        assertThat(NORTHERN_IRELAND.addWorkingDays(date(2026, DECEMBER, 16), 10)).isEqualTo(date(2027, JANUARY, 4));
    }

    @Test
    void tenWorkingDaysFromWednesday16December2026InScotland() {
        // As in England up to 9 Thu 31 Dec; then Fri 1 Jan, and Mon 4 Jan (2 January's substitute day):
        // 10 is Tue 5 Jan 2027.
        assertThat(SCOTLAND.addWorkingDays(date(2026, DECEMBER, 16), 10)).isEqualTo(date(2027, JANUARY, 5));
    }

    @Test
    void councilClosureDaysBetweenChristmasAndNewYearMoveTheDueDate() {
        // Closed Tue 29, Wed 30, Thu 31 Dec. Day 0 Wed 16 Dec; 1–6 Thu 17 to Thu 24 as before; then
        // nothing until 7 Mon 4 Jan, 8 Tue 5, 9 Wed 6, 10 Thu 7 Jan 2027.
        List<LocalDate> closures = List.of(date(2026, DECEMBER, 29), date(2026, DECEMBER, 30), date(2026, DECEMBER, 31));
        WorkingCalendar council = WorkingCalendar.of(Nation.ENGLAND_AND_WALES, closures);
        assertThat(council.addWorkingDays(date(2026, DECEMBER, 16), 10)).isEqualTo(date(2027, JANUARY, 7));
        assertThat(council.whyNotWorking(date(2026, DECEMBER, 30))).contains("council closure day");
        assertThat(council.closureDays()).containsExactlyElementsOf(closures);
        assertThat(council.workingDaysBetween(date(2026, DECEMBER, 24), date(2027, JANUARY, 4))).isEqualTo(1);
    }

    @Test
    void closureDaysComeFromTheProfile() {
        EnquiryConfig enquiries = new EnquiryConfig("Thanet 9.1.4", "reply in 10 working days", 10, 2, List.of(), 5,
            Optional.of(DayOfWeek.MONDAY), List.of(date(2026, DECEMBER, 29)), Optional.empty());
        WorkingCalendar council = WorkingCalendar.of(Nation.ENGLAND_AND_WALES, enquiries);
        assertThat(council.isWorkingDay(date(2026, DECEMBER, 29))).isFalse();
        assertThat(council.nation()).isEqualTo(Nation.ENGLAND_AND_WALES);
    }

    @Test
    void aMessageReceivedOnSaturdayCountsFromSaturday() {
        // Day 0 Sat 5 Dec 2026. 1 Mon 7, 2 Tue 8, 3 Wed 9, 4 Thu 10, 5 Fri 11, 6 Mon 14, 7 Tue 15,
        // 8 Wed 16, 9 Thu 17, 10 Fri 18 Dec.
        Instant saturdayMorning = Instant.parse("2026-12-05T10:00:00Z");
        assertThat(ENGLAND.dueDate(saturdayMorning, 10)).isEqualTo(date(2026, DECEMBER, 18));
        assertThat(ENGLAND.dueDate(saturdayMorning, 1)).isEqualTo(date(2026, DECEMBER, 7));
    }

    @Test
    void aMessageAt2330OnAFridayInSummerTimeIsReceivedThatFriday() {
        // 23:30 BST on Fri 23 Oct 2026 is 22:30 UTC: day 0 is Friday 23 Oct. 1 Mon 26, 2 Tue 27, 3 Wed 28,
        // 4 Thu 29, 5 Fri 30, 6 Mon 2 Nov, 7 Tue 3, 8 Wed 4, 9 Thu 5, 10 Fri 6 Nov.
        Instant fridayNight = Instant.parse("2026-10-23T22:30:00Z");
        assertThat(WorkingCalendar.dayOfReceipt(fridayNight)).isEqualTo(date(2026, OCTOBER, 23));
        assertThat(ENGLAND.dueDate(fridayNight, 10)).isEqualTo(date(2026, NOVEMBER, 6));
        assertThat(ENGLAND.dueDate(fridayNight, 1)).isEqualTo(date(2026, OCTOBER, 26));
    }

    @Test
    void theLondonDayNotTheUtcDayIsDayZero() {
        // 23:30 BST Thu 22 Oct 2026 (22:30 UTC) is Thursday: 10 working days later is Thu 5 Nov.
        assertThat(ENGLAND.dueDate(Instant.parse("2026-10-22T22:30:00Z"), 10)).isEqualTo(date(2026, NOVEMBER, 5));
        // 23:30 UTC the same evening is 00:30 BST on Friday 23 Oct: day 0 is Friday, due Fri 6 Nov.
        assertThat(WorkingCalendar.dayOfReceipt(Instant.parse("2026-10-22T23:30:00Z"))).isEqualTo(date(2026, OCTOBER, 23));
        assertThat(ENGLAND.dueDate(Instant.parse("2026-10-22T23:30:00Z"), 10)).isEqualTo(date(2026, NOVEMBER, 6));
        // In winter London is on UTC: 23:30 UTC on Fri 4 Dec 2026 is still Friday; 1 working day is Mon 7 Dec.
        assertThat(ENGLAND.dueDate(Instant.parse("2026-12-04T23:30:00Z"), 1)).isEqualTo(date(2026, DECEMBER, 7));
        // 00:00 UTC on Sat 5 Dec is Saturday in London.
        assertThat(WorkingCalendar.dayOfReceipt(Instant.parse("2026-12-05T00:00:00Z"))).isEqualTo(date(2026, DECEMBER, 5));
    }

    @Test
    void aMessageReceivedOnABankHolidayCountsFromThatDay() {
        // Day 0 Fri 25 Dec 2026 (Christmas). Sat 26, Sun 27, Mon 28 (substitute): 1 is Tue 29 Dec.
        assertThat(ENGLAND.addWorkingDays(date(2026, DECEMBER, 25), 1)).isEqualTo(date(2026, DECEMBER, 29));
        assertThat(ENGLAND.addWorkingDays(date(2026, DECEMBER, 25), 0)).isEqualTo(date(2026, DECEMBER, 25));
    }

    @Test
    void easterDiffersBetweenNations() {
        // Thu 2 Apr 2026; Good Friday 3 Apr everywhere; Easter Monday 6 Apr not in Scotland.
        assertThat(ENGLAND.nextWorkingDay(date(2026, APRIL, 2))).isEqualTo(date(2026, APRIL, 7));
        assertThat(NORTHERN_IRELAND.nextWorkingDay(date(2026, APRIL, 2))).isEqualTo(date(2026, APRIL, 7));
        assertThat(SCOTLAND.nextWorkingDay(date(2026, APRIL, 2))).isEqualTo(date(2026, APRIL, 6));
    }

    @Test
    void summerBankHolidaysDifferBetweenNations() {
        // England: last Monday of August (31 Aug 2026). Scotland: first Monday (3 Aug 2026).
        assertThat(ENGLAND.nextWorkingDay(date(2026, AUGUST, 28))).isEqualTo(date(2026, SEPTEMBER, 1));
        assertThat(SCOTLAND.nextWorkingDay(date(2026, AUGUST, 28))).isEqualTo(date(2026, AUGUST, 31));
        assertThat(SCOTLAND.nextWorkingDay(date(2026, JULY, 31))).isEqualTo(date(2026, AUGUST, 4));
        assertThat(ENGLAND.nextWorkingDay(date(2026, JULY, 31))).isEqualTo(date(2026, AUGUST, 3));
    }

    @Test
    void nationalDays() {
        // Northern Ireland: St Patrick's Day Tue 17 Mar 2026; the Twelfth's substitute Mon 13 Jul 2026.
        assertThat(NORTHERN_IRELAND.nextWorkingDay(date(2026, MARCH, 16))).isEqualTo(date(2026, MARCH, 18));
        assertThat(ENGLAND.nextWorkingDay(date(2026, MARCH, 16))).isEqualTo(date(2026, MARCH, 17));
        assertThat(NORTHERN_IRELAND.nextWorkingDay(date(2026, JULY, 10))).isEqualTo(date(2026, JULY, 14));
        assertThat(ENGLAND.nextWorkingDay(date(2026, JULY, 10))).isEqualTo(date(2026, JULY, 13));
        // Scotland: St Andrew's Day Mon 30 Nov 2026; World Cup bank holiday Mon 15 Jun 2026.
        assertThat(SCOTLAND.nextWorkingDay(date(2026, NOVEMBER, 27))).isEqualTo(date(2026, DECEMBER, 1));
        assertThat(SCOTLAND.nextWorkingDay(date(2026, JUNE, 12))).isEqualTo(date(2026, JUNE, 16));
        assertThat(ENGLAND.nextWorkingDay(date(2026, JUNE, 12))).isEqualTo(date(2026, JUNE, 15));
    }

    @Test
    void previousWorkingDaySkipsBackOverHolidaysAndWeekends() {
        // Before Tue 29 Dec 2026: Mon 28 (substitute), Sun 27, Sat 26, Fri 25 (Christmas): Thu 24 Dec.
        assertThat(ENGLAND.previousWorkingDay(date(2026, DECEMBER, 29))).isEqualTo(date(2026, DECEMBER, 24));
        // Before Easter Monday 2026: Thu 2 Apr (Good Friday in between).
        assertThat(ENGLAND.previousWorkingDay(date(2026, APRIL, 6))).isEqualTo(date(2026, APRIL, 2));
    }

    @Test
    void workingDaysBetweenCountsTheDaysAfterTheFirstUpToTheSecond() {
        assertThat(ENGLAND.workingDaysBetween(date(2026, DECEMBER, 16), date(2027, JANUARY, 4))).isEqualTo(10);
        assertThat(ENGLAND.workingDaysBetween(date(2027, JANUARY, 4), date(2026, DECEMBER, 16))).isEqualTo(-10);
        assertThat(ENGLAND.workingDaysBetween(date(2026, DECEMBER, 2), date(2026, DECEMBER, 2))).isZero();
        // Wed 2 Dec to Mon 7 Dec: Thu, Fri, Mon.
        assertThat(ENGLAND.workingDaysBetween(date(2026, DECEMBER, 2), date(2026, DECEMBER, 7))).isEqualTo(3);
        // Sat 26 Dec to Mon 28 Dec (substitute day): none.
        assertThat(ENGLAND.workingDaysBetween(date(2026, DECEMBER, 26), date(2026, DECEMBER, 28))).isZero();
        // A whole year: 365 days of 2026, 104 weekend days, 8 bank holidays on weekdays.
        assertThat(ENGLAND.workingDaysBetween(date(2025, DECEMBER, 31), date(2026, DECEMBER, 31))).isEqualTo(365 - 104 - 8);
    }

    @Test
    void workingDaysBetweenUndoesAddWorkingDaysEveryDayOfTheYear() {
        for (LocalDate day = date(2026, JANUARY, 1); day.getYear() == 2026; day = day.plusDays(1)) {
            LocalDate start = day;
            IntStream.of(0, 1, 2, 5, 10, 20, 30).forEach(n -> {
                LocalDate due = ENGLAND.addWorkingDays(start, n);
                assertThat(ENGLAND.workingDaysBetween(start, due)).as("%s + %d", start, n).isEqualTo(n);
                assertThat(n == 0 || ENGLAND.isWorkingDay(due)).as("%s + %d lands on a working day", start, n).isTrue();
            });
        }
    }

    @Test
    void badCountsAndYearsAreRefused() {
        assertThatThrownBy(() -> ENGLAND.addWorkingDays(date(2026, DECEMBER, 2), -1))
            .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ENGLAND.addWorkingDays(date(2026, DECEMBER, 2), WorkingCalendar.MAX_WORKING_DAYS + 1))
            .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BankHolidays.of(Nation.ENGLAND_AND_WALES).in(1900))
            .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void lookupsAreFastOnceAYearIsRead() {
        ENGLAND.dueDate(Instant.parse("2026-01-01T00:00:00Z"), 10);
        long start = System.nanoTime();
        int count = 0;
        for (int i = 0; i < 50_000; i++) {
            ENGLAND.dueDate(Instant.parse("2026-01-01T09:00:00Z").plusSeconds(3_600L * 7 * i % (3_600L * 24 * 700)), 10);
            count++;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        // Tens of thousands a second on any machine; the bound only catches a lost cache.
        assertThat(count / seconds).as("due dates per second").isGreaterThan(5_000);
    }

    // --- Counting back (reminders before a due date) ----------------------------------------------

    @Test
    void countingBackSkipsWeekendsBankHolidaysAndClosureDays() {
        // Two working days before Monday 7 December 2026: Friday 4 (1), Thursday 3 (2).
        assertThat(ENGLAND.minusWorkingDays(date(2026, DECEMBER, 7), 2)).isEqualTo(date(2026, DECEMBER, 3));
        // Before Tuesday 29 December 2026: Monday 28 and Friday 25 are bank holidays; Thursday 24 (1), Wednesday 23 (2).
        assertThat(ENGLAND.minusWorkingDays(date(2026, DECEMBER, 29), 2)).isEqualTo(date(2026, DECEMBER, 23));
        // Before Tuesday 5 January 2027 in Scotland: Monday 4 and Friday 1 are holidays; Thursday 31 December (1).
        assertThat(SCOTLAND.minusWorkingDays(date(2027, JANUARY, 5), 1)).isEqualTo(date(2026, DECEMBER, 31));
        assertThat(ENGLAND.minusWorkingDays(date(2027, JANUARY, 5), 1)).isEqualTo(date(2027, JANUARY, 4));
        WorkingCalendar closed = WorkingCalendar.of(Nation.ENGLAND_AND_WALES,
            List.of(date(2026, DECEMBER, 29), date(2026, DECEMBER, 30), date(2026, DECEMBER, 31)));
        assertThat(closed.minusWorkingDays(date(2027, JANUARY, 4), 1)).isEqualTo(date(2026, DECEMBER, 24));
        // Zero is the day itself, working or not.
        assertThat(ENGLAND.minusWorkingDays(date(2026, DECEMBER, 26), 0)).isEqualTo(date(2026, DECEMBER, 26));
    }

    @Test
    void countingBackUndoesCountingForward() {
        LocalDate start = date(2026, DECEMBER, 1);
        for (int n = 0; n <= 30; n++) {
            LocalDate due = ENGLAND.addWorkingDays(start, n);
            if (ENGLAND.isWorkingDay(start)) {
                assertThat(ENGLAND.minusWorkingDays(due, n)).as("n=%d", n).isEqualTo(start);
            }
            assertThat(ENGLAND.workingDaysBetween(ENGLAND.minusWorkingDays(due, n), due)).isEqualTo(n);
        }
        assertThatThrownBy(() -> ENGLAND.minusWorkingDays(start, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}

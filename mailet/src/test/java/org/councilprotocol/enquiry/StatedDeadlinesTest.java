package org.councilprotocol.enquiry;

import static java.time.Month.APRIL;
import static java.time.Month.DECEMBER;
import static java.time.Month.JANUARY;
import static java.time.Month.MARCH;
import static java.time.Month.NOVEMBER;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.councilprotocol.model.Nation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Deadlines members write, in British English, read against the England and Wales calendar. Unless a
 * case says otherwise the message was sent on Wednesday 2 December 2026:
 * <pre>
 *        December 2026                January 2027
 *   Mo Tu We Th Fr Sa Su         Mo Tu We Th Fr Sa Su
 *       1  2  3  4  5  6                      1  2  3
 *    7  8  9 10 11 12 13          4  5  6  7  8  9 10
 *   14 15 16 17 18 19 20         11 ...
 *   21 22 23 24 25 26 27         25 26 27 28 29 30 31
 *   28 29 30 31
 * </pre>
 * Bank holidays: Fri 25 Dec, Mon 28 Dec (Boxing Day substitute), Fri 1 Jan.
 */
class StatedDeadlinesTest {
    private static final WorkingCalendar ENGLAND = WorkingCalendar.of(Nation.ENGLAND_AND_WALES);
    private static final StatedDeadlines DEADLINES = new StatedDeadlines(ENGLAND);
    private static final LocalDate WEDNESDAY_2_DECEMBER = LocalDate.of(2026, DECEMBER, 2);

    private static LocalDate dec(int day) {
        return LocalDate.of(2026, DECEMBER, day);
    }

    private static LocalDate date(int year, Month month, int day) {
        return LocalDate.of(year, month, day);
    }

    static Stream<Arguments> phrasesWrittenOnWednesday2December() {
        return Stream.of(
            // Weekdays: "by Friday" is the next Friday; "next Friday" the Friday of next week.
            Arguments.of("Could you let me know by Friday?", "by Friday", dec(4)),
            Arguments.of("Please reply by this Friday.", "by this Friday", dec(4)),
            Arguments.of("I need an answer by next Friday.", "by next Friday", dec(11)),
            Arguments.of("Please respond by Friday next week.", "by Friday next week", dec(11)),
            Arguments.of("by Friday this week please", "by Friday this week", dec(4)),
            Arguments.of("A reply by Friday week would be fine.", "by Friday week", dec(11)),
            Arguments.of("by a week on Friday", "by a week on Friday", dec(11)),
            Arguments.of("Can I have this by Monday?", "by Monday", dec(7)),
            Arguments.of("by Monday morning", "by Monday", dec(7)),
            Arguments.of("by Weds", "by Weds", dec(9)),
            Arguments.of("by Fri.", "by Fri.", dec(4)),
            Arguments.of("by the coming Monday", "by the coming Monday", dec(7)),
            Arguments.of("BY FRIDAY", "BY FRIDAY", dec(4)),
            Arguments.of("Please respond\nby\nFriday.", "by\nFriday", dec(4)),
            Arguments.of("Please respond by\u00a0Friday.", "by\u00a0Friday", dec(4)),
            // Times and ends of the working day.
            Arguments.of("by close of play Wednesday", "by close of play Wednesday", dec(9)),
            Arguments.of("by COP Friday", "by COP Friday", dec(4)),
            Arguments.of("by close of business on Monday", "by close of business on Monday", dec(7)),
            Arguments.of("by end of play today", "by end of play today", dec(2)),
            Arguments.of("Could I have it by the end of the day?", "by the end of the day", dec(2)),
            Arguments.of("by the end of today", "by the end of today", dec(2)),
            Arguments.of("by 5pm on Friday", "by 5pm on Friday", dec(4)),
            Arguments.of("by 5pm Friday", "by 5pm Friday", dec(4)),
            Arguments.of("by 10.30am Monday", "by 10.30am Monday", dec(7)),
            Arguments.of("by 17:00 on 9 December", "by 17:00 on 9 December", dec(9)),
            Arguments.of("by noon tomorrow", "by noon tomorrow", dec(3)),
            // Relative days.
            Arguments.of("Please reply by tomorrow.", "by tomorrow", dec(3)),
            Arguments.of("by end of day tomorrow", "by end of day tomorrow", dec(3)),
            Arguments.of("by tomorrow afternoon", "by tomorrow afternoon", dec(3)),
            Arguments.of("by the day after tomorrow", "by the day after tomorrow", dec(4)),
            Arguments.of("by tonight", "by tonight", dec(2)),
            // Ends of weeks and months (last working day).
            Arguments.of("by the end of the week", "by the end of the week", dec(4)),
            Arguments.of("by the end of this week", "by the end of this week", dec(4)),
            Arguments.of("by the end of next week", "by the end of next week", dec(11)),
            Arguments.of("by the end of the month", "by the end of the month", dec(31)),
            // 31 January 2027 is a Sunday: the last working day is Friday 29 January.
            Arguments.of("by the end of January", "by the end of January", date(2027, JANUARY, 29)),
            // Written dates, British order.
            Arguments.of("by 10 December", "by 10 December", dec(10)),
            Arguments.of("by 10th Dec", "by 10th Dec", dec(10)),
            Arguments.of("by the 10th of December", "by the 10th of December", dec(10)),
            Arguments.of("by December 10th", "by December 10th", dec(10)),
            Arguments.of("by Dec 10", "by Dec 10", dec(10)),
            Arguments.of("by 10 December 2026", "by 10 December 2026", dec(10)),
            Arguments.of("by Thursday 3 December", "by Thursday 3 December", dec(3)),
            Arguments.of("by Thursday, 10th December", "by Thursday, 10th December", dec(10)),
            Arguments.of("by Thursday 3rd December 2026", "by Thursday 3rd December 2026", dec(3)),
            Arguments.of("by Fri 4th", "by Fri 4th", dec(4)),
            Arguments.of("by the 10th", "by the 10th", dec(10)),
            Arguments.of("Can you reply by 31st please?", "by 31st", dec(31)),
            Arguments.of("by Monday 7/12", "by Monday 7/12", dec(7)),
            Arguments.of("by 4/12", "by 4/12", dec(4)),
            Arguments.of("by 04/12/2026", "by 04/12/2026", dec(4)),
            Arguments.of("by 4.12.26", "by 4.12.26", dec(4)),
            Arguments.of("by 10-12-2026", "by 10-12-2026", dec(10)),
            // In December, January means next year.
            Arguments.of("by 5 January", "by 5 January", date(2027, JANUARY, 5)),
            Arguments.of("by Tuesday 5 January", "by Tuesday 5 January", date(2027, JANUARY, 5)),
            Arguments.of("by 4/1", "by 4/1", date(2027, JANUARY, 4)),
            Arguments.of("no later than 8 December", "no later than 8 December", dec(8)),
            Arguments.of("not later than Monday", "not later than Monday", dec(7)),
            Arguments.of("on or before 8 December", "on or before 8 December", dec(8)),
            Arguments.of("Deadline: 10/12", "Deadline: 10/12", dec(10)),
            Arguments.of("The deadline is Friday.", "The deadline is Friday", dec(4)),
            Arguments.of("My deadline for a response is 11 December.", "My deadline for a response is 11 December", dec(11)),
            // Before an event: the last working day before it.
            Arguments.of("I need this before Planning Committee on 10 December.",
                "before Planning Committee on 10 December", dec(9)),
            Arguments.of("before the meeting on 7 December", "before the meeting on 7 December", dec(4)),
            Arguments.of("in time for Full Council on 14 December", "in time for Full Council on 14 December", dec(11)),
            Arguments.of("ahead of Cabinet next Tuesday", "ahead of Cabinet next Tuesday", dec(7)),
            Arguments.of("prior to the meeting on Thursday 17 December", "prior to the meeting on Thursday 17 December", dec(16)),
            Arguments.of("before the Planning Committee meets on 10 December",
                "before the Planning Committee meets on 10 December", dec(9)),
            Arguments.of("before the vote on the budget on 10 December", "before the vote on the budget on 10 December", dec(9)),
            Arguments.of("in time for Full Council, 14 December", "in time for Full Council, 14 December", dec(11)),
            Arguments.of("before Friday", "before Friday", dec(3)),
            // Tuesday's Cabinet is on Tue 8 Dec; next Monday's meeting on Mon 7 Dec.
            Arguments.of("Can you update me before Tuesday's Cabinet?", "before Tuesday's Cabinet", dec(7)),
            Arguments.of("in time for next Monday's meeting", "in time for next Monday's meeting", dec(4)),
            // Christmas and New Year: the last working day before them, "by" or "before".
            Arguments.of("I would like this sorted by Christmas.", "by Christmas", dec(24)),
            Arguments.of("before the Christmas break", "before the Christmas break", dec(24)),
            Arguments.of("by the New Year", "by the New Year", dec(31)),
            // The meeting is tomorrow: the last working day before it is today.
            Arguments.of("before the meeting tomorrow", "before the meeting tomorrow", dec(2)),
            Arguments.of("before the end of the month", "before the end of the month", dec(31)),
            // Within: working days on the calendar, other units on the clock.
            Arguments.of("within five working days", "within five working days", dec(9)),
            Arguments.of("within 5 working days", "within 5 working days", dec(9)),
            Arguments.of("within 5 business days", "within 5 business days", dec(9)),
            Arguments.of("in the next five working days", "in the next five working days", dec(9)),
            Arguments.of("within 10 working days of this email", "within 10 working days", dec(16)),
            Arguments.of("within two weeks", "within two weeks", dec(16)),
            Arguments.of("within a fortnight", "within a fortnight", dec(16)),
            Arguments.of("within a week", "within a week", dec(9)),
            Arguments.of("within 3 days", "within 3 days", dec(5)),
            Arguments.of("within 48 hours", "within 48 hours", dec(4)),
            Arguments.of("within forty-eight hours", "within forty-eight hours", dec(4)),
            Arguments.of("within the next 24 hours", "within the next 24 hours", dec(3)),
            Arguments.of("within a month", "within a month", date(2027, JANUARY, 2)));
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @MethodSource("phrasesWrittenOnWednesday2December")
    void readsTheDeadline(String text, String phrase, LocalDate expected) {
        StatedDeadline deadline = DEADLINES.find(text, WEDNESDAY_2_DECEMBER).orElseThrow();
        assertThat(deadline.date()).contains(expected);
        assertThat(deadline.phrase()).isEqualTo(phrase);
        assertThat(text.substring(deadline.offset(), deadline.offset() + phrase.length())).isEqualTo(phrase);
        assertThat(deadline.urgent()).isFalse();
    }

    static Stream<Arguments> phrasesWrittenOnOtherDays() {
        return Stream.of(
            // On a Friday, "by Friday" is next week's; "by this Friday" is today.
            Arguments.of(dec(4), "by Friday", dec(11)),
            Arguments.of(dec(4), "by this Friday", dec(4)),
            // On a Saturday and a Sunday.
            Arguments.of(dec(5), "by Friday", dec(11)),
            Arguments.of(dec(6), "by next Friday", dec(11)),
            Arguments.of(dec(5), "by the end of the week", dec(11)),
            // Before 1 December, so it is still ahead.
            Arguments.of(date(2026, NOVEMBER, 23), "no later than 1 December", dec(1)),
            // Easter week 2026: Good Friday 3 April is no working day, so the week ends on Thursday.
            Arguments.of(date(2026, MARCH, 30), "by the end of the week", date(2026, APRIL, 2)),
            // The member's own date is kept even on a bank holiday.
            Arguments.of(date(2026, MARCH, 30), "by 3 April", date(2026, APRIL, 3)),
            // Full Council on Easter Monday: before it means Thursday 2 April (Good Friday between).
            Arguments.of(date(2026, MARCH, 30), "before Full Council on Monday 6 April", date(2026, APRIL, 2)),
            // Over Christmas: Thu 24 (1), Tue 29 (2), Wed 30 (3), Thu 31 (4), Mon 4 Jan (5).
            Arguments.of(dec(23), "within 5 working days", date(2027, JANUARY, 4)),
            // Before a meeting on Tue 29 Dec: Mon 28, Sun 27, Sat 26 and Fri 25 are not working days.
            Arguments.of(dec(21), "before the meeting on 29 December", dec(24)),
            Arguments.of(dec(21), "by 4 January", date(2027, JANUARY, 4)));
    }

    @ParameterizedTest(name = "on {0}: {1} -> {2}")
    @MethodSource("phrasesWrittenOnOtherDays")
    void readsTheDeadlineRelativeToTheDayWritten(LocalDate written, String text, LocalDate expected) {
        assertThat(DEADLINES.find(text, written).flatMap(StatedDeadline::date)).contains(expected);
    }

    @Test
    void closureDaysMoveTheEndOfTheMonthAndTheNewYear() {
        StatedDeadlines council = new StatedDeadlines(WorkingCalendar.of(Nation.ENGLAND_AND_WALES,
            List.of(dec(29), dec(30), dec(31))));
        assertThat(council.find("by the end of the month", WEDNESDAY_2_DECEMBER).flatMap(StatedDeadline::date))
            .contains(dec(24));
        assertThat(council.find("before the New Year", WEDNESDAY_2_DECEMBER).flatMap(StatedDeadline::date))
            .contains(dec(24));
    }

    @Test
    void hoursCountFromTheTimeSentWhenKnown() {
        // Sent 10:00 on Wed 2 Dec: 36 hours later is 22:00 on Thu 3 Dec.
        Instant sent = Instant.parse("2026-12-02T10:00:00Z");
        assertThat(DEADLINES.find("within 36 hours", sent).flatMap(StatedDeadline::date)).contains(dec(3));
        // With only the date, hours round up to whole days: 36 hours is 2 days.
        assertThat(DEADLINES.find("within 36 hours", WEDNESDAY_2_DECEMBER).flatMap(StatedDeadline::date)).contains(dec(4));
    }

    @Test
    void theLondonDateOfSendingIsToday() {
        // 00:30 BST on Friday 23 October 2026 is 23:30 UTC on Thursday: "by Friday" means 30 October.
        assertThat(DEADLINES.find("by Friday", Instant.parse("2026-10-22T23:30:00Z")).flatMap(StatedDeadline::date))
            .contains(LocalDate.of(2026, 10, 30));
        assertThat(DEADLINES.find("by Friday", Instant.parse("2026-10-22T22:30:00Z")).flatMap(StatedDeadline::date))
            .contains(LocalDate.of(2026, 10, 23));
    }

    @Test
    void theEarliestOfSeveralDeadlinesIsTaken() {
        String text = "Please send a holding reply by Friday and the full answer by 18 December.";
        StatedDeadline deadline = DEADLINES.find(text, WEDNESDAY_2_DECEMBER).orElseThrow();
        assertThat(deadline.date()).contains(dec(4));
        assertThat(deadline.phrase()).isEqualTo("by Friday");
        assertThat(deadline.offset()).isEqualTo(text.indexOf("by Friday"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Please deal with this ASAP.", "Please could you look into this urgently.",
        "Can you reply as soon as possible?", "This needs looking at as a matter of urgency.", "This is urgent.",
        "It's very urgent, residents are worried.", "URGENT: potholes on Hill Street", "Please reply a.s.a.p."})
    void urgencyWithoutADateIsFlagged(String text) {
        StatedDeadline deadline = DEADLINES.find(text, WEDNESDAY_2_DECEMBER).orElseThrow();
        assertThat(deadline.date()).isEmpty();
        assertThat(deadline.urgent()).isTrue();
        assertThat(text.substring(deadline.offset())).startsWith(deadline.phrase());
    }

    @Test
    void urgencyWithADateKeepsTheDate() {
        StatedDeadline deadline = DEADLINES.find("This is urgent - please reply by Friday.", WEDNESDAY_2_DECEMBER).orElseThrow();
        assertThat(deadline.date()).contains(dec(4));
        assertThat(deadline.urgent()).isTrue();
        assertThat(deadline.phrase()).isEqualTo("by Friday");
    }

    static Stream<String> hardNegatives() {
        return Stream.of(
            "The meeting on 10 December was useful.",
            "I was there by 9am.",
            "I arrived before 9am.",
            "We met on Friday.",
            "The scheme was approved in 2019 by the council.",
            "By the way, the bins were not collected.",
            "The motion was proposed by Cllr Jones.",
            "Turnout at the by-election was low.",
            "The bylaws were changed last year, and the byelaws too.",
            "See page 4/12 of the report.",
            "Issues raised:\n1. Potholes\n2. Street lights\n3. Bins left by the school\n4. 12 trees",
            "Call me on 01843 577000 or 07700 900123.",
            "You can reach me by 07700 900123.",
            "I live at Flat 4/12, Harbour Street.",
            "The motion was carried by 10 votes to 3.",
            "Complaints have increased by 12% since 2019.",
            "This is as required by 9.1.4 of the protocol.",
            "This is as required by 4.12 of the protocol.",
            "The proposal was supported by 3/4 of members.",
            "It passed by 2/3 majority.",
            "The scheme will be finished by 2027.",
            "Candidates are ranked by 1st preference votes.",
            "As agreed by Tuesday's Cabinet, the item is deferred.",
            "A complaint was made by May Thomas.",
            "Please reply by return.",
            "The report was written by the Head of Planning before the meeting.",
            "The stand-by generator failed.",
            "The decision was made by 4 May 2019.",
            "Signed by 24 residents.",
            "The Urgent Treatment Centre is closing.",
            "This is not urgent.",
            "There is no need to reply ASAP.",
            "It isn't urgent, whenever you can.",
            "We have been waiting since 4/12 for a reply.",
            "");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @MethodSource("hardNegatives")
    void hardNegativesStateNoDeadline(String text) {
        assertThat(DEADLINES.find(text, WEDNESDAY_2_DECEMBER)).isEmpty();
    }

    @Test
    void aDeadlineAlreadyPastIsNone() {
        // Written on Tue 15 Dec 2026: 10 December has gone.
        assertThat(DEADLINES.find("by 10 December", dec(15))).isEmpty();
        assertThat(DEADLINES.find("before the meeting on 10 December", dec(15))).isEmpty();
        assertThat(DEADLINES.find("by 04/12/2025", dec(15))).isEmpty();
    }

    @Test
    void nullAndLongTextsAreSafe() {
        assertThat(DEADLINES.find(null, WEDNESDAY_2_DECEMBER)).isEmpty();
        String padding = "Residents have written to me about the state of the pavements. ".repeat(5_000);
        assertThat(DEADLINES.find(padding + "Please reply by Friday.", WEDNESDAY_2_DECEMBER)).isEmpty();
        assertThat(DEADLINES.find("Please reply by Friday. " + padding, WEDNESDAY_2_DECEMBER).flatMap(StatedDeadline::date))
            .isEqualTo(Optional.of(dec(4)));
    }
}

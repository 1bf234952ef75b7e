package org.councilprotocol.enquiry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.stream.Stream;

import org.councilprotocol.model.Nation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link StatedDeadlines#findPromised}: the date an officer's holding reply promises a full answer by, read
 * from the reply's date (Wednesday 2 December 2026, as in {@link StatedDeadlinesTest}; Christmas Day and
 * Boxing Day's substitute, Monday 28 December, are bank holidays).
 */
class PromisedDeadlinesTest {
    private static final StatedDeadlines DEADLINES = new StatedDeadlines(WorkingCalendar.of(Nation.ENGLAND_AND_WALES));
    private static final ZonedDateTime WEDNESDAY_2_DECEMBER = ZonedDateTime.of(2026, 12, 2, 11, 0, 0, 0, ZoneId.of("Europe/London"));

    private static LocalDate dec(int day) {
        return LocalDate.of(2026, 12, day);
    }

    static Stream<Arguments> promises() {
        return Stream.of(
            // The member's deadline words read the same in a promise.
            Arguments.of("I will send you a full answer by 11 December.", "by 11 December", dec(11)),
            Arguments.of("I will update you no later than Wednesday 9 December.", "no later than Wednesday 9 December", dec(9)),
            Arguments.of("You will have a full response within five working days.", "within five working days", dec(9)),
            Arguments.of("I'll come back to you by the end of next week.", "by the end of next week", dec(11)),
            Arguments.of("I will come back to you on or before 11 December.", "on or before 11 December", dec(11)),
            Arguments.of("A full reply will follow before the Christmas break.", "before the Christmas break", dec(24)),
            // "on" a day.
            Arguments.of("I will write to you again on 14 December.", "on 14 December", dec(14)),
            Arguments.of("I expect to have the figures for you on Friday.", "on Friday", dec(4)),
            Arguments.of("I'll reply in full on Monday 14 December.", "on Monday 14 December", dec(14)),
            Arguments.of("I'll be back in touch on the 16th.", "on the 16th", dec(16)),
            // A week commencing: its last working day.
            Arguments.of("I'll respond in full w/c 14 December.", "w/c 14 December", dec(18)),
            Arguments.of("You should hear from me during the week commencing 7 December.", "during the week commencing 7 December", dec(11)),
            Arguments.of("A full answer will follow the week of 21 December.", "the week of 21 December", dec(24)),
            Arguments.of("I will reply w/c 14/12.", "w/c 14/12", dec(18)),
            // "in" a span.
            Arguments.of("I will send you the figures in two weeks' time.", "in two weeks", dec(16)),
            Arguments.of("I hope to respond in 10 working days.", "in 10 working days", dec(16)),
            // Spans on their own.
            Arguments.of("I'll get back to you next week.", "next week", dec(11)),
            Arguments.of("I'll update you later this week.", "later this week", dec(4)),
            Arguments.of("I'll update you early next week.", "early next week", dec(11)),
            Arguments.of("You will have it tomorrow.", "tomorrow", dec(3)),
            // "next month": its last working day, Friday 29 January 2027.
            Arguments.of("I will write to you next month.", "next month", LocalDate.of(2027, 1, 29)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("promises")
    void readsThePromisedDate(String text, String phrase, LocalDate date) {
        StatedDeadline deadline = DEADLINES.findPromised(text, WEDNESDAY_2_DECEMBER).orElseThrow();

        assertThat(deadline.phrase()).isEqualTo(phrase);
        assertThat(deadline.date()).contains(date);
        assertThat(deadline.urgent()).isFalse();
        assertThat(text.substring(deadline.offset())).startsWith(phrase);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "I will come back to you as soon as possible.",
        "I'll respond shortly.",
        "A full answer will follow in due course.",
        "I will update you once I hear back from the contractor.",
        "I'll let you know when the report is in.",
        "I'll be in touch on this.",
        "I will reply on receipt of the survey.",
        "in the meantime I will chase them",
        "I'll write to you by 30 November.",
        "ASAP",
        ""})
    void findsNoDateInVaguePromises(String text) {
        assertThat(DEADLINES.findPromised(text, WEDNESDAY_2_DECEMBER)).isEmpty();
    }

    @Test
    void theFirstDateIsThePromiseNotTheEarliest() {
        StatedDeadline deadline = DEADLINES.findPromised("I will write by 11 December, after the engineer's visit on 9 December.",
            WEDNESDAY_2_DECEMBER).orElseThrow();

        assertThat(deadline.date()).contains(dec(11));
    }

    @Test
    void aLaterPromiseWordDoesNotOutrankAnEarlierDeadlineWord() {
        StatedDeadline deadline = DEADLINES.findPromised("A full reply by Friday, and on 14 December the committee decides.",
            WEDNESDAY_2_DECEMBER).orElseThrow();

        assertThat(deadline.phrase()).isEqualTo("by Friday");
    }

    @Test
    void aMembersDeadlineIsStillReadWithoutThePromiseWords() {
        // find() is unchanged: "on" a day in an enquiry is usually a meeting, not a deadline.
        assertThat(DEADLINES.find("The meeting on 10 December was useful.", WEDNESDAY_2_DECEMBER)).isEmpty();
        assertThat(DEADLINES.find("I'll get back to you next week.", WEDNESDAY_2_DECEMBER)).isEmpty();
    }

    @Test
    void theDateIsReadFromTheDayOfTheReply() {
        ZonedDateTime fridayEvening = ZonedDateTime.of(2026, 12, 4, 23, 30, 0, 0, ZoneId.of("UTC"));

        assertThat(DEADLINES.findPromised("I'll reply next week.", fridayEvening).flatMap(StatedDeadline::date)).contains(dec(11));
        assertThat(DEADLINES.findPromised("I'll reply next week.", dec(14)).flatMap(StatedDeadline::date)).contains(dec(24));
    }
}

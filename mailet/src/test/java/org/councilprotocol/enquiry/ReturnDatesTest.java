package org.councilprotocol.enquiry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;

import org.councilprotocol.model.Nation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The day back read from out-of-office replies ({@link StatedDeadlines#findReturn}), in the England and Wales
 * calendar. The replies were sent on Friday 27 November 2026:
 * <pre>
 *       November 2026           December 2026
 *   Mo Tu We Th Fr Sa Su    Mo Tu We Th Fr Sa Su
 *   23 24 25 26 27 28 29        1  2  3  4  5  6
 *   30                       7  8  9 10 11 12 13
 *                           14 ... 21 22 23 24 25 26 27
 *                           28 29 30 31
 * </pre>
 * Bank holidays: Fri 25 Dec, Mon 28 Dec (Boxing Day substitute).
 */
class ReturnDatesTest {
    private static final StatedDeadlines READER = new StatedDeadlines(WorkingCalendar.of(Nation.ENGLAND_AND_WALES));
    private static final LocalDate FRIDAY = LocalDate.of(2026, 11, 27);

    private static Optional<LocalDate> back(String text) {
        return READER.findReturn(text, FRIDAY).map(ReturnDate::back);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        // Outlook-style replies
        "Thank you for your email. I am out of the office and will be back on Monday 7 December. | 2026-12-07",
        "I'm currently out of the office until Monday 30 November with limited access to email. | 2026-11-30",
        "I am on annual leave until Wednesday 2nd December and will reply on my return. | 2026-12-02",
        "I am out of the office, returning 4/12/2026. | 2026-12-04",
        "I am on leave, returning on 04/12/26. | 2026-12-04",
        "I will return to the office on Tuesday. | 2026-12-01",
        "I'm back in the office on Thursday 3 December. | 2026-12-03",
        // Gmail vacation responder and Exchange texts
        "Hi, I'm away on a training course and will be back at my desk on 9 December. | 2026-12-09",
        "Due back Wednesday 2 December. | 2026-12-02",
        "My return date is 14 December. | 2026-12-14",
        "Return date: 14/12/2026 | 2026-12-14",
        "I will be back in the office on the 3rd. | 2026-12-03",
        "I am returning from annual leave on 8 December. | 2026-12-08",
        "I'm away until December 10th. | 2026-12-10",
        "I am back to work on Monday. | 2026-11-30",
        // The last day away, not the day back
        "I am on leave up to and including Friday 4 December. | 2026-12-07",
        "Out of the office until 4 December inclusive. | 2026-12-07",
        "On leave until and including Thursday 10 December. | 2026-12-11",
        // A day back that is no working day moves to the next one
        "I am back on Saturday 5 December. | 2026-12-07",
        "I'm off over Christmas and back on 26 December. | 2026-12-29",
        // The first day back named is taken
        "I am at a conference until Tuesday 1 December and back in the office on Wednesday 2 December. | 2026-12-01",
    })
    void readsTheDayBack(String text, LocalDate expected) {
        assertThat(back(text)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "I am currently out of the office with limited access to email.",
        "I will get back to you on Monday.",
        "Please return the completed form by 4 December.",
        "I was back on 2 November after my operation.",
        "The planning committee meets on Monday 7 December.",
        "I am away until further notice.",
        "I'll be back at 2pm.",
        "I'm back in the new year.",
        "Back on 27 November, today.",
        "Returning officer: Helen Ward.",
        "",
    })
    void findsNoDayBackWhereThereIsNone(String text) {
        assertThat(back(text)).isEmpty();
    }

    @Test
    void givesTheWordsItReadAsEvidence() {
        ReturnDate read = READER.findReturn("Hello,\nI am out of the office until Monday 7 December (inclusive).\nBob", FRIDAY)
            .orElseThrow();
        assertThat(read.back()).isEqualTo(LocalDate.of(2026, 12, 8));
        assertThat(read.phrase()).isEqualTo("until Monday 7 December (inclusive)");
        assertThat(read.offset()).isEqualTo(30);
    }
}

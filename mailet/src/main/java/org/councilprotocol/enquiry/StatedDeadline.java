package org.councilprotocol.enquiry;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The deadline a member wrote in an enquiry: the date (a London calendar day), whether they asked for
 * it urgently, and the words that say so with their offset in the text, as evidence for the notice.
 * An "ASAP" with no date has {@code urgent} set and no date.
 *
 * @param date    the last day the member wants the answer on, if they named or implied one
 * @param urgent  whether the member asked for an urgent answer ("ASAP", "urgently", "this is urgent")
 * @param phrase  the words matched, as written, e.g. "before Planning Committee on 10 December"
 * @param offset  where {@code phrase} starts in the text searched (in chars)
 */
public record StatedDeadline(Optional<LocalDate> date, boolean urgent, String phrase, int offset) {

    public StatedDeadline {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(phrase, "phrase");
        if (date.isEmpty() && !urgent) {
            throw new IllegalArgumentException("a stated deadline has a date, or is urgent, or both");
        }
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative: " + offset);
        }
    }

    static StatedDeadline dated(LocalDate date, boolean urgent, String phrase, int offset) {
        return new StatedDeadline(Optional.of(date), urgent, phrase, offset);
    }

    static StatedDeadline urgentOnly(String phrase, int offset) {
        return new StatedDeadline(Optional.empty(), true, phrase, offset);
    }
}

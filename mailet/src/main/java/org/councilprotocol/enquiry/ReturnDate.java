package org.councilprotocol.enquiry;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The day the writer of an out-of-office reply says they are back at work (a London calendar day),
 * with the words that say so and where they start in the text, as evidence.
 *
 * @param back   the first working day they are back
 * @param phrase the words matched, as written, e.g. "back in the office on Monday 7 December"
 * @param offset where {@code phrase} starts in the text read (in chars)
 */
public record ReturnDate(LocalDate back, String phrase, int offset) {

    public ReturnDate {
        Objects.requireNonNull(back, "back");
        Objects.requireNonNull(phrase, "phrase");
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative: " + offset);
        }
    }
}

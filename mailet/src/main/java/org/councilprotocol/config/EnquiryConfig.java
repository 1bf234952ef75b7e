package org.councilprotocol.config;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Response targets for members' enquiries, from a profile's {@code enquiries} section.
 *
 * @param tagSubject whether the officer's copy of an enquiry has its reference put at the front of the subject
 *                   ({@code [ENQ-2026-00042] Potholes}); off unless the profile asks, as the subject is the member's
 */
public record EnquiryConfig(
        String clause,
        String requires,
        int workingDays,
        int reminderBefore,
        List<String> overdueCopy,
        int escalateAfter,
        Optional<DayOfWeek> digest,
        List<LocalDate> closureDays,
        Optional<ClauseText> complaints,
        boolean tagSubject) {

    public EnquiryConfig {
        overdueCopy = List.copyOf(overdueCopy);
        closureDays = List.copyOf(closureDays);
    }

    /** Without subject tags, the default. */
    public EnquiryConfig(String clause, String requires, int workingDays, int reminderBefore, List<String> overdueCopy,
                         int escalateAfter, Optional<DayOfWeek> digest, List<LocalDate> closureDays,
                         Optional<ClauseText> complaints) {
        this(clause, requires, workingDays, reminderBefore, overdueCopy, escalateAfter, digest, closureDays, complaints,
            false);
    }

    /** A clause reference with our plain-words summary of it. */
    public record ClauseText(String clause, String requires) {
    }
}

package org.councilprotocol.config;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Response targets for members' enquiries, from a profile's {@code enquiries} section. */
public record EnquiryConfig(
        String clause,
        String requires,
        int workingDays,
        int reminderBefore,
        List<String> overdueCopy,
        int escalateAfter,
        Optional<DayOfWeek> digest,
        List<LocalDate> closureDays,
        Optional<ClauseText> complaints) {

    public EnquiryConfig {
        overdueCopy = List.copyOf(overdueCopy);
        closureDays = List.copyOf(closureDays);
    }

    /** A clause reference with our plain-words summary of it. */
    public record ClauseText(String clause, String requires) {
    }
}

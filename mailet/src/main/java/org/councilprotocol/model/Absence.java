package org.councilprotocol.model;

import java.time.LocalDate;
import java.util.Optional;

/** A planned absence from the directory: inclusive dates, and an alternate that overrides the default. */
public record Absence(String person, LocalDate from, LocalDate to, Optional<String> alternate) {

    public boolean covers(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}

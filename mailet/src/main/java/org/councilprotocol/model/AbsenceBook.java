package org.councilprotocol.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Absences the gateway knows on a day: the directory's planned ones and those learned from officers' automatic
 * replies. The alternate of an absence is whoever covers; without one, the person's usual alternate.
 */
@FunctionalInterface
public interface AbsenceBook {
    /** Knows of no absence. */
    AbsenceBook NONE = (personId, day) -> Optional.empty();

    Optional<Absence> on(String personId, LocalDate day);
}

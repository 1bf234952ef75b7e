package org.councilprotocol.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Absences known besides the directory's own planned ones, e.g. learned from an officer's automatic reply:
 * whether a person is away on a day. The alternate of such an absence is the person's usual one unless it says.
 */
@FunctionalInterface
public interface AbsenceBook {
    /** Knows of no absence. */
    AbsenceBook NONE = (personId, day) -> Optional.empty();

    Optional<Absence> on(String personId, LocalDate day);
}

package org.councilprotocol.absence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * An absence the gateway learned from an officer's own automatic reply.
 *
 * @param awayFrom    the London day of the first automatic reply of this absence
 * @param back        the first day back the reply named; empty when it named none
 * @param learnedFrom the Message-ID of the latest automatic reply of this absence
 * @param endedAt     when the officer's ordinary mail showed they were back before that day
 */
public record LearnedAbsence(String personId, LocalDate awayFrom, Optional<LocalDate> back, String learnedFrom,
                             Instant learnedAt, Optional<Instant> endedAt) {

    public LearnedAbsence {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(awayFrom, "awayFrom");
        Objects.requireNonNull(back, "back");
        Objects.requireNonNull(learnedFrom, "learnedFrom");
        Objects.requireNonNull(learnedAt, "learnedAt");
        Objects.requireNonNull(endedAt, "endedAt");
    }

    /** Whether the officer is still away on a day: not ended, begun, and not yet back. */
    public boolean awayOn(LocalDate day) {
        return endedAt.isEmpty() && !day.isBefore(awayFrom) && back.map(day::isBefore).orElse(true);
    }
}

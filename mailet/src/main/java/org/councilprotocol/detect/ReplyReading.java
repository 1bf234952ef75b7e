package org.councilprotocol.detect;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.councilprotocol.enquiry.StatedDeadline;

/**
 * What {@link ReplyClassifier} made of an officer's reply in an enquiry's thread.
 *
 * @param kind     substantive, holding, incomplete holding, or acknowledgement
 * @param delay    for a holding reply (complete or not): the sentence that puts off the full answer
 * @param reason   the sentence that says why a full answer cannot be given yet, if any
 * @param action   the sentence that says what is being done, if any
 * @param deadline the date the reply promises an answer by, if it names one (read relative to the reply's
 *                 date); also kept for an acknowledgement that names one ("I'll come back to you by Friday")
 * @param missing  for {@link ReplyKind#HOLDING_INCOMPLETE}: what the profile requires and the reply does not
 *                 state, in protocol order (reason, action, deadline); empty otherwise
 * @param evidence one line per finding, in words: "Delay: \"...\"", "Reason: \"...\"", "New deadline: ...",
 *                 "Answer: \"...\""
 */
public record ReplyReading(ReplyKind kind, Optional<String> delay, Optional<String> reason, Optional<String> action,
                           Optional<StatedDeadline> deadline, List<HoldingElement> missing, List<String> evidence) {

    public ReplyReading {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(delay, "delay");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(deadline, "deadline");
        missing = List.copyOf(missing);
        evidence = List.copyOf(evidence);
        if ((kind == ReplyKind.HOLDING_INCOMPLETE) == missing.isEmpty()) {
            throw new IllegalArgumentException("an incomplete holding reply, and only one, has something missing: " + kind);
        }
    }

    /** For a complete holding reply: the new due date, which replaces the enquiry's. */
    public Optional<LocalDate> newDue() {
        return kind == ReplyKind.HOLDING ? deadline.flatMap(StatedDeadline::date) : Optional.empty();
    }

    /** Whether the reply ends the enquiry's timer (only a substantive answer does). */
    public boolean stopsTimer() {
        return kind.stopsTimer();
    }
}

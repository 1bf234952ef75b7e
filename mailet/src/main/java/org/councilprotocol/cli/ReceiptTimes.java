package org.councilprotocol.cli;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * When each message of a run counts as received (spec/CHECK.md §1): {@code --now} fixes the clock
 * for the first message, overriding its Date header; each later message uses its own Date header
 * when it has one, else the time of the message before it. Without {@code --now} the first message
 * uses its Date header, else the clock.
 */
final class ReceiptTimes {
    private final Optional<Instant> now;
    private final Clock clock;
    private Instant previous;

    ReceiptTimes(Optional<Instant> now, Clock clock) {
        this.now = now;
        this.clock = clock;
    }

    /** The time of receipt of the next message, given its Date header. */
    Instant next(Optional<Instant> date) {
        Instant at = previous == null ? now.or(() -> date).orElseGet(clock::instant) : date.orElse(previous);
        previous = at;
        return at;
    }

    /**
     * A message that could not be read still takes its place in the run: if it was the first, the
     * clock it would have had ({@code --now}, else the current time) carries forward.
     */
    void skip() {
        if (previous == null) {
            previous = now.orElseGet(clock::instant);
        }
    }
}

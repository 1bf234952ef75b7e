package org.councilprotocol.it;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The clock a test council's plugin runs on: it stands still at the instant the test sets, so a test can
 * ask an enquiry on a Tuesday and read its reminder on a Friday a fortnight later without waiting.
 */
final class SettableClock extends Clock {
    static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final AtomicReference<Instant> now;

    SettableClock(LocalDateTime london) {
        this.now = new AtomicReference<>(london.atZone(LONDON).toInstant());
    }

    /** Moves to a wall-clock time in London. */
    void set(LocalDateTime london) {
        now.set(london.atZone(LONDON).toInstant());
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    @Override
    public ZoneId getZone() {
        return LONDON;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }
}

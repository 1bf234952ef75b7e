package org.councilprotocol.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * A clock kept in a file, so James nodes in other processes run on the time the test sets: each
 * {@link #instant()} reads the file, and {@link #set} replaces it in one move so no reader sees half a line.
 */
final class FileClock extends Clock {
    private final Path file;

    FileClock(Path file) {
        this.file = file;
    }

    /** Creates the file at a London wall-clock time. */
    static FileClock at(Path file, LocalDateTime london) {
        FileClock clock = new FileClock(file);
        clock.set(london);
        return clock;
    }

    void set(LocalDateTime london) {
        try {
            Path next = Files.writeString(file.resolveSibling(file.getFileName() + ".next"),
                london.atZone(SettableClock.LONDON).toInstant().toString());
            Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Instant instant() {
        try {
            return Instant.parse(Files.readString(file).strip());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public ZoneId getZone() {
        return SettableClock.LONDON;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }
}

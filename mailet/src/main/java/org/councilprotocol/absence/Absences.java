package org.councilprotocol.absence;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.councilprotocol.enquiry.WorkingCalendar;
import org.councilprotocol.model.Absence;
import org.councilprotocol.model.AbsenceBook;
import org.councilprotocol.model.Directory;
import org.councilprotocol.model.Person;

/**
 * Who is away on a day, and who covers: the directory's planned absences first, then absences learned from
 * officers' automatic replies (which end on the day back the reply named, or when the officer sends ordinary
 * mail again). An automatic reply that names no day back counts for {@value #UNDATED_DAYS} days after the
 * latest such reply, unless the officer's own mail ends it sooner.
 *
 * <p>Whoever covers is the absence's own alternate, else the person's usual one; when that colleague is away
 * too, their alternate (a few steps at most), else the absent person's manager.
 *
 * <p>Only an absence longer than the profile's {@code min-absence-working-days} (Thanet 9.1.5: "more than
 * one working day") needs cover; an absence whose length is not known (an undated automatic reply) is taken
 * to need it, since nobody's enquiry should wait on a guess.
 */
public final class Absences implements AbsenceBook {
    /** How long an automatic reply without a day back keeps its writer away, in calendar days. */
    public static final int UNDATED_DAYS = 14;
    private static final int MAX_COVER_STEPS = 4;

    private final Directory directory;
    private final WorkingCalendar calendar;
    private final AbsenceStore learned;

    public Absences(Directory directory, WorkingCalendar calendar, AbsenceStore learned) {
        this.directory = Objects.requireNonNull(directory, "directory");
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.learned = Objects.requireNonNull(learned, "learned");
    }

    public AbsenceStore store() {
        return learned;
    }

    public WorkingCalendar calendar() {
        return calendar;
    }

    /** Where the gateway knows an absence from. */
    public enum Source {
        DIRECTORY("directory"),
        AUTO_REPLY("auto-reply");

        private final String id;

        Source(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    /**
     * An absence in force on a day.
     *
     * @param from        its first day (for a learned one, the day of the first automatic reply)
     * @param lastDay     its last day away, when known
     * @param back        the first working day back, when known
     * @param alternate   who covers: the absence's own alternate, else the person's usual one (never themselves)
     * @param workingDays its working days, when known
     */
    public record Away(Person person, LocalDate from, Optional<LocalDate> lastDay, Optional<LocalDate> back,
                       Optional<Person> alternate, Source source, Optional<Integer> workingDays) {
        public Away {
            Objects.requireNonNull(person, "person");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(lastDay, "lastDay");
            Objects.requireNonNull(back, "back");
            Objects.requireNonNull(alternate, "alternate");
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(workingDays, "workingDays");
        }

        /** Whether it is long enough to need cover: more than {@code minWorkingDays}, or of unknown length. */
        public boolean needsCover(int minWorkingDays) {
            return workingDays.map(days -> days > minWorkingDays).orElse(true);
        }
    }

    /** The absence of a person on a day, if they are away; its alternate is someone who is not away too. */
    public Optional<Away> on(Person person, LocalDate day) {
        return away(person, day).map(away -> new Away(away.person(), away.from(), away.lastDay(), away.back(),
            available(away.person(), away.alternate(), day), away.source(), away.workingDays()));
    }

    /**
     * Who covers when the alternate is away as well: their own alternate, and theirs (a few steps at most),
     * else the absent person's manager; when everyone is away, the alternate named.
     */
    private Optional<Person> available(Person absent, Optional<Person> named, LocalDate day) {
        Set<String> seen = new HashSet<>(Set.of(absent.id()));
        Optional<Person> candidate = named;
        for (int step = 0; step < MAX_COVER_STEPS && candidate.isPresent() && seen.add(candidate.get().id()); step++) {
            if (away(candidate.get(), day).isEmpty()) {
                return candidate;
            }
            candidate = candidate.get().alternate().flatMap(directory::person);
        }
        Optional<Person> manager = absent.manager().flatMap(directory::person)
            .filter(person -> !person.id().equals(absent.id()) && away(person, day).isEmpty());
        return manager.isPresent() ? manager : named;
    }

    private Optional<Away> away(Person person, LocalDate day) {
        Optional<Absence> planned = directory.absences().stream()
            .filter(absence -> absence.person().equals(person.id()) && absence.covers(day))
            .findFirst();
        if (planned.isPresent()) {
            Absence absence = planned.get();
            return Optional.of(new Away(person, absence.from(), Optional.of(absence.to()),
                Optional.of(calendar.nextWorkingDay(absence.to())),
                alternate(person, absence.alternate()), Source.DIRECTORY,
                Optional.of(calendar.workingDaysBetween(absence.from().minusDays(1), absence.to()))));
        }
        if (!person.isOfficer()) {
            return Optional.empty();
        }
        return learned.latest(person.id())
            .filter(absence -> awayOn(absence, day))
            .map(absence -> new Away(person, absence.awayFrom(), absence.back().map(back -> back.minusDays(1)), absence.back(),
                alternate(person, Optional.empty()), Source.AUTO_REPLY,
                absence.back().map(back -> calendar.workingDaysBetween(absence.awayFrom().minusDays(1), back.minusDays(1)))));
    }

    /**
     * The absence of a person on a day, planned or learned, for the enquiry reminders' cover: its alternate is
     * whoever covers (see {@link #on(Person, LocalDate)}); an absence of unknown length ends, for this, on the day.
     */
    @Override
    public Optional<Absence> on(String personId, LocalDate day) {
        return directory.person(personId).flatMap(person -> on(person, day))
            .map(away -> new Absence(personId, away.from(), away.lastDay().orElse(day), away.alternate().map(Person::id)));
    }

    private static boolean awayOn(LearnedAbsence absence, LocalDate day) {
        return absence.awayOn(day) && (absence.back().isPresent() || !day.isAfter(undatedEnd(absence)));
    }

    private static LocalDate undatedEnd(LearnedAbsence absence) {
        return WorkingCalendar.dayOfReceipt(absence.learnedAt()).plusDays(UNDATED_DAYS);
    }

    private Optional<Person> alternate(Person person, Optional<String> override) {
        return override.or(person::alternate)
            .flatMap(directory::person)
            .filter(alternate -> !alternate.id().equals(person.id()));
    }
}

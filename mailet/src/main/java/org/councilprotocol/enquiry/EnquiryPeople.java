package org.councilprotocol.enquiry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.councilprotocol.config.EnquiryConfig;
import org.councilprotocol.model.Absence;
import org.councilprotocol.model.AbsenceBook;
import org.councilprotocol.model.Directory;
import org.councilprotocol.model.Person;
import org.councilprotocol.model.Role;

/**
 * Who an enquiry's timer writes to, from the directory as it stands when the message goes (so a new
 * manager gets the overdue notice): the officer (and their alternate while they are away), the people
 * the profile's {@code overdue-copy} names, the officer's director, and the digest's readers.
 */
public final class EnquiryPeople {
    private static final int LONGEST_MANAGEMENT_CHAIN = 12;

    private final Directory directory;
    private final EnquiryConfig config;
    private final AbsenceBook absences;

    public EnquiryPeople(Directory directory, EnquiryConfig config) {
        this(directory, config, AbsenceBook.NONE);
    }

    /**
     * @param absences the absences the gateway knows (the directory's and those learned from automatic replies),
     *                asked first; the directory's own absences answer when it knows none
     */
    public EnquiryPeople(Directory directory, EnquiryConfig config, AbsenceBook absences) {
        this.directory = Objects.requireNonNull(directory, "directory");
        this.config = Objects.requireNonNull(config, "config");
        this.absences = Objects.requireNonNull(absences, "absences");
    }

    public Directory directory() {
        return directory;
    }

    public Optional<Person> person(String id) {
        return directory.person(id);
    }

    /** "Cllr Ann Smith", "Bob Jones", or the id itself for someone no longer in the directory. */
    public String name(String id) {
        return directory.person(id).map(EnquiryPeople::name).orElse(id);
    }

    static String name(Person person) {
        return (person.isMember() ? "Cllr " : "") + person.name();
    }

    /** "Bob Jones, Highways Manager (Place)". */
    public String describeOfficer(String id) {
        return directory.person(id).map(person -> person.name() + person.title().map(title -> ", " + title).orElse("")
            + person.directorate().map(name -> " (" + name + ")").orElse("")).orElse(id);
    }

    /**
     * Who covers for an officer who is away on a day (a directory absence, else one learned from their
     * automatic reply): the absence's alternate, else their usual one. Nobody once they are back.
     */
    public Optional<Person> coverFor(String officerId, LocalDate day) {
        Optional<Absence> away = absences.on(officerId, day)
            .or(() -> directory.absences().stream()
                .filter(absence -> absence.person().equals(officerId) && absence.covers(day))
                .findFirst());
        if (away.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> alternate = away.get().alternate()
            .or(() -> directory.person(officerId).flatMap(Person::alternate));
        return alternate.flatMap(directory::person).filter(person -> !person.id().equals(officerId));
    }

    /** The people the profile's {@code overdue-copy} names for an officer, without the officer. */
    public List<Person> overdueCopies(String officerId) {
        Set<Person> people = new LinkedHashSet<>();
        Optional<Person> officer = directory.person(officerId);
        for (String who : config.overdueCopy()) {
            switch (who) {
                case "manager" -> officer.flatMap(Person::manager).flatMap(directory::person).ifPresent(people::add);
                case "director" -> director(officerId).ifPresent(people::add);
                case "monitoring-officer" -> people.addAll(directory.withRole(Role.MONITORING_OFFICER));
                case "chief-executive" -> people.addAll(directory.withRole(Role.CHIEF_EXECUTIVE));
                default -> {
                    // ProfileLoader accepts only the four above.
                }
            }
        }
        people.removeIf(person -> person.id().equals(officerId));
        return List.copyOf(people);
    }

    /**
     * The director an enquiry is escalated to: the first director up the officer's management chain,
     * else a director of the officer's directorate, else the Chief Executive. A director's own overdue
     * enquiry goes to the Chief Executive.
     */
    public Optional<Person> director(String officerId) {
        Optional<Person> officer = directory.person(officerId);
        if (officer.isPresent() && !officer.get().hasRole(Role.DIRECTOR)) {
            Set<String> seen = new HashSet<>();
            Optional<Person> next = officer.flatMap(Person::manager).flatMap(directory::person);
            while (next.isPresent() && seen.add(next.get().id()) && seen.size() <= LONGEST_MANAGEMENT_CHAIN) {
                if (next.get().hasRole(Role.DIRECTOR)) {
                    return next;
                }
                next = next.get().manager().flatMap(directory::person);
            }
            Optional<String> directorate = officer.get().directorate();
            Optional<Person> ofDirectorate = directory.withRole(Role.DIRECTOR).stream()
                .filter(director -> directorate.isPresent() && director.directorate().equals(directorate))
                .findFirst();
            if (ofDirectorate.isPresent()) {
                return ofDirectorate;
            }
        }
        return directory.withRole(Role.CHIEF_EXECUTIVE).stream()
            .filter(person -> !person.id().equals(officerId))
            .findFirst();
    }

    /** Whom to suggest for advice: the member liaison officer, else the Monitoring Officer. */
    public Optional<Person> adviser() {
        return directory.withRole(Role.MEMBER_LIAISON).stream().findFirst()
            .or(() -> directory.withRole(Role.MONITORING_OFFICER).stream().findFirst());
    }

    /**
     * A reader of the weekly digest: the Chief Executive reads every directorate's enquiries, a director
     * their own directorate's (every directorate's when the directory gives them none).
     */
    public record DigestReader(Person person, Optional<String> directorate) {
    }

    /**
     * The digest's readers: Chief Executive and directors. With neither in the directory, the
     * Monitoring Officer reads the whole digest, so it still reaches someone answerable.
     */
    public List<DigestReader> digestReaders() {
        List<DigestReader> readers = new ArrayList<>();
        directory.withRole(Role.CHIEF_EXECUTIVE).forEach(person -> readers.add(new DigestReader(person, Optional.empty())));
        directory.withRole(Role.DIRECTOR).stream()
            .filter(person -> !person.hasRole(Role.CHIEF_EXECUTIVE))
            .forEach(person -> readers.add(new DigestReader(person, person.directorate())));
        if (readers.isEmpty()) {
            directory.withRole(Role.MONITORING_OFFICER)
                .forEach(person -> readers.add(new DigestReader(person, Optional.empty())));
        }
        return readers;
    }
}

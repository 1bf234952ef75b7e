package org.councilprotocol.enquiry;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.Set;

import org.councilprotocol.config.CouncilConfig;
import org.councilprotocol.config.EnquiryConfig;
import org.councilprotocol.model.Directory;
import org.councilprotocol.model.Nation;

/**
 * The fictional Northbrook District Council for enquiry-timer tests (test resource
 * {@code enquiry/northbrook}): Thanet's protocol, two directorates (Place under Carol White, People
 * under Peter Hughes), a Chief Executive, a Monitoring Officer and a member liaison officer. Profiles:
 * {@code northbrook} (Thanet's timers), {@code northbrook-closed} (closed 29–31 December 2026) and
 * {@code northbrook-copies} (reminder on the due day, overdue copied to the Monitoring Officer too,
 * escalation after 3 working days, digest on Fridays).
 */
final class EnquiryCouncil {
    // Members
    static final String ANN = "cllr-ann-smith";
    static final String RAJ = "cllr-raj-patel";
    static final String MARY = "cllr-mary-jones";
    // Officers
    static final String BOB = "bob-jones";            // Highways Manager, Place; manager Carol White; alternate Dan Green
    static final String DAN = "dan-green";            // Highways Officer, Place; manager Bob Jones
    static final String CAROL = "carol-white";        // Director of Place
    static final String LUCY = "lucy-brown";          // Housing Options Manager, People; manager Peter Hughes
    static final String PETER = "peter-hughes";       // Director of People
    static final String SARAH = "sarah-khan";         // Chief Executive
    static final String HELEN = "helen-ward";         // Monitoring Officer
    static final String PRIYA = "priya-shah";         // Member Services Officer (member liaison)

    static final String BOB_MAIL = "bob.jones@northbrook.gov.uk";
    static final String DAN_MAIL = "dan.green@northbrook.gov.uk";
    static final String CAROL_MAIL = "carol.white@northbrook.gov.uk";
    static final String LUCY_MAIL = "lucy.brown@northbrook.gov.uk";
    static final String PETER_MAIL = "peter.hughes@northbrook.gov.uk";
    static final String SARAH_MAIL = "sarah.khan@northbrook.gov.uk";
    static final String HELEN_MAIL = "helen.ward@northbrook.gov.uk";

    private EnquiryCouncil() {
    }

    static CouncilConfig config(String profile) {
        URL directory = EnquiryCouncil.class.getResource("/enquiry/northbrook/directory.yaml");
        if (directory == null) {
            throw new IllegalStateException("test resource enquiry/northbrook/directory.yaml is missing");
        }
        try {
            return CouncilConfig.load(Path.of(directory.toURI()).getParent(), Optional.of(profile), Set.of());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static CouncilConfig northbrook() {
        return config("northbrook");
    }

    static EnquiryConfig enquiries(CouncilConfig config) {
        return config.profile().enquiries().orElseThrow();
    }

    static EnquiryTimers timers(CouncilConfig config) {
        return EnquiryTimers.of(config.directory().nation(), enquiries(config));
    }

    /** The same council in Scotland, for Scotland's bank holidays. */
    static Directory inScotland(Directory directory) {
        return new Directory(directory.council(), directory.defaultProfile(), Nation.SCOTLAND, directory.domains(),
            directory.people(), directory.absences());
    }

    /** A London wall-clock time as an instant. */
    static Instant london(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(WorkingCalendar.LONDON).toInstant();
    }

    static LocalDate date(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }
}

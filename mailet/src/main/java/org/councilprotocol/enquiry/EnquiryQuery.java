package org.councilprotocol.enquiry;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.councilprotocol.enquiry.EnquiryFilter.Listing;
import org.councilprotocol.model.Directory;
import org.councilprotocol.model.Person;

/**
 * A request for a list of enquiries as IT or the Monitoring Officer types it into a URL, e.g.
 * {@code ?status=overdue&directorate=Place&from=2026-11-01&format=csv}, read into an {@link EnquiryFilter}.
 * People are named by directory id or by e-mail address. A parameter we do not know, or a value we cannot
 * read, is refused with a message that says which and what is expected: a typo such as {@code offcer=}
 * silently listing every enquiry would mislead whoever reads the list.
 *
 * @param limited whether the request asked for one page ({@code limit} or {@code offset}); a CSV export
 *                without either holds every enquiry that matches
 */
public record EnquiryQuery(EnquiryFilter filter, Format format, boolean limited) {
    public static final Set<String> PARAMETERS = Set.of("status", "officer", "directorate", "member", "from", "to",
        "limit", "offset", "format");

    /** How the list is written. */
    public enum Format {
        JSON, CSV
    }

    /** A query that cannot be answered, with the reason in words for the person who typed it. */
    public static final class Invalid extends Exception {
        private static final long serialVersionUID = 1L;

        public Invalid(String message) {
            super(message);
        }
    }

    /**
     * @param parameters the query string's parameters, each with its values
     * @param directory  to find people named by address and to check ids
     * @param today      the London day "overdue" is judged against
     */
    public static EnquiryQuery parse(Map<String, List<String>> parameters, Directory directory, LocalDate today)
            throws Invalid {
        Set<String> unknown = new TreeSet<>(parameters.keySet());
        unknown.removeAll(PARAMETERS);
        if (!unknown.isEmpty()) {
            throw new Invalid("unknown parameter " + String.join(", ", unknown) + "; use " + String.join(", ",
                new TreeSet<>(PARAMETERS)));
        }
        EnquiryFilter filter = EnquiryFilter.all(today);
        Optional<String> status = single(parameters, "status");
        if (status.isPresent() && !status.get().equals("all")) {
            filter = filter.listing(Listing.byId(status.get()).orElseThrow(() -> new Invalid("status must be one of "
                + "all, open, overdue, on-time, closed, complaint; not " + status.get())));
        }
        Optional<String> officer = single(parameters, "officer");
        if (officer.isPresent()) {
            filter = filter.officer(person(officer.get(), "officer", directory));
        }
        Optional<String> member = single(parameters, "member");
        if (member.isPresent()) {
            filter = filter.member(person(member.get(), "member", directory));
        }
        Optional<String> directorate = single(parameters, "directorate");
        if (directorate.isPresent()) {
            filter = filter.directorate(directorate.get());
        }
        Optional<LocalDate> from = date(parameters, "from");
        Optional<LocalDate> to = date(parameters, "to");
        if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
            throw new Invalid("to (" + to.get() + ") is before from (" + from.get() + ")");
        }
        if (from.isPresent()) {
            filter = filter.from(from.get());
        }
        if (to.isPresent()) {
            filter = filter.to(to.get());
        }
        Format format = switch (single(parameters, "format").orElse("json")) {
            case "json" -> Format.JSON;
            case "csv" -> Format.CSV;
            default -> throw new Invalid("format must be json or csv");
        };
        Optional<Integer> limit = number(parameters, "limit", 1, EnquiryFilter.MAX_LIMIT);
        Optional<Integer> offset = number(parameters, "offset", 0, Integer.MAX_VALUE);
        return new EnquiryQuery(filter.page(limit.orElse(EnquiryFilter.DEFAULT_LIMIT), offset.orElse(0)), format,
            limit.isPresent() || offset.isPresent());
    }

    private static Optional<String> single(Map<String, List<String>> parameters, String name) throws Invalid {
        List<String> values = parameters.getOrDefault(name, List.of());
        if (values.size() > 1) {
            throw new Invalid(name + " is given " + values.size() + " times; give it once");
        }
        if (values.isEmpty()) {
            return Optional.empty();
        }
        String value = values.get(0).strip();
        if (value.isEmpty()) {
            throw new Invalid(name + " is empty");
        }
        return Optional.of(value);
    }

    /** A person's id, from an id or any of their addresses. */
    private static String person(String named, String parameter, Directory directory) throws Invalid {
        Optional<Person> person = named.contains("@") ? directory.byAddress(named) : directory.person(named);
        return person.map(Person::id).orElseThrow(() -> new Invalid(parameter + " " + named
            + " is not in the directory; give a person's id (bob-jones) or address"));
    }

    private static Optional<LocalDate> date(Map<String, List<String>> parameters, String name) throws Invalid {
        Optional<String> value = single(parameters, name);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value.get()));
        } catch (DateTimeParseException e) {
            throw new Invalid(name + " must be a date such as 2026-11-30, not " + value.get());
        }
    }

    private static Optional<Integer> number(Map<String, List<String>> parameters, String name, int least, int most)
            throws Invalid {
        Optional<String> value = single(parameters, name);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            int number = Integer.parseInt(value.get());
            if (number >= least && number <= most) {
                return Optional.of(number);
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new Invalid(name + " must be a whole number from " + least + " to " + most + ", not " + value.get());
    }
}

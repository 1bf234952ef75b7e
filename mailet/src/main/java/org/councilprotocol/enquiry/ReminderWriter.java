package org.councilprotocol.enquiry;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.councilprotocol.config.EnquiryConfig;
import org.councilprotocol.config.Profile;
import org.councilprotocol.config.RuleConfig;
import org.councilprotocol.enquiry.EnquiryPeople.DigestReader;
import org.councilprotocol.enquiry.EnquiryTimers.Step;
import org.councilprotocol.model.Person;

/**
 * Writes what an enquiry's timer sends, in plain British English. Like every notice from the gateway,
 * each message says what happened, why (the profile's clause and, in plain words, what it asks), and
 * what to do next: send a full answer in the enquiry's thread, or a holding reply that gives the reason
 * for the delay, the action being taken and a new date.
 */
public final class ReminderWriter {
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    /** The most enquiries a digest lists in each section; the rest are counted. */
    static final int DIGEST_LINES = 50;
    private static final String HOLDING_RULE = "holding-reply-incomplete";
    private static final String OUT_OF_OFFICE_RULE = "ooo-no-alternate";

    private final EnquiryPeople people;
    private final Profile profile;
    private final EnquiryConfig config;
    private final WorkingCalendar calendar;
    private final String domain;

    /**
     * @param profile the profile in force; its {@code enquiries} section must be the one {@code timers} use
     */
    public ReminderWriter(EnquiryPeople people, Profile profile, EnquiryTimers timers) {
        this.people = Objects.requireNonNull(people, "people");
        this.profile = Objects.requireNonNull(profile, "profile");
        this.config = timers.config();
        this.calendar = timers.calendar();
        List<String> domains = people.directory().domains();
        this.domain = domains.isEmpty() ? "council-protocol.invalid" : domains.get(0);
    }

    /**
     * The message for one step of a timer sent on {@code day}; empty when it is superseded: a reminder
     * before a date that has already passed (the overdue notice, due too, says what matters).
     */
    public Optional<Reminder> write(Enquiry enquiry, Step step, LocalDate day) {
        return switch (step.kind()) {
            case REMINDER -> day.isAfter(step.about()) ? Optional.empty() : Optional.of(reminder(enquiry, day));
            case DEADLINE_REMINDER -> day.isAfter(step.about()) ? Optional.empty()
                : Optional.of(deadlineReminder(enquiry, step.about(), day));
            case OVERDUE -> Optional.of(overdue(enquiry, day));
            case ESCALATION -> Optional.of(escalation(enquiry, day));
            case DIGEST -> throw new IllegalArgumentException("the digest is written by digest(...)");
        };
    }

    // ---- the four messages about one enquiry

    Reminder reminder(Enquiry enquiry, LocalDate day) {
        String member = people.name(enquiry.memberId());
        String when = inHowLong(day, enquiry.due());
        String body = "What happened\n"
            + member + "'s enquiry " + quoted(enquiry) + " (" + enquiry.reference() + ") reached you on "
            + format(enquiry.receivedOn()) + ". A full answer is due by " + format(enquiry.due()) + ", " + when
            + ". The gateway has not yet seen a full answer in the enquiry's email thread.\n"
            + memberAsked(enquiry, member) + lastReply(enquiry) + cover(enquiry, day)
            + "\n" + why() + "\nWhat to do next\n"
            + "- Send " + member + " a full answer by " + format(enquiry.due()) + ", replying in the enquiry's email "
            + "thread so that the gateway sees it and stops these reminders.\n"
            + holdingAdvice("by then") + complaintAdvice(member)
            + closing(enquiry);
        return new Reminder(ReminderKind.REMINDER, Optional.of(enquiry.reference()), officerAndCover(enquiry, day),
            List.of(), "Reminder: enquiry " + enquiry.reference() + " from " + member + " is due by " + format(enquiry.due()),
            body, messageId(enquiry, ReminderKind.REMINDER, enquiry.due()), Optional.of(enquiry.messageId()));
    }

    Reminder deadlineReminder(Enquiry enquiry, LocalDate stated, LocalDate day) {
        String member = people.name(enquiry.memberId());
        String body = "What happened\n"
            + member + "'s enquiry " + quoted(enquiry) + " (" + enquiry.reference() + ") reached you on "
            + format(enquiry.receivedOn()) + ". " + member + " asked for an answer by " + format(stated) + ", "
            + inHowLong(day, stated) + ". The protocol's own target for a full answer is " + format(enquiry.due())
            + ". The gateway has not yet seen a full answer in the enquiry's email thread.\n" + lastReply(enquiry)
            + cover(enquiry, day)
            + "\n" + why() + "\nWhat to do next\n"
            + "- If you can, send " + member + " a full answer by " + format(stated) + ", replying in the enquiry's "
            + "email thread.\n"
            + "- If that date cannot be met, tell " + member + " in a reply in the thread, giving the reason, what is "
            + "being done, and when the full answer will come. The full answer is still due by " + format(enquiry.due())
            + " unless your reply gives a later date.\n"
            + complaintAdvice(member)
            + closing(enquiry);
        return new Reminder(ReminderKind.DEADLINE_REMINDER, Optional.of(enquiry.reference()),
            officerAndCover(enquiry, day), List.of(),
            "Reminder: " + member + " asked for an answer to " + enquiry.reference() + " by " + format(stated),
            body, messageId(enquiry, ReminderKind.DEADLINE_REMINDER, stated), Optional.of(enquiry.messageId()));
    }

    Reminder overdue(Enquiry enquiry, LocalDate day) {
        String member = people.name(enquiry.memberId());
        String officer = people.name(enquiry.officerId());
        List<Person> copies = people.overdueCopies(enquiry.officerId());
        String copied = copies.isEmpty() ? ""
            : " " + join(copies.stream().map(EnquiryPeople::name).toList()) + " " + (copies.size() == 1 ? "is" : "are")
                + " copied, as the council's arrangements for overdue enquiries ask.";
        LocalDate escalation = calendar.addWorkingDays(enquiry.due(), config.escalateAfter());
        String director = people.director(enquiry.officerId()).map(EnquiryPeople::name).orElse("the director");
        String body = "What happened\n"
            + member + "'s enquiry " + quoted(enquiry) + " (" + enquiry.reference() + ") reached "
            + people.describeOfficer(enquiry.officerId()) + ", on " + format(enquiry.receivedOn()) + ". A full answer was "
            + "due by " + format(enquiry.due()) + ", and the gateway has not seen one in the enquiry's email thread, nor "
            + "a holding reply giving a later date." + copied + "\n"
            + memberAsked(enquiry, member) + lastReply(enquiry) + unknownOfficer(enquiry) + cover(enquiry, day)
            + "\n" + why() + "\nWhat to do next\n"
            + "- " + officer + ": send " + member + " a full answer today, replying in the enquiry's email thread.\n"
            + holdingAdvice("today")
            + "- If " + member + " has already had a full answer some other way (by phone, or in a separate email), "
            + "reply in the thread to say so, so that the record is complete.\n"
            + (copies.isEmpty() ? "" : "- " + join(copies.stream().map(EnquiryPeople::name).toList())
                + ": please make sure this happens.\n")
            + "- If nothing has reached " + member + " by " + format(escalation) + ", the enquiry will be raised with "
            + director + ".\n"
            + closing(enquiry);
        List<String> cc = new ArrayList<>(addresses(copies));
        return new Reminder(ReminderKind.OVERDUE, Optional.of(enquiry.reference()), officerAndCover(enquiry, day),
            without(cc, officerAndCover(enquiry, day)),
            "Overdue: enquiry " + enquiry.reference() + " from " + member + " was due by " + format(enquiry.due()),
            body, messageId(enquiry, ReminderKind.OVERDUE, enquiry.due()), Optional.of(enquiry.messageId()));
    }

    Reminder escalation(Enquiry enquiry, LocalDate day) {
        String member = people.name(enquiry.memberId());
        String officer = people.name(enquiry.officerId());
        int late = Math.max(1, calendar.workingDaysBetween(enquiry.due(), day));
        Optional<Person> director = people.director(enquiry.officerId());
        List<Person> copies = people.overdueCopies(enquiry.officerId());
        LocalDate overdueNotice = calendar.nextWorkingDay(enquiry.due());
        String noticeWent = "An overdue notice went to " + join(concat(officer,
            copies.stream().map(EnquiryPeople::name).toList())) + " on " + format(overdueNotice) + ".";
        String body = "What happened\n"
            + member + "'s enquiry " + quoted(enquiry) + " (" + enquiry.reference() + ") to "
            + people.describeOfficer(enquiry.officerId()) + ", reached the council on " + format(enquiry.receivedOn())
            + ". A full answer was due by " + format(enquiry.due()) + " and it is now " + late + " working "
            + (late == 1 ? "day" : "days") + " overdue. " + noticeWent + " The gateway has still not seen a full answer "
            + "in the enquiry's email thread, nor a holding reply giving a later date.\n"
            + memberAsked(enquiry, member) + lastReply(enquiry) + unknownOfficer(enquiry)
            + (director.isEmpty() ? "The directory names no director or Chief Executive for this officer, so this "
                + "escalation has gone to the postmaster: please pass it to whoever is answerable.\n" : "")
            + "\n" + why() + "\nWhat to do next\n"
            + "- Please make sure " + member + " gets a full answer without further delay, from " + officer
            + " or from someone else who can answer, or at least a holding reply that gives the reason for the delay, "
            + "what is being done, and the date by which the full answer will be sent.\n"
            + "- Replies should go in the enquiry's email thread (subject " + quoted(enquiry) + ") so that the "
            + "gateway sees them and stops the timer.\n"
            + closing(enquiry);
        List<String> to = director.map(person -> List.of(person.primaryAddress())).orElse(List.of());
        Set<String> cc = new LinkedHashSet<>(officerAndCover(enquiry, day));
        copies.stream().filter(person -> director.isEmpty() || !person.id().equals(director.get().id()))
            .map(Person::primaryAddress).forEach(cc::add);
        return new Reminder(ReminderKind.ESCALATION, Optional.of(enquiry.reference()), to, without(List.copyOf(cc), to),
            "Escalated: enquiry " + enquiry.reference() + " from " + member + " is " + late + " working "
                + (late == 1 ? "day" : "days") + " overdue",
            body, messageId(enquiry, ReminderKind.ESCALATION, enquiry.due()), Optional.of(enquiry.messageId()));
    }

    // ---- the weekly digest

    /** What a digest lists: counts, and the first enquiries of each kind, earliest due first. */
    public record DigestContents(int open, int overdue, List<Enquiry> overdueEnquiries, List<Enquiry> onTimeEnquiries) {
        public DigestContents {
            overdueEnquiries = List.copyOf(overdueEnquiries);
            onTimeEnquiries = List.copyOf(onTimeEnquiries);
        }
    }

    /** The digest of the week of {@code week} for one reader, sent on {@code day}. */
    public Reminder digest(LocalDate week, LocalDate day, DigestReader reader, DigestContents contents) {
        String scope = reader.directorate().map(name -> "to officers in " + name).orElse("across the council");
        StringBuilder body = new StringBuilder("What this is\n")
            .append("The members' enquiries ").append(scope).append(" still open on ").append(format(day)).append(": ")
            .append(contents.open()).append(contents.open() == 1 ? " enquiry" : " enquiries").append(", of which ")
            .append(contents.overdue()).append(contents.overdue() == 1 ? " is" : " are").append(" overdue.\n");
        if (contents.open() == 0) {
            body.append("There is nothing to chase this week.\n");
        }
        section(body, "Overdue, most overdue first", contents.overdueEnquiries(), contents.overdue(), day);
        section(body, "Open and not yet due", contents.onTimeEnquiries(), contents.open() - contents.overdue(), day);
        body.append("\nWhy you receive this\n- ").append(config.clause()).append(": ").append(config.requires())
            .append('\n')
            .append("\nWhat to do next\n");
        if (contents.overdue() > 0) {
            body.append("- For each overdue enquiry, make sure the officer sends the member a full answer, or a holding "
                + "reply that gives the reason for the delay, what is being done, and the date by which the full answer "
                + "will be sent.\n");
        }
        body.append("- Nothing, for enquiries not yet due: their officers are reminded before the due date.\n");
        body.append(closingText("the digest of " + format(week)));
        String subject = "Weekly digest of members' enquiries" + reader.directorate().map(name -> " (" + name + ")").orElse("")
            + ": " + contents.open() + " open, " + contents.overdue() + " overdue, " + format(day);
        return new Reminder(ReminderKind.DIGEST, Optional.empty(), List.of(reader.person().primaryAddress()), List.of(),
            subject, body.toString(), "<digest." + week + "." + safe(reader.person().id()) + "@" + domain + ">",
            Optional.empty());
    }

    private void section(StringBuilder body, String title, List<Enquiry> listed, int total, LocalDate day) {
        if (total <= 0) {
            return;
        }
        body.append('\n').append(title).append(" (").append(total).append(")\n");
        for (Enquiry enquiry : listed) {
            body.append("- ").append(enquiry.reference()).append(", due ").append(format(enquiry.due()));
            if (enquiry.isOverdue(day)) {
                int late = Math.max(1, calendar.workingDaysBetween(enquiry.due(), day));
                body.append(" (").append(late).append(late == 1 ? " working day" : " working days").append(" overdue)");
            }
            body.append(": ").append(people.describeOfficer(enquiry.officerId())).append(", from ")
                .append(people.name(enquiry.memberId())).append(", ").append(quoted(enquiry)).append('\n');
        }
        if (total > listed.size()) {
            body.append("- and ").append(total - listed.size()).append(" more, in the gateway's list of enquiries.\n");
        }
    }

    // ---- pieces

    private String why() {
        StringBuilder text = new StringBuilder("Why\n- ").append(config.clause()).append(": ").append(config.requires())
            .append('\n');
        holdingRule().ifPresent(rule -> text.append("- ").append(rule.clause()).append(": ").append(rule.requires())
            .append('\n'));
        return text.toString();
    }

    /**
     * While the officer is away (a directory absence, or one learned from their automatic reply), the enquiry's
     * messages go to whoever covers as well, and say so; once the officer is back they go to the officer alone.
     */
    private String cover(Enquiry enquiry, LocalDate day) {
        Optional<Person> cover = people.coverFor(enquiry.officerId(), day);
        if (cover.isEmpty()) {
            return "";
        }
        String officer = people.name(enquiry.officerId());
        String clause = profile.rule(OUT_OF_OFFICE_RULE).map(rule -> " (" + rule.clause() + ")").orElse("");
        return officer + " is away, so this goes to " + EnquiryPeople.name(cover.get()) + ", who covers for them" + clause
            + ", as well: " + EnquiryPeople.name(cover.get()) + ", please see that the enquiry is answered on time, "
            + "replying in its email thread.\n";
    }

    private Optional<RuleConfig> holdingRule() {
        return profile.rule(HOLDING_RULE);
    }

    private String holdingAdvice(String when) {
        String clause = holdingRule().map(rule -> " (" + rule.clause() + ")").orElse("");
        return "- If a full answer cannot be ready " + when + ", send a holding reply" + clause + " in the thread that says "
            + "why it is delayed, what is being done about it, and the date by which the full answer will be sent. "
            + "That date becomes the enquiry's new due date.\n";
    }

    private String complaintAdvice(String member) {
        return config.complaints().map(complaints -> "- If the enquiry is really a complaint from a constituent, it "
            + "goes through the council's complaints procedure instead (" + complaints.clause() + "): pass it on, and "
            + "tell " + member + " so in a reply in the thread.\n").orElse("");
    }

    private String memberAsked(Enquiry enquiry, String member) {
        String text = enquiry.statedDeadline().filter(date -> !date.equals(enquiry.due()))
            .map(date -> member + " asked for an answer by " + format(date) + ". ").orElse("");
        if (enquiry.urgent()) {
            text += member + " asked for it urgently. ";
        }
        return text.isEmpty() ? "" : text.strip() + "\n";
    }

    private String lastReply(Enquiry enquiry) {
        if (enquiry.lastReplyKind().isEmpty() || enquiry.lastReplyAt().isEmpty()) {
            return "";
        }
        String on = format(WorkingCalendar.dayOfReceipt(enquiry.lastReplyAt().get()));
        return switch (enquiry.lastReplyKind().get()) {
            case HOLDING -> enquiry.due().equals(calendar.addWorkingDays(enquiry.receivedOn(), config.workingDays()))
                ? "The latest reply in the thread, on " + on + ", was a holding reply; the due date is still "
                    + format(enquiry.due()) + ".\n"
                : "The latest reply in the thread, on " + on + ", was a holding reply that moved the due date to "
                    + format(enquiry.due()) + ".\n";
            case ACKNOWLEDGEMENT -> "The latest reply in the thread, on " + on + ", acknowledged the enquiry; an "
                + "acknowledgement does not stop the clock.\n";
            case SUBSTANTIVE -> "";
        };
    }

    private String unknownOfficer(Enquiry enquiry) {
        return people.person(enquiry.officerId()).isPresent() ? ""
            : "The officer (" + enquiry.officerId() + ") is no longer in the council's directory, so this has gone to "
                + "the postmaster: please pass it to whoever now handles the enquiry.\n";
    }

    /** The officer, and whoever covers for them while they are away. */
    private List<String> officerAndCover(Enquiry enquiry, LocalDate day) {
        List<String> to = new ArrayList<>();
        people.person(enquiry.officerId()).ifPresent(person -> to.add(person.primaryAddress()));
        people.coverFor(enquiry.officerId(), day).ifPresent(person -> to.add(person.primaryAddress()));
        return to;
    }

    private String closing(Enquiry enquiry) {
        return closingText("enquiry " + enquiry.reference());
    }

    private String closingText(String what) {
        String contact = people.adviser().map(person -> person.name() + " <" + person.primaryAddress() + ">")
            .orElse("the Monitoring Officer");
        String protocol = profile.protocol().isBlank() ? "member/officer protocol" : profile.protocol();
        return "\nIf you think this is wrong, or need advice, contact " + contact + ".\n\n-- \n"
            + "Sent automatically by " + people.directory().council() + "'s mail gateway, which applies the council's "
            + protocol + ". This message is about " + what + ".\n";
    }

    private String inHowLong(LocalDate day, LocalDate date) {
        int days = calendar.workingDaysBetween(day, date);
        if (days <= 0) {
            return date.equals(day) ? "which is today" : "which has passed";
        }
        return days == 1 ? "which is the next working day" : "in " + days + " working days' time";
    }

    private String messageId(Enquiry enquiry, ReminderKind kind, LocalDate about) {
        return "<" + enquiry.reference() + "." + kind.id() + "." + about + "@" + domain + ">";
    }

    private static String quoted(Enquiry enquiry) {
        String subject = enquiry.subject().isBlank() ? "(no subject)" : enquiry.subject().strip();
        return "\"" + subject + "\"";
    }

    static String format(LocalDate date) {
        return DAY.format(date);
    }

    private static List<String> addresses(List<Person> people) {
        return people.stream().map(Person::primaryAddress).toList();
    }

    private static List<String> without(List<String> addresses, List<String> already) {
        return addresses.stream().filter(address -> already.stream().noneMatch(address::equalsIgnoreCase)).distinct().toList();
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> all = new ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all;
    }

    private static String join(List<String> names) {
        if (names.isEmpty()) {
            return "nobody";
        }
        return names.size() == 1 ? names.get(0)
            : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    private static String safe(String id) {
        return id.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}

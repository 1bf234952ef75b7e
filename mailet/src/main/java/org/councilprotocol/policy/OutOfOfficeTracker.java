package org.councilprotocol.policy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.councilprotocol.absence.AbsenceStore;
import org.councilprotocol.absence.Absences;
import org.councilprotocol.absence.AlternativeContacts;
import org.councilprotocol.absence.AutoReplies;
import org.councilprotocol.absence.MailOrigin;
import org.councilprotocol.config.CouncilConfig;
import org.councilprotocol.config.RuleConfig;
import org.councilprotocol.detect.MessageContext;
import org.councilprotocol.enquiry.ReturnDate;
import org.councilprotocol.enquiry.StatedDeadlines;
import org.councilprotocol.enquiry.WorkingCalendar;
import org.councilprotocol.model.AbsenceBook;
import org.councilprotocol.model.Correspondence;
import org.councilprotocol.model.Finding;
import org.councilprotocol.model.Participant;
import org.councilprotocol.model.Person;
import org.councilprotocol.model.SenderKind;
import org.councilprotocol.model.Verdict;
import org.councilprotocol.store.StateStore;

/**
 * Out-of-office cover (the profile's {@code ooo-no-alternate} rule, Thanet 9.1.5: an officer away for more
 * than a working day has a colleague check their mail, and their out-of-office reply gives an alternative
 * contact). As mail passes:
 * <ul>
 *   <li>an officer's automatic reply records their absence until the day back it names; if it names no one
 *       else to contact, the {@code ooo-no-alternate} finding, and the alternate (or else their manager) is
 *       added to its text;</li>
 *   <li>the officer's ordinary mail ends an absence so learned: they are back;</li>
 *   <li>a member's own message to an officer away long enough to need cover also goes, openly (Cc), to the
 *       officer's alternate, and the member is told once per absence who is covering and until when.</li>
 * </ul>
 * Nothing is ever sent in answer to an automatic reply, a bounce, list mail or a notice (RFC 3834), and such
 * mail is not copied to alternates: no person is waiting on it. A profile without the rule does none of this.
 */
public final class OutOfOfficeTracker {
    public static final String RULE = "ooo-no-alternate";
    static final String MIN_ABSENCE = "min-absence-working-days";
    private static final int DEFAULT_MIN_ABSENCE = 1;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK);

    private final Optional<RuleConfig> rule;
    private final Absences absences;
    private final StatedDeadlines returns;
    private final int minWorkingDays;

    public OutOfOfficeTracker(CouncilConfig config, StateStore state) {
        Objects.requireNonNull(config, "config");
        this.rule = config.profile().rule(RULE).filter(RuleConfig::enabled);
        WorkingCalendar calendar = config.profile().enquiries()
            .map(section -> WorkingCalendar.of(config.directory().nation(), section))
            .orElseGet(() -> WorkingCalendar.of(config.directory().nation()));
        this.absences = new Absences(config.directory(), calendar, AbsenceStore.on(state));
        this.returns = new StatedDeadlines(calendar);
        this.minWorkingDays = rule.flatMap(enabled -> enabled.parameters().optionalInt(MIN_ABSENCE)).orElse(DEFAULT_MIN_ABSENCE);
    }

    /** Whether the profile applies the rule at all. */
    public boolean active() {
        return rule.isPresent();
    }

    /**
     * The absences the gateway knows (the directory's and those learned from automatic replies) with whoever
     * covers, for the enquiry reminders; nothing beyond the directory when the rule is off.
     */
    public AbsenceBook absences() {
        return active() ? absences : AbsenceBook.NONE;
    }

    /**
     * What out-of-office cover did with one message (the {@code outOfOffice} object of the check output).
     *
     * @param autoReply         whether it is an automatic reply
     * @param alternateInserted who was added as the alternative contact to an automatic reply that gave none
     * @param absent            the people the message concerns who are away: its officer recipients, or the
     *                          writer of an automatic reply
     * @param alternatesCopied  the alternates the message also goes to
     * @param copies            their addresses, for the envelope and the Cc header
     * @param contact           the sentence to add to the automatic reply
     */
    public record Covered(boolean autoReply, Optional<String> alternateInserted, List<String> absent,
                          List<String> alternatesCopied, List<String> copies, Optional<String> contact,
                          List<Decision.Header> headers, List<Notice> notices, List<Finding> findings) {
        public Covered {
            Objects.requireNonNull(alternateInserted, "alternateInserted");
            Objects.requireNonNull(contact, "contact");
            absent = List.copyOf(absent);
            alternatesCopied = List.copyOf(alternatesCopied);
            copies = List.copyOf(copies);
            headers = List.copyOf(headers);
            notices = List.copyOf(notices);
            findings = List.copyOf(findings);
        }
    }

    /**
     * Applies cover to one classified message; empty-handed when the profile has no such rule.
     *
     * @param verdict the verdict the other rules reached: a returned ({@code block}) message is copied to nobody
     *                and a held one tells the member nothing yet (the held-letter notice says what happened)
     */
    public Optional<Covered> track(MessageContext context, String messageId, String subject, Verdict verdict) {
        if (rule.isEmpty()) {
            return Optional.empty();
        }
        Correspondence correspondence = context.correspondence();
        MailOrigin origin = AutoReplies.origin(context.submission().message(), subject,
            context.submission().envelopeSender(), correspondence.sender().address());
        Instant at = context.submission().receivedAt();
        LocalDate day = WorkingCalendar.dayOfReceipt(at);
        Optional<Person> sender = correspondence.senderPerson();
        if (sender.isPresent() && sender.get().isOfficer() && correspondence.senderKind() == SenderKind.OFFICER) {
            if (origin == MailOrigin.AUTO_REPLY) {
                return Optional.of(autoReply(context, sender.get(), messageId, subject, day, at));
            }
            if (origin == MailOrigin.PERSON) {
                absences.store().returned(sender.get().id(), day, at);
            }
            return Optional.of(nothing(origin));
        }
        if (sender.isPresent() && sender.get().isMember() && correspondence.senderKind() == SenderKind.MEMBER) {
            return Optional.of(memberMail(context, sender.get(), origin, verdict, messageId, subject, day, at));
        }
        return Optional.of(nothing(origin));
    }

    private static Covered nothing(MailOrigin origin) {
        return new Covered(origin == MailOrigin.AUTO_REPLY, Optional.empty(), List.of(), List.of(), List.of(),
            Optional.empty(), List.of(), List.of(), List.of());
    }

    private Covered autoReply(MessageContext context, Person officer, String messageId, String subject, LocalDate day,
                              Instant at) {
        String text = context.text().authorText();
        Optional<ReturnDate> back = returns.findReturn(text, day);
        Optional<Absences.Away> planned = absences.on(officer, day)
            .filter(away -> away.source() == Absences.Source.DIRECTORY);
        if (planned.isEmpty()) {
            absences.store().learn(officer.id(), day, back.map(ReturnDate::back), messageId, at);
        }
        Optional<Absences.Away> away = absences.on(officer, day);
        RuleConfig config = rule.orElseThrow();
        Optional<String> named = AlternativeContacts.named(text, Optional.of(officer), context.directory());
        List<String> absent = away.map(a -> List.of(officer.id())).orElse(List.of());
        StringBuilder header = new StringBuilder(officer.id()).append("; auto-reply");
        away.flatMap(Absences.Away::back).ifPresent(date -> header.append("; back=").append(date));
        if (named.isPresent()) {
            header.append("; alternative-named=yes");
            return new Covered(true, Optional.empty(), absent, List.of(), List.of(), Optional.empty(),
                List.of(new Decision.Header(Decision.COVER, header.append(clause(config)).toString())), List.of(), List.of());
        }
        Optional<Person> alternate = away.flatMap(Absences.Away::alternate)
            .or(() -> officer.alternate().flatMap(context.directory()::person))
            .or(() -> officer.manager().flatMap(context.directory()::person))
            .filter(person -> !person.id().equals(officer.id()));
        Optional<String> contact = alternate.map(OutOfOfficeTracker::contactSentence);
        alternate.ifPresentOrElse(person -> header.append("; alternate=").append(person.id()).append("; inserted=yes"),
            () -> header.append("; alternate=none"));
        String quoted = subject == null || subject.isBlank() ? "(no subject)" : subject;
        String summary = officer.name() + "'s out-of-office reply names no alternative contact; "
            + alternate.map(person -> describe(person) + " was added to it").orElse("the directory names nobody to add");
        List<String> evidence = new ArrayList<>();
        evidence.add("Subject: " + quoted);
        back.ifPresent(date -> evidence.add(date.phrase()));
        Finding finding = new Finding(RULE, config.action(), config.clause(), summary, evidence, List.of(officer.id()));
        return new Covered(true, alternate.map(Person::id), absent, List.of(), List.of(), contact,
            List.of(new Decision.Header(Decision.COVER, header.append(clause(config)).toString())), List.of(), List.of(finding));
    }

    private Covered memberMail(MessageContext context, Person member, MailOrigin origin, Verdict verdict, String messageId,
                               String subject, LocalDate day, Instant at) {
        Correspondence correspondence = context.correspondence();
        Set<String> recipients = new LinkedHashSet<>();
        correspondence.recipients().forEach(recipient -> recipients.add(recipient.address().toLowerCase(Locale.ROOT)));
        List<String> absent = new ArrayList<>();
        List<String> copied = new ArrayList<>();
        List<String> copies = new ArrayList<>();
        List<Decision.Header> headers = new ArrayList<>();
        List<Notice> notices = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Participant recipient : correspondence.recipients()) {
            if (!recipient.visibility().isOpen() || !recipient.isOfficer() || !seen.add(recipient.personId().orElseThrow())) {
                continue;
            }
            Person officer = recipient.person().orElseThrow();
            Optional<Absences.Away> away = absences.on(officer, day).filter(a -> a.needsCover(minWorkingDays));
            if (away.isEmpty()) {
                continue;
            }
            absent.add(officer.id());
            StringBuilder header = new StringBuilder(officer.id()).append("; away=").append(away.get().from()).append('/')
                .append(away.get().lastDay().map(LocalDate::toString).orElse("unknown"));
            Optional<Person> alternate = away.get().alternate().filter(person -> !person.id().equals(member.id()));
            if (alternate.isEmpty() || !origin.answerable() || verdict == Verdict.BLOCK) {
                header.append("; alternate=").append(alternate.map(Person::id).orElse("none")).append("; copied=no");
                headers.add(new Decision.Header(Decision.COVER, header.append(clause(rule.orElseThrow())).toString()));
                continue;
            }
            header.append("; alternate=").append(alternate.get().id());
            boolean already = alternate.get().addresses().stream().anyMatch(address -> recipients.contains(address.toLowerCase(Locale.ROOT)));
            if (!already && !copies.contains(alternate.get().primaryAddress())) {
                copies.add(alternate.get().primaryAddress());
                copied.add(alternate.get().id());
                header.append("; copied=yes");
            } else {
                header.append("; copied=already-a-recipient");
            }
            boolean held = verdict == Verdict.HOLD;
            boolean told = !held && absences.store().claimNotice(member.id(), officer.id(), away.get().from(), messageId, at);
            header.append(held ? "; told=no" : told ? "; told=yes" : "; told=earlier");
            headers.add(new Decision.Header(Decision.COVER, header.append(clause(rule.orElseThrow())).toString()));
            if (told) {
                notices.add(coverNotice(context, member, away.get(), alternate.get(), already, subject));
            }
        }
        return new Covered(origin == MailOrigin.AUTO_REPLY, Optional.empty(), absent, copied, copies, Optional.empty(),
            headers, notices, List.of());
    }

    private Notice coverNotice(MessageContext context, Person member, Absences.Away away, Person alternate,
                               boolean alreadyRecipient, String subject) {
        RuleConfig config = rule.orElseThrow();
        Person officer = away.person();
        String quoted = subject == null || subject.isBlank() ? "(no subject)" : subject;
        String when = WHEN.format(context.submission().receivedAt().atZone(MessageContext.COUNCIL_ZONE));
        String until = away.lastDay().map(last -> " until " + DAY.format(last)
            + away.back().map(back -> " (back on " + DAY.format(back) + ")").orElse("")).orElse(", and has not said when they will be back");
        String how = alreadyRecipient
            ? alternate.name() + ", who is covering, was already among its recipients."
            : "So that it does not wait for " + officer.name() + "'s return, it has also gone, openly (in copy), to "
                + describe(alternate) + ", who is covering.";
        String body = "What happened\n"
            + "Your message \"" + quoted + "\" of " + when + " went to " + describe(officer) + ", who is away" + until
            + ". " + how + "\n\n"
            + "Why\n- " + config.clause() + ": " + config.requires() + "\n\n"
            + "What to do next\n"
            + "- Nothing: " + alternate.name() + " has your message. For anything more about it while " + officer.name()
            + " is away, write to " + alternate.name() + " <" + alternate.primaryAddress() + ">.\n"
            + "- You will not be told again about your messages to " + officer.name() + " during this absence; they "
            + "will go to " + alternate.name() + " as well.\n"
            + NoticeWriter.closing(context);
        return new Notice(List.of(member.primaryAddress()), officer.name() + " is away: " + alternate.name()
            + " is covering \"" + quoted + "\"", body, false);
    }

    /** "While I am away, please contact my colleague Dan Green, Highways Officer, at dan.green@...". */
    static String contactSentence(Person alternate) {
        return "While I am away, please contact my colleague " + alternate.name()
            + alternate.title().map(title -> ", " + title + ",").orElse("") + " at " + alternate.primaryAddress() + ".";
    }

    private static String describe(Person person) {
        return person.name() + person.title().map(title -> ", " + title).orElse("") + " <" + person.primaryAddress() + ">";
    }

    private static String clause(RuleConfig config) {
        return "; clause=\"" + config.clause().replace("\"", "'") + "\"";
    }
}

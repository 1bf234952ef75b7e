package org.councilprotocol.policy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.councilprotocol.absence.AutoReplies;
import org.councilprotocol.absence.MailOrigin;
import org.councilprotocol.config.CouncilConfig;
import org.councilprotocol.config.EnquiryConfig;
import org.councilprotocol.config.RuleConfig;
import org.councilprotocol.detect.EnquiryReader;
import org.councilprotocol.detect.EnquiryReading;
import org.councilprotocol.detect.HeaderFacts;
import org.councilprotocol.detect.HoldingElement;
import org.councilprotocol.detect.HoldingReplyIncompleteDetector;
import org.councilprotocol.detect.MessageContext;
import org.councilprotocol.detect.ReplyClassifier;
import org.councilprotocol.detect.ReplyKind;
import org.councilprotocol.detect.ReplyReading;
import org.councilprotocol.enquiry.Enquiry;
import org.councilprotocol.enquiry.EnquiryPeople;
import org.councilprotocol.enquiry.EnquiryStore;
import org.councilprotocol.enquiry.EnquiryTimers;
import org.councilprotocol.enquiry.StatedDeadline;
import org.councilprotocol.enquiry.WorkingCalendar;
import org.councilprotocol.model.AbsenceBook;
import org.councilprotocol.model.Correspondence;
import org.councilprotocol.model.CorrespondenceKind;
import org.councilprotocol.model.Finding;
import org.councilprotocol.model.Participant;
import org.councilprotocol.model.Person;
import org.councilprotocol.model.SenderKind;
import org.councilprotocol.model.Visibility;
import org.councilprotocol.store.StateStore;

/**
 * Starts and stops members' enquiry timers as mail passes (the profile's {@code enquiries} clause, Thanet
 * 9.1.4 and 9.1.6): a member's question or request to an officer opens an enquiry, unless its thread has
 * one open already; the officer's reply in that thread (or their alternate's, or their manager's) is
 * classified and recorded, which closes the enquiry, moves its due date or leaves it running. A holding
 * reply without everything the protocol asks for gives the {@code holding-reply-incomplete} finding.
 *
 * <p>A profile without an {@code enquiries} section tracks nothing.
 */
public final class EnquiryTracker {
    private final CouncilConfig config;
    private final Optional<EnquiryConfig> enquiries;
    private final Optional<EnquiryStore> store;
    private final EnquiryReader reader;
    private final ReplyClassifier replies;
    private final AbsenceBook absences;

    public EnquiryTracker(CouncilConfig config, StateStore state) {
        this(config, state, AbsenceBook.NONE);
    }

    /** @param absences the absences the gateway knows: whoever covers then may answer for the officer */
    public EnquiryTracker(CouncilConfig config, StateStore state, AbsenceBook absences) {
        this.config = Objects.requireNonNull(config, "config");
        this.absences = Objects.requireNonNull(absences, "absences");
        this.enquiries = config.profile().enquiries();
        WorkingCalendar calendar = enquiries.map(section -> WorkingCalendar.of(config.directory().nation(), section))
            .orElseGet(() -> WorkingCalendar.of(config.directory().nation()));
        this.store = enquiries.map(section -> EnquiryStore.on(state, EnquiryTimers.of(config.directory().nation(), section)));
        this.reader = new EnquiryReader(calendar);
        this.replies = new ReplyClassifier(calendar);
    }

    /** Whether the profile times enquiries at all. */
    public boolean active() {
        return store.isPresent();
    }

    /** The store the tracker writes to, for the reminder sweep and the check command; empty without timers. */
    public Optional<EnquiryStore> store() {
        return store;
    }

    /**
     * What a member's message to an officer did about an enquiry.
     *
     * @param opens          whether it opened one now
     * @param reading        {@code question}, {@code request}, {@code complaint} or {@code none}
     * @param reference      the enquiry it opened
     * @param due            when a full answer is due
     * @param statedDeadline the date the member asked for, if any
     * @param complaints     for a constituent's complaint sent to the complaints procedure instead of timed:
     *                       the profile's clause for that procedure (the reference then names its record)
     */
    public record Opened(boolean opens, String reading, Optional<String> reference, Optional<LocalDate> due,
                         Optional<LocalDate> statedDeadline, Optional<String> complaints) {
        public Opened {
            Objects.requireNonNull(reading, "reading");
            Objects.requireNonNull(reference, "reference");
            Objects.requireNonNull(due, "due");
            Objects.requireNonNull(statedDeadline, "statedDeadline");
            Objects.requireNonNull(complaints, "complaints");
        }
    }

    /**
     * An officer's reply to an open enquiry and what it did.
     *
     * @param kind        as classified (an incomplete holding reply is {@link ReplyKind#HOLDING_INCOMPLETE})
     * @param enquiry     the enquiry as it stands after the reply (closed, due moved, or unchanged)
     * @param newDeadline the date the reply promises a full answer by, if it names one
     * @param missing     what an incomplete holding reply leaves out, in protocol order
     */
    public record Replied(ReplyKind kind, Enquiry enquiry, Optional<LocalDate> newDeadline, List<HoldingElement> missing) {
        public Replied {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(enquiry, "enquiry");
            Objects.requireNonNull(newDeadline, "newDeadline");
            missing = List.copyOf(missing);
        }

        /** The {@code reply.kind} of the check output: an incomplete holding reply is still a holding reply. */
        public String kindId() {
            return kind == ReplyKind.HOLDING_INCOMPLETE ? ReplyKind.HOLDING.id() : kind.id();
        }
    }

    /** What tracking one message gave: at most one of the two, and any finding on the reply. */
    public record Tracked(Optional<Opened> opened, Optional<Replied> replied, List<Finding> findings) {
        static final Tracked NOTHING = new Tracked(Optional.empty(), Optional.empty(), List.of());

        public Tracked {
            Objects.requireNonNull(opened, "opened");
            Objects.requireNonNull(replied, "replied");
            findings = List.copyOf(findings);
        }
    }

    /** Opens or answers an enquiry for one classified message. */
    public Tracked track(MessageContext context, String messageId, String subject) {
        if (store.isEmpty()) {
            return Tracked.NOTHING;
        }
        Correspondence correspondence = context.correspondence();
        if (correspondence.kind() == CorrespondenceKind.MEMBER_TO_OFFICER && correspondence.senderKind() == SenderKind.MEMBER) {
            return opening(context, messageId, subject);
        }
        if (correspondence.kind() == CorrespondenceKind.OFFICER_TO_MEMBER && correspondence.senderKind() == SenderKind.OFFICER) {
            // An out-of-office reply answers nothing: the enquiry's timer runs on (Thanet 9.1.5 covers the absence).
            if (AutoReplies.origin(context.submission().message(), subject, context.submission().envelopeSender(),
                correspondence.sender().address()) == MailOrigin.AUTO_REPLY) {
                return Tracked.NOTHING;
            }
            return reply(context, messageId);
        }
        return Tracked.NOTHING;
    }

    private Tracked opening(MessageContext context, String messageId, String subject) {
        Correspondence correspondence = context.correspondence();
        Optional<Person> officer = addressedOfficer(correspondence);
        Optional<Person> member = correspondence.senderPerson();
        if (officer.isEmpty() || member.isEmpty()) {
            return Tracked.NOTHING;
        }
        String threadId = correspondence.thread().threadId();
        // Mail in a thread whose enquiry is still open is part of that enquiry, not a new one.
        if (store.get().openInThread(threadId).isPresent()) {
            return Tracked.NOTHING;
        }
        EnquiryReading reading = reader.read(subject, context.text().authorText(),
            HeaderFacts.of(context.submission().message()), context.submission().receivedAt());
        Optional<EnquiryConfig.ClauseText> complaints = enquiries.get().complaints();
        boolean complaint = reading.forComplaintsProcedure(complaints.isPresent());
        if (!reading.opensEnquiry(enquiries.get()) && !complaint) {
            return new Tracked(Optional.of(new Opened(false, reading.label(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty())), Optional.empty(), List.of());
        }
        Instant receivedAt = context.submission().receivedAt();
        Enquiry enquiry = store.get().open(new EnquiryStore.Opening(messageId, threadId, member.get().id(), officer.get().id(),
            officer.get().directorate(), subject == null ? "" : subject, receivedAt, reading.deadline()));
        Optional<LocalDate> stated = enquiry.statedDeadline().or(() -> reading.deadline().flatMap(StatedDeadline::date));
        if (complaint) {
            // Kept on record (and listed as a complaint in WebAdmin) but with no timer: the complaints procedure has it.
            Enquiry recorded = store.get().markComplaint(enquiry.reference(), receivedAt).orElse(enquiry);
            return new Tracked(Optional.of(new Opened(false, reading.label(), Optional.of(recorded.reference()),
                Optional.empty(), stated, complaints.map(EnquiryConfig.ClauseText::clause))), Optional.empty(), List.of());
        }
        return new Tracked(Optional.of(new Opened(true, reading.label(), Optional.of(enquiry.reference()),
            Optional.of(enquiry.due()), stated, Optional.empty())), Optional.empty(), List.of());
    }

    /**
     * The subject with the reference of the enquiry the message opened in front ({@code [ENQ-2026-00042] Potholes}),
     * when the profile asks for it ({@code tag-subject}); otherwise the subject is the member's and stays as it is.
     */
    Optional<String> taggedSubject(Tracked tracked, String subject) {
        if (enquiries.isEmpty() || !enquiries.get().tagSubject()) {
            return Optional.empty();
        }
        String current = subject == null ? "" : subject;
        return tracked.opened().filter(Opened::opens).flatMap(Opened::reference)
            .filter(reference -> !current.contains(reference))
            .map(reference -> ("[" + reference + "] " + current).strip());
    }

    /** The officer the enquiry is put to: the first officer named in To, else in Cc. */
    private static Optional<Person> addressedOfficer(Correspondence correspondence) {
        for (Visibility visibility : List.of(Visibility.TO, Visibility.CC)) {
            Optional<Person> officer = correspondence.recipients().stream()
                .filter(recipient -> recipient.visibility() == visibility && recipient.isOfficer())
                .map(Participant::person)
                .flatMap(Optional::stream)
                .findFirst();
            if (officer.isPresent()) {
                return officer;
            }
        }
        return Optional.empty();
    }

    private Tracked reply(MessageContext context, String messageId) {
        Correspondence correspondence = context.correspondence();
        Optional<Enquiry> open = store.get().openInThread(correspondence.thread().threadId());
        Optional<Person> replier = correspondence.senderPerson();
        if (open.isEmpty() || replier.isEmpty() || !answersFor(replier.get(), open.get(), context)) {
            return Tracked.NOTHING;
        }
        Optional<RuleConfig> rule = context.profile().rule(HoldingReplyIncompleteDetector.RULE);
        Set<HoldingElement> mustState = rule.map(HoldingReplyIncompleteDetector::mustState).orElse(HoldingElement.ALL);
        ZonedDateTime sentAt = context.submission().receivedAt().atZone(MessageContext.COUNCIL_ZONE);
        ReplyReading reading = replies.classify(context.text().authorText(), sentAt, mustState);
        Optional<LocalDate> promised = reading.deadline().flatMap(StatedDeadline::date);
        // A holding reply that leaves out the reason or the action still promises its date: the timer follows it.
        Optional<LocalDate> newDeadline = reading.kind() == ReplyKind.HOLDING || reading.kind() == ReplyKind.HOLDING_INCOMPLETE
            ? promised : Optional.empty();
        Enquiry after = store.get().recordReply(open.get().reference(), new EnquiryStore.Reply(messageId, replier.get().id(),
            storeKind(reading.kind()), context.submission().receivedAt(), newDeadline)).orElse(open.get());
        List<Finding> findings = rule.flatMap(enabled -> HoldingReplyIncompleteDetector.check(reading, enabled,
            List.of(replier.get().id()))).map(List::of).orElse(List.of());
        return new Tracked(Optional.empty(), Optional.of(new Replied(reading.kind(), after, newDeadline, reading.missing())),
            findings);
    }

    /** The enquiry's officer, their alternate, their manager, or whoever covers for them while they are away. */
    private boolean answersFor(Person replier, Enquiry enquiry, MessageContext context) {
        if (replier.id().equals(enquiry.officerId())) {
            return true;
        }
        Optional<Person> officer = config.directory().person(enquiry.officerId());
        if (officer.flatMap(Person::alternate).filter(replier.id()::equals).isPresent()
            || officer.flatMap(Person::manager).filter(replier.id()::equals).isPresent()) {
            return true;
        }
        LocalDate day = WorkingCalendar.dayOfReceipt(context.submission().receivedAt());
        return new EnquiryPeople(config.directory(), enquiries.get(), absences).coverFor(enquiry.officerId(), day)
            .filter(cover -> cover.id().equals(replier.id())).isPresent();
    }

    private static org.councilprotocol.enquiry.ReplyKind storeKind(ReplyKind kind) {
        return switch (kind) {
            case SUBSTANTIVE -> org.councilprotocol.enquiry.ReplyKind.SUBSTANTIVE;
            case HOLDING, HOLDING_INCOMPLETE -> org.councilprotocol.enquiry.ReplyKind.HOLDING;
            case ACKNOWLEDGEMENT -> org.councilprotocol.enquiry.ReplyKind.ACKNOWLEDGEMENT;
        };
    }
}

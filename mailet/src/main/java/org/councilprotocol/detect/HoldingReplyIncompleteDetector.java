package org.councilprotocol.detect;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.councilprotocol.config.RuleConfig;
import org.councilprotocol.enquiry.WorkingCalendar;
import org.councilprotocol.model.Correspondence;
import org.councilprotocol.model.CorrespondenceKind;
import org.councilprotocol.model.Finding;
import org.councilprotocol.model.Person;
import org.councilprotocol.model.SenderKind;
import org.councilprotocol.model.ThreadContext;

/**
 * {@code holding-reply-incomplete}: an officer's reply (or their alternate's or manager's) in a councillor's
 * enquiry puts off the full answer without stating everything the protocol asks of a holding reply: the
 * reason, the action being taken and the date by which a full answer will be sent (Thanet 9.1.6). What the
 * profile requires is its {@code must-state} list; without one, all three.
 *
 * <p>The rule's work is {@link #check(ReplyReading, RuleConfig, List)} and its overloads: pure functions
 * from a reply to the finding, for whoever knows that the reply belongs to an open enquiry (the enquiry
 * timers). {@link #detect} applies them to a message on what the message itself shows: an officer
 * writing to a member in a thread a member started. It does not know whether that thread's enquiry is
 * still open; only a reply that reads as a holding reply with something missing is flagged.
 */
public final class HoldingReplyIncompleteDetector implements Detector {
    public static final String RULE = "holding-reply-incomplete";
    private static final String MUST_STATE = "must-state";

    @Override
    public String rule() {
        return RULE;
    }

    @Override
    public List<Finding> detect(MessageContext context, RuleConfig rule) {
        Correspondence correspondence = context.correspondence();
        if (correspondence.kind() != CorrespondenceKind.OFFICER_TO_MEMBER || correspondence.senderKind() != SenderKind.OFFICER
            || !inMembersThread(context, correspondence.thread())) {
            return List.of();
        }
        WorkingCalendar calendar = context.profile().enquiries()
            .map(enquiries -> WorkingCalendar.of(context.directory().nation(), enquiries))
            .orElseGet(() -> WorkingCalendar.of(context.directory().nation()));
        ZonedDateTime sentAt = context.submission().receivedAt().atZone(MessageContext.COUNCIL_ZONE);
        List<String> people = correspondence.senderPerson().map(Person::id).map(List::of).orElse(List.of());
        return check(context.text().authorText(), sentAt, rule, new ReplyClassifier(calendar), people).map(List::of)
            .orElse(List.of());
    }

    /** A reply, not a new thread, in a conversation a member started. */
    private static boolean inMembersThread(MessageContext context, ThreadContext thread) {
        return !thread.started() && thread.startedBy()
            .flatMap(author -> context.directory().person(author.personId() == null ? "" : author.personId()))
            .filter(Person::isMember)
            .isPresent();
    }

    /**
     * What the rule requires a holding reply to state: its {@code must-state} list; all three (Thanet 9.1.6)
     * when the rule does not say; nothing when the list is written empty.
     */
    public static Set<HoldingElement> mustState(RuleConfig rule) {
        if (rule.parameters().get(MUST_STATE).isEmpty()) {
            return HoldingElement.ALL;
        }
        return HoldingElement.of(rule.parameters().stringList(MUST_STATE));
    }

    /**
     * The finding for a reply's text, classified against the rule's {@code must-state} list.
     *
     * @param replyText the replier's own words ({@code MessageText.authorText()})
     * @param sentAt    when the reply was sent: its "by Friday" is read from this day
     * @param people    directory ids of the people the finding is about (the replier)
     */
    public static Optional<Finding> check(String replyText, ZonedDateTime sentAt, RuleConfig rule, ReplyClassifier classifier,
                                          List<String> people) {
        return check(replyText, sentAt, mustState(rule), rule, classifier, people);
    }

    /** The finding for a reply's text, classified against an explicit must-state list. */
    public static Optional<Finding> check(String replyText, ZonedDateTime sentAt, Collection<HoldingElement> mustState,
                                          RuleConfig rule, ReplyClassifier classifier, List<String> people) {
        return check(classifier.classify(replyText, sentAt, mustState), rule, people);
    }

    /**
     * The finding for a reply already classified: present only for {@link ReplyKind#HOLDING_INCOMPLETE}. The
     * summary names what is missing in plain words; the evidence quotes what the reply does say.
     */
    public static Optional<Finding> check(ReplyReading reading, RuleConfig rule, List<String> people) {
        Objects.requireNonNull(rule, "rule");
        if (reading.kind() != ReplyKind.HOLDING_INCOMPLETE) {
            return Optional.empty();
        }
        return Optional.of(new Finding(RULE, rule.action(), rule.clause(), summary(reading), reading.evidence(), people));
    }

    /** "The reply puts off a full answer to the councillor's enquiry without saying why ... or by when ..." */
    static String summary(ReplyReading reading) {
        List<String> missing = new ArrayList<>();
        reading.missing().forEach(element -> missing.add(element.plainWords()));
        String list = missing.size() == 1 ? missing.get(0)
            : String.join(", ", missing.subList(0, missing.size() - 1)) + " or " + missing.get(missing.size() - 1);
        return "The reply puts off a full answer to the councillor's enquiry without saying " + list + ".";
    }
}

package org.councilprotocol.policy;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.councilprotocol.model.Correspondence;
import org.councilprotocol.model.CorrespondenceKind;
import org.councilprotocol.model.Directory;
import org.councilprotocol.model.Participant;
import org.councilprotocol.model.Person;
import org.councilprotocol.model.SenderKind;
import org.councilprotocol.model.Submission;
import org.councilprotocol.model.ThreadContext;
import org.councilprotocol.model.Visibility;
import org.councilprotocol.store.ThreadStore;
import org.councilprotocol.store.ThreadStore.MessageRecord;
import org.councilprotocol.store.ThreadStore.Participation;
import org.councilprotocol.text.Subjects;

/**
 * Works out who is who in a message and records it in its thread.
 *
 * <p>The sender gets a directory role only when they authenticated as the person who owns the
 * From address; anyone else, including a forged member address, is external and marked unverified.
 */
public final class CorrespondenceClassifier {
    private final Directory directory;
    private final ThreadStore threads;

    public CorrespondenceClassifier(Directory directory, ThreadStore threads) {
        this.directory = directory;
        this.threads = threads;
    }

    /** The message's correspondence, with its id; the thread is recorded as a side effect. */
    public Classified classify(Submission submission) {
        MessageHeaders headers = new MessageHeaders(submission.message());
        String senderAddress = headers.addresses("From").stream().findFirst()
            .or(() -> submission.envelopeSender().map(Directory::normalise))
            .orElse(null);

        Optional<Person> named = Optional.ofNullable(senderAddress).flatMap(directory::byAddress);
        Optional<Person> authenticated = submission.authenticatedUser().flatMap(this::authenticatedPerson);
        boolean verified = named.isPresent() && authenticated.map(named.get()::equals).orElse(false);
        SenderKind senderKind = verified ? (named.get().isMember() ? SenderKind.MEMBER : SenderKind.OFFICER)
            : SenderKind.EXTERNAL;
        Optional<Person> claimed = verified ? Optional.empty() : named;
        Participant sender = new Participant(senderAddress == null ? "" : senderAddress,
            verified ? named : Optional.empty(), Visibility.TO,
            senderAddress != null && directory.isCouncilAddress(senderAddress));

        List<Participant> recipients = recipients(submission, headers);
        CorrespondenceKind kind = kind(senderKind, recipients);

        String messageId = headers.messageId(submission.receivedAt());
        String subject = headers.subject();
        List<Participation> participation = new ArrayList<>();
        if (senderAddress != null) {
            participation.add(new Participation(senderAddress, sender.personId().orElse(null), "author"));
        }
        recipients.forEach(recipient -> participation.add(new Participation(recipient.address(),
            recipient.personId().orElse(null), recipient.visibility().name().toLowerCase(java.util.Locale.ROOT))));
        ThreadContext thread = threads.record(new MessageRecord(messageId, headers.references(),
            Subjects.normalise(subject), Subjects.isReplyOrForward(subject), senderAddress,
            sender.personId().orElse(null), kind.id(), submission.receivedAt(), participation));

        return new Classified(messageId, subject,
            new Correspondence(sender, senderKind, claimed, recipients, kind, thread));
    }

    /**
     * The person an SMTP AUTH user name belongs to. With virtual hosting the name is a full address;
     * without it, a bare login name is tried in each of the council's domains, and must match only one person.
     */
    private Optional<Person> authenticatedPerson(String user) {
        if (user.contains("@")) {
            return directory.byAddress(user);
        }
        List<Person> matches = directory.domains().stream()
            .flatMap(domain -> directory.byAddress(user + "@" + domain).stream())
            .distinct()
            .toList();
        return matches.size() == 1 ? Optional.of(matches.get(0)) : Optional.empty();
    }

    /** A classified message: its id, decoded subject and correspondence. */
    public record Classified(String messageId, String subject, Correspondence correspondence) {
    }

    private List<Participant> recipients(Submission submission, MessageHeaders headers) {
        Set<String> to = new LinkedHashSet<>(headers.addresses("To"));
        Set<String> cc = new LinkedHashSet<>(headers.addresses("Cc"));
        Set<String> envelope = new LinkedHashSet<>();
        submission.envelopeRecipients().forEach(address -> envelope.add(Directory.normalise(address)));
        List<Participant> recipients = new ArrayList<>();
        for (String address : envelope) {
            Visibility visibility = to.contains(address) ? Visibility.TO
                : cc.contains(address) ? Visibility.CC : Visibility.BLIND;
            recipients.add(new Participant(address, directory.byAddress(address), visibility,
                directory.isCouncilAddress(address)));
        }
        return recipients;
    }

    /**
     * The kind follows the people the message is addressed to (To), falling back to copies when
     * To names nobody in the envelope. An unknown address in a council domain counts as an officer's
     * mailbox: a member writing to planning@ is writing to officers.
     */
    static CorrespondenceKind kind(SenderKind sender, List<Participant> recipients) {
        List<Participant> primary = recipients.stream().filter(r -> r.visibility() == Visibility.TO).toList();
        if (primary.isEmpty()) {
            primary = recipients.stream().filter(r -> r.visibility().isOpen()).toList();
        }
        if (primary.isEmpty()) {
            primary = recipients;
        }
        Predicate<Participant> officerSide = r -> r.isOfficer() || (r.person().isEmpty() && r.councilAddress());
        return switch (sender) {
            case MEMBER -> primary.stream().anyMatch(officerSide) ? CorrespondenceKind.MEMBER_TO_OFFICER
                : primary.stream().anyMatch(Participant::isExternal) ? CorrespondenceKind.MEMBER_EXTERNAL
                : primary.stream().anyMatch(Participant::isMember) ? CorrespondenceKind.MEMBER_TO_MEMBER
                : CorrespondenceKind.OTHER;
            case OFFICER -> primary.stream().anyMatch(Participant::isMember) ? CorrespondenceKind.OFFICER_TO_MEMBER
                : primary.stream().anyMatch(Participant::isExternal) ? CorrespondenceKind.OFFICER_EXTERNAL
                : CorrespondenceKind.OTHER;
            case EXTERNAL -> CorrespondenceKind.OTHER;
        };
    }
}

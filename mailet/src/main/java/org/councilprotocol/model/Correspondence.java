package org.councilprotocol.model;

import java.util.List;
import java.util.Optional;

/**
 * Who is who in one message: the sender as the gateway treats them, every envelope recipient with
 * how it was addressed, the kind of correspondence, and the thread.
 *
 * @param claimed the directory person the From address names when the sender was not authenticated
 *                as them; such a sender is treated as external and tagged as unverified
 */
public record Correspondence(
        Participant sender,
        SenderKind senderKind,
        Optional<Person> claimed,
        List<Participant> recipients,
        CorrespondenceKind kind,
        ThreadContext thread) {

    public Correspondence {
        recipients = List.copyOf(recipients);
    }

    public Optional<Person> senderPerson() {
        return senderKind == SenderKind.EXTERNAL ? Optional.empty() : sender.person();
    }

    public boolean unverified() {
        return claimed.isPresent();
    }

    public List<Participant> blindRecipients() {
        return recipients.stream().filter(recipient -> !recipient.visibility().isOpen()).toList();
    }
}

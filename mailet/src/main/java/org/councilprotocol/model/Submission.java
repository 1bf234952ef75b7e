package org.councilprotocol.model;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import javax.mail.internet.MimeMessage;

/**
 * A message as it reaches the gateway: the MIME message, the SMTP envelope, who (if anyone)
 * authenticated to send it, and when it was received.
 *
 * @param authenticatedUser the SMTP AUTH user name; empty for mail from outside or from unauthenticated relays
 */
public record Submission(MimeMessage message, Optional<String> envelopeSender, List<String> envelopeRecipients,
                         Optional<String> authenticatedUser, Instant receivedAt) {

    public Submission {
        envelopeRecipients = List.copyOf(envelopeRecipients);
    }
}

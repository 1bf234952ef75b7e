package org.councilprotocol.james;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import javax.mail.MessagingException;

import org.apache.james.core.MailAddress;
import org.apache.mailet.Attribute;
import org.apache.mailet.Mail;
import org.councilprotocol.model.Submission;

/** A James {@link Mail} seen as the engine's {@link Submission}: message, envelope and SMTP AUTH user. */
final class MailSubmission {
    private MailSubmission() {
    }

    static Submission of(Mail mail, Instant receivedAt) throws MessagingException {
        Optional<String> authenticatedUser = mail.getAttribute(Mail.SMTP_AUTH_USER)
            .map(Attribute::getValue)
            .map(value -> value.value().toString());
        List<String> recipients = mail.getRecipients().stream().map(MailAddress::asString).toList();
        return new Submission(mail.getMessage(), mail.getMaybeSender().asOptional().map(MailAddress::asString),
            recipients, authenticatedUser, receivedAt);
    }
}

package org.councilprotocol.james;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.mail.Message;
import javax.mail.MessagingException;
import javax.mail.internet.InternetAddress;
import javax.mail.internet.MimeMessage;

import org.apache.james.core.MailAddress;
import org.apache.mailet.Mail;
import org.councilprotocol.policy.Decision;
import org.councilprotocol.text.StatementInserter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Carries out the out-of-office part of a decision (Thanet 9.1.5): an absent officer's alternate is added to
 * the mail's envelope and, so that the copy is open, to its Cc header; an automatic reply that gives no
 * alternative contact gets one in its text and HTML parts (never in signed mail). The caller saves the message.
 */
final class OutOfOfficeCover {
    private static final Logger LOGGER = LoggerFactory.getLogger(OutOfOfficeCover.class);

    private OutOfOfficeCover() {
    }

    /** The cover header said the contact was inserted; say instead why it was not (signed mail, say). */
    private static void notInserted(MimeMessage message, StatementInserter.Outcome outcome) throws MessagingException {
        String[] covers = message.getHeader(Decision.COVER);
        if (covers == null) {
            return;
        }
        message.removeHeader(Decision.COVER);
        String instead = "inserted=no; reason=" + outcome.name().toLowerCase(Locale.ROOT).replace('_', '-');
        for (String cover : covers) {
            message.addHeader(Decision.COVER, cover.replace("inserted=yes", instead));
        }
    }

    static void apply(Mail mail, Decision decision) throws MessagingException, IOException {
        MimeMessage message = mail.getMessage();
        if (!decision.copies().isEmpty()) {
            List<MailAddress> recipients = new ArrayList<>(mail.getRecipients());
            for (String address : decision.copies()) {
                MailAddress copy = new MailAddress(address);
                if (!recipients.contains(copy)) {
                    recipients.add(copy);
                }
                message.addRecipient(Message.RecipientType.CC, new InternetAddress(address));
            }
            mail.setRecipients(recipients);
        }
        if (decision.contact().isPresent()) {
            StatementInserter.Outcome outcome = StatementInserter.insert(message, decision.contact().get());
            if (outcome != StatementInserter.Outcome.ADDED) {
                LOGGER.info("Council protocol: alternative contact not added to automatic reply {}: {}", mail.getName(), outcome);
                notInserted(message, outcome);
            }
        }
    }
}

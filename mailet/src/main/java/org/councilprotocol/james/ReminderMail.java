package org.councilprotocol.james;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import javax.mail.Message.RecipientType;
import javax.mail.MessagingException;
import javax.mail.Session;
import javax.mail.internet.AddressException;
import javax.mail.internet.InternetAddress;
import javax.mail.internet.MimeMessage;

import org.apache.james.core.MailAddress;
import org.apache.james.core.MaybeSender;
import org.apache.james.server.core.MailImpl;
import org.apache.mailet.Attribute;
import org.apache.mailet.AttributeValue;
import org.apache.mailet.Mail;
import org.councilprotocol.enquiry.Reminder;

/**
 * Turns an enquiry timer's {@link Reminder} into mail. Like a notice it leaves with a null envelope sender,
 * {@code Auto-Submitted: auto-generated} and the notice attribute, so when it comes back through the
 * pipeline the gateway lets it pass untouched and its {@code X-Council-Enquiry} and
 * {@code X-Council-Reminder} headers stay as written. Its Message-ID is the reminder's own, the same each
 * time the same reminder is written, so a repeat hand-over shows as one message.
 */
final class ReminderMail {
    private ReminderMail() {
    }

    /** A message that is neither the to nor the cc of anybody goes to the postmaster. */
    static Mail build(Reminder reminder, InternetAddress from, MailAddress postmaster, Instant sentAt) throws MessagingException {
        List<MailAddress> recipients = new ArrayList<>();
        for (String address : reminder.recipients()) {
            recipients.add(new MailAddress(address));
        }
        MimeMessage message = new ReminderMessage(reminder.messageId());
        message.setFrom(from);
        if (recipients.isEmpty()) {
            recipients.add(postmaster);
            message.addRecipient(RecipientType.TO, internet(postmaster));
        }
        for (String address : reminder.to()) {
            message.addRecipient(RecipientType.TO, new InternetAddress(address));
        }
        for (String address : reminder.cc()) {
            message.addRecipient(RecipientType.CC, new InternetAddress(address));
        }
        message.setSubject(reminder.subject(), StandardCharsets.UTF_8.name());
        for (Map.Entry<String, String> header : reminder.headers().entrySet()) {
            message.setHeader(header.getKey(), header.getValue());
        }
        message.setHeader("X-Auto-Response-Suppress", "All");
        if (reminder.inReplyTo().isPresent()) {
            message.setHeader("In-Reply-To", reminder.inReplyTo().get());
            message.setHeader("References", reminder.inReplyTo().get());
        }
        message.setSentDate(Date.from(sentAt));
        message.setText(reminder.body(), StandardCharsets.UTF_8.name());
        message.saveChanges();
        return MailImpl.builder()
            .name("council-reminder-" + java.util.UUID.randomUUID())
            .sender(MaybeSender.nullSender())
            .addRecipients(recipients)
            .mimeMessage(message)
            .addAttribute(new Attribute(NoticeMail.NOTICE, AttributeValue.of(true)))
            .build();
    }

    private static InternetAddress internet(MailAddress address) throws AddressException {
        return address.toInternetAddress().orElseThrow(() -> new AddressException("not an address: " + address));
    }

    /** Keeps the reminder's own Message-ID: {@code saveChanges} would otherwise make a new one. */
    private static final class ReminderMessage extends MimeMessage {
        private final String messageId;

        ReminderMessage(String messageId) {
            super(Session.getInstance(new Properties()));
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}

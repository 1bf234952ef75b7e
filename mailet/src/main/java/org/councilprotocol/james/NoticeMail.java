package org.councilprotocol.james;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.mail.MessagingException;
import javax.mail.Session;
import javax.mail.internet.AddressException;
import javax.mail.internet.InternetAddress;
import javax.mail.internet.MimeBodyPart;
import javax.mail.internet.MimeMessage;
import javax.mail.internet.MimeMultipart;

import org.apache.james.core.MailAddress;
import org.apache.james.core.MaybeSender;
import org.apache.james.server.core.MailImpl;
import org.apache.mailet.Attribute;
import org.apache.mailet.AttributeName;
import org.apache.mailet.AttributeValue;
import org.apache.mailet.Mail;
import org.councilprotocol.policy.Notice;

/**
 * Turns a {@link Notice} into mail. Notices leave with a null envelope sender and
 * {@code Auto-Submitted: auto-generated} (RFC 3834), so nobody's auto-reply answers them, and carry
 * a mail attribute, which SMTP clients cannot forge, so the gateway never judges its own notices.
 */
final class NoticeMail {
    static final AttributeName NOTICE = AttributeName.of("org.councilprotocol.notice");

    private NoticeMail() {
    }

    static boolean isNotice(Mail mail) {
        return mail.getAttribute(NOTICE).isPresent();
    }

    static Mail build(Notice notice, InternetAddress from, MailAddress postmaster, MimeMessage original)
        throws MessagingException {
        List<MailAddress> recipients = new ArrayList<>();
        for (String address : notice.to()) {
            recipients.add(new MailAddress(address));
        }
        if (recipients.isEmpty()) {
            recipients.add(postmaster);
        }
        MimeMessage message = new MimeMessage(Session.getInstance(new java.util.Properties()));
        message.setFrom(from);
        for (MailAddress recipient : recipients) {
            message.addRecipient(javax.mail.Message.RecipientType.TO, recipient.toInternetAddress().orElseThrow(
                () -> new AddressException("not an address: " + recipient)));
        }
        message.setSubject(notice.subject(), StandardCharsets.UTF_8.name());
        message.setHeader("Auto-Submitted", "auto-generated");
        message.setHeader("X-Auto-Response-Suppress", "All");
        message.setSentDate(new java.util.Date());
        if (notice.attachOriginal()) {
            MimeBodyPart text = new MimeBodyPart();
            text.setText(notice.body(), StandardCharsets.UTF_8.name());
            MimeBodyPart attached = new MimeBodyPart();
            attached.setContent(original, "message/rfc822");
            attached.setDisposition(MimeBodyPart.ATTACHMENT);
            attached.setFileName("original-message.eml");
            MimeMultipart mixed = new MimeMultipart("mixed");
            mixed.addBodyPart(text);
            mixed.addBodyPart(attached);
            message.setContent(mixed);
        } else {
            message.setText(notice.body(), StandardCharsets.UTF_8.name());
        }
        message.saveChanges();
        return MailImpl.builder()
            .name("council-notice-" + UUID.randomUUID())
            .sender(MaybeSender.nullSender())
            .addRecipients(recipients)
            .mimeMessage(message)
            .addAttribute(new Attribute(NOTICE, AttributeValue.of(true)))
            .build();
    }
}

package org.councilprotocol.absence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Properties;

import javax.mail.MessagingException;
import javax.mail.Session;
import javax.mail.internet.MimeMessage;
import javax.mail.internet.MimeMultipart;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Out-of-office replies, bounces, list mail and people's own mail told apart (RFC 3834 and common practice). */
class AutoRepliesTest {
    private static final String BOB = "bob.jones@northbrook.gov.uk";
    private static final Optional<String> FROM_BOB = Optional.of(BOB);

    private static MimeMessage message(String subject, String... headers) throws MessagingException {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
        message.setFrom(BOB);
        message.setSubject(subject);
        message.setText("I am out of the office until Monday 7 December.");
        for (int i = 0; i < headers.length; i += 2) {
            message.addHeader(headers[i], headers[i + 1]);
        }
        message.saveChanges();
        return message;
    }

    private static MailOrigin origin(MimeMessage message) throws MessagingException {
        return AutoReplies.origin(message, message.getSubject(), FROM_BOB, BOB);
    }

    @Test
    void rfc3834AutoRepliedIsAnAutoReplyWhateverTheSubject() throws Exception {
        assertThat(origin(message("Re: Potholes on Hill Street", "Auto-Submitted", "auto-replied"))).isEqualTo(MailOrigin.AUTO_REPLY);
        assertThat(origin(message("Away", "Auto-Submitted", "auto-replied (vacation)"))).isEqualTo(MailOrigin.AUTO_REPLY);
    }

    @Test
    void olderAutoReplyHeadersCount() throws Exception {
        assertThat(origin(message("Re: Potholes", "X-Autoreply", "yes"))).isEqualTo(MailOrigin.AUTO_REPLY);
        assertThat(origin(message("Re: Potholes", "X-Autorespond", "Bob is away"))).isEqualTo(MailOrigin.AUTO_REPLY);
        assertThat(origin(message("Re: Potholes", "Precedence", "auto_reply"))).isEqualTo(MailOrigin.AUTO_REPLY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Automatic reply: Potholes on Hill Street", "AUTOMATIC REPLY: Potholes", "Auto-reply: Potholes",
        "Autoreply: your message", "Auto Response: Potholes", "Out of Office AutoReply: Potholes",
        "Out of office reply: Potholes", "Réponse automatique : Nids-de-poule", "Abwesenheitsnotiz: Potholes"})
    void subjectsOnlyAutoRepliersWriteCountOnTheirOwn(String subject) throws Exception {
        assertThat(origin(message(subject))).isEqualTo(MailOrigin.AUTO_REPLY);
    }

    @Test
    void exchangesSuppressHeaderWithAnOutOfOfficeSubjectIsAnAutoReply() throws Exception {
        assertThat(origin(message("Out of Office: Potholes on Hill Street", "X-Auto-Response-Suppress", "All")))
            .isEqualTo(MailOrigin.AUTO_REPLY);
    }

    @Test
    void aPersonsOwnMessageHeadedOutOfOfficeIsTheirs() throws Exception {
        assertThat(origin(message("Out of office: Christmas rota for the depot"))).isEqualTo(MailOrigin.PERSON);
        assertThat(origin(message("Re: Automatic replies from the highways inbox"))).isEqualTo(MailOrigin.PERSON);
        assertThat(origin(message("Potholes on Hill Street", "Auto-Submitted", "no"))).isEqualTo(MailOrigin.PERSON);
    }

    @Test
    void anAutoReplyWithANullEnvelopeSenderIsStillAnAutoReply() throws Exception {
        MimeMessage message = message("Automatic reply: Potholes", "Auto-Submitted", "auto-replied");
        assertThat(AutoReplies.origin(message, message.getSubject(), Optional.empty(), BOB)).isEqualTo(MailOrigin.AUTO_REPLY);
    }

    @Test
    void bouncesAreNotAnswered() throws Exception {
        MimeMessage plain = message("Undelivered Mail Returned to Sender");
        assertThat(AutoReplies.origin(plain, plain.getSubject(), Optional.empty(), "MAILER-DAEMON@mx.example.net"))
            .isEqualTo(MailOrigin.BOUNCE);
        assertThat(AutoReplies.origin(plain, plain.getSubject(), Optional.of("bounces@mx.example.net"),
            "mailer-daemon@mx.example.net")).isEqualTo(MailOrigin.BOUNCE);

        MimeMessage report = new MimeMessage(Session.getInstance(new Properties()));
        report.setFrom("postmaster@northbrook.gov.uk");
        report.setSubject("Delivery Status Notification (Failure)");
        MimeMultipart multipart = new MimeMultipart("report");
        javax.mail.internet.MimeBodyPart text = new javax.mail.internet.MimeBodyPart();
        text.setText("Your message could not be delivered.");
        multipart.addBodyPart(text);
        report.setContent(multipart);
        report.saveChanges();
        assertThat(AutoReplies.origin(report, report.getSubject(), Optional.of("relay@northbrook.gov.uk"), "relay@northbrook.gov.uk"))
            .isEqualTo(MailOrigin.BOUNCE);
        assertThat(MailOrigin.BOUNCE.answerable()).isFalse();
    }

    @Test
    void listAndBulkMailAreNotAnswered() throws Exception {
        assertThat(origin(message("Members' bulletin", "List-Id", "Members <members.northbrook.gov.uk>"))).isEqualTo(MailOrigin.LIST);
        assertThat(origin(message("Members' bulletin", "Precedence", "bulk"))).isEqualTo(MailOrigin.LIST);
        assertThat(origin(message("Members' bulletin", "Precedence", "list"))).isEqualTo(MailOrigin.LIST);
        assertThat(origin(message("Newsletter", "List-Unsubscribe", "<mailto:leave@lists.example.org>"))).isEqualTo(MailOrigin.LIST);
    }

    @Test
    void otherMachineMailAndOurOwnNoticesAreNotAnswered() throws Exception {
        assertThat(origin(message("Held for review: Potholes", "Auto-Submitted", "auto-generated"))).isEqualTo(MailOrigin.AUTOMATIC);
        assertThat(origin(message("Potholes on Hill Street"))).isEqualTo(MailOrigin.PERSON);
        assertThat(MailOrigin.PERSON.answerable()).isTrue();
        assertThat(MailOrigin.AUTO_REPLY.answerable()).isFalse();
    }
}

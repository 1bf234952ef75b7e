package org.councilprotocol.james;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import javax.mail.Message.RecipientType;
import javax.mail.internet.InternetAddress;
import javax.mail.internet.MimeMessage;

import org.apache.james.core.MailAddress;
import org.apache.mailet.Mail;
import org.councilprotocol.enquiry.Reminder;
import org.councilprotocol.enquiry.ReminderKind;
import org.junit.jupiter.api.Test;

/** An enquiry timer's message as James mail: our headers kept, its own Message-ID, and never judged again. */
class ReminderMailTest {
    private static final Instant SENT = Instant.parse("2026-12-08T07:00:00Z");

    private static InternetAddress gateway() throws Exception {
        return new InternetAddress("postmaster@northbrook.gov.uk", "Northbrook District Council protocol gateway", "UTF-8");
    }

    @Test
    void anOverdueNoticeToTheOfficerCopiedToTheirManagerKeepsItsHeadersAndId() throws Exception {
        Reminder overdue = new Reminder(ReminderKind.OVERDUE, Optional.of("ENQ-2026-00042"),
            List.of("bob.jones@northbrook.gov.uk"), List.of("carol.white@northbrook.gov.uk"),
            "Overdue: ENQ-2026-00042 Potholes on Hill Street", "The enquiry was due on 7 December 2026.",
            "<ENQ-2026-00042.overdue.2026-12-08@northbrook.gov.uk>", Optional.of("<q-1@northbrook.gov.uk>"));

        Mail mail = ReminderMail.build(overdue, gateway(), new MailAddress("postmaster@northbrook.gov.uk"), SENT);

        assertThat(NoticeMail.isNotice(mail)).isTrue();
        assertThat(mail.getMaybeSender().isNullSender()).isTrue();
        assertThat(mail.getRecipients()).extracting(MailAddress::asString)
            .containsExactly("bob.jones@northbrook.gov.uk", "carol.white@northbrook.gov.uk");
        MimeMessage message = mail.getMessage();
        assertThat(message.getMessageID()).isEqualTo("<ENQ-2026-00042.overdue.2026-12-08@northbrook.gov.uk>");
        assertThat(message.getHeader("X-Council-Enquiry", null)).isEqualTo("ENQ-2026-00042");
        assertThat(message.getHeader("X-Council-Reminder", null)).isEqualTo("overdue");
        assertThat(message.getHeader("Auto-Submitted", null)).isEqualTo("auto-generated");
        assertThat(message.getHeader("In-Reply-To", null)).isEqualTo("<q-1@northbrook.gov.uk>");
        assertThat(message.getRecipients(RecipientType.CC)).extracting(Object::toString)
            .containsExactly("carol.white@northbrook.gov.uk");
        assertThat(message.getSentDate().toInstant()).isEqualTo(SENT);
        assertThat(message.getSubject()).isEqualTo("Overdue: ENQ-2026-00042 Potholes on Hill Street");
        assertThat(message.getContent().toString()).contains("due on 7 December 2026");
    }

    @Test
    void aDigestWithNobodyToReadItGoesToThePostmaster() throws Exception {
        Reminder digest = new Reminder(ReminderKind.DIGEST, Optional.empty(), List.of(), List.of(),
            "Members' enquiries: week of 7 December 2026", "No enquiries are open.",
            "<digest.2026-12-07@northbrook.gov.uk>", Optional.empty());

        Mail mail = ReminderMail.build(digest, gateway(), new MailAddress("postmaster@northbrook.gov.uk"), SENT);

        assertThat(mail.getRecipients()).extracting(MailAddress::asString).containsExactly("postmaster@northbrook.gov.uk");
        assertThat(mail.getMessage().getHeader("X-Council-Enquiry")).isNull();
        assertThat(mail.getMessage().getHeader("X-Council-Reminder", null)).isEqualTo("digest");
        assertThat(mail.getMessage().getHeader("In-Reply-To")).isNull();
        assertThat(mail.getMessage().getMessageID()).isEqualTo("<digest.2026-12-07@northbrook.gov.uk>");
    }
}

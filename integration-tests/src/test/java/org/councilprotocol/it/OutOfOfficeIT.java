package org.councilprotocol.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilprotocol.it.FoundationIT.eventually;
import static org.councilprotocol.it.TestCouncil.BOB;
import static org.councilprotocol.it.TestCouncil.CAROL;
import static org.councilprotocol.it.TestCouncil.DAN;
import static org.councilprotocol.it.TestCouncil.MARY;
import static org.councilprotocol.it.TestCouncil.PRIYA;
import static org.councilprotocol.it.TestCouncil.RAJ;
import static org.councilprotocol.it.TestCouncil.TOM;
import static org.councilprotocol.it.TestCouncil.header;
import static org.councilprotocol.it.TestCouncil.message;
import static org.councilprotocol.it.TestCouncil.textOf;
import static org.councilprotocol.it.TestCouncil.withSubject;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Properties;

import javax.mail.Message;
import javax.mail.Session;
import javax.mail.internet.MimeBodyPart;
import javax.mail.internet.MimeMessage;
import javax.mail.internet.MimeMultipart;

import org.awaitility.Awaitility;
import org.councilprotocol.james.CouncilProtocol;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Out-of-office cover through real James (Thanet 9.1.5). James runs on the real clock, so the test council's
 * directory is dated from today: Bob Jones is away from three days ago until ten days from now, and Dan
 * Green covers for him. Priya Shah has no planned absence; Carol White is her alternate, and her absences
 * are learned from her own automatic replies. The state store is an H2 file the test can also open, so an
 * enquiry's reminder can be brought forward to today.
 */
class OutOfOfficeIT {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final LocalDate TODAY = LocalDate.now(LONDON);
    private static final Duration SWEEP_PATIENCE = Duration.ofSeconds(60);

    @TempDir
    static Path work;
    static String stateUrl;
    static TestCouncil council;

    @BeforeAll
    static void start() throws Exception {
        stateUrl = "jdbc:h2:file:" + work.resolve("state").toAbsolutePath() + ";AUTO_SERVER=TRUE";
        System.setProperty(CouncilProtocol.STATE_URL_PROPERTY, stateUrl);
        try {
            council = TestCouncil.start(work, null, OutOfOfficeIT::datedFromToday,
                gateway -> gateway.reminderInterval(Duration.ofSeconds(1)));
        } finally {
            System.clearProperty(CouncilProtocol.STATE_URL_PROPERTY);
        }
    }

    @AfterAll
    static void stop() {
        if (council != null) {
            council.close();
        }
    }

    /** Bob away around today, covered by Dan; Priya given Carol as her alternate. */
    static String datedFromToday(String directory) {
        String people = directory.substring(0, directory.indexOf("\nabsences:"))
            .replace("    manager: helen-ward\n    roles: [member-liaison]",
                "    manager: helen-ward\n    alternate: carol-white\n    roles: [member-liaison]");
        assertThat(people).contains("alternate: carol-white");
        return people + "\nabsences:\n"
            + "  - person: bob-jones\n"
            + "    from: " + TODAY.minusDays(3) + "\n"
            + "    to: " + TODAY.plusDays(10) + "\n"
            + "    alternate: dan-green\n";
    }

    private static String day(LocalDate date) {
        return DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", java.util.Locale.UK).format(date);
    }

    @Test
    void aMembersEnquiryToAnAbsentOfficerReachesTheAlternateOpenlyAndTheMemberIsToldOnce() throws Exception {
        council.submitAs(MARY, message(MARY, BOB, "Flooding under the railway bridge", """
            Dear Bob,

            The road under the railway bridge on Station Road floods whenever it rains. Could you tell me
            when the drains there will next be cleared?

            Thanks,
            Mary
            """));

        MimeMessage toBob = eventually().one(() -> withSubject(council.inbox(BOB), "Flooding under the railway bridge"));
        MimeMessage toDan = eventually().one(() -> withSubject(council.inbox(DAN), "Flooding under the railway bridge"));
        assertThat(header(toDan, "Cc")).contains(DAN);
        assertThat(header(toBob, "Cc")).contains(DAN);
        assertThat(header(toDan, "X-Council-Cover")).isEqualTo("bob-jones; away=" + TODAY.minusDays(3) + "/" + TODAY.plusDays(10)
            + "; alternate=dan-green; copied=yes; told=yes; clause=\"Thanet 9.1.5\"");
        assertThat(header(toDan, "X-Council-Enquiry")).startsWith("ENQ-");

        MimeMessage notice = eventually().one(() -> withSubject(council.inbox(MARY), "Bob Jones is away: Dan Green is covering"));
        assertThat(textOf(notice))
            .contains("who is away until " + day(TODAY.plusDays(10)))
            .contains("it has also gone, openly (in copy), to Dan Green, Highways Officer <dan.green@northbrook.gov.uk>")
            .contains("Thanet 9.1.5");
        assertThat(header(notice, "Auto-Submitted")).isEqualTo("auto-generated");

        // A second message in the same absence reaches Dan too, and Mary is not told again.
        council.submitAs(MARY, message(MARY, BOB, "Bus shelter glass, Canterbury Road",
            "Bob, the glass in the bus shelter on Canterbury Road has been smashed again. Could someone make it safe?"));
        MimeMessage second = eventually().one(() -> withSubject(council.inbox(DAN), "Bus shelter glass"));
        assertThat(header(second, "X-Council-Cover")).contains("copied=yes; told=earlier");
        assertThat(withSubject(council.inbox(MARY), "Bob Jones is away")).hasSize(1);
    }

    @Test
    void anOfficersAutoReplyWithoutAnAlternateArrivesWithTheAlternateInsertedInTextAndHtml() throws Exception {
        MimeMessage autoReply = new MimeMessage(Session.getInstance(new Properties()));
        autoReply.setFrom(BOB);
        autoReply.setRecipients(Message.RecipientType.TO, TOM);
        autoReply.setSubject("Automatic reply: Christmas lights, Eastcliff");
        autoReply.setHeader("Auto-Submitted", "auto-replied");
        autoReply.setHeader("X-Auto-Response-Suppress", "All");
        MimeBodyPart text = new MimeBodyPart();
        text.setText("Thank you for your email. I am out of the office until " + day(TODAY.plusDays(11))
            + " with limited access to email.\n\nBob Jones\n", "UTF-8");
        MimeBodyPart html = new MimeBodyPart();
        html.setText("<html><body><p>Thank you for your email. I am out of the office until " + day(TODAY.plusDays(11))
            + " with limited access to email.</p><p>Bob Jones</p></body></html>", "UTF-8", "html");
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(text);
        alternative.addBodyPart(html);
        autoReply.setContent(alternative);
        council.submitAs(BOB, autoReply);

        MimeMessage received = eventually().one(() -> withSubject(council.inbox(TOM), "Automatic reply: Christmas lights"));
        String contact = "please contact my colleague Dan Green, Highways Officer, at dan.green@northbrook.gov.uk";
        MimeMultipart parts = (MimeMultipart) received.getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        assertThat((String) parts.getBodyPart(0).getContent()).contains(contact);
        assertThat((String) parts.getBodyPart(1).getContent()).contains(contact).contains("<p>While I am away");
        assertThat(header(received, "X-Council-Cover")).contains("bob-jones; auto-reply").contains("alternate=dan-green; inserted=yes");
        assertThat(header(received, "X-Council-Finding")).contains("ooo-no-alternate");
    }

    @Test
    void aSignedAutoReplyIsLeftAsItWasAndItsCoverHeaderSaysNothingWasInserted() throws Exception {
        MimeMessage autoReply = new MimeMessage(Session.getInstance(new Properties()));
        autoReply.setFrom(BOB);
        autoReply.setRecipients(Message.RecipientType.TO, TOM);
        autoReply.setSubject("Automatic reply: Verge parking, Eastcliff");
        autoReply.setHeader("Auto-Submitted", "auto-replied");
        autoReply.setHeader("DKIM-Signature", "v=1; a=rsa-sha256; d=northbrook.gov.uk; s=outlook; h=from:to:subject; "
            + "bh=47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=; b=c2lnbmVk");
        String body = "Thank you for your email. I am out of the office until " + day(TODAY.plusDays(11)) + ".\n\nBob Jones\n";
        autoReply.setText(body, "UTF-8");
        council.submitAs(BOB, autoReply);

        MimeMessage received = eventually().one(() -> withSubject(council.inbox(TOM), "Automatic reply: Verge parking"));
        assertThat(((String) received.getContent()).replace("\r\n", "\n")).isEqualTo(body);
        assertThat(header(received, "X-Council-Cover")).contains("alternate=dan-green; inserted=no; reason=signed");
    }

    @Test
    void noNoticeAnswersAMembersAutoReplyAndItIsNotCopiedToTheAlternate() throws Exception {
        MimeMessage autoReply = message(RAJ, BOB, "Automatic reply: Harbour car park charges",
            "I am away on council business until next week and will reply on my return.");
        autoReply.setHeader("Auto-Submitted", "auto-replied");
        council.submitAs(RAJ, autoReply);

        MimeMessage toBob = eventually().one(() -> withSubject(council.inbox(BOB), "Automatic reply: Harbour car park"));
        assertThat(header(toBob, "X-Council-Cover")).contains("copied=no").doesNotContain("told");
        assertThat(header(toBob, "Cc")).isNull();

        // Raj's own message afterwards is the first one the gateway answers.
        council.submitAs(RAJ, message(RAJ, BOB, "Harbour car park charges", "Bob, could you tell me what the charges will be in January?"));
        MimeMessage notice = eventually().one(() -> withSubject(council.inbox(RAJ), "Bob Jones is away"));
        assertThat(TestCouncil.subjectOf(notice)).contains("\"Harbour car park charges\"");
        assertThat(withSubject(council.inbox(DAN), "Automatic reply: Harbour car park")).isEmpty();
    }

    @Test
    void anAbsenceLearnedFromAnAutoReplyMovesRemindersToTheAlternateAndEndsWhenTheOfficerIsBack() throws Exception {
        LocalDate back = TODAY.plusDays(14);
        MimeMessage autoReply = message(PRIYA, TOM, "Automatic reply: Mayor's reception guest list",
            "Hello, I am on annual leave, returning on " + day(back) + ". I will reply to your email when I am back.");
        autoReply.setHeader("Auto-Submitted", "auto-replied");
        council.submitAs(PRIYA, autoReply);
        MimeMessage received = eventually().one(() -> withSubject(council.inbox(TOM), "Automatic reply: Mayor's reception"));
        assertThat(header(received, "X-Council-Cover")).contains("priya-shah; auto-reply; back=").contains("alternate=carol-white");
        assertThat(textOf(received)).contains("Carol White, Director of Place, at carol.white@northbrook.gov.uk");

        // While she is away, a member's enquiry to her reaches Carol as well...
        council.submitAs(MARY, message(MARY, PRIYA, "Members' IT training dates",
            "Priya, could you tell me when the next IT training session for members will be held?"));
        MimeMessage toCarol = eventually().one(() -> withSubject(council.inbox(CAROL), "Members' IT training dates"));
        // The last day away is the day before the first working day on or after the day she named.
        assertThat(header(toCarol, "X-Council-Cover")).startsWith("priya-shah; away=" + TODAY + "/")
            .contains("; alternate=carol-white; copied=yes; told=yes");
        String enquiry = header(toCarol, "X-Council-Enquiry");
        String reference = enquiry.substring(0, enquiry.indexOf(';'));

        // ...and its reminder, brought forward to today, goes to Carol too.
        try (Connection connection = DriverManager.getConnection(stateUrl, "", "");
             PreparedStatement statement = connection.prepareStatement(
                 "UPDATE council_enquiry SET remind_on = ?, next_action_on = ? WHERE reference = ?")) {
            statement.setDate(1, Date.valueOf(TODAY.minusDays(1)));
            statement.setDate(2, Date.valueOf(TODAY.minusDays(1)));
            statement.setString(3, reference);
            assertThat(statement.executeUpdate()).isEqualTo(1);
        }
        List<MimeMessage> reminders = Awaitility.await().atMost(SWEEP_PATIENCE).pollInterval(Duration.ofMillis(500))
            .ignoreExceptions().until(() -> withSubject(council.inbox(CAROL), "Reminder: enquiry " + reference), list -> list.size() == 1);
        assertThat(header(reminders.get(0), "To")).contains(PRIYA).contains(CAROL);

        // Priya writes again: she is back, and the next enquiry is hers alone.
        council.submitAs(PRIYA, message(PRIYA, MARY, "RE: Members' IT training dates",
            "Mary, the next session is on the 14th, in the Council Chamber."));
        eventually().one(() -> withSubject(council.inbox(MARY), "RE: Members' IT training dates"));
        council.submitAs(MARY, message(MARY, PRIYA, "Members' parking permits",
            "Priya, could you tell me how members renew their parking permits?"));
        MimeMessage toPriya = eventually().one(() -> withSubject(council.inbox(PRIYA), "Members' parking permits"));
        assertThat(header(toPriya, "X-Council-Cover")).isNull();
        assertThat(header(toPriya, "Cc")).isNull();
    }
}

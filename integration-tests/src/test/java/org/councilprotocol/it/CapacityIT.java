package org.councilprotocol.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilprotocol.it.FoundationIT.eventually;
import static org.councilprotocol.it.TestCouncil.ANN;
import static org.councilprotocol.it.TestCouncil.BOB;
import static org.councilprotocol.it.TestCouncil.HELEN;
import static org.councilprotocol.it.TestCouncil.MARY;
import static org.councilprotocol.it.TestCouncil.header;
import static org.councilprotocol.it.TestCouncil.message;
import static org.councilprotocol.it.TestCouncil.textOf;
import static org.councilprotocol.it.TestCouncil.withSubject;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Properties;

import javax.mail.Multipart;
import javax.mail.Session;
import javax.mail.internet.MimeBodyPart;
import javax.mail.internet.MimeMessage;
import javax.mail.internet.MimeMultipart;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ward capacity through real James: tagged, declared once per thread, signed mail left alone, campaigning flagged. */
class CapacityIT {
    static final String RESIDENT = "jane.baker@example.org";
    static final String STATEMENT = "Councillor Ann Smith is writing as a ward councillor for Cliftonville West, "
        + "not on behalf of Northbrook District Council.";

    @TempDir
    static Path work;
    static TestCouncil council;

    @BeforeAll
    static void start() throws Exception {
        council = TestCouncil.start(work);
    }

    @AfterAll
    static void stop() {
        council.close();
    }

    private static MimeMessage wardLetter(String subject) throws Exception {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
        message.setFrom(ANN);
        message.setRecipients(javax.mail.Message.RecipientType.TO, RESIDENT);
        message.setSubject(subject);
        MimeBodyPart plain = new MimeBodyPart();
        plain.setText("Dear Mrs Baker,\n\nThank you for raising the broken paving outside your house on Northdown Road "
            + "in Cliftonville West. I have reported it to the highways team and asked them to repair it before the "
            + "winter.\n\nKind regards,\nAnn\n", "UTF-8");
        MimeBodyPart html = new MimeBodyPart();
        html.setText("<html><body><p>Dear Mrs Baker,</p><p>Thank you for raising the broken paving outside your house on "
            + "Northdown Road in Cliftonville West. I have reported it to the highways team and asked them to repair it "
            + "before the winter.</p><p>Kind regards,<br>Ann</p></body></html>", "UTF-8", "html");
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(plain);
        alternative.addBodyPart(html);
        message.setContent(alternative);
        return message;
    }

    @Test
    void aWardLetterToAResidentArrivesWithTheStatementInBothPartsAndTheHeader() throws Exception {
        council.submitAs(ANN, wardLetter("Broken paving on Northdown Road"));

        MimeMessage received = eventually().one(() -> withSubject(council.outside(), "Broken paving on Northdown Road"));
        assertThat(header(received, "X-Council-Capacity")).isEqualTo("ward; ward=\"Cliftonville West\"");
        assertThat(header(received, "X-Council-Finding")).isEqualTo("capacity-undeclared; action=tag; clause=\"Thanet 10.2.5\"");
        Multipart parts = (Multipart) received.getContent();
        String plain = (String) parts.getBodyPart(0).getContent();
        String html = (String) parts.getBodyPart(1).getContent();
        assertThat(plain).contains(STATEMENT);
        assertThat(plain.indexOf(STATEMENT)).isGreaterThan(plain.indexOf("before the winter"));
        assertThat(html).contains("<p>" + STATEMENT + "</p>");
    }

    @Test
    void aReplyInTheSameThreadDoesNotGetItTwice() throws Exception {
        MimeMessage reply = message(ANN, RESIDENT, "Re: Dog fouling on Dalby Square", """
            Dear Mr Ellis,

            The dog warden will patrol Dalby Square in Cliftonville West every morning next week.

            Ann

            On 20 Nov 2026, at 09:00, Cllr Ann Smith <cllr.ann.smith@northbrook.gov.uk> wrote:
            > Dear Mr Ellis, I have asked for extra patrols on Dalby Square.
            >
            > %s
            """.formatted(STATEMENT));
        council.submitAs(ANN, reply);

        MimeMessage received = eventually().one(() -> withSubject(council.outside(), "Re: Dog fouling on Dalby Square"));
        assertThat(header(received, "X-Council-Capacity")).startsWith("ward");
        assertThat(header(received, "X-Council-Finding")).isNull();
        String text = textOf(received);
        assertThat(text.indexOf(STATEMENT)).isEqualTo(text.lastIndexOf(STATEMENT));
    }

    @Test
    void signedMailArrivesUnchangedAndTheMemberIsToldInstead() throws Exception {
        String body = "--sig\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n"
            + "Dear Mrs Baker,\r\n\r\nI have reported the overflowing drain on Northdown Road in Cliftonville West to the "
            + "highways team.\r\n\r\nAnn\r\n--sig\r\nContent-Type: application/pkcs7-signature; name=smime.p7s\r\n"
            + "Content-Transfer-Encoding: base64\r\n\r\nMIAGCSqGSIb3DQEHAqCAMIACAQExDzANBglghkgBZQMEAgEFADCABgkqhkiG9w0BBwEAAKCAMIIF\r\n"
            + "--sig--\r\n";
        String raw = "From: " + ANN + "\r\nTo: " + RESIDENT + "\r\nSubject: Overflowing drain\r\nMIME-Version: 1.0\r\n"
            + "Message-ID: <signed-1@northbrook.gov.uk>\r\n"
            + "Content-Type: multipart/signed; protocol=\"application/pkcs7-signature\"; micalg=sha-256; boundary=\"sig\"\r\n\r\n"
            + body;
        MimeMessage signed = new MimeMessage(Session.getInstance(new Properties()),
            new ByteArrayInputStream(raw.getBytes(StandardCharsets.US_ASCII))) {
            @Override
            protected void updateMessageID() {
                // keep the id written above
            }
        };
        council.submitAs(ANN, signed);

        MimeMessage received = eventually().one(() -> withSubject(council.outside(), "Overflowing drain"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        received.writeTo(out);
        String delivered = out.toString(StandardCharsets.US_ASCII);
        // Everything from the first boundary to the closing one (the signed structure) is byte-for-byte the same;
        // only the epilogue's final line break is the transport's to keep or drop.
        String signedStructure = delivered.substring(delivered.indexOf("--sig"), delivered.indexOf("--sig--") + "--sig--".length());
        assertThat(signedStructure).isEqualTo(body.substring(0, body.indexOf("--sig--") + "--sig--".length()));
        assertThat(header(received, "X-Council-Finding")).isEqualTo("capacity-undeclared; action=flag; clause=\"Thanet 10.2.5\"");
        MimeMessage advice = eventually().one(() -> withSubject(council.inbox(ANN), "Advice on your message: Overflowing drain"));
        assertThat(textOf(advice)).contains("Thanet 10.2.5").contains("never changes signed mail");
    }

    @Test
    void campaigningMailIsFlaggedAndTheMemberAdvised() throws Exception {
        council.submitAs(ANN, message(ANN, RESIDENT, "Vote Independent on 7 May",
            "Dear Mr Ellis, on 7 May please vote for me and the Independent team. We are canvassing Dalby Square on "
                + "Saturday and would welcome your support; our campaign leaflet is attached."));

        MimeMessage received = eventually().one(() -> withSubject(council.outside(), "Vote Independent on 7 May"));
        assertThat(header(received, "X-Council-Capacity")).startsWith("party-political");
        assertThat(header(received, "X-Council-Finding")).contains("party-political-use; action=flag; clause=\"Thanet 9.4.1\"");
        MimeMessage advice = eventually().one(() -> withSubject(council.inbox(ANN), "Advice on your message: Vote Independent"));
        assertThat(textOf(advice)).contains("Thanet 9.4.1").contains("non-council email");
        eventually().one(() -> withSubject(council.inbox(HELEN), "Protocol check (flag): Vote Independent"));
    }

    @Test
    void cabinetAndPersonalMailIsTaggedAndUntouched() throws Exception {
        council.submitAs(ANN, message(ANN, BOB, "Housing strategy consultation draft",
            "Bob, as portfolio holder for Housing I have read the draft housing strategy; please add the temporary "
                + "accommodation figures before it goes to Cabinet."));
        council.submitAs(ANN, message(ANN, MARY, "Dinner on Saturday",
            "Mary, are you and David still free for dinner at ours on Saturday? My sister is visiting too."));

        MimeMessage cabinet = eventually().one(() -> withSubject(council.inbox(BOB), "Housing strategy consultation draft"));
        assertThat(header(cabinet, "X-Council-Capacity")).startsWith("cabinet");
        assertThat(header(cabinet, "X-Council-Finding")).isNull();
        assertThat(textOf(cabinet)).doesNotContain("writing as a ward councillor");
        MimeMessage personal = eventually().one(() -> withSubject(council.inbox(MARY), "Dinner on Saturday"));
        assertThat(header(personal, "X-Council-Capacity")).startsWith("personal");
        assertThat(header(personal, "X-Council-Finding")).isNull();
        assertThat(textOf(personal)).doesNotContain("writing as a ward councillor");
    }
}

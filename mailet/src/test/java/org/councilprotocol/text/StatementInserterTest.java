package org.councilprotocol.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import javax.mail.BodyPart;
import javax.mail.Multipart;
import javax.mail.Session;
import javax.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;

class StatementInserterTest {
    private static final String STATEMENT = "Councillor Ann Smith is writing as a ward councillor for Cliftonville West, "
        + "not on behalf of Northbrook District Council.";

    private static MimeMessage parse(String raw) throws Exception {
        return new MimeMessage(Session.getInstance(new Properties()),
            new ByteArrayInputStream(raw.replace("\n", "\r\n").getBytes(StandardCharsets.ISO_8859_1)));
    }

    /** Inserts, saves, writes and reads back, as James would deliver it. */
    private static MimeMessage roundTrip(MimeMessage message, String statement) throws Exception {
        assertThat(StatementInserter.insert(message, statement)).isEqualTo(StatementInserter.Outcome.ADDED);
        message.saveChanges();
        StatementInserter.keepAsBytes(message);
        message.saveChanges();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        message.writeTo(out);
        return new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(out.toByteArray()));
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    @Test
    void plainTextGetsTheStatementAfterTheAuthorsWordsAndBeforeTheQuote() throws Exception {
        MimeMessage message = parse("""
            From: cllr.ann.smith@northbrook.gov.uk
            To: resident@example.org
            Subject: Re: Bins on Elm Grove
            Content-Type: text/plain; charset=ISO-8859-1
            Content-Transfer-Encoding: quoted-printable

            Dear Mrs Baker, I have asked the waste team to collect your bins on Monday.
            Caf=E9 owners on the parade have the same problem.

            On 20 Nov 2026, at 09:00, Jane Baker <resident@example.org> wrote:
            > Our bins were missed again.
            """);

        MimeMessage delivered = roundTrip(message, STATEMENT);

        String text = (String) delivered.getContent();
        assertThat(delivered.getContentType()).containsIgnoringCase("charset=ISO-8859-1");
        assertThat(text).contains("Café owners");
        assertThat(count(text, STATEMENT)).isEqualTo(1);
        assertThat(text.indexOf(STATEMENT)).isGreaterThan(text.indexOf("same problem")).isLessThan(text.indexOf("wrote:"));
        assertThat(text).contains("> Our bins were missed again.");
    }

    @Test
    void aRewrittenBodyIsKeptAsBytesSoReadingItAsAStreamNeedsNoPipe() throws Exception {
        MimeMessage message = parse("""
            From: cllr.ann.smith@northbrook.gov.uk
            To: resident@example.org
            Subject: Street light
            MIME-Version: 1.0
            Content-Type: multipart/alternative; boundary="b1"

            --b1
            Content-Type: text/plain; charset=UTF-8

            The light outside number 4 is out.
            --b1
            Content-Type: text/html; charset=UTF-8

            <p>The light outside number 4 is out.</p>
            --b1--
            """);
        StatementInserter.insert(message, STATEMENT);
        message.saveChanges();
        String typeBefore = message.getContentType();

        StatementInserter.keepAsBytes(message);
        message.saveChanges();

        // A DataHandler over an object renders it through a pipe and a new thread; over bytes it just reads them.
        assertThat(message.getDataHandler().getDataSource()).isInstanceOf(javax.mail.util.ByteArrayDataSource.class);
        assertThat(message.getContentType()).isEqualTo(typeBefore);
        String body = new String(message.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(count(body, STATEMENT)).isEqualTo(2);
        Multipart parts = (Multipart) message.getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        assertThat((String) parts.getBodyPart(0).getContent()).contains(STATEMENT);
    }

    @Test
    void theStatementGoesAboveTheSignature() {
        String text = StatementInserter.plain("Dear Mr Khan,\nI will raise this.\n\n-- \nCllr Ann Smith\nCliftonville West\n", STATEMENT);

        assertThat(text.indexOf(STATEMENT)).isLessThan(text.indexOf("-- "));
        assertThat(text).endsWith("-- \r\nCllr Ann Smith\r\nCliftonville West\r\n");
    }

    @Test
    void bothRenderingsOfAnAlternativeGetItAndTheHtmlGetsARealParagraphAboveTheQuote() throws Exception {
        MimeMessage message = parse("""
            From: cllr.ann.smith@northbrook.gov.uk
            To: resident@example.org
            Subject: Re: Street light
            MIME-Version: 1.0
            Content-Type: multipart/alternative; boundary="b1"

            --b1
            Content-Type: text/plain; charset=UTF-8

            I have reported the street light.

            On Fri, Jane Baker <resident@example.org> wrote:
            > The light is out.
            --b1
            Content-Type: text/html; charset=UTF-8

            <html><body><div dir="ltr">I have reported the street light.</div><div class="gmail_quote"><div class="gmail_attr">On Fri, Jane Baker wrote:</div><blockquote>The light is out.</blockquote></div></body></html>
            --b1--
            """);

        MimeMessage delivered = roundTrip(message, STATEMENT);

        Multipart parts = (Multipart) delivered.getContent();
        String plain = (String) parts.getBodyPart(0).getContent();
        String html = (String) parts.getBodyPart(1).getContent();
        assertThat(count(plain, STATEMENT)).isEqualTo(1);
        assertThat(html).contains("<p>" + STATEMENT + "</p><div class=\"gmail_quote\">");
        assertThat(count(html, STATEMENT)).isEqualTo(1);
    }

    @Test
    void htmlTextIsEscapedNotInjected() {
        String html = StatementInserter.html("<p>Hello</p>", "Councillor O'Brien & <Co> writes as ward councillor.",
            StandardCharsets.UTF_8);

        assertThat(html).contains("<p>Councillor O'Brien &amp; &lt;Co&gt; writes as ward councillor.</p>");
    }

    @Test
    void attachmentsAreLeftExactlyAsTheyWere() throws Exception {
        MimeMessage message = parse("""
            From: cllr.ann.smith@northbrook.gov.uk
            To: resident@example.org
            Subject: Planning letter
            MIME-Version: 1.0
            Content-Type: multipart/mixed; boundary="m1"

            --m1
            Content-Type: text/plain; charset=us-ascii

            Please find the letter attached.
            --m1
            Content-Type: application/pdf; name="letter.pdf"
            Content-Disposition: attachment; filename="letter.pdf"
            Content-Transfer-Encoding: base64

            JVBERi0xLjQKJcfsj6IKMSAwIG9iago8PD4+CmVuZG9iago=
            --m1--
            """);

        MimeMessage delivered = roundTrip(message, "Councillor Siân Hughes is writing as ward councillor.");

        Multipart parts = (Multipart) delivered.getContent();
        BodyPart body = parts.getBodyPart(0);
        assertThat((String) body.getContent()).contains("Councillor Siân Hughes is writing as ward councillor.");
        // us-ascii cannot carry the name, so the part moves to a charset that can.
        assertThat(body.getContentType()).doesNotContainIgnoringCase("us-ascii");
        assertThat(parts.getBodyPart(1).getInputStream().readAllBytes())
            .isEqualTo(java.util.Base64.getDecoder().decode("JVBERi0xLjQKJcfsj6IKMSAwIG9iago8PD4+CmVuZG9iago="));
    }

    @Test
    void signedMailIsNeverAltered() throws Exception {
        String raw = """
            From: cllr.ann.smith@northbrook.gov.uk
            To: resident@example.org
            Subject: Signed
            MIME-Version: 1.0
            Content-Type: multipart/signed; protocol="application/pkcs7-signature"; micalg=sha-256; boundary="s1"

            --s1
            Content-Type: text/plain; charset=UTF-8

            I will raise this with officers.
            --s1
            Content-Type: application/pkcs7-signature; name=smime.p7s

            MIAGCSqGSIb3DQEHAqCAMIACAQExDzANBglghkgBZQMEAgEFADCABgkqhkiG9w0BBwEAAKCAMIIF
            --s1--
            """;
        MimeMessage message = parse(raw);

        assertThat(StatementInserter.insert(message, STATEMENT)).isEqualTo(StatementInserter.Outcome.SIGNED);
        assertThat(StatementInserter.signature(message)).contains("multipart/signed");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        message.writeTo(out);
        assertThat(out.toString(StandardCharsets.ISO_8859_1)).doesNotContain(STATEMENT);
    }

    @Test
    void dkimSignedMailIsNeverAltered() throws Exception {
        MimeMessage message = parse("""
            DKIM-Signature: v=1; a=rsa-sha256; d=northbrook.gov.uk; s=sel; h=from:to:subject; bh=abc; b=def
            From: cllr.ann.smith@northbrook.gov.uk
            To: resident@example.org
            Subject: Signed by client

            Hello.
            """);

        assertThat(StatementInserter.insert(message, STATEMENT)).isEqualTo(StatementInserter.Outcome.SIGNED);
    }

    @Test
    void aMessageWithOnlyAnAttachmentHasNoBodyToAddTo() throws Exception {
        MimeMessage message = parse("""
            From: cllr.ann.smith@northbrook.gov.uk
            To: resident@example.org
            Subject: Scan
            MIME-Version: 1.0
            Content-Type: application/pdf
            Content-Transfer-Encoding: base64

            JVBERi0xLjQK
            """);

        assertThat(StatementInserter.insert(message, STATEMENT)).isEqualTo(StatementInserter.Outcome.NO_BODY);
    }
}

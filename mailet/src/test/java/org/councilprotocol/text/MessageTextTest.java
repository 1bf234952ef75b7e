package org.councilprotocol.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.Properties;

import javax.mail.MessagingException;
import javax.mail.Session;
import javax.mail.internet.MimeMessage;

import org.councilprotocol.text.QuotedPart.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Whole MIME messages read as text: transfer encodings and charsets, HTML from Outlook, Gmail and
 * Apple Mail (hidden parts left out), alternatives, attached messages, attachments that are not read,
 * broken structure and the limits that keep hostile mail from costing too much.
 */
class MessageTextTest {
    private static final Session SESSION = Session.getInstance(new Properties());
    private static final String HEADERS = """
        From: Cllr Ann Smith <cllr.ann.smith@northbrook.gov.uk>
        To: Bob Jones <bob.jones@northbrook.gov.uk>
        Subject: Grant for the Harbour youth club
        Date: Mon, 23 Nov 2026 10:15:00 +0000
        Message-ID: <grant-1@northbrook.gov.uk>
        MIME-Version: 1.0
        """;

    /** A message as it arrives over SMTP: the text with CRLF line ends, then any raw body bytes. */
    static MimeMessage parse(String headersAndBody, byte... rawBody) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            bytes.writeBytes(headersAndBody.replace("\r\n", "\n").replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
            bytes.writeBytes(rawBody);
            return new MimeMessage(SESSION, new ByteArrayInputStream(bytes.toByteArray()));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static MessageText read(String headersAndBody, byte... rawBody) {
        return MessageText.of(parse(headersAndBody, rawBody));
    }

    // ---- Transfer encodings and charsets

    @Test
    void quotedPrintableWithSoftLineBreaksAndAPoundSign() {
        MessageText text = read(HEADERS + """
            Content-Type: text/plain; charset="utf-8"
            Content-Transfer-Encoding: quoted-printable

            Bob, the youth club needs =C2=A31,200 for the new roof. Could you confirm wh=
            ether the community grant can cover it?

            Ann
            """);

        assertThat(text.authorText()).isEqualTo("""
            Bob, the youth club needs £1,200 for the new roof. Could you confirm whether the community grant can cover it?

            Ann""");
        assertThat(text.quoted()).isEmpty();
        assertThat(text.truncated()).isFalse();
    }

    @Test
    void base64Utf8Body() {
        String words = "Bob, the café on Harbour Parade – “Sea Breeze” – still has no licence.\n\nAnn\n";
        MessageText text = read(HEADERS + """
            Content-Type: text/plain; charset=UTF-8
            Content-Transfer-Encoding: base64

            """ + Base64.getMimeEncoder().encodeToString(words.getBytes(StandardCharsets.UTF_8)) + "\n");

        assertThat(text.authorText()).isEqualTo(words.strip());
    }

    @Test
    void base64CutShortStillGivesTheWordsBeforeTheCut() {
        String words = "Bob, please can you send me the gritting routes for Cliftonville West before Friday?";
        String encoded = Base64.getEncoder().encodeToString(words.getBytes(StandardCharsets.UTF_8));
        MessageText text = read(HEADERS + """
            Content-Type: text/plain; charset=UTF-8
            Content-Transfer-Encoding: base64

            """ + encoded.substring(0, encoded.length() - 3) + "\n");

        assertThat(text.allText()).startsWith("Bob, please can you send me the gritting routes");
    }

    @Test
    void windows1252Body() {
        byte[] body = "Bob, the hire fee is £45 and the hall is ‘booked’ – can it be waived?\r\n"
            .getBytes(Charset.forName("windows-1252"));
        MessageText text = read(HEADERS + """
            Content-Type: text/plain; charset=windows-1252
            Content-Transfer-Encoding: 8bit

            """, body);

        assertThat(text.authorText()).isEqualTo("Bob, the hire fee is £45 and the hall is ‘booked’ – can it be waived?");
    }

    @Test
    void anUnknownCharsetNameFallsBackToUtf8OrWindows1252() {
        byte[] legacy = "Bob, £45 – ‘urgent’\r\n".getBytes(Charset.forName("windows-1252"));
        MessageText fromLegacy = read(HEADERS + """
            Content-Type: text/plain; charset="x-northbrook-legacy"
            Content-Transfer-Encoding: 8bit

            """, legacy);
        assertThat(fromLegacy.authorText()).isEqualTo("Bob, £45 – ‘urgent’");

        byte[] utf8 = "Bob, £45 – ‘urgent’\r\n".getBytes(StandardCharsets.UTF_8);
        MessageText fromUtf8 = read(HEADERS + """
            Content-Type: text/plain; charset="x-northbrook-legacy"
            Content-Transfer-Encoding: 8bit

            """, utf8);
        assertThat(fromUtf8.authorText()).isEqualTo("Bob, £45 – ‘urgent’");

        MessageText badName = read(HEADERS + """
            Content-Type: text/plain; charset="utf 8 / latin"
            Content-Transfer-Encoding: 8bit

            """, utf8);
        assertThat(badName.authorText()).isEqualTo("Bob, £45 – ‘urgent’");
    }

    @Test
    void utf8MislabelledAsAscii() {
        MessageText text = read(HEADERS + """
            Content-Type: text/plain; charset=us-ascii
            Content-Transfer-Encoding: 8bit

            """, "Bob, Cllr Siân Hughes asked about the café.\r\n".getBytes(StandardCharsets.UTF_8));

        assertThat(text.authorText()).isEqualTo("Bob, Cllr Siân Hughes asked about the café.");
    }

    @Test
    void noContentTypeAtAllIsPlainText() {
        MessageText text = read("""
            From: Cllr Ann Smith <cllr.ann.smith@northbrook.gov.uk>
            To: Bob Jones <bob.jones@northbrook.gov.uk>
            Subject: Bins

            Bob, the bins on Elm Grove were missed again.
            """);

        assertThat(text.authorText()).isEqualTo("Bob, the bins on Elm Grove were missed again.");
    }

    @Test
    void anUnknownTransferEncodingIsReadAsItStands() {
        MessageText text = read(HEADERS + """
            Content-Type: text/plain; charset=utf-8
            Content-Transfer-Encoding: 8-bit

            Bob, please do not share this with other councillors.
            """);

        assertThat(text.authorText()).isEqualTo("Bob, please do not share this with other councillors.");
    }

    // ---- HTML

    @Test
    void outlookHtmlReplyWithItsReplyHeaderBlock() {
        MessageText text = read(HEADERS.replace("Cllr Ann Smith <cllr.ann.smith", "Bob Jones <bob.jones")
            .replace("To: Bob Jones <bob.jones", "To: Cllr Raj Patel <cllr.raj.patel") + """
            Content-Type: text/html; charset="utf-8"
            Content-Transfer-Encoding: quoted-printable

            <html xmlns:o=3D"urn:schemas-microsoft-com:office:office"><head>
            <meta http-equiv=3D"Content-Type" content=3D"text/html; charset=3Dutf-8">
            <style>p.MsoNormal{margin:0cm;font-size:11.0pt;}</style></head>
            <body lang=3D"EN-GB"><div class=3D"WordSection1">
            <p class=3D"MsoNormal">Raj,<o:p></o:p></p>
            <p class=3D"MsoNormal">For your information &#8211; see Ann&#8217;s email below.<o:p></o:p></p>
            <p class=3D"MsoNormal">Bob<o:p></o:p></p>
            <div id=3D"mail-editor-reference-message-container"><hr style=3D"display:inline-block;width:98%" tabindex=3D"-1">
            <div id=3D"divRplyFwdMsg" dir=3D"ltr"><font face=3D"Calibri, sans-serif" style=3D"font-size:11pt" color=3D"#000000">
            <b>From:</b> Cllr Ann Smith &lt;cllr.ann.smith@northbrook.gov.uk&gt;<br>
            <b>Sent:</b> Monday, November 23, 2026 10:15 AM<br>
            <b>To:</b> Bob Jones &lt;bob.jones@northbrook.gov.uk&gt;<br>
            <b>Cc:</b> Cllr Lucy Gray &lt;cllr.lucy.gray@northbrook.gov.uk&gt;<br>
            <b>Subject:</b> Damp in Garlinge Road flats</font><div>&nbsp;</div></div>
            <div><p>Bob, tenants at 12 Garlinge Road report black mould in two bedrooms.</p><p>Ann</p></div>
            </div></div></body></html>
            """);

        assertThat(text.authorText()).contains("Raj,", "For your information – see Ann’s email below.", "Bob")
            .doesNotContain("black mould", "From:", "p.MsoNormal");
        assertThat(text.quoted()).singleElement().satisfies(part -> {
            assertThat(part.fromName()).contains("Cllr Ann Smith");
            assertThat(part.fromAddress()).contains("cllr.ann.smith@northbrook.gov.uk");
            assertThat(part.to()).contains("bob.jones@northbrook.gov.uk");
            assertThat(part.cc()).contains("cllr.lucy.gray@northbrook.gov.uk");
            assertThat(part.subject()).contains("Damp in Garlinge Road flats");
            assertThat(part.text()).contains("Bob, tenants at 12 Garlinge Road report black mould in two bedrooms.", "Ann");
        });
    }

    @Test
    void outlookDesktopHtmlWithMsoParagraphs() {
        MessageText text = read(HEADERS + """
            Content-Type: text/html; charset="us-ascii"

            <html><body><div class=WordSection1><p class=MsoNormal>Dan, can you arrange the survey?<o:p></o:p></p>
            <p class=MsoNormal><o:p>&nbsp;</o:p></p>
            <div><div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>
            <p class=MsoNormal><b><span lang=EN-US>From:</span></b><span lang=EN-US> Cllr Ann Smith
            &lt;cllr.ann.smith@northbrook.gov.uk&gt; <br><b>Sent:</b> 23 November 2026 10:15<br>
            <b>To:</b> Bob Jones &lt;bob.jones@northbrook.gov.uk&gt;<br><b>Subject:</b> Flooding on Hill Street<o:p></o:p></span></p>
            </div></div><p class=MsoNormal><o:p>&nbsp;</o:p></p>
            <p class=MsoNormal>Bob, residents on Hill Street have had water in their cellars again.<o:p></o:p></p>
            </div></body></html>
            """);

        assertThat(text.authorText()).isEqualTo("Dan, can you arrange the survey?");
        assertThat(text.quoted()).singleElement().satisfies(part -> {
            assertThat(part.fromAddress()).contains("cllr.ann.smith@northbrook.gov.uk");
            assertThat(part.text()).isEqualTo("Bob, residents on Hill Street have had water in their cellars again.");
        });
    }

    @Test
    void gmailHtmlReplyWithGmailQuoteAndBlockquote() {
        MessageText text = read(HEADERS + """
            Content-Type: text/html; charset="UTF-8"

            <div dir="ltr">Thanks Ann, I have asked the contractor to attend on Thursday.<div><br></div><div>Bob</div></div><br>
            <div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Mon, 23 Nov 2026 at 10:15, Cllr Ann Smith &lt;<a
            href="mailto:cllr.ann.smith@northbrook.gov.uk">cllr.ann.smith@northbrook.gov.uk</a>&gt; wrote:<br></div>
            <blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">
            <div dir="ltr">Bob,<div>The bollard outside the Co-op on Harbour Parade has been knocked down.</div>
            <div>Please copy in Cllr Raj Patel, as it is his ward too.</div></div></blockquote></div>
            """);

        // Gmail's "<div><br></div>" is the blank line the writer typed.
        assertThat(text.authorText()).isEqualTo("Thanks Ann, I have asked the contractor to attend on Thursday.\n\nBob");
        assertThat(text.quoted()).singleElement().satisfies(part -> {
            assertThat(part.kind()).isEqualTo(Kind.REPLY);
            assertThat(part.fromAddress()).contains("cllr.ann.smith@northbrook.gov.uk");
            assertThat(part.fromName()).contains("Cllr Ann Smith");
            assertThat(part.text()).isEqualTo("""
                Bob,
                The bollard outside the Co-op on Harbour Parade has been knocked down.
                Please copy in Cllr Raj Patel, as it is his ward too.""");
        });
    }

    @Test
    void gmailHtmlReplyToAReplyNestsBlockquotes() {
        MessageText text = read(HEADERS + """
            Content-Type: text/html; charset="UTF-8"

            <div dir="ltr">Thanks both.</div>
            <div class="gmail_quote"><div class="gmail_attr">On Mon, 23 Nov 2026 at 14:02, Bob Jones &lt;bob.jones@northbrook.gov.uk&gt; wrote:</div>
            <blockquote class="gmail_quote"><div>Ann, the survey is booked for Thursday.</div>
            <div class="gmail_quote"><div class="gmail_attr">On Mon, 23 Nov 2026 at 10:15, Cllr Ann Smith &lt;cllr.ann.smith@northbrook.gov.uk&gt; wrote:</div>
            <blockquote class="gmail_quote"><div>Bob, residents have had water in their cellars again.</div></blockquote></div>
            </blockquote></div>
            """);

        assertThat(text.authorText()).isEqualTo("Thanks both.");
        assertThat(text.quoted()).hasSize(2);
        assertThat(text.quoted().get(0).fromAddress()).contains("bob.jones@northbrook.gov.uk");
        assertThat(text.quoted().get(0).text()).isEqualTo("Ann, the survey is booked for Thursday.");
        assertThat(text.quoted().get(1).fromAddress()).contains("cllr.ann.smith@northbrook.gov.uk");
        assertThat(text.quoted().get(1).text()).isEqualTo("Bob, residents have had water in their cellars again.");
    }

    @Test
    void gmailHtmlForwardedMessage() {
        MessageText text = read(HEADERS + """
            Content-Type: text/html; charset="UTF-8"

            <div dir="ltr">Raj, FYI.<br><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>
            From: <strong class="gmail_sendername" dir="auto">Cllr Ann Smith</strong> <span dir="auto">&lt;<a
            href="mailto:cllr.ann.smith@northbrook.gov.uk">cllr.ann.smith@northbrook.gov.uk</a>&gt;</span><br>
            Date: Mon, 23 Nov 2026 at 10:15<br>Subject: Christmas lights<br>To: Bob Jones &lt;<a
            href="mailto:bob.jones@northbrook.gov.uk">bob.jones@northbrook.gov.uk</a>&gt;<br></div><br><br>
            <div dir="ltr">Bob, when will the Christmas lights be switched on this year?</div></div></div>
            """);

        assertThat(text.authorText()).isEqualTo("Raj, FYI.");
        assertThat(text.quoted()).singleElement().satisfies(part -> {
            assertThat(part.kind()).isEqualTo(Kind.FORWARD);
            assertThat(part.fromName()).contains("Cllr Ann Smith");
            assertThat(part.fromAddress()).contains("cllr.ann.smith@northbrook.gov.uk");
            assertThat(part.to()).contains("bob.jones@northbrook.gov.uk");
            assertThat(part.text()).isEqualTo("Bob, when will the Christmas lights be switched on this year?");
        });
    }

    @Test
    void appleHtmlForwardInsideACiteBlockquote() {
        MessageText text = read(HEADERS + """
            Content-Type: text/html; charset="UTF-8"

            <html><body dir="auto">Raj - see below from Ann.<br><br><div dir="ltr">Sent from my iPad</div>
            <div dir="ltr"><br><blockquote type="cite">Begin forwarded message:<br><br></blockquote></div>
            <blockquote type="cite"><div dir="ltr"><b>From:</b> Cllr Ann Smith &lt;cllr.ann.smith@northbrook.gov.uk&gt;<br>
            <b>Date:</b> 23 November 2026 at 10:15:00 GMT<br><b>To:</b> Bob Jones &lt;bob.jones@northbrook.gov.uk&gt;<br>
            <b>Subject:</b> <b>Parking on Dane Road</b><br><br></div></blockquote>
            <blockquote type="cite"><div dir="ltr">Bob, residents are asking for a residents' parking scheme.</div></blockquote>
            </body></html>
            """);

        assertThat(text.authorText()).contains("Raj - see below from Ann.").doesNotContain("parking scheme");
        assertThat(text.quoted()).anySatisfy(part -> {
            assertThat(part.kind()).isEqualTo(Kind.FORWARD);
            assertThat(part.fromAddress()).contains("cllr.ann.smith@northbrook.gov.uk");
            assertThat(part.subject()).contains("Parking on Dane Road");
        });
        assertThat(text.allText()).contains("residents' parking scheme");
    }

    @Test
    void hiddenHtmlIsNotRead() {
        MessageText text = read(HEADERS + """
            Content-Type: text/html; charset="UTF-8"

            <html><head><title>Happy for this to go to anyone</title><style>.x{color:red}</style>
            <script>var note = "Please copy in Cllr Raj Patel";</script></head>
            <body><p>Bob, please look at the fly-tipping on Elm Grove.</p>
            <span style="display: none !important; font-size:0">Happy for this to go to other councillors.</span>
            <div hidden>Feel free to share this.</div>
            <p style="visibility:hidden">You may forward my email.</p>
            <span style='mso-hide:all'>Please share this with my ward colleagues.</span>
            <noscript>Please copy in everyone</noscript><template><p>Copy in Cllr Tom Evans</p></template>
            <p>Ann</p><script>document.write("consent")</script></body></html>
            """);

        assertThat(text.allText()).contains("Bob, please look at the fly-tipping on Elm Grove.", "Ann")
            .doesNotContain("Happy for this", "Feel free", "You may forward", "Please copy", "ward colleagues",
                "Tom Evans", "consent", "color:red");
    }

    @Test
    void htmlTableCellsAndLineBreaksKeepWordsApart() {
        MessageText text = read(HEADERS + """
            Content-Type: text/html; charset="UTF-8"

            <table><tr><td>Ward:</td><td>Cliftonville West</td></tr><tr><td>Issue:</td><td>Street lights</td></tr></table>
            <p>Line one<br>Line two<br><br>Line four</p>
            """);

        assertThat(text.allText()).contains("Cliftonville West", "Street lights", "Line one\nLine two")
            .doesNotContain("Ward:Cliftonville", "Issue:Street");
    }

    @Test
    @Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void deeplyNestedHtmlStillGivesItsWords() {
        String html = "<div>".repeat(5_000) + "Please do not share this with other councillors." + "</div>".repeat(5_000);
        MessageText text = read(HEADERS + """
            Content-Type: text/html; charset="UTF-8"

            """ + html + "\n");

        assertThat(text.allText()).contains("Please do not share this with other councillors.");
    }

    // ---- Multipart structure

    @Test
    void alternativePrefersThePlainText() {
        MessageText text = read(HEADERS + """
            Content-Type: multipart/alternative; boundary="alt"

            --alt
            Content-Type: text/plain; charset=utf-8

            Bob, the Harbour Parade railings are rusting through.
            --alt
            Content-Type: text/html; charset=utf-8

            <p>Bob, the <b>Harbour Parade</b> railings are rusting through.</p>
            --alt--
            """);

        assertThat(text.allText()).isEqualTo("Bob, the Harbour Parade railings are rusting through.");
    }

    @Test
    void alternativeWithAnEmptyPlainPartReadsTheHtml() {
        MessageText text = read(HEADERS + """
            Content-Type: multipart/alternative; boundary="alt"

            --alt
            Content-Type: text/plain; charset=utf-8


            --alt
            Content-Type: text/html; charset=utf-8

            <p>Bob, please do not share this with other councillors.</p>
            --alt--
            """);

        assertThat(text.allText()).isEqualTo("Bob, please do not share this with other councillors.");
    }

    @Test
    void thunderbirdHtmlReplyQuotesPreformattedText() {
        MessageText text = read(HEADERS + """
            Content-Type: text/html; charset=utf-8

            <html><body><p>Thanks Ann, passed to Dan.</p>
            <div class="moz-cite-prefix">On 23/11/2026 10:15, Cllr Ann Smith wrote:<br></div>
            <blockquote type="cite" cite="mid:enquiry-1@northbrook.gov.uk"><pre class="moz-quote-pre" wrap="">Bob,
            The verges on Westgate Road have not been cut since August.
            Please do not share this with other councillors.</pre></blockquote></body></html>
            """);

        assertThat(text.authorText()).isEqualTo("Thanks Ann, passed to Dan.");
        assertThat(text.quoted()).singleElement().satisfies(part -> {
            assertThat(part.fromName()).contains("Cllr Ann Smith");
            assertThat(part.text()).isEqualTo("""
                Bob,
                The verges on Westgate Road have not been cut since August.
                Please do not share this with other councillors.""");
        });
    }

    @Test
    void preformattedHtmlKeepsAnOutlookHeaderBlock() {
        MessageText text = read(HEADERS + """
            Content-Type: text/html; charset=utf-8

            <pre>Dan, see below.

            -----Original Message-----
            From: Cllr Ann Smith &lt;cllr.ann.smith@northbrook.gov.uk&gt;
            Sent: 23 November 2026 10:15
            To: Bob Jones &lt;bob.jones@northbrook.gov.uk&gt;
            Subject: Verges

            The verges on Westgate Road have not been cut since August.</pre>
            """);

        assertThat(text.authorText()).isEqualTo("Dan, see below.");
        assertThat(text.quoted()).singleElement().satisfies(part -> {
            assertThat(part.fromAddress()).contains("cllr.ann.smith@northbrook.gov.uk");
            assertThat(part.text()).isEqualTo("The verges on Westgate Road have not been cut since August.");
        });
    }

    @Test
    void alternativeWithoutPlainTextReadsTheHtmlNotTheCalendar() {
        MessageText text = read(HEADERS + """
            Content-Type: multipart/alternative; boundary="alt"

            --alt
            Content-Type: text/html; charset=utf-8

            <p>Bob, can we meet at the Harbour Parade site on Thursday?</p>
            --alt
            Content-Type: text/calendar; charset=utf-8; method=REQUEST

            BEGIN:VCALENDAR
            SUMMARY:Site visit
            END:VCALENDAR
            --alt--
            """);

        assertThat(text.allText()).isEqualTo("Bob, can we meet at the Harbour Parade site on Thursday?");
    }

    @Test
    void mixedReadsTheBodyButNotTheAttachments() {
        MessageText text = read(HEADERS + """
            Content-Type: multipart/mixed; boundary="mix"

            --mix
            Content-Type: multipart/alternative; boundary="alt"

            --alt
            Content-Type: text/plain; charset=utf-8

            Bob, the minutes are attached.
            --alt
            Content-Type: text/html; charset=utf-8

            <p>Bob, the minutes are attached.</p>
            --alt--
            --mix
            Content-Type: text/plain; charset=utf-8; name="minutes.txt"
            Content-Disposition: attachment; filename="minutes.txt"

            Item 4: please copy in Cllr Raj Patel on all highways matters.
            --mix
            Content-Type: application/pdf; name="plan.pdf"
            Content-Disposition: attachment; filename="plan.pdf"
            Content-Transfer-Encoding: base64

            JVBERi0xLjQKJcfsj6IKNSAwIG9iago8PC9MZW5ndGggNiAwIFI+PgpzdHJlYW0K
            --mix--
            """);

        assertThat(text.allText()).isEqualTo("Bob, the minutes are attached.");
        assertThat(text.quoted()).isEmpty();
        assertThat(text.truncated()).isFalse();
    }

    @Test
    void aMultipartWithoutItsBoundaryIsReadAsText() {
        MessageText text = read(HEADERS + """
            Content-Type: multipart/mixed

            Bob, please do not share this with other councillors.

            Ann
            """);

        assertThat(text.allText()).contains("please do not share this with other councillors");
    }

    @Test
    void aMultipartWhoseBoundaryNeverAppearsIsReadAsText() {
        MessageText text = read(HEADERS + """
            Content-Type: multipart/mixed; boundary="never-used"

            Bob, please do not share this with other councillors.
            """);

        assertThat(text.allText()).contains("please do not share this with other councillors");
    }

    @Test
    void aMessageForwardedAsAnAttachment() {
        MessageText text = read("""
            From: Bob Jones <bob.jones@northbrook.gov.uk>
            To: Cllr Raj Patel <cllr.raj.patel@northbrook.gov.uk>
            Subject: FW: Damp in Garlinge Road flats
            Date: Mon, 23 Nov 2026 11:00:00 +0000
            MIME-Version: 1.0
            Content-Type: multipart/mixed; boundary="fwd"

            --fwd
            Content-Type: text/plain; charset=utf-8

            Raj, see the attached from Ann.
            --fwd
            Content-Type: message/rfc822
            Content-Disposition: attachment; filename="Damp in Garlinge Road flats.eml"

            From: "Smith, Ann (Cllr)" <cllr.ann.smith@northbrook.gov.uk>
            To: Bob Jones <bob.jones@northbrook.gov.uk>
            Cc: Cllr Lucy Gray <cllr.lucy.gray@northbrook.gov.uk>
            Subject: Damp in Garlinge Road flats
            Date: Mon, 23 Nov 2026 10:15:00 +0000
            Content-Type: text/plain; charset=utf-8

            Bob, tenants at 12 Garlinge Road report black mould. Not for circulation.
            --fwd--
            """);

        assertThat(text.authorText()).isEqualTo("Raj, see the attached from Ann.");
        assertThat(text.quoted()).singleElement().satisfies(part -> {
            assertThat(part.kind()).isEqualTo(Kind.FORWARD);
            assertThat(part.fromName()).contains("Smith, Ann (Cllr)");
            assertThat(part.fromAddress()).contains("cllr.ann.smith@northbrook.gov.uk");
            assertThat(part.to()).containsExactly("bob.jones@northbrook.gov.uk");
            assertThat(part.cc()).containsExactly("cllr.lucy.gray@northbrook.gov.uk");
            assertThat(part.subject()).contains("Damp in Garlinge Road flats");
            assertThat(part.sent()).contains("Mon, 23 Nov 2026 10:15:00 +0000");
            assertThat(part.text()).isEqualTo("Bob, tenants at 12 Garlinge Road report black mould. Not for circulation.");
            assertThat(part.marker()).isEqualTo("attached message");
        });
        assertThat(text.allText()).contains("Raj, see the attached from Ann.", "black mould");
    }

    @Test
    void anAttachedMessageThatItselfQuotesEarlierMail() {
        MessageText text = read("""
            From: Bob Jones <bob.jones@northbrook.gov.uk>
            To: Carol White <carol.white@northbrook.gov.uk>
            Subject: FW: RE: Flooding on Hill Street
            MIME-Version: 1.0
            Content-Type: multipart/mixed; boundary="fwd"

            --fwd
            Content-Type: text/plain; charset=utf-8

            Carol, the thread is attached.
            --fwd
            Content-Type: message/rfc822

            From: Dan Green <dan.green@northbrook.gov.uk>
            To: Bob Jones <bob.jones@northbrook.gov.uk>
            Subject: RE: Flooding on Hill Street
            Content-Type: text/plain; charset=utf-8

            Bob, survey done, report to follow.

            -----Original Message-----
            From: Cllr Ann Smith <cllr.ann.smith@northbrook.gov.uk>
            Sent: 23 November 2026 10:15
            To: Bob Jones <bob.jones@northbrook.gov.uk>
            Subject: Flooding on Hill Street

            Bob, residents have had water in their cellars again. Private and confidential.
            --fwd--
            """);

        assertThat(text.quoted()).hasSize(2);
        assertThat(text.quoted().get(0).fromAddress()).contains("dan.green@northbrook.gov.uk");
        assertThat(text.quoted().get(0).text()).isEqualTo("Bob, survey done, report to follow.");
        assertThat(text.quoted().get(1).fromAddress()).contains("cllr.ann.smith@northbrook.gov.uk");
        assertThat(text.quoted().get(1).text()).contains("Private and confidential.");
    }

    @Test
    void nestingDeeperThanTheLimitIsCutAndReported() {
        StringBuilder mime = new StringBuilder(HEADERS);
        int levels = MessageText.MAX_DEPTH + 5;
        for (int level = 0; level < levels; level++) {
            mime.append("Content-Type: multipart/mixed; boundary=\"b").append(level).append("\"\n\n--b").append(level).append('\n');
        }
        mime.append("Content-Type: text/plain\n\nDeep inside.\n");
        for (int level = levels - 1; level >= 0; level--) {
            mime.append("--b").append(level).append("--\n");
        }
        MessageText text = read(mime.toString());

        assertThat(text.truncated()).isTrue();
        assertThat(text.allText()).doesNotContain("Deep inside.");
    }

    // ---- Limits

    @Test
    @Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aThreeMegabyteBodyIsCutAndReportedAsTruncated() {
        String paragraph = "Residents of Hill Street report flooding after every heavy shower, and the gullies "
            + "have not been cleared since the spring.\n";
        String body = paragraph.repeat(3_000_000 / paragraph.length() + 1);
        MessageText text = read(HEADERS + "Content-Type: text/plain; charset=utf-8\n\n" + body);

        assertThat(text.truncated()).isTrue();
        assertThat(text.allText().length()).isLessThanOrEqualTo(MessageText.MAX_CHARS);
        assertThat(text.authorText()).startsWith("Residents of Hill Street");
    }

    @Test
    @Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void anHtmlBodyLargerThanTheByteLimitIsReportedAsTruncated() {
        // Markup-heavy HTML: far more bytes than characters of text.
        String cell = "<td style=\"border:1px solid #cccccc;padding:4px;font-family:Calibri\">x</td>";
        String html = "<table><tr>" + cell.repeat(MessageText.MAX_CHARS * 4 / cell.length() + 10) + "</tr></table>";
        MessageText text = read(HEADERS + "Content-Type: text/html; charset=utf-8\n\n" + html + "\n");

        assertThat(text.truncated()).isTrue();
    }

    @Test
    @Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aLongUtf8BodyCutMidCharacterIsStillUtf8() {
        String body = "Siân’s café – ".repeat(MessageText.MAX_CHARS / 4);
        MessageText text = read(HEADERS + "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n" + body);

        assertThat(text.truncated()).isTrue();
        assertThat(text.allText()).startsWith("Siân’s café – Siân’s café");
    }

    @Test
    @Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void longRunsOfWhiteSpaceInHtmlDoNotStallTheReading() {
        String html = "<p>Bob," + "&nbsp;".repeat(200_000) + "</p><pre>" + " ".repeat(200_000) + "x\n"
            + "\n".repeat(100_000) + "</pre><p>Please do not share this.</p>";
        MessageText text = read(HEADERS + "Content-Type: text/html; charset=utf-8\n\n" + html + "\n");

        assertThat(text.allText()).startsWith("Bob,").endsWith("Please do not share this.");
    }

    @Test
    @Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void longHeaderValuesDoNotStallTheReading() {
        String spaces = " ".repeat(900);
        StringBuilder body = new StringBuilder("Raj, FYI.\n\nFrom: Cllr Ann Smith" + spaces + "x\n");
        for (int i = 0; i < 8; i++) {
            body.append(spaces).append("x").append('\n');
        }
        body.append("Sent: 23 November 2026\nTo: a").append(spaces).append("b\n");
        for (int i = 0; i < 8; i++) {
            body.append(spaces).append("y").append('\n');
        }
        body.append("Subject: Hill Street\n\nText\n");
        MessageText text = MessageText.ofPlainText(body.toString());

        assertThat(text.authorText()).isEqualTo("Raj, FYI.");
    }

    @Test
    void plainTextReadingNeedsNoMime() {
        MessageText text = MessageText.ofPlainText("Bob,\n\nOn Mon, 23 Nov 2026, Cllr Ann Smith wrote:\n> Hill Street\n");
        assertThat(text.authorText()).isEqualTo("Bob,");
        assertThat(text.quoted()).singleElement().extracting(QuotedPart::fromName).isEqualTo(Optional.of("Cllr Ann Smith"));
        assertThat(text.truncated()).isFalse();
    }
}

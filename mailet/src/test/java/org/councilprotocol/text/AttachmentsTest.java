package org.councilprotocol.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilprotocol.text.TestDocuments.attachment;
import static org.councilprotocol.text.TestDocuments.forwarded;
import static org.councilprotocol.text.TestDocuments.mail;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import javax.mail.Session;
import javax.mail.internet.MimeBodyPart;
import javax.mail.internet.MimeMessage;
import javax.mail.internet.MimeMultipart;
import javax.mail.internet.MimeUtility;

import org.junit.jupiter.api.Test;

/**
 * Attachments as text: the formats council letters come in, wherever they sit in the message (attached,
 * inline, in forwarded messages, in nested multiparts and archives), in whatever charset, under whatever name.
 */
class AttachmentsTest {
    static final String ANN = "cllr.ann.smith@northbrook.gov.uk";
    static final String RESIDENT = "r.patel@example.org";
    static final String WALL = "I am writing to confirm that the Council will meet the full cost of repairing your garden"
        + " wall on Northdown Road, which was damaged by the Council’s contractor in March; the repair will cost about £1,200.";
    static final String SIGN_OFF = "Yours sincerely, Councillor Ann Smith, Cliftonville West ward";
    static final String TREES = "Following my visit on Tuesday, the two lime trees outside 14 Dalby Square will be pruned"
        + " by the Council’s tree officer before the end of November.";

    private static Attachments read(MimeMessage message) {
        return Attachments.read(message, ExtractionLimits.DEFAULTS);
    }

    private static AttachmentText only(MimeMessage message) {
        List<AttachmentText> all = read(message).all();
        assertThat(all).hasSize(1);
        return all.get(0);
    }

    private static MimeMessage letter(MimeBodyPart... attachments) {
        return mail(ANN, RESIDENT, "Your garden wall", "Dear Mr Patel,\n\nPlease find my letter attached.\n\nAnn", attachments);
    }

    // ---- formats

    @Test
    void aPdfLetterIsReadWithItsWordsAndItsName() {
        AttachmentText pdf = only(letter(attachment("Letter to Mr Patel.pdf", TestDocuments.PDF,
            TestDocuments.pdf("Dear Mr Patel,", WALL, SIGN_OFF))));

        assertThat(pdf.fileName()).isEqualTo("Letter to Mr Patel.pdf");
        assertThat(pdf.mediaType()).isEqualTo("application/pdf");
        assertThat(pdf.readInFull()).isTrue();
        assertThat(pdf.text().replace('\n', ' ')).contains(WALL).contains(SIGN_OFF).startsWith("Dear Mr Patel,");
    }

    @Test
    void aLongPdfOverManyPagesIsReadToTheEnd() {
        String[] paragraphs = new String[120];
        for (int i = 0; i < paragraphs.length; i++) {
            paragraphs[i] = "Paragraph " + (i + 1) + ". " + TREES;
        }
        AttachmentText pdf = only(letter(attachment("tree-survey.pdf", TestDocuments.PDF, TestDocuments.pdf(paragraphs))));

        assertThat(pdf.readInFull()).isTrue();
        assertThat(pdf.text()).contains("Paragraph 1. ").contains("Paragraph 120. ");
    }

    @Test
    void aWordDocumentIsRead() {
        AttachmentText docx = only(letter(attachment("wall-repair.docx", TestDocuments.DOCX,
            TestDocuments.docx("Dear Mr Patel,", WALL, SIGN_OFF))));

        assertThat(docx.mediaType()).isEqualTo(TestDocuments.DOCX);
        assertThat(docx.readInFull()).isTrue();
        assertThat(docx.text()).contains(WALL).contains(SIGN_OFF);
    }

    @Test
    void anOpenDocumentTextIsRead() {
        AttachmentText odt = only(letter(attachment("wall-repair.odt", TestDocuments.ODT,
            TestDocuments.odt("Dear Mr Patel,", WALL, "Café opening hours & <notes>", SIGN_OFF))));

        assertThat(odt.mediaType()).isEqualTo(TestDocuments.ODT);
        assertThat(odt.readInFull()).isTrue();
        assertThat(odt.text()).contains(WALL).contains("Café opening hours & <notes>");
    }

    @Test
    void rtfIsReadWithPoundSignsAndCurlyQuotes() {
        AttachmentText rtf = only(letter(attachment("wall.rtf", "application/rtf", TestDocuments.rtf(WALL, SIGN_OFF))));

        assertThat(rtf.readInFull()).isTrue();
        assertThat(rtf.text()).contains("Council’s contractor").contains("£1,200").contains(SIGN_OFF);
    }

    @Test
    void aFileSentAsOctetStreamIsReadByWhatItIs() {
        AttachmentText docx = only(letter(attachment("scan0001", "application/octet-stream", TestDocuments.docx(TREES))));

        assertThat(docx.mediaType()).isEqualTo(TestDocuments.DOCX);
        assertThat(docx.text()).contains(TREES);
    }

    @Test
    void aZipOfLettersIsReadWithEveryLetterInIt() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("wall.pdf", TestDocuments.pdf(WALL));
        files.put("trees.docx", TestDocuments.docx(TREES));
        AttachmentText zip = only(letter(attachment("letters.zip", TestDocuments.ZIP, TestDocuments.zip(files))));

        assertThat(zip.readInFull()).isTrue();
        assertThat(zip.text().replace('\n', ' ')).contains(WALL).contains(TREES);
    }

    @Test
    void picturesAreListedWithNoWordsAndAreNotUnreadable() {
        AttachmentText photo = only(letter(attachment("pothole.jpg", "image/jpeg", new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, 0})));

        assertThat(photo.text()).isEmpty();
        assertThat(photo.readInFull()).isTrue();
    }

    // ---- where attachments sit

    @Test
    void aMessageWithoutAttachmentsHasNone() {
        assertThat(read(mail(ANN, RESIDENT, "Bins", "The bins in Dalby Square will be emptied on Friday.")).isEmpty()).isTrue();
    }

    @Test
    void theMessagesOwnTextAndHtmlAreNotAttachments() throws Exception {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
        message.setFrom(ANN);
        MimeMultipart alternative = new MimeMultipart("alternative");
        MimeBodyPart plain = new MimeBodyPart();
        plain.setText(TREES, "UTF-8");
        MimeBodyPart html = new MimeBodyPart();
        html.setText("<p>" + TREES + "</p>", "UTF-8", "html");
        MimeBodyPart calendar = new MimeBodyPart();
        calendar.setText("BEGIN:VCALENDAR\nSUMMARY:Site visit\nEND:VCALENDAR", "UTF-8", "calendar");
        alternative.addBodyPart(plain);
        alternative.addBodyPart(html);
        alternative.addBodyPart(calendar);
        message.setContent(alternative);
        message.saveChanges();

        assertThat(read(message).all()).isEmpty();
    }

    @Test
    void attachmentsInNestedMultipartsAndInlinePdfsAreRead() throws Exception {
        // mixed[ related[ alternative[plain, html], inline logo, inline PDF ], attached DOCX ]
        MimeMultipart alternative = new MimeMultipart("alternative");
        MimeBodyPart plain = new MimeBodyPart();
        plain.setText("See the letter below.", "UTF-8");
        MimeBodyPart html = new MimeBodyPart();
        html.setText("<p>See the letter below.</p><img src=\"cid:logo\">", "UTF-8", "html");
        alternative.addBodyPart(plain);
        alternative.addBodyPart(html);
        MimeBodyPart alternativePart = new MimeBodyPart();
        alternativePart.setContent(alternative);
        MimeBodyPart logo = attachment("logo.png", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        logo.setDisposition("inline");
        logo.setContentID("<logo>");
        MimeBodyPart inlinePdf = attachment("wall.pdf", TestDocuments.PDF, TestDocuments.pdf(WALL));
        inlinePdf.setDisposition(null);
        inlinePdf.setHeader("Content-Type", "application/pdf; name=\"wall.pdf\"");
        MimeMultipart related = new MimeMultipart("related");
        related.addBodyPart(alternativePart);
        related.addBodyPart(logo);
        related.addBodyPart(inlinePdf);
        MimeBodyPart relatedPart = new MimeBodyPart();
        relatedPart.setContent(related);
        MimeMultipart mixed = new MimeMultipart("mixed");
        mixed.addBodyPart(relatedPart);
        mixed.addBodyPart(attachment("trees.docx", TestDocuments.DOCX, TestDocuments.docx(TREES)));
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
        message.setFrom(ANN);
        message.setContent(mixed);
        message.saveChanges();

        List<AttachmentText> all = read(message).all();

        assertThat(all).extracting(AttachmentText::fileName).containsExactly("logo.png", "wall.pdf", "trees.docx");
        assertThat(all.get(1).text().replace('\n', ' ')).contains(WALL);
        assertThat(all.get(2).text()).contains(TREES);
        assertThat(all).allMatch(AttachmentText::readInFull);
    }

    @Test
    void attachmentsOfAForwardedMessageAreRead() {
        MimeMessage original = mail("bob.jones@northbrook.gov.uk", ANN, "Tree works", "Ann, the schedule is attached. Bob",
            attachment("tree-schedule.docx", TestDocuments.DOCX, TestDocuments.docx(TREES)));
        MimeMessage forward = mail(ANN, RESIDENT, "Fw: Tree works", "Dear Mr Patel, please see below. Ann",
            forwarded(original), attachment("wall.pdf", TestDocuments.PDF, TestDocuments.pdf(WALL)));

        List<AttachmentText> all = read(forward).all();

        assertThat(all).extracting(AttachmentText::fileName).containsExactly("tree-schedule.docx", "wall.pdf");
        assertThat(all.get(0).text()).contains(TREES);
    }

    @Test
    void attachmentsTwoForwardsDeepAreRead() {
        MimeMessage first = mail(RESIDENT, "bob.jones@northbrook.gov.uk", "Wall", "Please help.",
            attachment("photo-evidence.pdf", TestDocuments.PDF, TestDocuments.pdf("The wall collapsed on 3 March.")));
        MimeMessage second = mail("bob.jones@northbrook.gov.uk", ANN, "Fw: Wall", "FYI", forwarded(first));
        MimeMessage third = mail(ANN, RESIDENT, "Fw: Fw: Wall", "See below.", forwarded(second));

        assertThat(only(third).text()).contains("The wall collapsed on 3 March.");
    }

    @Test
    void anEmlFileAttachedIsOpenedLikeAForwardedMessage() {
        MimeMessage original = mail("bob.jones@northbrook.gov.uk", ANN, "Tree works", "Schedule attached.",
            attachment("tree-schedule.pdf", TestDocuments.PDF, TestDocuments.pdf(TREES)));
        MimeMessage message = letter(attachment("Tree works.eml", "application/octet-stream", TestDocuments.eml(original)));

        AttachmentText schedule = only(message);
        assertThat(schedule.fileName()).isEqualTo("tree-schedule.pdf");
        assertThat(schedule.text().replace('\n', ' ')).contains(TREES);
    }

    @Test
    void anEmlInsideAZipIsReadByTika() {
        MimeMessage original = mail("bob.jones@northbrook.gov.uk", ANN, "Tree works", TREES);
        AttachmentText zip = only(letter(attachment("mail.zip", TestDocuments.ZIP,
            TestDocuments.zip("Tree works.eml", TestDocuments.eml(original)))));

        assertThat(zip.text()).contains(TREES);
    }

    @Test
    void signaturesAndDeliveryReportsAreNotAttachments() throws Exception {
        String raw = "From: " + ANN + "\r\nMIME-Version: 1.0\r\n"
            + "Content-Type: multipart/signed; protocol=\"application/pkcs7-signature\"; boundary=\"sig\"\r\n\r\n"
            + "--sig\r\nContent-Type: text/plain\r\n\r\n" + TREES + "\r\n"
            + "--sig\r\nContent-Type: application/pkcs7-signature; name=smime.p7s\r\nContent-Transfer-Encoding: base64\r\n\r\n"
            + "MIAGCSqGSIb3DQEHAqCAMIACAQExDzANBglghkgBZQMEAgEFADCABgkqhkiG9w0BBwEAAKCAMIIF\r\n--sig--\r\n";

        assertThat(read(parse(raw)).all()).isEmpty();
    }

    // ---- charsets and names

    @Test
    void textAttachmentsAreReadInTheirDeclaredCharset() throws Exception {
        String minutes = "Minutes: the Council’s budget for Dalby Square is £4,500 — agreed.";
        MimeMessage message = letter(
            text("minutes-1252.txt", minutes, "windows-1252"),
            text("minutes-utf16.txt", minutes, "UTF-16"),
            text("minutes-latin1.txt", "Café on the promenade: £12 per table.", "ISO-8859-1"),
            text("cymraeg.txt", "Cyngor Sir Ynys Môn — croeso i’r cyfarfod.", "UTF-8"));

        List<AttachmentText> all = read(message).all();

        assertThat(all).extracting(AttachmentText::text).containsExactly(minutes, minutes,
            "Café on the promenade: £12 per table.", "Cyngor Sir Ynys Môn — croeso i’r cyfarfod.");
    }

    @Test
    void aMislabelledOrUnknownCharsetFallsBackWithoutFailing() throws Exception {
        String raw = "From: " + ANN + "\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"b\"\r\n\r\n"
            + "--b\r\nContent-Type: text/plain\r\n\r\nSee attached.\r\n"
            + "--b\r\nContent-Type: text/plain; charset=us-ascii\r\nContent-Disposition: attachment; filename=notes.txt\r\n"
            + "Content-Transfer-Encoding: 8bit\r\n\r\nBudget £300 for the Council’s café\r\n"
            + "--b\r\nContent-Type: text/plain; charset=x-no-such-charset\r\nContent-Disposition: attachment; filename=odd.txt\r\n\r\n"
            + "Plain words\r\n--b--\r\n";
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()),
            new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8)));

        assertThat(read(message).all()).extracting(AttachmentText::text)
            .containsExactly("Budget £300 for the Council’s café", "Plain words");
    }

    @Test
    void anHtmlAttachmentIsReadWithoutScriptsOrStyles() throws Exception {
        MimeBodyPart page = new MimeBodyPart();
        page.setText("<html><head><style>p{color:red}</style><script>var tracking = 1;</script></head>"
            + "<body><p>" + TREES + "</p></body></html>", "UTF-8", "html");
        page.setFileName("notice.html");
        page.setDisposition("attachment");

        AttachmentText html = only(letter(page));

        assertThat(html.text()).isEqualTo(TREES);
    }

    @Test
    void encodedFileNamesAreDecodedAndFoldersDropped() throws Exception {
        MimeBodyPart rfc2047 = attachment("x", TestDocuments.PDF, TestDocuments.pdf(TREES));
        rfc2047.setHeader("Content-Disposition", "attachment; filename=\""
            + MimeUtility.encodeText("Lettre d’accord – Môn.pdf", "UTF-8", "B") + "\"");
        MimeBodyPart withFolder = attachment("C:\\Users\\ann\\Documents\\wall.docx", TestDocuments.DOCX, TestDocuments.docx(WALL));
        MimeBodyPart unnamed = attachment("y", TestDocuments.PDF, TestDocuments.pdf(WALL));
        unnamed.removeHeader("Content-Disposition");
        unnamed.setHeader("Content-Type", TestDocuments.PDF);

        assertThat(read(letter(rfc2047, withFolder, unnamed)).all()).extracting(AttachmentText::fileName)
            .containsExactly("Lettre d’accord – Môn.pdf", "wall.docx", "unnamed attachment (application/pdf)");
    }

    @Test
    void aMessageThatIsItselfADocumentIsRead() throws Exception {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
        message.setFrom(ANN);
        message.setDataHandler(new javax.activation.DataHandler(
            new javax.mail.util.ByteArrayDataSource(TestDocuments.pdf(WALL), TestDocuments.PDF)));
        message.setFileName("wall.pdf");
        message.saveChanges();

        assertThat(only(message).text().replace('\n', ' ')).contains(WALL);
    }

    private static MimeBodyPart text(String name, String text, String charset) throws Exception {
        return attachment(name, "text/plain; charset=" + charset, text.getBytes(Charset.forName(charset)));
    }

    static MimeMessage parse(String raw) throws Exception {
        return new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8)));
    }
}

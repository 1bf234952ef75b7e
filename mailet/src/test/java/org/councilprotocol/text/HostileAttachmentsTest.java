package org.councilprotocol.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilprotocol.text.AttachmentsTest.ANN;
import static org.councilprotocol.text.AttachmentsTest.RESIDENT;
import static org.councilprotocol.text.AttachmentsTest.TREES;
import static org.councilprotocol.text.AttachmentsTest.WALL;
import static org.councilprotocol.text.TestDocuments.attachment;
import static org.councilprotocol.text.TestDocuments.forwarded;
import static org.councilprotocol.text.TestDocuments.mail;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;

import javax.mail.internet.MimeBodyPart;
import javax.mail.internet.MimeMessage;

import org.councilprotocol.text.Unreadable.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * What cannot be read comes back as unreadable with the reason, never as an exception or a hang: encrypted,
 * damaged and unknown files, archive bombs, files over the limits, and messages whose time runs out.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class HostileAttachmentsTest {
    // Tests that are not about time allow two minutes, so a busy build machine never turns a result into TIMED_OUT.
    private static final ExtractionLimits LIMITS = ExtractionLimits.DEFAULTS.withTime(Duration.ofMinutes(2));

    private static MimeMessage letter(MimeBodyPart... attachments) {
        return mail(ANN, RESIDENT, "Your garden wall", "Dear Mr Patel, my letter is attached. Ann", attachments);
    }

    private static AttachmentText only(MimeMessage message, ExtractionLimits limits) {
        List<AttachmentText> all = Attachments.read(message, limits).all();
        assertThat(all).hasSize(1);
        return all.get(0);
    }

    private static AttachmentText only(MimeBodyPart attachment) {
        return only(letter(attachment), LIMITS);
    }

    private static Reason reason(AttachmentText attachment) {
        return attachment.unreadable().map(Unreadable::reason).orElse(null);
    }

    // ---- encrypted and damaged

    @Test
    void aPasswordProtectedPdfIsUnreadableAsEncrypted() {
        AttachmentText pdf = only(attachment("Agreement.pdf", TestDocuments.PDF, TestDocuments.encryptedPdf("Margate2026", WALL)));

        assertThat(reason(pdf)).isEqualTo(Reason.ENCRYPTED);
        assertThat(pdf.unreadable().orElseThrow().detail()).isEqualTo("it is encrypted or protected with a password");
        assertThat(pdf.text()).isEmpty();
    }

    @Test
    void aPdfThatOnlyForbidsCopyingIsStillRead() {
        AttachmentText pdf = only(attachment("Decision notice.pdf", TestDocuments.PDF, TestDocuments.copyProtectedPdf(WALL)));

        assertThat(pdf.readInFull()).isTrue();
        assertThat(pdf.text().replace('\n', ' ')).contains(WALL);
    }

    @Test
    void anEncryptedPdfInsideAZipIsReportedWhileTheRestIsRead() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("trees.docx", TestDocuments.docx(TREES));
        files.put("agreement.pdf", TestDocuments.encryptedPdf("secret", WALL));
        AttachmentText zip = only(attachment("papers.zip", TestDocuments.ZIP, TestDocuments.zip(files)));

        assertThat(reason(zip)).isEqualTo(Reason.ENCRYPTED);
        assertThat(zip.unreadable().orElseThrow().detail()).contains("agreement.pdf");
        assertThat(zip.text()).contains(TREES);
    }

    @Test
    void aTruncatedPdfIsUnreadableAsCorrupt() {
        byte[] pdf = TestDocuments.pdf(WALL, TREES);

        assertThat(reason(only(attachment("wall.pdf", TestDocuments.PDF, TestDocuments.truncated(pdf, 300))))).isEqualTo(Reason.CORRUPT);
    }

    @Test
    void aPdfCutShortAnywhereNeverThrows() {
        byte[] pdf = TestDocuments.pdf(WALL, TREES);
        for (int keep = 1; keep < pdf.length; keep += Math.max(1, pdf.length / 25)) {
            AttachmentText cut = only(attachment("wall.pdf", TestDocuments.PDF, TestDocuments.truncated(pdf, keep)));
            // Either what could be recovered, or the reason it could not.
            assertThat(cut.readInFull() ? cut.text() : cut.unreadable().orElseThrow().detail()).as("cut at %d", keep).isNotBlank();
        }
    }

    @Test
    void anEmptyFileHidesNothing() {
        AttachmentText empty = only(attachment("wall.pdf", TestDocuments.PDF, new byte[0]));

        assertThat(empty.readInFull()).isTrue();
        assertThat(empty.text()).isEmpty();
    }

    @Test
    void aFileThatIsNotWhatItsNameSaysIsCorruptOrUnsupported() {
        byte[] noise = new byte[4096];
        new java.util.Random(7).nextBytes(noise);
        AttachmentText fake = only(attachment("minutes.pdf", TestDocuments.PDF, noise));

        assertThat(reason(fake)).isIn(Reason.CORRUPT, Reason.UNSUPPORTED_TYPE);
    }

    @Test
    void plainWordsUnderAWordDocumentsNameAreReadAsTheWordsTheyAre() {
        AttachmentText text = only(attachment("minutes.docx", TestDocuments.DOCX, TREES.getBytes(java.nio.charset.StandardCharsets.UTF_8)));

        assertThat(text.text()).isEqualTo(TREES);
    }

    @Test
    void aDamagedWordDocumentIsCorrupt() {
        byte[] docx = TestDocuments.docx(WALL);

        assertThat(reason(only(attachment("wall.docx", TestDocuments.DOCX, TestDocuments.truncated(docx, docx.length / 2)))))
            .isEqualTo(Reason.CORRUPT);
    }

    @Test
    void brokenBase64IsCorruptOrWhatCouldBeDecoded() throws Exception {
        MimeMessage message = AttachmentsTest.parse("From: " + ANN + "\r\nMIME-Version: 1.0\r\n"
            + "Content-Type: multipart/mixed; boundary=\"b\"\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nSee attached.\r\n"
            + "--b\r\nContent-Type: application/pdf; name=wall.pdf\r\nContent-Disposition: attachment; filename=wall.pdf\r\n"
            + "Content-Transfer-Encoding: base64\r\n\r\n%%%% not base64 at all ####\r\n--b--\r\n");

        assertThat(only(message, LIMITS).readInFull()).isFalse();
    }

    @Test
    void aScannedLetterWithNoTextIsReportedAsSuch() {
        AttachmentText scan = only(attachment("signed letter.pdf", TestDocuments.PDF, TestDocuments.scannedPdf()));

        assertThat(reason(scan)).isEqualTo(Reason.NO_TEXT);
    }

    @Test
    void aProgramIsAnUnsupportedType() {
        AttachmentText program = only(attachment("invoice.exe", "application/octet-stream", new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0}));

        assertThat(reason(program)).isEqualTo(Reason.UNSUPPORTED_TYPE);
        assertThat(program.unreadable().orElseThrow().detail()).contains("application/x-dosexec");
    }

    @Test
    void anSmimeEncryptedMessageIsEncrypted() throws Exception {
        MimeMessage message = AttachmentsTest.parse("From: " + ANN + "\r\nMIME-Version: 1.0\r\n"
            + "Content-Type: application/pkcs7-mime; smime-type=enveloped-data; name=smime.p7m\r\n"
            + "Content-Transfer-Encoding: base64\r\n\r\nMIAGCSqGSIb3DQEHA6CAMIACAQAxggFAMIIBPAIBADAkMBAxDjAMBgNVBAMTBUFsaWNl\r\n");

        assertThat(reason(only(message, LIMITS))).isEqualTo(Reason.ENCRYPTED);
    }

    // ---- archive bombs and nesting

    @Test
    void aZipBombIsRecognisedBeforeItIsInflated() {
        AttachmentText bomb = only(attachment("minutes.zip", TestDocuments.ZIP, TestDocuments.zipBomb(120L << 20)));

        assertThat(reason(bomb)).isEqualTo(Reason.ARCHIVE_BOMB);
        assertThat(bomb.unreadable().orElseThrow().detail()).contains("120 MB");
    }

    @Test
    void aZipBombInsideAZipIsRecognised() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("agenda.docx", TestDocuments.docx(TREES));
        files.put("appendix.zip", TestDocuments.zipBomb(120L << 20));
        AttachmentText zip = only(attachment("committee papers.zip", TestDocuments.ZIP, TestDocuments.zip(files)));

        assertThat(reason(zip)).isEqualTo(Reason.ARCHIVE_BOMB);
        assertThat(zip.unreadable().orElseThrow().detail()).contains("appendix.zip");
    }

    @Test
    void aGzipBombIsStoppedAtTheByteLimit() throws Exception {
        ByteArrayOutputStream gzip = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gzip)) {
            byte[] line = "The Council will pay. ".repeat(1000).getBytes();
            for (int i = 0; i < 3000; i++) {
                out.write(line);
            }
        }
        AttachmentText bomb = only(letter(attachment("notes.txt.gz", "application/gzip", gzip.toByteArray())),
            LIMITS.withAttachmentBytes(10L << 20));

        assertThat(reason(bomb)).isIn(Reason.ARCHIVE_BOMB, Reason.TEXT_LIMIT);
    }

    @Test
    void archivesNestedPastTheLimitAreReportedAndTheDocumentInsideIsNotOpened() {
        AttachmentText deep = only(letter(attachment("papers.zip", TestDocuments.ZIP,
            TestDocuments.nestedZips(6, "agreement.docx", TestDocuments.docx(WALL)))), LIMITS.withDepth(4));

        assertThat(reason(deep)).isEqualTo(Reason.NESTED_TOO_DEEP);
        assertThat(deep.text()).doesNotContain(WALL);
    }

    @Test
    void archivesNestedWithinTheLimitAreRead() {
        AttachmentText nested = only(letter(attachment("papers.zip", TestDocuments.ZIP,
            TestDocuments.nestedZips(3, "agreement.docx", TestDocuments.docx(WALL)))), LIMITS);

        assertThat(nested.readInFull()).isTrue();
        assertThat(nested.text()).contains(WALL);
    }

    @Test
    void aDeepStackOfArchivesIsStoppedByTikasGuardToo() {
        AttachmentText deep = only(attachment("papers.zip", TestDocuments.ZIP,
            TestDocuments.nestedZips(16, "agreement.docx", TestDocuments.docx(WALL))));

        assertThat(reason(deep)).isEqualTo(Reason.NESTED_TOO_DEEP);
        assertThat(deep.text()).doesNotContain(WALL);
    }

    @Test
    void forwardedMessagesNestedPastTheLimitAreReported() {
        MimeMessage message = mail(RESIDENT, ANN, "Wall", "Help", attachment("wall.pdf", TestDocuments.PDF, TestDocuments.pdf(WALL)));
        for (int i = 0; i < 6; i++) {
            message = mail(ANN, RESIDENT, "Fw: Wall " + i, "See below.", forwarded(message));
        }

        AttachmentText deep = only(message, LIMITS.withDepth(5));

        assertThat(reason(deep)).isEqualTo(Reason.NESTED_TOO_DEEP);
        assertThat(only(message, LIMITS.withDepth(20)).text().replace('\n', ' ')).contains(WALL);
    }

    // ---- size, text and time limits

    @Test
    void anAttachmentOverTheByteLimitIsTooLargeAndNotRead() {
        AttachmentText big = only(letter(attachment("plans.pdf", TestDocuments.PDF, TestDocuments.pdf(WALL, TREES, WALL, TREES))),
            LIMITS.withAttachmentBytes(1024));

        assertThat(reason(big)).isEqualTo(Reason.TOO_LARGE);
        assertThat(big.unreadable().orElseThrow().detail()).isEqualTo("it is larger than the 1 KB the gateway reads");
    }

    @Test
    void theMessagesTextLimitCutsTheAttachmentThatReachesItAndSkipsTheRest() {
        String[] paragraphs = new String[40];
        java.util.Arrays.fill(paragraphs, TREES);
        MimeMessage message = letter(attachment("first.docx", TestDocuments.DOCX, TestDocuments.docx(WALL)),
            attachment("long.docx", TestDocuments.DOCX, TestDocuments.docx(paragraphs)),
            attachment("after.pdf", TestDocuments.PDF, TestDocuments.pdf(WALL)));

        List<AttachmentText> all = Attachments.read(message, LIMITS.withCharacters(2_000)).all();

        assertThat(all.get(0).readInFull()).isTrue();
        assertThat(reason(all.get(1))).isEqualTo(Reason.TEXT_LIMIT);
        assertThat(all.get(1).text()).contains(TREES);
        assertThat(all.get(0).text().length() + all.get(1).text().length()).isLessThanOrEqualTo(2_000);
        assertThat(reason(all.get(2))).isEqualTo(Reason.TEXT_LIMIT);
        assertThat(all.get(2).unreadable().orElseThrow().detail()).contains("2,000 characters");
    }

    @Test
    void whenTheMessagesTimeIsUpEveryDocumentIsTimedOutAndReadingReturns() {
        MimeMessage message = letter(attachment("wall.pdf", TestDocuments.PDF, TestDocuments.pdf(WALL)),
            attachment("trees.docx", TestDocuments.DOCX, TestDocuments.docx(TREES)));

        List<AttachmentText> all = Attachments.read(message, LIMITS.withTime(Duration.ofNanos(1))).all();

        assertThat(all).extracting(HostileAttachmentsTest::reason).containsExactly(Reason.TIMED_OUT, Reason.TIMED_OUT);
        assertThat(all.get(0).unreadable().orElseThrow().detail())
            .isEqualTo("it could not be read within the 0 ms allowed for one message's attachments");
    }

    @Test
    void aDocumentWaitingBehindAParserThatNeverReturnsCostsTheMessageOnlyItsDeadline() {
        ExtractionPool pool = new ExtractionPool(1, 1);
        CountDownLatch release = new CountDownLatch(1);
        try {
            pool.submit(() -> stuck(release));
            MimeMessage message = letter(attachment("wall.pdf", TestDocuments.PDF, TestDocuments.pdf(WALL)));
            long start = System.nanoTime();

            AttachmentText wall = only(message, pool, LIMITS.withTime(Duration.ofMillis(300)));

            assertThat(reason(wall)).isEqualTo(Reason.TIMED_OUT);
            assertThat(wall.unreadable().orElseThrow().detail()).contains("within the 300 ms");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
            assertThat(pool.waiting()).as("the document given up on has left the queue").isZero();
        } finally {
            release.countDown();
        }
    }

    @Test
    void whenEveryThreadIsHeldAndTheQueueIsFullADocumentIsRefusedAtOnce() {
        ExtractionPool pool = new ExtractionPool(1, 1);
        CountDownLatch release = new CountDownLatch(1);
        try {
            pool.submit(() -> stuck(release));
            pool.submit(() -> stuck(release));

            AttachmentText wall = only(letter(attachment("wall.pdf", TestDocuments.PDF, TestDocuments.pdf(WALL))), pool,
                LIMITS.withTime(Duration.ofSeconds(30)));

            assertThat(reason(wall)).isEqualTo(Reason.TIMED_OUT);
            assertThat(wall.unreadable().orElseThrow().detail()).contains("too busy");
        } finally {
            release.countDown();
        }
    }

    private static AttachmentText only(MimeMessage message, ExtractionPool pool, ExtractionLimits limits) {
        List<AttachmentText> all = new AttachmentReader(limits, pool).read(message).all();
        assertThat(all).hasSize(1);
        return all.get(0);
    }

    /** A parser that ignores interruption and returns only when released. */
    private static Void stuck(CountDownLatch release) {
        boolean released = false;
        while (!released) {
            try {
                released = release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                // ignored, as a runaway parser would
            }
        }
        return null;
    }
}

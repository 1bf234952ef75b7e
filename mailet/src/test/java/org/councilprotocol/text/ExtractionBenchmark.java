package org.councilprotocol.text;

import static org.councilprotocol.text.TestDocuments.attachment;
import static org.councilprotocol.text.TestDocuments.mail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import java.util.function.Supplier;

import javax.mail.Session;
import javax.mail.internet.MimeMessage;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Not a test: prints the median time to read the attachments of a member's message, from its raw bytes as James
 * hands them over (MIME parsing and base64 decoding included), for 2 MB PDFs from the worst case to the usual
 * one (2 MB of nothing but letter text, some 700 pages; a 30-page and a 3-page letter on headed paper, the
 * letterhead picture making up the size), Word letters, and a message with no attachment. Target: a 2 MB PDF read and judged in 500 ms or less (median).
 *
 * <p>Run it from the repository root after {@code mvn -o -q -pl mailet -am test-compile}:
 * <pre>
 * mvn -o -q -pl mailet dependency:build-classpath -Dmdep.outputFile=target/test.classpath -Dmdep.includeScope=test
 * java -cp mailet/target/test-classes:mailet/target/classes:$(cat mailet/target/test.classpath) \
 *     org.councilprotocol.text.ExtractionBenchmark
 * </pre>
 */
public final class ExtractionBenchmark {
    private static final int WARM_UP = 5;
    private static final int RUNS = 21;
    private static final long TWO_MB = 2L * 1024 * 1024;
    private static final String[] LETTER = {
        "Dear Mrs Hughes,",
        "Re: Planning application 24/00123/FUL, land to the rear of 14 Northdown Road, Cliftonville",
        "Thank you for your letter of 12 November about the proposed extension at the rear of number 14. I visited"
            + " the site on Tuesday with the planning officer, Mr Jones, and looked at the boundary wall and the two"
            + " lime trees you mentioned.",
        "The application will be decided by the Planning Committee on 10 December. Residents may speak at that"
            + " meeting for up to three minutes; if you would like to, please tell Democratic Services by noon on"
            + " the Friday before.",
        "I have asked the highways team to look again at parking on Northdown Road during the works, and I will"
            + " write to you again once I have their reply. The tree officer has confirmed that the trees are"
            + " protected by a preservation order, so no work may be done to them without consent.",
        "If you have any further questions, please contact me at the Council offices or at my ward surgery, held"
            + " on the first Saturday of each month at Cliftonville Library between 10am and noon.",
        "Yours sincerely,",
        "Councillor Ann Smith, Cliftonville West ward"};

    private ExtractionBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        byte[] textPdf = TestDocuments.pdfOfAtLeast(TWO_MB, LETTER);
        byte[] headedPdf = TestDocuments.letterheadPdf(TWO_MB, repeat(LETTER, 6));
        byte[] longHeadedPdf = TestDocuments.letterheadPdf(TWO_MB, repeat(LETTER, 60));
        byte[] docx = TestDocuments.docx(repeat(LETTER, 6));
        byte[] bigDocx = TestDocuments.docx(repeat(LETTER, 400));

        System.out.printf(Locale.ROOT, "Reading a member's attachments: median of %d runs after %d warm-up runs, %d parser threads%n%n",
            RUNS, WARM_UP, ExtractionPool.THREADS);
        measure("PDF, many pages of letter text", textPdf, TestDocuments.PDF, pages(textPdf));
        measure("PDF, headed letter (letterhead picture)", headedPdf, TestDocuments.PDF, pages(headedPdf));
        measure("PDF, long headed letter", longHeadedPdf, TestDocuments.PDF, pages(longHeadedPdf));
        measure("DOCX, three-page letter", docx, TestDocuments.DOCX, "");
        measure("DOCX, long report", bigDocx, TestDocuments.DOCX, "");
        byte[] plain = raw(mail("cllr.ann.smith@northbrook.gov.uk", "margaret.hughes@btinternet.com", "Your garden wall",
            String.join("\n\n", LETTER)));
        report("message without attachments", plain.length, "", time(() -> Attachments.read(parse(plain), ExtractionLimits.DEFAULTS)));
    }

    private static void measure(String what, byte[] file, String type, String pages) {
        byte[] message = raw(mail("cllr.ann.smith@northbrook.gov.uk", "margaret.hughes@btinternet.com", "Your garden wall",
            "Dear Mrs Hughes, my letter is attached. Ann", attachment("letter", type, file)));
        Attachments check = Attachments.read(parse(message), ExtractionLimits.DEFAULTS);
        AttachmentText read = check.all().get(0);
        if (!read.readInFull()) {
            throw new IllegalStateException(what + " was not read: " + read.unreadable());
        }
        report(what, file.length, pages + String.format(Locale.ROOT, "%,d characters", read.text().length()),
            time(() -> Attachments.read(parse(message), ExtractionLimits.DEFAULTS)));
    }

    private static double[] time(Supplier<Attachments> read) {
        for (int i = 0; i < WARM_UP; i++) {
            read.get();
        }
        double[] millis = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            read.get();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return millis;
    }

    private static void report(String what, long bytes, String detail, double[] millis) {
        System.out.printf(Locale.ROOT, "%-42s %9s  %-28s median %8.3f ms  (best %.3f, worst %.3f)%n", what,
            Sizes.describe(bytes), detail, millis[millis.length / 2], millis[0], millis[millis.length - 1]);
    }

    private static String pages(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages() + " pages, ";
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] raw(MimeMessage message) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            message.writeTo(out);
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static MimeMessage parse(byte[] raw) {
        try {
            return new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(raw));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String[] repeat(String[] paragraphs, int copies) {
        String[] all = new String[paragraphs.length * copies];
        for (int i = 0; i < copies; i++) {
            System.arraycopy(paragraphs, 0, all, i * paragraphs.length, paragraphs.length);
        }
        return all;
    }
}

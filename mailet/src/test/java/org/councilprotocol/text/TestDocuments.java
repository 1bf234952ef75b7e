package org.councilprotocol.text;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.mail.Message;
import javax.mail.MessagingException;
import javax.mail.Part;
import javax.mail.Session;
import javax.mail.internet.MimeBodyPart;
import javax.mail.internet.MimeMessage;
import javax.mail.internet.MimeMultipart;
import javax.mail.util.ByteArrayDataSource;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Builds the files councillors attach, in the test itself rather than as binary blobs: PDF (PDFBox), DOCX (POI),
 * ODT, RTF, EML, zips and the hostile ones (encrypted, truncated, archive bombs), and mail carrying them.
 * Each paragraph given becomes a paragraph of the document.
 *
 * <p>Shared: the integration tests use it through the mailet's test jar (PDFBox and POI come from the plugin
 * jar on their class path, where they keep their own package names).
 */
public final class TestDocuments {
    public static final String PDF = "application/pdf";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String ODT = "application/vnd.oasis.opendocument.text";
    public static final String RTF = "application/rtf";
    public static final String ZIP = "application/zip";
    public static final String EML = "message/rfc822";

    private static final float MARGIN = 72;
    private static final float FONT_SIZE = 11;
    private static final float LEADING = 14;
    private static final int LINE_CHARACTERS = 95;

    private TestDocuments() {
    }

    // ---- PDF

    /** A letter as a PDF, one paragraph after another, onto as many A4 pages as it takes. */
    public static byte[] pdf(String... paragraphs) {
        return pdf(null, true, paragraphs);
    }

    /** A PDF that opens only with the password (AES-256): the gateway cannot read it. */
    public static byte[] encryptedPdf(String password, String... paragraphs) {
        StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-" + password, password, new AccessPermission());
        policy.setEncryptionKeyLength(256);
        return pdf(policy, true, paragraphs);
    }

    /**
     * A PDF that anyone can open but whose owner forbade copying text: councils often send letters so. Such a
     * PDF is encrypted with an empty user password, and the gateway still reads it.
     */
    public static byte[] copyProtectedPdf(String... paragraphs) {
        AccessPermission permissions = new AccessPermission();
        permissions.setCanExtractContent(false);
        permissions.setCanModify(false);
        StandardProtectionPolicy policy = new StandardProtectionPolicy("council-owner", "", permissions);
        policy.setEncryptionKeyLength(128);
        return pdf(policy, true, paragraphs);
    }

    /**
     * A PDF of nothing but letter text, at least {@code bytes} long: the paragraphs repeated page after page,
     * page contents left uncompressed as some letter-writing software leaves them. The worst case for its size:
     * 2 MB this way is some 700 pages. For a usual letter of that size, see {@link #letterheadPdf}.
     */
    public static byte[] pdfOfAtLeast(long bytes, String... paragraphs) {
        byte[] sample = pdf(null, false, repeat(paragraphs, 4));
        long perCopy = Math.max(1, sample.length / 4);
        int copies = (int) Math.max(1, (bytes + perCopy - 1) / perCopy);
        byte[] pdf = pdf(null, false, repeat(paragraphs, copies));
        while (pdf.length < bytes) {
            copies += Math.max(1, copies / 20);
            pdf = pdf(null, false, repeat(paragraphs, copies));
        }
        return pdf;
    }

    /**
     * A letter on headed paper whose letterhead is a picture, the picture making the PDF about {@code bytes}
     * long: what a council's 2 MB PDF letter usually is (a few pages of text, the rest pictures and fonts).
     */
    public static byte[] letterheadPdf(long bytes, String... paragraphs) {
        int side = (int) Math.max(16, Math.sqrt(Math.max(0, bytes - 20_000) / 3.0));
        BufferedImage letterhead = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
        Random noise = new Random(42);
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                letterhead.setRGB(x, y, noise.nextInt(0x1000000));
            }
        }
        try (PDDocument document = new PDDocument()) {
            PDImageXObject image = LosslessFactory.createFromImage(document, letterhead);
            write(document, true, paragraphs, image);
            return save(document, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A scanned letter: one page that is a picture, with no text in it. */
    public static byte[] scannedPdf() {
        BufferedImage scan = new BufferedImage(200, 280, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 280; y++) {
            for (int x = 0; x < 200; x++) {
                scan.setRGB(x, y, (y / 10) % 2 == 0 ? 0xffffff : 0x202020);
            }
        }
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDImageXObject image = LosslessFactory.createFromImage(document, scan);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawImage(image, MARGIN, MARGIN, PDRectangle.A4.getWidth() - 2 * MARGIN, PDRectangle.A4.getHeight() - 2 * MARGIN);
            }
            return save(document, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first {@code keep} bytes of a file: a download cut short, an attachment truncated in transit. */
    public static byte[] truncated(byte[] file, int keep) {
        return Arrays.copyOf(file, Math.min(keep, file.length));
    }

    private static byte[] pdf(StandardProtectionPolicy policy, boolean compress, String... paragraphs) {
        try (PDDocument document = new PDDocument()) {
            write(document, compress, paragraphs, null);
            return save(document, policy);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(PDDocument document, boolean compress, String[] paragraphs, PDImageXObject letterhead)
            throws IOException {
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        List<String> lines = new ArrayList<>();
        for (String paragraph : paragraphs) {
            lines.addAll(wrap(printable(font, paragraph)));
            lines.add("");
        }
        float top = PDRectangle.A4.getHeight() - MARGIN;
        int index = 0;
        boolean first = true;
        do {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.OVERWRITE, compress)) {
                float y = top;
                if (first && letterhead != null) {
                    content.drawImage(letterhead, MARGIN, top - 60, 60, 60);
                    y -= 80;
                }
                first = false;
                content.beginText();
                content.setFont(font, FONT_SIZE);
                content.newLineAtOffset(MARGIN, y);
                while (index < lines.size() && y > MARGIN) {
                    content.showText(lines.get(index++));
                    content.newLineAtOffset(0, -LEADING);
                    y -= LEADING;
                }
                content.endText();
            }
        } while (index < lines.size());
    }

    private static byte[] save(PDDocument document, StandardProtectionPolicy policy) throws IOException {
        if (policy != null) {
            document.protect(policy);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }

    /** Helvetica's WinAnsi covers English letters, £ and curly quotes; anything else is shown as '?'. */
    private static String printable(PDType1Font font, String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> {
            String character = c == '\t' || c == '\n' ? " " : new String(Character.toChars(c));
            try {
                font.encode(character);
                out.append(character);
            } catch (IOException | IllegalArgumentException e) {
                out.append('?');
            }
        });
        return out.toString();
    }

    private static List<String> wrap(String paragraph) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : paragraph.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > LINE_CHARACTERS) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    private static String[] repeat(String[] paragraphs, int copies) {
        String[] all = new String[paragraphs.length * copies];
        for (int i = 0; i < copies; i++) {
            System.arraycopy(paragraphs, 0, all, i * paragraphs.length, paragraphs.length);
        }
        return all;
    }

    // ---- Word, OpenDocument, RTF

    /** A Word document (DOCX), one paragraph after another. */
    public static byte[] docx(String... paragraphs) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String paragraph : paragraphs) {
                document.createParagraph().createRun().setText(paragraph);
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An OpenDocument text (ODT), as LibreOffice saves it: a zip with the mimetype first, stored. */
    public static byte[] odt(String... paragraphs) {
        StringBuilder content = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
            + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\">"
            + "<office:body><office:text>");
        for (String paragraph : paragraphs) {
            content.append("<text:p>").append(xml(paragraph)).append("</text:p>");
        }
        content.append("</office:text></office:body></office:document-content>");
        String manifest = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.2\">"
            + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"" + ODT + "\"/>"
            + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
            + "</manifest:manifest>";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            byte[] mimetype = ODT.getBytes(StandardCharsets.US_ASCII);
            ZipEntry first = new ZipEntry("mimetype");
            first.setMethod(ZipEntry.STORED);
            first.setSize(mimetype.length);
            CRC32 crc = new CRC32();
            crc.update(mimetype);
            first.setCrc(crc.getValue());
            zip.putNextEntry(first);
            zip.write(mimetype);
            zip.closeEntry();
            entry(zip, "META-INF/manifest.xml", manifest.getBytes(StandardCharsets.UTF_8));
            entry(zip, "content.xml", content.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Rich Text Format as Word saves it, characters beyond ASCII written as RTF Unicode escapes. */
    public static byte[] rtf(String... paragraphs) {
        StringBuilder rtf = new StringBuilder("{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\fswiss Arial;}}\\f0\\fs22 ");
        for (String paragraph : paragraphs) {
            for (char c : paragraph.toCharArray()) {
                if (c == '\\' || c == '{' || c == '}') {
                    rtf.append('\\').append(c);
                } else if (c > 127) {
                    rtf.append("\\u").append((int) (short) c).append('?');
                } else {
                    rtf.append(c);
                }
            }
            rtf.append("\\par\\par\n");
        }
        return rtf.append('}').toString().getBytes(StandardCharsets.US_ASCII);
    }

    // ---- archives

    /** A zip of the given files, in order. */
    public static byte[] zip(Map<String, byte[]> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                entry(zip, file.getKey(), file.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A zip of one file. */
    public static byte[] zip(String name, byte[] file) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(name, file);
        return zip(files);
    }

    /** An archive bomb: one file of {@code expandedBytes} zero bytes, compressed about a thousand times. */
    public static byte[] zipBomb(long expandedBytes) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            zip.putNextEntry(new ZipEntry("minutes.txt"));
            byte[] zeros = new byte[1 << 20];
            for (long written = 0; written < expandedBytes; written += zeros.length) {
                zip.write(zeros, 0, (int) Math.min(zeros.length, expandedBytes - written));
            }
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A file inside {@code levels} zips, each inside the next. */
    public static byte[] nestedZips(int levels, String name, byte[] file) {
        byte[] current = zip(name, file);
        for (int level = 2; level <= levels; level++) {
            current = zip("level-" + (level - 1) + ".zip", current);
        }
        return current;
    }

    private static void entry(ZipOutputStream zip, String name, byte[] data) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(data);
        zip.closeEntry();
    }

    // ---- mail

    /** A plain-text message with the given parts attached after its text (multipart/mixed). */
    public static MimeMessage mail(String from, String to, String subject, String text, MimeBodyPart... attachments) {
        try {
            MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
            message.setFrom(from);
            message.setRecipients(Message.RecipientType.TO, to);
            message.setSubject(subject, "UTF-8");
            message.setSentDate(new java.util.Date(1_795_000_000_000L));
            if (attachments.length == 0) {
                message.setText(text, "UTF-8");
            } else {
                MimeMultipart mixed = new MimeMultipart("mixed");
                MimeBodyPart body = new MimeBodyPart();
                body.setText(text, "UTF-8");
                mixed.addBodyPart(body);
                for (MimeBodyPart attachment : attachments) {
                    mixed.addBodyPart(attachment);
                }
                message.setContent(mixed);
            }
            message.saveChanges();
            return message;
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A file attached under its name (Content-Disposition: attachment), base64 encoded. */
    public static MimeBodyPart attachment(String fileName, String type, byte[] bytes) {
        try {
            MimeBodyPart part = new MimeBodyPart();
            part.setDataHandler(new javax.activation.DataHandler(new ByteArrayDataSource(bytes, type)));
            part.setFileName(fileName);
            part.setDisposition(Part.ATTACHMENT);
            part.setHeader("Content-Transfer-Encoding", "base64");
            return part;
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A message forwarded as an attachment (message/rfc822), as Outlook's "Forward as attachment" does. */
    public static MimeBodyPart forwarded(MimeMessage message) {
        try {
            MimeBodyPart part = new MimeBodyPart();
            part.setContent(message, EML);
            part.setDisposition(Part.ATTACHMENT);
            return part;
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A message as the bytes of an .eml file. */
    public static byte[] eml(MimeMessage message) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            message.writeTo(out);
            return out.toByteArray();
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

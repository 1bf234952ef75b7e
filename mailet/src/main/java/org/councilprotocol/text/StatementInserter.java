package org.councilprotocol.text;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import javax.activation.DataHandler;
import javax.mail.MessagingException;
import javax.mail.Multipart;
import javax.mail.Part;
import javax.mail.internet.MimeMessage;
import javax.mail.internet.MimePart;
import javax.mail.internet.MimeUtility;
import javax.mail.util.ByteArrayDataSource;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Adds a sentence (a ward councillor's statement of capacity) to a message's own words, in the
 * plain-text and the HTML rendering alike: after the author's text and before their signature and
 * the quoted history. Character sets stay as they were when the sentence fits them (UTF-8 otherwise),
 * transfer encodings are chosen afresh, and attachments are never touched.
 *
 * <p>Signed or encrypted mail is never altered: any change would break the signature or cannot be made.
 */
public final class StatementInserter {

    /** What happened to the message. */
    public enum Outcome {
        ADDED,
        /** S/MIME, PGP/MIME or DKIM-signed (or encrypted): left exactly as it was. */
        SIGNED,
        /** No text or HTML body to add it to. */
        NO_BODY
    }

    /** Text or HTML bodies larger than this are not rewritten. */
    static final int MAX_BODY_BYTES = 8 * 1024 * 1024;

    private StatementInserter() {
    }

    /** Whether the message carries a signature or encryption that any change would break. */
    public static Optional<String> signature(MimeMessage message) {
        try {
            if (message.getHeader("DKIM-Signature") != null) {
                return Optional.of("DKIM-Signature header");
            }
            return signedPart(message, 0);
        } catch (MessagingException | IOException e) {
            return Optional.of("unreadable structure");
        }
    }

    private static Optional<String> signedPart(Part part, int depth) throws MessagingException, IOException {
        String type = MessageText.baseType(part);
        if (type.equals("multipart/signed") || type.equals("multipart/encrypted") || type.equals("application/pkcs7-mime")
            || type.equals("application/x-pkcs7-mime") || type.equals("application/pgp-encrypted")) {
            return Optional.of(type);
        }
        if (type.startsWith("multipart/") && depth < MessageText.MAX_DEPTH && part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                Optional<String> found = signedPart(multipart.getBodyPart(i), depth + 1);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    /** Adds the statement; the caller saves the message's changes. */
    public static Outcome insert(MimeMessage message, String statement) throws MessagingException, IOException {
        if (signature(message).isPresent()) {
            return Outcome.SIGNED;
        }
        return addTo(message, statement, 0) ? Outcome.ADDED : Outcome.NO_BODY;
    }

    /**
     * Keeps a rewritten body as the bytes it now is, after the caller has saved the message's changes. A body set
     * as text or as a multipart is otherwise rendered anew each time the message is read as a stream, through a
     * pipe and a thread of its own, and a mail server copies a message several times on its way (queue, mailbox).
     * The caller saves the changes once more afterwards.
     */
    public static void keepAsBytes(MimeMessage message) throws MessagingException, IOException {
        DataHandler body = message.getDataHandler();
        if (body.getDataSource() instanceof ByteArrayDataSource) {
            return;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        body.writeTo(bytes);
        String encoding = message.getEncoding();
        message.setDataHandler(new DataHandler(new ByteArrayDataSource(bytes.toByteArray(), body.getContentType())));
        if (encoding != null) {
            // The transfer encoding chosen when the changes were saved still fits the same bytes.
            message.setHeader("Content-Transfer-Encoding", encoding);
        }
    }

    private static boolean addTo(Part part, String statement, int depth) throws MessagingException, IOException {
        if (depth > MessageText.MAX_DEPTH || Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            return false;
        }
        String type = MessageText.baseType(part);
        if (type.equals("text/plain") || type.equals("text/html")) {
            String text;
            try {
                text = read(part);
            } catch (IOException tooLargeOrBroken) {
                return false;
            }
            if (type.equals("text/plain")) {
                setText(part, plain(text, statement), "plain");
            } else {
                setText(part, html(text, statement, MessageText.charset(part).orElse(StandardCharsets.UTF_8)), "html");
            }
            return true;
        }
        if (!type.startsWith("multipart/") || !(part.getContent() instanceof Multipart multipart)) {
            return false;
        }
        boolean added = false;
        if (type.equals("multipart/alternative")) {
            // Every rendering of the same words gets the statement.
            for (int i = 0; i < multipart.getCount(); i++) {
                added |= addTo(multipart.getBodyPart(i), statement, depth + 1);
            }
        } else if (multipart.getCount() > 0) {
            // mixed, related...: the first part is the body; the rest are attachments and inline images.
            added = addTo(multipart.getBodyPart(0), statement, depth + 1);
        }
        if (added) {
            // Re-attach the edited multipart so the message is written from it, not from its original bytes.
            part.setContent(multipart);
        }
        return added;
    }

    /** Plain text: after the author's words and before their signature ("-- ") and any quoted history. */
    static String plain(String text, String statement) {
        List<String> lines = text.lines().toList();
        int at = Quotes.firstMarker(lines);
        int end = at < 0 ? lines.size() : at;
        for (int i = 0; i < end; i++) {
            if (lines.get(i).equals("-- ") || lines.get(i).equals("--")) {
                end = i;
                break;
            }
        }
        while (end > 0 && lines.get(end - 1).isBlank()) {
            end--;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < end; i++) {
            out.append(lines.get(i)).append("\r\n");
        }
        out.append("\r\n").append(statement).append("\r\n");
        if (end < lines.size()) {
            out.append("\r\n");
            for (int i = end; i < lines.size(); i++) {
                if (i == end && lines.get(i).isBlank()) {
                    continue;
                }
                out.append(lines.get(i)).append("\r\n");
            }
        }
        return out.toString();
    }

    /** HTML: a real paragraph before the first quoted-history container, or at the end of the body. */
    static String html(String html, String statement, Charset charset) {
        Document document = Jsoup.parse(html);
        document.outputSettings().prettyPrint(false).charset(charset);
        Element paragraph = new Element("p").text(statement);
        // The first of the author's signature or the quoted history, in document order.
        Elements ends = document.select("blockquote, div.gmail_quote, #divRplyFwdMsg, #appendonsend, div.moz-cite-prefix, "
            + "div.gmail_signature, #Signature, div.moz-signature");
        if (ends.isEmpty()) {
            document.body().appendChild(paragraph);
        } else {
            ends.first().before(paragraph);
        }
        return document.outerHtml();
    }

    private static void setText(Part part, String text, String subtype) throws MessagingException {
        Charset charset = MessageText.charset(part).filter(declared -> declared.newEncoder().canEncode(text)).orElse(StandardCharsets.UTF_8);
        String disposition = part.getDisposition();
        if (!(part instanceof MimePart mime)) {
            throw new MessagingException("not a MIME part: " + part.getClass().getName());
        }
        mime.setText(text, MimeUtility.mimeCharset(charset.name()), subtype);
        // setText resets the headers describing the content; the transfer encoding is chosen again on save.
        part.removeHeader("Content-Transfer-Encoding");
        if (disposition != null) {
            part.setDisposition(disposition);
        }
    }

    private static String read(Part part) throws MessagingException, IOException {
        try (InputStream in = part.getInputStream()) {
            // A body too long to read whole is not worth rewriting: leave it be rather than cut it.
            byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
            if (bytes.length > MAX_BODY_BYTES) {
                throw new IOException("body part larger than " + MAX_BODY_BYTES + " bytes");
            }
            return MessageText.decode(bytes, MessageText.charset(part));
        }
    }
}

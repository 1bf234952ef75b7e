package org.councilprotocol.text;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UnsupportedEncodingException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.mail.BodyPart;
import javax.mail.MessagingException;
import javax.mail.Multipart;
import javax.mail.Part;
import javax.mail.Session;
import javax.mail.internet.ContentType;
import javax.mail.internet.MimeMessage;
import javax.mail.internet.MimeUtility;

/**
 * Walks one message's MIME tree for its attachments, reads plain text and HTML itself and hands every other
 * file to Tika on the parser pool, keeping to the message's limits: bytes per file, characters in all, one
 * deadline for the message, and the nesting depth.
 */
final class AttachmentReader {
    /** Parts that are the mechanics of mail, not anything a person wrote or attached. */
    private static final Set<String> MECHANICS = Set.of("application/pkcs7-signature", "application/x-pkcs7-signature",
        "application/pgp-signature", "application/pgp-keys", "application/pgp-encrypted", "message/delivery-status",
        "message/disposition-notification", "text/rfc822-headers", "message/feedback-report");
    private static final Set<String> ENCRYPTED_MAIL = Set.of("application/pkcs7-mime", "application/x-pkcs7-mime");
    /** Text types read without Tika: their words are the file. RTF and the like go to Tika. */
    private static final Set<String> TIKA_TEXT = Set.of("text/rtf", "text/richtext", "text/enriched");

    private final ExtractionLimits limits;
    private final ExtractionPool pool;
    private final long deadline;
    private final List<AttachmentText> found = new ArrayList<>();
    private int charactersLeft;
    private boolean interrupted;

    AttachmentReader(ExtractionLimits limits, ExtractionPool pool) {
        this.limits = limits;
        this.pool = pool;
        this.deadline = System.nanoTime() + limits.time().toNanos();
        this.charactersLeft = limits.characters();
    }

    Attachments read(MimeMessage message) {
        walk(message, 0);
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return new Attachments(found);
    }

    /** @param depth how many containers (multiparts, forwarded messages) are around this part */
    private void walk(Part part, int depth) {
        String type = "application/octet-stream";
        try {
            type = MessageText.baseType(part);
            if (type.startsWith("multipart/")) {
                multipart(part, type, depth);
            } else if (type.equals("message/rfc822")) {
                Object content = part.getContent();
                if (content instanceof MimeMessage forwarded) {
                    opened(part, type, depth, () -> walk(forwarded, depth + 1));
                }
            } else {
                leaf(part, type, depth);
            }
        } catch (MessagingException | IOException | RuntimeException e) {
            // A part whose structure cannot be read: reported when it is a file, otherwise the message text covers it.
            if (isFile(part, type)) {
                found.add(AttachmentText.unreadable(name(part, type), type, "", Unreadable.of(Unreadable.Reason.CORRUPT)));
            }
        }
    }

    private void multipart(Part part, String type, int depth) throws MessagingException, IOException {
        if (type.equals("multipart/encrypted")) {
            found.add(AttachmentText.unreadable(name(part, type), type, "", new Unreadable(Unreadable.Reason.ENCRYPTED,
                "the message is encrypted (PGP or S/MIME), so its attachments cannot be read")));
            return;
        }
        Object content;
        try {
            content = part.getContent();
        } catch (MessagingException e) {
            // No boundary: the message text reads it as text.
            return;
        }
        if (!(content instanceof Multipart multipart)) {
            return;
        }
        opened(part, type, depth, () -> {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                if (type.equals("multipart/alternative") && !MessageText.baseType(child).startsWith("multipart/")) {
                    // Another rendering of the message's own words (or a calendar entry beside them).
                    continue;
                }
                if (type.equals("multipart/signed") && i > 0) {
                    continue;
                }
                walk(child, depth + 1);
            }
        });
    }

    /** Opens a container whose parts sit one level deeper, unless that is deeper than the limit. */
    private void opened(Part container, String type, int depth, Body body) throws MessagingException, IOException {
        if (depth + 1 > limits.depth()) {
            found.add(AttachmentText.unreadable(name(container, type), type, "", new Unreadable(Unreadable.Reason.NESTED_TOO_DEEP,
                "it is nested more than " + limits.depth() + " levels deep inside other parts, so it was not opened")));
            return;
        }
        body.run();
    }

    private void leaf(Part part, String type, int depth) throws MessagingException {
        if (MECHANICS.contains(type) || !isFile(part, type)) {
            return;
        }
        String name = name(part, type);
        if (ENCRYPTED_MAIL.contains(type)) {
            String smime = parameter(part, "smime-type");
            found.add(AttachmentText.unreadable(name, type, "", smime != null && smime.toLowerCase(Locale.ROOT).contains("signed")
                ? Unreadable.of(Unreadable.Reason.UNSUPPORTED_TYPE)
                : new Unreadable(Unreadable.Reason.ENCRYPTED, "it is an encrypted message (S/MIME) the gateway cannot open")));
            return;
        }
        if (Texts.isMedia(type)) {
            found.add(AttachmentText.read(name, type, ""));
            return;
        }
        byte[] bytes;
        try {
            bytes = bytes(part);
        } catch (IOException e) {
            found.add(AttachmentText.unreadable(name, type, "", new Unreadable(Unreadable.Reason.CORRUPT,
                "its mail encoding is damaged, so the file cannot be taken out of the message")));
            return;
        }
        if (bytes == null) {
            found.add(AttachmentText.unreadable(name, type, "", new Unreadable(Unreadable.Reason.TOO_LARGE,
                "it is larger than the " + limits.attachmentSize() + " the gateway reads")));
            return;
        }
        if (name.toLowerCase(Locale.ROOT).endsWith(".eml") && !type.startsWith("text/")) {
            attachedMessage(part, name, type, bytes, depth);
        } else if (type.startsWith("text/") && !TIKA_TEXT.contains(type)) {
            String text = MessageText.decode(bytes, MessageText.charset(part));
            keep(name, type, Texts.tidy(type.equals("text/html") ? HtmlText.of(text) : text));
        } else {
            found.add(document(bytes, name, type, depth));
        }
    }

    /** A message saved as a file (.eml) and attached as such: opened like a forwarded one. */
    private void attachedMessage(Part part, String name, String type, byte[] bytes, int depth) throws MessagingException {
        MimeMessage message;
        try {
            message = new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(bytes));
        } catch (MessagingException e) {
            found.add(AttachmentText.unreadable(name, type, "", Unreadable.of(Unreadable.Reason.CORRUPT)));
            return;
        }
        try {
            opened(part, "message/rfc822", depth, () -> walk(message, depth + 1));
        } catch (IOException e) {
            found.add(AttachmentText.unreadable(name, type, "", Unreadable.of(Unreadable.Reason.CORRUPT)));
        }
    }

    /** Keeps a text read here (not by Tika), cut at the message's character limit. */
    private void keep(String name, String type, String text) {
        if (text.length() > charactersLeft) {
            String kept = text.substring(0, charactersLeft);
            charactersLeft = 0;
            found.add(AttachmentText.unreadable(name, type, kept, textLimit()));
            return;
        }
        charactersLeft -= text.length();
        found.add(AttachmentText.read(name, type, text));
    }

    private Unreadable textLimit() {
        return new Unreadable(Unreadable.Reason.TEXT_LIMIT, "the message's attachments hold more than the "
            + String.format(Locale.UK, "%,d", limits.characters()) + " characters of text the gateway reads");
    }

    /** A document for Tika, read on the pool and given up at the message's deadline. */
    private AttachmentText document(byte[] bytes, String name, String type, int depth) {
        if (charactersLeft == 0) {
            return AttachmentText.unreadable(name, type, "", textLimit());
        }
        long left = deadline - System.nanoTime();
        Unreadable late = new Unreadable(Unreadable.Reason.TIMED_OUT, "it could not be read within the "
            + seconds() + " allowed for one message's attachments");
        if (left <= 0 || interrupted) {
            return AttachmentText.unreadable(name, type, "", late);
        }
        Watch watch = new Watch(deadline, limits.depth() - depth, limits.attachmentBytes());
        int budget = charactersLeft;
        Future<AttachmentText> reading;
        try {
            reading = pool.submit(() -> DocumentText.read(bytes, name, type, budget, watch));
        } catch (RejectedExecutionException e) {
            return AttachmentText.unreadable(name, type, "", new Unreadable(Unreadable.Reason.TIMED_OUT,
                "the gateway was too busy reading other attachments to read it in time"));
        }
        AttachmentText result;
        try {
            result = reading.get(left, TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            pool.cancel(reading);
            return AttachmentText.unreadable(name, type, "", late);
        } catch (InterruptedException e) {
            // The gateway is stopping: give up on this message's attachments, and say so again when done.
            interrupted = true;
            pool.cancel(reading);
            return AttachmentText.unreadable(name, type, "", late);
        } catch (ExecutionException e) {
            return AttachmentText.unreadable(name, type, "", Unreadable.of(Unreadable.Reason.CORRUPT));
        }
        if (result.unreadable().map(why -> why.reason() == Unreadable.Reason.TIMED_OUT).orElse(false)) {
            result = AttachmentText.unreadable(name, result.mediaType(), "", late);
        } else if (result.unreadable().map(why -> why.reason() == Unreadable.Reason.TEXT_LIMIT).orElse(false)) {
            result = AttachmentText.unreadable(name, result.mediaType(), result.text(), textLimit());
        }
        charactersLeft = Math.max(0, charactersLeft - result.text().length());
        return result;
    }

    private String seconds() {
        long millis = limits.time().toMillis();
        return millis >= 1000 && millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }

    /** The file's decoded bytes, or null when it is larger than the limit (read no further than that). */
    private byte[] bytes(Part part) throws MessagingException, IOException {
        long limit = limits.attachmentBytes();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InputStream in = part.getInputStream()) {
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            int read;
            while ((read = in.read(buffer)) >= 0) {
                total += read;
                if (total > limit) {
                    return null;
                }
                out.write(buffer, 0, read);
            }
        }
        return out.toByteArray();
    }

    /** Whether a leaf part is a file rather than the message's own text (which {@link MessageText} reads). */
    private static boolean isFile(Part part, String type) {
        try {
            boolean attached = Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition());
            return attached || !(type.equals("text/plain") || type.equals("text/html"));
        } catch (MessagingException e) {
            return true;
        }
    }

    /** The file's name as its sender gave it, or what it is when it has none. */
    static String name(Part part, String type) {
        String raw = null;
        try {
            raw = part.getFileName();
        } catch (MessagingException | RuntimeException e) {
            // A broken Content-Disposition: try the Content-Type's name.
        }
        if (raw == null) {
            raw = parameter(part, "name");
        }
        if (raw == null || raw.isBlank()) {
            if (part instanceof MimeMessage message) {
                return "forwarded message" + subject(message);
            }
            return type.startsWith("multipart/") ? "nested parts (" + type + ")" : "unnamed attachment (" + type + ")";
        }
        if (raw.contains("=?")) {
            try {
                raw = MimeUtility.decodeText(raw);
            } catch (UnsupportedEncodingException | RuntimeException e) {
                // Keep the name as written.
            }
        }
        return Texts.fileName(raw);
    }

    private static String subject(MimeMessage message) {
        try {
            String subject = message.getSubject();
            return subject == null || subject.isBlank() ? "" : " \"" + Texts.fileName(subject) + "\"";
        } catch (MessagingException | RuntimeException e) {
            return "";
        }
    }

    private static String parameter(Part part, String name) {
        try {
            String header = part.getContentType();
            return header == null ? null : new ContentType(header).getParameter(name);
        } catch (MessagingException | RuntimeException e) {
            return null;
        }
    }

    @FunctionalInterface
    private interface Body {
        void run() throws MessagingException, IOException;
    }
}

package org.councilprotocol.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javax.mail.BodyPart;
import javax.mail.MessagingException;
import javax.mail.Multipart;
import javax.mail.Part;
import javax.mail.internet.ContentType;
import javax.mail.internet.InternetAddress;
import javax.mail.internet.MimeMessage;
import javax.mail.internet.MimeUtility;
import javax.mail.internet.ParseException;

/**
 * A message's words as plain text, read once and shared by every detector: the author's own new
 * text, the earlier correspondence it quotes or forwards, and all of it together.
 *
 * <p>Reading never throws: broken MIME, unknown charsets and odd structures give what could be
 * read, and {@link #truncated()} says when a limit cut the text short. Attachments other than
 * forwarded messages are not read here.
 */
public final class MessageText {
    /** Enough for any letter; longer text is cut, and the cut is reported. */
    public static final int MAX_CHARS = 2_000_000;
    /** Multiparts and forwarded messages nested deeper than this are not opened. */
    public static final int MAX_DEPTH = 10;

    private final String authorText;
    private final List<QuotedPart> quoted;
    private final String allText;
    private final boolean truncated;

    private MessageText(String authorText, List<QuotedPart> quoted, String allText, boolean truncated) {
        this.authorText = authorText;
        this.quoted = List.copyOf(quoted);
        this.allText = allText;
        this.truncated = truncated;
    }

    public static MessageText of(MimeMessage message) {
        Reader reader = new Reader();
        reader.read(message, 0);
        String body = reader.body.toString();
        Quotes.Split split = Quotes.split(body);
        List<QuotedPart> quoted = new ArrayList<>(split.quoted());
        quoted.addAll(reader.attached);
        StringBuilder all = new StringBuilder(body);
        reader.attached.forEach(part -> all.append("\n\n").append(part.text()));
        return new MessageText(split.authorText(), quoted, all.toString(), reader.truncated);
    }

    /** Plain text (no MIME), e.g. for tests and for text already extracted elsewhere. */
    public static MessageText ofPlainText(String text) {
        Quotes.Split split = Quotes.split(text);
        return new MessageText(split.authorText(), split.quoted(), text, false);
    }

    /** The sender's own new words: everything above the first quotation or forwarded message. */
    public String authorText() {
        return authorText;
    }

    /** Earlier correspondence carried in the message, the most recent first. */
    public List<QuotedPart> quoted() {
        return quoted;
    }

    public String allText() {
        return allText;
    }

    public boolean truncated() {
        return truncated;
    }

    /** Walks the MIME tree, keeping the readable body text and any attached (forwarded) messages. */
    private static final class Reader {
        private final StringBuilder body = new StringBuilder();
        private final List<QuotedPart> attached = new ArrayList<>();
        private boolean truncated;

        void read(Part part, int depth) {
            if (depth > MAX_DEPTH) {
                truncated = true;
                return;
            }
            try {
                String type = baseType(part);
                if (type.startsWith("multipart/")) {
                    readMultipart(part, type, depth);
                } else if (type.equals("message/rfc822")) {
                    readAttachedMessage(part, depth);
                } else if (!isAttachment(part) && (type.equals("text/plain") || type.equals("text/html"))) {
                    append(type.equals("text/html") ? HtmlText.of(decode(part)) : decode(part));
                }
            } catch (MessagingException | IOException | RuntimeException e) {
                // A part that cannot be read is skipped; the rest of the message still counts.
                truncated = true;
            }
        }

        private void readMultipart(Part part, String type, int depth) throws MessagingException, IOException {
            Object content = part.getContent();
            if (!(content instanceof Multipart multipart)) {
                append(decode(part));
                return;
            }
            if (type.equals("multipart/alternative")) {
                // One rendering of the same words: prefer plain text, else the richest.
                BodyPart chosen = null;
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart candidate = multipart.getBodyPart(i);
                    String candidateType = baseType(candidate);
                    if (candidateType.equals("text/plain")) {
                        chosen = candidate;
                        break;
                    }
                    chosen = candidate;
                }
                if (chosen != null) {
                    read(chosen, depth + 1);
                }
                return;
            }
            for (int i = 0; i < multipart.getCount(); i++) {
                read(multipart.getBodyPart(i), depth + 1);
            }
        }

        private void readAttachedMessage(Part part, int depth) throws MessagingException, IOException {
            Object content = part.getContent();
            if (!(content instanceof MimeMessage forwarded)) {
                return;
            }
            Reader inner = new Reader();
            inner.read(forwarded, depth + 1);
            truncated |= inner.truncated;
            Optional<InternetAddress> from = firstFrom(forwarded);
            List<String> to = addresses(forwarded, "To");
            List<String> cc = addresses(forwarded, "Cc");
            attached.add(new QuotedPart(QuotedPart.Kind.FORWARD, from.map(InternetAddress::getPersonal),
                from.map(InternetAddress::getAddress), Optional.ofNullable(forwarded.getHeader("Date", null)),
                Optional.ofNullable(forwarded.getSubject()), to, cc, inner.body.toString().strip(), "attached message"));
            attached.addAll(inner.attached);
        }

        private void append(String text) {
            if (body.length() > 0) {
                body.append("\n\n");
            }
            int room = MAX_CHARS - body.length();
            if (text.length() > room) {
                truncated = true;
                body.append(text, 0, Math.max(0, room));
            } else {
                body.append(text);
            }
        }
    }

    private static Optional<InternetAddress> firstFrom(MimeMessage message) {
        try {
            String from = message.getHeader("From", ",");
            if (from == null) {
                return Optional.empty();
            }
            InternetAddress[] parsed = InternetAddress.parseHeader(from, false);
            return parsed.length == 0 ? Optional.empty() : Optional.of(parsed[0]);
        } catch (MessagingException e) {
            return Optional.empty();
        }
    }

    private static List<String> addresses(MimeMessage message, String header) {
        try {
            String value = message.getHeader(header, ",");
            if (value == null) {
                return List.of();
            }
            List<String> addresses = new ArrayList<>();
            for (InternetAddress address : InternetAddress.parseHeader(value, false)) {
                if (address.getAddress() != null) {
                    addresses.add(address.getAddress());
                }
            }
            return addresses;
        } catch (MessagingException e) {
            return List.of();
        }
    }

    private static String baseType(Part part) throws MessagingException {
        String header = part.getContentType();
        if (header == null) {
            return "text/plain";
        }
        try {
            return new ContentType(header).getBaseType().toLowerCase(Locale.ROOT);
        } catch (ParseException e) {
            String lower = header.toLowerCase(Locale.ROOT).strip();
            int semicolon = lower.indexOf(';');
            return semicolon < 0 ? lower : lower.substring(0, semicolon).strip();
        }
    }

    private static boolean isAttachment(Part part) throws MessagingException {
        String disposition = part.getDisposition();
        return Part.ATTACHMENT.equalsIgnoreCase(disposition);
    }

    /** The part's text in its declared charset; unknown or wrong charsets fall back without failing. */
    private static String decode(Part part) throws MessagingException, IOException {
        byte[] bytes;
        try (InputStream in = part.getInputStream()) {
            bytes = in.readNBytes(MAX_CHARS * 4);
        }
        return decode(bytes, charset(part));
    }

    static String decode(byte[] bytes, Optional<Charset> declared) {
        Charset charset = declared.orElse(StandardCharsets.UTF_8);
        String text = strictly(bytes, charset);
        if (text != null) {
            return text;
        }
        // Declared wrongly (or not at all): UTF-8 if it fits, else Windows-1252, which every byte fits.
        text = strictly(bytes, StandardCharsets.UTF_8);
        return text != null ? text : new String(bytes, Charset.forName("windows-1252"));
    }

    private static String strictly(byte[] bytes, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            return null;
        }
    }

    private static Optional<Charset> charset(Part part) {
        try {
            String name = new ContentType(part.getContentType()).getParameter("charset");
            if (name == null) {
                return Optional.empty();
            }
            return Optional.of(Charset.forName(MimeUtility.javaCharset(name.strip())));
        } catch (MessagingException | IllegalCharsetNameException | UnsupportedCharsetException | NullPointerException e) {
            return Optional.empty();
        }
    }
}

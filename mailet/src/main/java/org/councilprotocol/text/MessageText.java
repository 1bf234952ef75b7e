package org.councilprotocol.text;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javax.mail.BodyPart;
import javax.mail.MessagingException;
import javax.mail.Multipart;
import javax.mail.Part;
import javax.mail.internet.ContentType;
import javax.mail.internet.InternetAddress;
import javax.mail.internet.MimeBodyPart;
import javax.mail.internet.MimeMessage;
import javax.mail.internet.MimePart;
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
        boolean truncated = reader.truncated;
        for (QuotedPart part : reader.attached) {
            if (all.length() + 2 + part.text().length() > MAX_CHARS) {
                truncated = true;
                break;
            }
            all.append("\n\n").append(part.text());
        }
        return new MessageText(split.authorText(), quoted, all.toString(), truncated);
    }

    /** Plain text (no MIME), e.g. for tests and for text already extracted elsewhere. */
    public static MessageText ofPlainText(String text) {
        Quotes.Split split = Quotes.split(text);
        return new MessageText(split.authorText(), split.quoted(), text.replace("\r\n", "\n").replace('\r', '\n'), false);
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
                    String text = decode(part);
                    append(type.equals("text/html") ? HtmlText.of(text) : text);
                }
            } catch (MessagingException | IOException | RuntimeException e) {
                // A part that cannot be read is skipped; the rest of the message still counts.
                truncated = true;
            }
        }

        private void readMultipart(Part part, String type, int depth) throws MessagingException, IOException {
            Object content = null;
            int count;
            try {
                content = part.getContent();
                count = content instanceof Multipart multipart ? multipart.getCount() : -1;
            } catch (MessagingException e) {
                // No boundary, or one that never appears: the body is all there is, so read it as text.
                count = -1;
            }
            if (count < 0) {
                append(decode(part));
                return;
            }
            Multipart multipart = (Multipart) content;
            if (type.equals("multipart/alternative")) {
                // One rendering of the same words: prefer plain text, else the richest readable one
                // (not, say, the calendar entry of a meeting request).
                BodyPart chosen = null;
                BodyPart readable = null;
                for (int i = 0; i < count; i++) {
                    BodyPart candidate = multipart.getBodyPart(i);
                    String candidateType = baseType(candidate);
                    if (candidateType.equals("text/plain")) {
                        chosen = chosen == null ? candidate : chosen;
                    } else if (candidateType.equals("text/html") || candidateType.startsWith("multipart/")) {
                        readable = candidate;
                    }
                }
                chosen = chosen != null ? chosen : readable;
                if (chosen == null && count > 0) {
                    chosen = multipart.getBodyPart(count - 1);
                }
                if (chosen != null) {
                    int before = body.length();
                    read(chosen, depth + 1);
                    if (readable != null && chosen != readable && body.substring(before).isBlank()) {
                        // An empty plain-text part beside the HTML that holds the words.
                        body.setLength(before);
                        read(readable, depth + 1);
                    }
                }
                return;
            }
            for (int i = 0; i < count; i++) {
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
            // The attached message may quote earlier mail in turn: its own words and those are told apart.
            Quotes.Split split = Quotes.split(inner.body.toString());
            attached.add(new QuotedPart(QuotedPart.Kind.FORWARD, from.map(InternetAddress::getPersonal),
                from.map(InternetAddress::getAddress), Optional.ofNullable(forwarded.getHeader("Date", null)),
                Optional.ofNullable(subject(forwarded)), to, cc, split.authorText(), "attached message"));
            attached.addAll(split.quoted());
            attached.addAll(inner.attached);
        }

        /** The part's text: its bytes up to the limit (a cut is reported), in its declared charset. */
        private String decode(Part part) throws MessagingException {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            boolean cut = false;
            try (InputStream in = part.getInputStream()) {
                cut = copy(in, bytes);
            } catch (IOException e) {
                // An unknown transfer encoding, or base64 cut short: keep what was decoded, else read it raw.
                if (bytes.size() == 0) {
                    bytes.reset();
                    cut = raw(part, bytes);
                }
            }
            truncated |= cut;
            return MessageText.decode(bytes.toByteArray(), charset(part), cut);
        }

        private void append(String raw) {
            String text = raw.replace("\r\n", "\n").replace('\r', '\n');
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

    private static final int MAX_BYTES = MAX_CHARS * 4;

    /** Copies at most {@link #MAX_BYTES}; true when there was more. */
    private static boolean copy(InputStream in, ByteArrayOutputStream out) throws IOException {
        // Most text parts are a few kilobytes: a small buffer, since every message pays for clearing it.
        byte[] buffer = new byte[8 * 1024];
        int total = 0;
        int read;
        while ((read = in.read(buffer)) >= 0) {
            int room = MAX_BYTES - total;
            if (read > room) {
                out.write(buffer, 0, room);
                return true;
            }
            out.write(buffer, 0, read);
            total += read;
        }
        return false;
    }

    /** The part's body as it stands, base64 decoded leniently when it says it is base64; true when cut. */
    private static boolean raw(Part part, ByteArrayOutputStream out) throws MessagingException {
        InputStream in;
        if (part instanceof MimeBodyPart body) {
            in = body.getRawInputStream();
        } else if (part instanceof MimeMessage message) {
            in = message.getRawInputStream();
        } else {
            return false;
        }
        ByteArrayOutputStream encoded = new ByteArrayOutputStream();
        boolean cut;
        try (in) {
            cut = copy(in, encoded);
        } catch (IOException e) {
            return false;
        }
        String encoding = part instanceof MimePart mime ? mime.getEncoding() : null;
        if (encoding != null && encoding.strip().equalsIgnoreCase("base64")) {
            String letters = encoded.toString(StandardCharsets.US_ASCII).replaceAll("[^A-Za-z0-9+/]", "");
            letters = letters.substring(0, letters.length() % 4 == 1 ? letters.length() - 1 : letters.length());
            try {
                out.writeBytes(Base64.getDecoder().decode(letters));
            } catch (IllegalArgumentException e) {
                return cut;
            }
        } else {
            out.writeBytes(encoded.toByteArray());
        }
        return cut;
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            return null;
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

    static String baseType(Part part) throws MessagingException {
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

    static String decode(byte[] bytes, Optional<Charset> declared) {
        return decode(bytes, declared, false);
    }

    /**
     * Bytes as text in their declared charset; unknown or wrong charsets fall back without failing.
     *
     * @param cut whether the bytes were cut at a limit, so a character may be left half-read at the end
     */
    static String decode(byte[] bytes, Optional<Charset> declared, boolean cut) {
        Charset charset = declared.orElse(StandardCharsets.UTF_8);
        String text = strictly(bytes, charset, cut);
        if (text != null) {
            return text;
        }
        // Declared wrongly (or not at all): UTF-8 if it fits, else Windows-1252, which every byte fits.
        text = strictly(bytes, StandardCharsets.UTF_8, cut);
        return text != null ? text : new String(bytes, Charset.forName("windows-1252"));
    }

    private static String strictly(byte[] bytes, Charset charset, boolean cut) {
        CharsetDecoder decoder = charset.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16L,
            (long) Math.ceil(bytes.length * (double) decoder.maxCharsPerByte()) + 16));
        // When the bytes were cut, a character left unfinished at the very end is dropped, not an error.
        CoderResult result = decoder.decode(in, out, !cut);
        if (result.isError()) {
            return null;
        }
        if (!cut && decoder.flush(out).isError()) {
            return null;
        }
        if (cut && in.remaining() > 8) {
            return null;
        }
        out.flip();
        return out.toString();
    }

    /** The charset a text part declares, when Java knows it (US-ASCII kept strict, see below). */
    static Optional<Charset> charset(Part part) {
        try {
            String name = new ContentType(part.getContentType()).getParameter("charset");
            if (name == null) {
                return Optional.empty();
            }
            String bare = name.strip().toLowerCase(Locale.ROOT);
            if (bare.equals("us-ascii") || bare.equals("ascii") || bare.equals("ansi_x3.4-1968")) {
                // JavaMail maps US-ASCII to ISO-8859-1, which would read UTF-8 mislabelled as ASCII (common) wrongly.
                return Optional.of(StandardCharsets.US_ASCII);
            }
            return Optional.of(Charset.forName(MimeUtility.javaCharset(name.strip())));
        } catch (MessagingException | IllegalCharsetNameException | UnsupportedCharsetException | NullPointerException e) {
            return Optional.empty();
        }
    }
}

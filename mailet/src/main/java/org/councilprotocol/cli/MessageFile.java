package org.councilprotocol.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.mail.MessagingException;
import javax.mail.Session;
import javax.mail.internet.AddressException;
import javax.mail.internet.InternetAddress;
import javax.mail.internet.MimeMessage;

import org.councilprotocol.model.Submission;

/**
 * One message read from a file: the parsed MIME message and what the check command takes from its
 * headers to stand in for the SMTP envelope (which a file does not have).
 *
 * <ul>
 *   <li>envelope sender and, unless judged as unauthenticated, the authenticated user: the From address;</li>
 *   <li>envelope recipients: every To, Cc and Bcc address (Bcc ones are blind: the engine sees they are
 *       in the envelope but not in To or Cc);</li>
 *   <li>the Date header, used as the time of receipt (see {@link ReceiptTimes}).</li>
 * </ul>
 */
record MessageFile(MimeMessage message, Optional<String> from, List<String> recipients, Optional<Instant> date) {
    /** A header field: a name of printable ASCII other than ':' and a colon (obsolete syntax allows blanks before it). */
    private static final Pattern HEADER_FIELD = Pattern.compile("^[\\x21-\\x39\\x3B-\\x7E]+[ \\t]*:.*");
    private static final Pattern BARE_ADDRESS = Pattern.compile("[^\\s<>,;:\"()]+@[^\\s<>,;:\"()]+");
    private static final Session SESSION = Session.getInstance(new Properties());

    MessageFile {
        recipients = List.copyOf(recipients);
    }

    /** A file that is not a message the gateway could ever be given. */
    static final class UnparsableException extends Exception {
        UnparsableException(String message) {
            super(message);
        }

        UnparsableException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * Parses one message.
     *
     * @throws UnparsableException when the content is empty, has no header block (no {@code Name: value}
     *                             line before the first blank line), or the MIME parser rejects it
     */
    static MessageFile parse(byte[] content) throws UnparsableException {
        if (content.length == 0 || new String(content, StandardCharsets.ISO_8859_1).isBlank()) {
            throw new UnparsableException("empty: no message in it");
        }
        if (!hasHeaderBlock(content)) {
            throw new UnparsableException("not an email message: no header (a 'Name: value' line) "
                + "before the first blank line");
        }
        MimeMessage message;
        try {
            message = new MimeMessage(SESSION, new ByteArrayInputStream(content));
            message.getAllHeaderLines();
        } catch (MessagingException | RuntimeException e) {
            throw new UnparsableException("cannot be parsed as MIME: " + describe(e), e);
        }
        Optional<String> from = addresses(message, "From").stream().findFirst();
        Set<String> recipients = new LinkedHashSet<>();
        for (String header : List.of("To", "Cc", "Bcc")) {
            recipients.addAll(addresses(message, header));
        }
        return new MessageFile(message, from, List.copyOf(recipients), date(message));
    }

    /** The message as if just submitted over SMTP by its From sender, authenticated or not. */
    Submission submission(boolean authenticated, Instant receivedAt) {
        return new Submission(message, from, recipients, authenticated ? from : Optional.empty(), receivedAt);
    }

    private static boolean hasHeaderBlock(byte[] content) {
        String text = new String(content, StandardCharsets.ISO_8859_1);
        for (String line : text.split("\r?\n", -1)) {
            if (line.isEmpty() || line.equals("\r")) {
                return false;
            }
            if (HEADER_FIELD.matcher(line).matches()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The addresses in an address header, lower-cased, groups expanded ({@code Team: a@x, b@y;}), in
     * order. Tolerant: an entry the strict parser rejects is still picked up if it looks like an address.
     */
    static List<String> addresses(MimeMessage message, String header) {
        String value;
        try {
            value = message.getHeader(header, ",");
        } catch (MessagingException e) {
            return List.of();
        }
        if (value == null || value.isBlank()) {
            return List.of();
        }
        List<String> addresses = new ArrayList<>();
        try {
            for (InternetAddress address : InternetAddress.parseHeader(value, false)) {
                if (address.isGroup()) {
                    for (InternetAddress member : address.getGroup(false)) {
                        add(addresses, member.getAddress());
                    }
                } else {
                    add(addresses, address.getAddress());
                }
            }
        } catch (AddressException e) {
            addresses.clear();
            Matcher matcher = BARE_ADDRESS.matcher(value);
            while (matcher.find()) {
                add(addresses, matcher.group());
            }
        }
        return addresses;
    }

    private static void add(List<String> addresses, String address) {
        if (address != null && address.contains("@")) {
            String normalised = address.strip().toLowerCase(Locale.ROOT);
            if (!addresses.contains(normalised)) {
                addresses.add(normalised);
            }
        }
    }

    private static Optional<Instant> date(MimeMessage message) {
        try {
            return Optional.ofNullable(message.getSentDate()).map(Date::toInstant);
        } catch (MessagingException e) {
            return Optional.empty();
        }
    }

    private static String describe(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** Reads a whole file; an I/O failure is reported like any other message that cannot be read. */
    static byte[] read(Path file) throws UnparsableException {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UnparsableException("cannot be read: " + describe(e), e);
        }
    }
}

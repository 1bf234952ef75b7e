package org.councilprotocol.policy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.mail.MessagingException;
import javax.mail.internet.AddressException;
import javax.mail.internet.InternetAddress;
import javax.mail.internet.MimeMessage;
import javax.mail.internet.MimeUtility;

import org.councilprotocol.model.Directory;

/** Tolerant reads of the headers the gateway relies on: broken headers give empty answers, not exceptions. */
final class MessageHeaders {
    private static final Pattern MESSAGE_ID = Pattern.compile("<[^<>\\s]+>");
    private static final Pattern ADDRESS = Pattern.compile("[^\\s<>,;\"]+@[^\\s<>,;\"]+");

    private final MimeMessage message;

    MessageHeaders(MimeMessage message) {
        this.message = message;
    }

    Optional<String> first(String name) {
        try {
            String value = message.getHeader(name, ",");
            return Optional.ofNullable(value).map(String::strip).filter(text -> !text.isEmpty());
        } catch (MessagingException e) {
            return Optional.empty();
        }
    }

    /** Addresses in an address header, lower-cased; unparseable entries are skipped. */
    List<String> addresses(String name) {
        Optional<String> value = first(name);
        if (value.isEmpty()) {
            return List.of();
        }
        List<String> addresses = new ArrayList<>();
        try {
            for (InternetAddress parsed : InternetAddress.parseHeader(value.get(), false)) {
                // "Ward members: a@x, b@x;" names its members openly: a group is not a blind copy.
                InternetAddress[] members = parsed.isGroup() ? parsed.getGroup(false) : new InternetAddress[] {parsed};
                for (InternetAddress address : members) {
                    // Lenient parsing keeps stray brackets and quotes ("Bob <bob@x", "'bob@x'"): keep the address only.
                    if (address.getAddress() != null) {
                        addAll(addresses, address.getAddress());
                    }
                }
            }
        } catch (AddressException e) {
            addAll(addresses, value.get());
        }
        return addresses;
    }

    private static void addAll(List<String> addresses, String text) {
        Matcher matcher = ADDRESS.matcher(text);
        while (matcher.find()) {
            String address = matcher.group().replaceAll("^'+|'+$", "");
            if (address.indexOf('@') > 0) {
                addresses.add(Directory.normalise(address));
            }
        }
    }

    String subject() {
        return first("Subject").map(MessageHeaders::decode).orElse("");
    }

    /** Message ids named by In-Reply-To and References, oldest first, without repeats. */
    List<String> references() {
        LinkedHashSet<String> ids = new LinkedHashSet<>();
        first("References").ifPresent(value -> ids.addAll(messageIds(value)));
        first("In-Reply-To").ifPresent(value -> ids.addAll(messageIds(value)));
        return List.copyOf(ids);
    }

    /** The Message-ID, or a stable stand-in made from the headers when a client left it out. */
    String messageId(Instant receivedAt) {
        return first("Message-ID").flatMap(value -> messageIds(value).stream().findFirst())
            .orElseGet(() -> "<" + digest(headerText() + receivedAt) + "@council-protocol.invalid>");
    }

    private String headerText() {
        try {
            return String.join("\n", Collections.list(message.getAllHeaderLines()));
        } catch (MessagingException e) {
            return "";
        }
    }

    private static List<String> messageIds(String value) {
        List<String> ids = new ArrayList<>();
        Matcher matcher = MESSAGE_ID.matcher(value);
        while (matcher.find()) {
            ids.add(matcher.group());
        }
        return ids;
    }

    private static String decode(String text) {
        try {
            return MimeUtility.decodeText(MimeUtility.unfold(text));
        } catch (java.io.UnsupportedEncodingException e) {
            return text;
        }
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}

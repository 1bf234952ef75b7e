package org.councilprotocol.text;

import java.util.List;

import javax.mail.internet.MimeMessage;

/**
 * Every attachment of a message as plain text: files attached to it, inline parts that are not its own text
 * (a PDF shown in the body, say), and the attachments of messages forwarded inside it, however deeply nested
 * within the limits. Read once per message and shared by every detector that asks
 * ({@code MessageContext.attachments()}); mail nobody asks about is never read.
 *
 * <p>Reading never throws and never hangs: encrypted, damaged, oversized or unknown files, archive bombs and
 * anything still unread at the message's deadline come back as {@link AttachmentText}s that say why.
 */
public final class Attachments {
    private static final Attachments NONE = new Attachments(List.of());

    private final List<AttachmentText> all;

    Attachments(List<AttachmentText> all) {
        this.all = List.copyOf(all);
    }

    /** Reads the message's attachments within the limits, on the shared pool of parser threads. */
    public static Attachments read(MimeMessage message, ExtractionLimits limits) {
        return new AttachmentReader(limits, ExtractionPool.shared()).read(message);
    }

    /** A message without attachments. */
    public static Attachments none() {
        return NONE;
    }

    /** Every attachment, in the order they appear in the message. */
    public List<AttachmentText> all() {
        return all;
    }

    /** The attachments that could not be read in full, each with the reason. */
    public List<AttachmentText> unreadable() {
        return all.stream().filter(attachment -> !attachment.readInFull()).toList();
    }

    public boolean isEmpty() {
        return all.isEmpty();
    }

    @Override
    public String toString() {
        return "Attachments" + all.stream().map(attachment -> attachment.fileName()
            + attachment.unreadable().map(why -> " (" + why.reason().id() + ")").orElse("")).toList();
    }
}

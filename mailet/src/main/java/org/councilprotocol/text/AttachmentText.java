package org.councilprotocol.text;

import java.util.Objects;
import java.util.Optional;

/**
 * One attachment (or inline part that is not the message's own text) as plain text.
 *
 * <p>{@code text} is whatever could be read; it is complete only when {@code unreadable} is empty. When a limit
 * cut an attachment short, or a document inside it could not be opened, the text read so far is kept and
 * {@code unreadable} says what was missed.
 *
 * @param fileName  the name the sender gave it, or a description such as "unnamed attachment (application/pdf)"
 * @param mediaType its type as read from its content when that could be told, else as declared, e.g.
 *                  {@code application/pdf}
 * @param text      its words, paragraphs separated by blank lines, line breaks as {@code \n}
 * @param unreadable why it could not be read in full, if it could not
 */
public record AttachmentText(String fileName, String mediaType, String text, Optional<Unreadable> unreadable) {

    public AttachmentText {
        Objects.requireNonNull(fileName);
        Objects.requireNonNull(mediaType);
        Objects.requireNonNull(text);
        Objects.requireNonNull(unreadable);
    }

    static AttachmentText read(String fileName, String mediaType, String text) {
        return new AttachmentText(fileName, mediaType, text, Optional.empty());
    }

    static AttachmentText unreadable(String fileName, String mediaType, String text, Unreadable why) {
        return new AttachmentText(fileName, mediaType, text, Optional.of(why));
    }

    /** Whether every word of it was read. */
    public boolean readInFull() {
        return unreadable.isEmpty();
    }
}

package org.councilprotocol.text;

import java.util.List;
import java.util.Optional;

/**
 * Earlier correspondence carried inside a message: a reply's quotation or a forwarded message,
 * with whatever its header lines or attribution say about who wrote it and to whom.
 *
 * @param to addresses and bare names from its To line; {@code cc} likewise
 */
public record QuotedPart(Kind kind, Optional<String> fromName, Optional<String> fromAddress, Optional<String> sent,
                         Optional<String> subject, List<String> to, List<String> cc, String text, String marker) {

    public QuotedPart {
        to = List.copyOf(to);
        cc = List.copyOf(cc);
    }

    /** How the earlier message was carried. */
    public enum Kind {
        /** Quoted in a reply ("On ... wrote:", "&gt;" lines, Outlook's original-message block). */
        REPLY,
        /** Passed on whole ("Forwarded message", "Begin forwarded message:", an attached message). */
        FORWARD
    }
}

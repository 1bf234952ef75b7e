package org.councilprotocol.enquiry;

import java.util.Arrays;
import java.util.Optional;

/**
 * What an officer's reply does to an enquiry's timer (the {@code reply.kind} of the check output):
 * a substantive answer stops it, a holding reply with a new date moves it, an acknowledgement leaves
 * it running.
 */
public enum ReplyKind {
    SUBSTANTIVE("substantive"),
    HOLDING("holding"),
    ACKNOWLEDGEMENT("acknowledgement");

    private final String id;

    ReplyKind(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<ReplyKind> byId(String id) {
        return Arrays.stream(values()).filter(kind -> kind.id.equals(id)).findFirst();
    }
}

package org.councilprotocol.detect;

/** What an officer's reply in an enquiry's thread does to the enquiry's timer (Thanet 9.1.4, 9.1.6). */
public enum ReplyKind {
    /** Answers: gives the information, or says what was done or decided. Stops the timer. */
    SUBSTANTIVE("substantive"),
    /** Puts off a full answer and says why, what is being done and by when: the new date replaces the due date. */
    HOLDING("holding"),
    /** Puts off a full answer without all the protocol asks for (why, what is being done, by when). */
    HOLDING_INCOMPLETE("holding-reply-incomplete"),
    /** "Thanks, received, will look into it": the timer keeps running. */
    ACKNOWLEDGEMENT("acknowledgement");

    private final String id;

    ReplyKind(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** Whether the reply ends the enquiry's timer. */
    public boolean stopsTimer() {
        return this == SUBSTANTIVE;
    }
}

package org.councilprotocol.detect;

/** What a member's enquiry asks for (Thanet 9.1.4: "a question or a request for information or action"). */
public enum EnquiryKind {
    /** Asks to be told something: "Could you let me know the status of the repair?", "When are the bins collected?" */
    QUESTION("question"),
    /** Asks for something to be done or provided: "Could you look into...", "Please send me a copy of..." */
    REQUEST("request");

    private final String id;

    EnquiryKind(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}

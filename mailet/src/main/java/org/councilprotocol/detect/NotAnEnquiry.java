package org.councilprotocol.detect;

/** Why a member's message to an officer opens no enquiry timer. */
public enum NotAnEnquiry {
    /** Thanks the officer and asks nothing. */
    THANKS("thanks", "it thanks the officer and asks nothing"),
    /** "Noted", "received", "will do", "that's fine". */
    ACKNOWLEDGEMENT("acknowledgement", "it acknowledges earlier mail and asks nothing"),
    /** "FYI", "for information", "no need to reply", a document sent for the record. */
    FOR_INFORMATION("for-information", "it is sent for information and asks nothing"),
    /** Arranging when or where to meet or talk. */
    MEETING_LOGISTICS("meeting-logistics", "it only arranges a meeting or call"),
    /** A newsletter or bulletin: a mailing list, or written for many readers. */
    NEWSLETTER("newsletter", "it is a newsletter or bulletin"),
    /** An out-of-office or other automatic reply. */
    AUTO_REPLY("auto-reply", "it is an automatic reply"),
    /** Nothing in it asks the officer anything. */
    NO_ASK("no-ask", "it asks no question and makes no request");

    private final String id;
    private final String plainWords;

    NotAnEnquiry(String id, String plainWords) {
        this.id = id;
        this.plainWords = plainWords;
    }

    public String id() {
        return id;
    }

    /** Why, in words for an audit entry or a notice: "it only arranges a meeting or call". */
    public String plainWords() {
        return plainWords;
    }
}

package org.councilprotocol.enquiry;

import java.util.Arrays;
import java.util.Optional;

/** Where a member's enquiry stands. */
public enum EnquiryStatus {
    /** Waiting for the officer's full answer: its timer runs. */
    OPEN("open"),
    /** Answered in full; later mail in the thread does not reopen it (a new question opens a new enquiry). */
    CLOSED("closed"),
    /** Really a constituent's complaint, handled under the complaints procedure: no timer. */
    COMPLAINT("complaint");

    private final String id;

    EnquiryStatus(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<EnquiryStatus> byId(String id) {
        return Arrays.stream(values()).filter(status -> status.id.equals(id)).findFirst();
    }
}

package org.councilprotocol.policy;

import java.util.List;
import java.util.Optional;

import org.councilprotocol.model.Verdict;

/**
 * What the mailet must do with a message: the verdict, the headers to stamp, the notices to send and
 * any statement to add to its text (a ward councillor's statement of capacity).
 * Decided once, in the core; the mailet only carries it out.
 */
public record Decision(Verdict verdict, List<Header> headers, List<Notice> notices, Optional<String> statement) {

    public Decision {
        headers = List.copyOf(headers);
        notices = List.copyOf(notices);
    }

    public Decision(Verdict verdict, List<Header> headers, List<Notice> notices) {
        this(verdict, headers, notices, Optional.empty());
    }

    /** A header to add to the message as delivered (or held). */
    public record Header(String name, String value) {
    }

    /** Headers the gateway owns; copies arriving from outside are removed so nobody can forge them. */
    public static final String PREFIX = "X-Council-";
    public static final String CORRESPONDENCE = "X-Council-Correspondence";
    public static final String SENDER = "X-Council-Sender";
    public static final String FINDING = "X-Council-Finding";
    public static final String VERDICT = "X-Council-Verdict";
    public static final String CAPACITY = "X-Council-Capacity";
    /** {@code ENQ-2026-00042; due=2026-12-07}: the enquiry a message opened or answered. */
    public static final String ENQUIRY = "X-Council-Enquiry";
    public static final String ERROR = "X-Council-Protocol-Error";
}

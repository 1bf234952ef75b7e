package org.councilprotocol.policy;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.councilprotocol.model.Verdict;

/**
 * What the mailet must do with a message: the verdict, the headers to stamp, the notices to send and
 * any statement to add to its text (a ward councillor's statement of capacity).
 * Decided once, in the core; the mailet only carries it out.
 *
 * @param copies      addresses the message also goes to, openly: added to the envelope and to its Cc header
 *                    (an absent officer's alternate, Thanet 9.1.5)
 * @param contact     a sentence giving an alternative contact, to add to the text of an automatic reply
 *                    that gives none (Thanet 9.1.5), as the capacity statement is added
 * @param subject     a new subject line: the enquiry's reference put in front, where the profile asks for it
 */
public record Decision(Verdict verdict, List<Header> headers, List<Notice> notices, Optional<String> statement,
                       List<String> copies, Optional<String> contact, Optional<String> subject) {

    public Decision {
        headers = List.copyOf(headers);
        notices = List.copyOf(notices);
        copies = List.copyOf(copies);
        Objects.requireNonNull(subject, "subject");
    }

    public Decision(Verdict verdict, List<Header> headers, List<Notice> notices, Optional<String> statement,
                    List<String> copies, Optional<String> contact) {
        this(verdict, headers, notices, statement, copies, contact, Optional.empty());
    }

    public Decision(Verdict verdict, List<Header> headers, List<Notice> notices, Optional<String> statement) {
        this(verdict, headers, notices, statement, List.of(), Optional.empty());
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
    /**
     * {@code bob-jones; away=2026-11-30/2026-12-04; alternate=dan-green; copied=yes; told=yes; clause="Thanet 9.1.5"}:
     * why an absent officer's alternate received a member's message, or what was added to an automatic reply.
     */
    public static final String COVER = "X-Council-Cover";
}

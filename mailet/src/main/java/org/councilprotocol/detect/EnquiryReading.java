package org.councilprotocol.detect;

import java.util.Objects;
import java.util.Optional;

import org.councilprotocol.config.EnquiryConfig;
import org.councilprotocol.enquiry.StatedDeadline;

/**
 * What {@link EnquiryReader} made of a member's message to an officer.
 *
 * @param outcome  an enquiry, a constituent's complaint passed on, or neither
 * @param kind     for an enquiry or a complaint: what it asks for (a complaint with no question in it
 *                 asks for action: {@link EnquiryKind#REQUEST}); empty otherwise
 * @param because  for a message that is neither: why not; empty otherwise
 * @param evidence the sentence that decided it, as the member wrote it (or the header or subject for
 *                 automatic and list mail); empty when nothing in the message decided anything
 * @param deadline for an enquiry or a complaint: the deadline the member stated, if any (see
 *                 {@code StatedDeadlines}); always empty otherwise
 */
public record EnquiryReading(Outcome outcome, Optional<EnquiryKind> kind, Optional<NotAnEnquiry> because,
                             String evidence, Optional<StatedDeadline> deadline) {

    /** The three ways a member's message can go. */
    public enum Outcome {
        /** A question or a request for information or action: it opens an enquiry timer. */
        ENQUIRY("enquiry"),
        /** A constituent's complaint the member passes on: the complaints procedure handles it, where the profile has one. */
        COMPLAINT("complaint"),
        /** Thanks, information, logistics, a newsletter, an auto-reply, an acknowledgement. */
        NOT_AN_ENQUIRY("none");

        private final String id;

        Outcome(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    public EnquiryReading {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(because, "because");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(deadline, "deadline");
        if ((outcome == Outcome.NOT_AN_ENQUIRY) == kind.isPresent() || (outcome == Outcome.NOT_AN_ENQUIRY) != because.isPresent()) {
            throw new IllegalArgumentException("an enquiry or complaint has a kind; anything else has a reason instead: " + outcome);
        }
        if (outcome == Outcome.NOT_AN_ENQUIRY && deadline.isPresent()) {
            throw new IllegalArgumentException("only an enquiry or a complaint has a deadline");
        }
    }

    static EnquiryReading enquiry(EnquiryKind kind, String evidence, Optional<StatedDeadline> deadline) {
        return new EnquiryReading(Outcome.ENQUIRY, Optional.of(kind), Optional.empty(), evidence, deadline);
    }

    static EnquiryReading complaint(EnquiryKind kind, String evidence, Optional<StatedDeadline> deadline) {
        return new EnquiryReading(Outcome.COMPLAINT, Optional.of(kind), Optional.empty(), evidence, deadline);
    }

    static EnquiryReading not(NotAnEnquiry because, String evidence) {
        return new EnquiryReading(Outcome.NOT_AN_ENQUIRY, Optional.empty(), Optional.of(because), evidence, Optional.empty());
    }

    /**
     * Whether the message opens an enquiry timer. A complaint does only where the profile has no
     * complaints procedure to send it to (Thanet 9.1.7 has one; a profile without an {@code enquiries.complaints}
     * clause treats the complaint as the member's request).
     */
    public boolean opensEnquiry(boolean complaintsProcedure) {
        return outcome == Outcome.ENQUIRY || outcome == Outcome.COMPLAINT && !complaintsProcedure;
    }

    /** {@link #opensEnquiry(boolean)} for a profile's {@code enquiries} section. */
    public boolean opensEnquiry(EnquiryConfig enquiries) {
        return opensEnquiry(enquiries.complaints().isPresent());
    }

    /** Whether the message should be tagged for the complaints procedure instead of timed as an enquiry. */
    public boolean forComplaintsProcedure(boolean complaintsProcedure) {
        return outcome == Outcome.COMPLAINT && complaintsProcedure;
    }

    /** {@code question}, {@code request}, {@code complaint} or {@code none}: one word for reports and corpora. */
    public String label() {
        return outcome == Outcome.ENQUIRY ? kind.orElseThrow().id() : outcome.id();
    }
}

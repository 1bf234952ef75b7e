package org.councilprotocol.policy;

import java.util.List;
import java.util.Optional;

import org.councilprotocol.detect.CapacityReading;
import org.councilprotocol.model.Correspondence;
import org.councilprotocol.model.Finding;

/**
 * The gateway's whole view of one message: who is who, in which capacity a member writes, what was
 * found, what it did to a member's enquiry (opened one, or answered one), what out-of-office cover did
 * (Thanet 9.1.5), and what to do about it.
 */
public record Judgement(String messageId, String subject, Correspondence correspondence,
                        Optional<CapacityReading> capacity, List<Finding> findings, Decision decision,
                        Optional<EnquiryTracker.Opened> enquiry, Optional<EnquiryTracker.Replied> reply,
                        Optional<OutOfOfficeTracker.Covered> outOfOffice) {

    public Judgement {
        findings = List.copyOf(findings);
        enquiry = enquiry == null ? Optional.empty() : enquiry;
        reply = reply == null ? Optional.empty() : reply;
        outOfOffice = outOfOffice == null ? Optional.empty() : outOfOffice;
    }

    /** A judgement without out-of-office cover (a profile without the {@code ooo-no-alternate} rule). */
    public Judgement(String messageId, String subject, Correspondence correspondence, Optional<CapacityReading> capacity,
                     List<Finding> findings, Decision decision, Optional<EnquiryTracker.Opened> enquiry,
                     Optional<EnquiryTracker.Replied> reply) {
        this(messageId, subject, correspondence, capacity, findings, decision, enquiry, reply, Optional.empty());
    }

    /** A judgement of a message that neither asks nor answers a member's enquiry. */
    public Judgement(String messageId, String subject, Correspondence correspondence, Optional<CapacityReading> capacity,
                     List<Finding> findings, Decision decision) {
        this(messageId, subject, correspondence, capacity, findings, decision, Optional.empty(), Optional.empty());
    }
}

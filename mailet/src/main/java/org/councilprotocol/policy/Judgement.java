package org.councilprotocol.policy;

import java.util.List;
import java.util.Optional;

import org.councilprotocol.detect.CapacityReading;
import org.councilprotocol.model.Correspondence;
import org.councilprotocol.model.Finding;

/**
 * The gateway's whole view of one message: who is who, in which capacity a member writes, what was
 * found, and what to do about it.
 */
public record Judgement(String messageId, String subject, Correspondence correspondence,
                        Optional<CapacityReading> capacity, List<Finding> findings, Decision decision) {

    public Judgement {
        findings = List.copyOf(findings);
    }
}

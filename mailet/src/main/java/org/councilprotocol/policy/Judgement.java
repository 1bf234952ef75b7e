package org.councilprotocol.policy;

import java.util.List;

import org.councilprotocol.model.Correspondence;
import org.councilprotocol.model.Finding;

/** The gateway's whole view of one message: who is who, what was found, and what to do about it. */
public record Judgement(String messageId, String subject, Correspondence correspondence, List<Finding> findings,
                        Decision decision) {

    public Judgement {
        findings = List.copyOf(findings);
    }
}

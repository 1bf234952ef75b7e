package org.councilprotocol.config;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One council's protocol as rules the gateway applies. */
public record Profile(
        String name,
        String council,
        String protocol,
        FailureMode onError,
        Map<String, RuleConfig> rules,
        Optional<EnquiryConfig> enquiries,
        List<String> sources) {

    public Profile {
        rules = Map.copyOf(rules);
        sources = List.copyOf(sources);
    }

    public Optional<RuleConfig> rule(String name) {
        return Optional.ofNullable(rules.get(name)).filter(RuleConfig::enabled);
    }

    /** What happens to a message when the gateway itself fails on it. */
    public enum FailureMode {
        /** Deliver unchanged with an error header: the protocol must never stop the council's mail. */
        FAIL_OPEN,
        /** Keep it in the error repository for IT. */
        FAIL_CLOSED
    }
}

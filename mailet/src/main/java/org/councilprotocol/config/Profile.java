package org.councilprotocol.config;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.councilprotocol.text.ExtractionLimits;

/**
 * One council's protocol as rules the gateway applies.
 *
 * @param limits how much work reading one message's attachments may take (the profile's {@code limits})
 */
public record Profile(
        String name,
        String council,
        String protocol,
        FailureMode onError,
        Map<String, RuleConfig> rules,
        Optional<EnquiryConfig> enquiries,
        List<String> sources,
        ExtractionLimits limits) {

    public Profile {
        rules = Map.copyOf(rules);
        sources = List.copyOf(sources);
        limits = limits == null ? ExtractionLimits.DEFAULTS : limits;
    }

    /** A profile with the default limits for reading attachments. */
    public Profile(String name, String council, String protocol, FailureMode onError, Map<String, RuleConfig> rules,
                   Optional<EnquiryConfig> enquiries, List<String> sources) {
        this(name, council, protocol, onError, rules, enquiries, sources, ExtractionLimits.DEFAULTS);
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

package org.councilprotocol.detect;

import java.util.List;

import org.councilprotocol.config.RuleConfig;
import org.councilprotocol.model.Finding;

/**
 * Finds breaches of one rule in one message. A detector is a pure function of the message
 * context and the profile's settings for its rule: no I/O, no James, no state of its own.
 *
 * <p>Detectors beyond the built-in ones are found with {@link java.util.ServiceLoader}, so a council
 * can add a rule of its own by dropping a jar next to the plugin and naming the rule in its profile.
 */
public interface Detector {

    /** The rule name a profile uses to switch this detector on, e.g. {@code silent-copy}. */
    String rule();

    /** Findings for this message; empty when the rule is kept. Every finding cites {@code rule.clause()}. */
    List<Finding> detect(MessageContext context, RuleConfig rule);
}

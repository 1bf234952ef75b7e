package org.councilprotocol.config;

import org.councilprotocol.model.Action;

/**
 * One rule of a profile: the clause it enforces, that clause in plain words, what to do, and the
 * rule's own parameters (already checked when the profile was loaded).
 */
public record RuleConfig(String rule, String clause, String requires, Action action, ConfigNode parameters) {

    public boolean enabled() {
        return action != Action.OFF;
    }
}

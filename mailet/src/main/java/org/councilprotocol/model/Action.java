package org.councilprotocol.model;

import java.util.Arrays;
import java.util.Optional;

/** What a profile tells the gateway to do when a rule finds something, mildest first. */
public enum Action {
    OFF("off"),
    TAG("tag"),
    FLAG("flag"),
    DISCLOSE("disclose"),
    HOLD("hold"),
    BLOCK("block");

    private final String id;

    Action(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** The verdict a finding with this action leads to on its own. */
    public Verdict verdict() {
        return switch (this) {
            case OFF, TAG -> Verdict.DELIVER;
            case FLAG, DISCLOSE -> Verdict.FLAG;
            case HOLD -> Verdict.HOLD;
            case BLOCK -> Verdict.BLOCK;
        };
    }

    public static Optional<Action> byId(String id) {
        return Arrays.stream(values()).filter(action -> action.id.equals(id)).findFirst();
    }
}

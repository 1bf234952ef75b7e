package org.councilprotocol.model;

import java.util.Locale;

/** The capacity in which a member writes (spec/CHECK.md's {@code capacity} field). */
public enum Capacity {
    WARD, CABINET, COMMITTEE, CIVIC, PARTY_POLITICAL, PERSONAL, NONE;

    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}

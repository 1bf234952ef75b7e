package org.councilprotocol.model;

/** The two sides of the protocol. Everyone not in the directory is external. */
public enum PersonKind {
    MEMBER, OFFICER;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}

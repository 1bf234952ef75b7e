package org.councilprotocol.model;

/** Who a message is treated as coming from. Only an authenticated sender is a member or officer. */
public enum SenderKind {
    MEMBER, OFFICER, EXTERNAL;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}

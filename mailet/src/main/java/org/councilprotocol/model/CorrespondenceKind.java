package org.councilprotocol.model;

/** The relationship a message falls under, as the protocols frame it. */
public enum CorrespondenceKind {
    MEMBER_TO_OFFICER("member-to-officer"),
    OFFICER_TO_MEMBER("officer-to-member"),
    MEMBER_TO_MEMBER("member-to-member"),
    MEMBER_EXTERNAL("member-external"),
    OFFICER_EXTERNAL("officer-external"),
    OTHER("other");

    private final String id;

    CorrespondenceKind(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}

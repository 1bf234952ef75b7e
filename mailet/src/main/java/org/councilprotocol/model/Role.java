package org.councilprotocol.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * Roles the protocols give special treatment. Member roles decide who may sign official letters;
 * officer roles decide who reviews held letters and receives escalations.
 */
public enum Role {
    MAYOR("mayor", PersonKind.MEMBER),
    LEADER("leader", PersonKind.MEMBER),
    DEPUTY_LEADER("deputy-leader", PersonKind.MEMBER),
    CABINET("cabinet", PersonKind.MEMBER),
    COMMITTEE_CHAIR("committee-chair", PersonKind.MEMBER),
    CHAIR_OF_SELECT_COMMITTEE("chair-of-select-committee", PersonKind.MEMBER),
    MONITORING_OFFICER("monitoring-officer", PersonKind.OFFICER),
    CHIEF_EXECUTIVE("chief-executive", PersonKind.OFFICER),
    DIRECTOR("director", PersonKind.OFFICER),
    MEMBER_LIAISON("member-liaison", PersonKind.OFFICER);

    private final String id;
    private final PersonKind holder;

    Role(String id, PersonKind holder) {
        this.id = id;
        this.holder = holder;
    }

    public String id() {
        return id;
    }

    /** Whether a member or an officer holds this role. */
    public PersonKind holder() {
        return holder;
    }

    public static Optional<Role> byId(String id) {
        return Arrays.stream(values()).filter(role -> role.id.equals(id)).findFirst();
    }
}

package org.councilprotocol.enquiry;

import java.util.Arrays;
import java.util.Optional;

/** The messages an enquiry's timer sends, in the order they fall due. */
public enum ReminderKind {
    /** To the officer, before the date the member asked for when it is earlier than the due date. */
    DEADLINE_REMINDER("deadline-reminder"),
    /** To the officer, the profile's {@code reminder-before} working days before the due date. */
    REMINDER("reminder"),
    /** To the officer, copied to the profile's {@code overdue-copy} people, on the first working day after due. */
    OVERDUE("overdue"),
    /** To the officer's director, {@code escalate-after} working days after due. */
    ESCALATION("escalation"),
    /** The weekly list of open and overdue enquiries, to the Chief Executive and directors. */
    DIGEST("digest");

    private final String id;

    ReminderKind(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<ReminderKind> byId(String id) {
        return Arrays.stream(values()).filter(kind -> kind.id.equals(id)).findFirst();
    }
}

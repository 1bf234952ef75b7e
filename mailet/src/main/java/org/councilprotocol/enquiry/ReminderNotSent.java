package org.councilprotocol.enquiry;

/** The mail system refused a reminder: nothing was recorded, and the next sweep tries again. */
public final class ReminderNotSent extends RuntimeException {
    public ReminderNotSent(String message, Throwable cause) {
        super(message, cause);
    }
}

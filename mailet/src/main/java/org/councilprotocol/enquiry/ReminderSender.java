package org.councilprotocol.enquiry;

/**
 * Hands a reminder to the mail system. The James adapter sends it through the mailet context, which
 * writes it to James's durable spool before returning.
 *
 * <p>The sweep calls this inside the database transaction that records the reminder as sent, and
 * commits only when it returns: so return only once the mail is safely queued, and throw if it was
 * not. A throw rolls the record back and the reminder is tried again at the next sweep.
 */
@FunctionalInterface
public interface ReminderSender {
    void send(Reminder reminder) throws Exception;
}

package org.councilprotocol.enquiry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A member's enquiry to an officer as the store holds it.
 *
 * @param reference     e.g. {@code ENQ-2026-00042}, shown to the officer in a header and in reminders
 * @param threadId      the thread (as {@code ThreadStore} names it) the enquiry was asked in
 * @param messageId     the enquiry's own message
 * @param memberId      the member's directory id
 * @param officerId     the officer's directory id
 * @param directorate   the officer's directorate when the enquiry opened
 * @param receivedOn    day 0: the London day the enquiry was received
 * @param schedule      its timer: due date (moved by holding replies), stated deadline, reminder days
 * @param urgent        whether the member asked for an urgent answer
 * @param lastReplyKind the officer's latest reply in the thread, if any
 */
public record Enquiry(String reference, String threadId, String messageId, String memberId, String officerId,
                      Optional<String> directorate, String subject, Instant openedAt, LocalDate receivedOn,
                      EnquiryTimers.Schedule schedule, boolean urgent, EnquiryStatus status, Optional<Instant> closedAt,
                      Optional<ReplyKind> lastReplyKind, Optional<Instant> lastReplyAt) {

    public Enquiry {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(status, "status");
    }

    /** The date a full answer is due: the profile's target, or the new date of the latest holding reply. */
    public LocalDate due() {
        return schedule.due();
    }

    /** The date the member asked for, if they gave one; it does not change {@link #due()}. */
    public Optional<LocalDate> statedDeadline() {
        return schedule.statedDeadline();
    }

    public boolean isOpen() {
        return status == EnquiryStatus.OPEN;
    }

    /** Open and past its due date on a London day. */
    public boolean isOverdue(LocalDate today) {
        return isOpen() && today.isAfter(due());
    }
}

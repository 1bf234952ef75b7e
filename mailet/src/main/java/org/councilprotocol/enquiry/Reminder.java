package org.councilprotocol.enquiry;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A message an enquiry's timer sends: a reminder, overdue notice, escalation or weekly digest. Like
 * {@code policy.Notice}, it says what happened, why (the clause in plain words) and what to do next.
 *
 * @param reference the enquiry it is about; empty for the digest
 * @param to        addresses; empty means the server's postmaster (nobody in the directory to send it to)
 * @param cc        addresses copied openly (the manager on an overdue notice, the officer on an escalation)
 * @param messageId the same for the same reminder every time it is written, e.g.
 *                  {@code <ENQ-2026-00042.overdue.2026-12-08@northbrook.gov.uk>}: should a reminder ever be
 *                  handed over twice (a node dying between the hand-over and its commit), mail systems and
 *                  readers see one message
 * @param inReplyTo the enquiry's own message, so mail programs show the reminder with the enquiry
 */
public record Reminder(ReminderKind kind, Optional<String> reference, List<String> to, List<String> cc,
                       String subject, String body, String messageId, Optional<String> inReplyTo) {
    /** Names the enquiry, as on the officer's copy of the enquiry itself. */
    public static final String ENQUIRY_HEADER = "X-Council-Enquiry";
    /** Says which timer message this is: reminder, deadline-reminder, overdue, escalation or digest. */
    public static final String REMINDER_HEADER = "X-Council-Reminder";

    public Reminder {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reference, "reference");
        to = List.copyOf(to);
        cc = List.copyOf(cc);
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(inReplyTo, "inReplyTo");
    }

    /** The headers the mail should carry besides To, Cc, Subject, Message-ID and In-Reply-To. */
    public Map<String, String> headers() {
        Map<String, String> headers = new LinkedHashMap<>();
        reference.ifPresent(ref -> headers.put(ENQUIRY_HEADER, ref));
        headers.put(REMINDER_HEADER, kind.id());
        // RFC 3834: an automatic message, so out-of-office replies are not sent back to the gateway.
        headers.put("Auto-Submitted", "auto-generated");
        return headers;
    }

    /** Everyone it goes to, To then Cc. */
    public List<String> recipients() {
        return java.util.stream.Stream.concat(to.stream(), cc.stream()).toList();
    }
}

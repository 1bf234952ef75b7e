package org.councilprotocol.enquiry;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A {@link ReminderSender} for tests: keeps what it was handed, in order, and can be told to refuse
 * some reminders, as a mail system that is down would.
 */
public final class RecordingReminderSender implements ReminderSender {
    private final List<Reminder> sent = Collections.synchronizedList(new ArrayList<>());
    private volatile Predicate<Reminder> refuse = reminder -> false;

    @Override
    public void send(Reminder reminder) throws Exception {
        if (refuse.test(reminder)) {
            throw new Exception("the mail spool is not accepting mail");
        }
        sent.add(reminder);
    }

    /** Refuses the reminders that match (until told otherwise). */
    public void refuse(Predicate<Reminder> which) {
        refuse = which;
    }

    public void acceptAll() {
        refuse = reminder -> false;
    }

    public List<Reminder> sent() {
        synchronized (sent) {
            return List.copyOf(sent);
        }
    }

    public List<Reminder> sent(ReminderKind kind) {
        return sent().stream().filter(reminder -> reminder.kind() == kind).toList();
    }

    public List<Reminder> about(String reference) {
        return sent().stream().filter(reminder -> reminder.reference().equals(Optional.of(reference))).toList();
    }

    public void clear() {
        sent.clear();
    }
}

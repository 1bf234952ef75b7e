package org.councilprotocol.enquiry;

import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.councilprotocol.config.Profile;
import org.councilprotocol.enquiry.EnquiryFilter.Listing;
import org.councilprotocol.enquiry.EnquiryPeople.DigestReader;
import org.councilprotocol.enquiry.EnquiryStore.Claimed;
import org.councilprotocol.model.AbsenceBook;
import org.councilprotocol.model.Directory;
import org.councilprotocol.store.StoreException;

/**
 * One pass over the enquiries at an instant: sends every reminder, overdue notice and escalation that
 * is due and not yet sent, and the weekly digest on its day. A plain class: {@link ReminderScheduler}
 * runs it every minute on one node at a time, tests call {@link #sweep(Instant)} with the instant
 * they want.
 *
 * <p>Exactly once. Each enquiry's due messages are recorded as sent (a primary key per enquiry, kind
 * and date) in the same transaction that hands them to the {@link ReminderSender}, under the
 * enquiry's row lock; two nodes sweeping at once take turns on the row and the second finds them
 * recorded. If the sender fails, or the node dies before the commit, nothing is recorded and the next
 * sweep (on any node, or after the restart) sends it: a reminder is never lost. The one window for a
 * repeat is a node dying after James has spooled the mail but before the commit (a few milliseconds):
 * then the reminder is handed over again, with the same Message-ID. We chose that over recording first
 * and sending after the commit, whose window loses the reminder instead; a lost reminder silently
 * misses the protocol's target, a repeated one is noticed and harmless.
 *
 * <p>Messages already late when they are sent (a node down for days) still go, oldest first, except a
 * reminder before a date that has passed, which the overdue notice supersedes (recorded as superseded).
 * A failure on one enquiry does not stop the others; it is reported and retried at the next sweep. When
 * the database itself fails ten times in a row the sweep stops early and leaves the rest to the next.
 */
public final class ReminderSweep {
    private static final int DATABASE_FAILURES_BEFORE_GIVING_UP = 10;

    private final EnquiryStore store;
    private final EnquiryPeople people;
    private final ReminderWriter writer;
    private final ReminderSender sender;
    private final String node;

    /**
     * @param node names this James node in the record of what was sent, e.g. {@code 4242@james-1}
     */
    public ReminderSweep(EnquiryStore store, EnquiryPeople people, ReminderWriter writer, ReminderSender sender,
                         String node) {
        this.store = Objects.requireNonNull(store, "store");
        this.people = Objects.requireNonNull(people, "people");
        this.writer = Objects.requireNonNull(writer, "writer");
        this.sender = Objects.requireNonNull(sender, "sender");
        this.node = Objects.requireNonNull(node, "node");
    }

    /** The sweep of a council's profile, named after this JVM ({@code pid@host}). */
    public static ReminderSweep of(EnquiryStore store, Directory directory, Profile profile, ReminderSender sender) {
        return of(store, directory, profile, sender, thisNode());
    }

    public static ReminderSweep of(EnquiryStore store, Directory directory, Profile profile, ReminderSender sender,
                                   String node) {
        return of(store, directory, AbsenceBook.NONE, profile, sender, node);
    }

    /** The sweep of a council's profile; reminders go to whoever covers for an officer away by {@code absences}. */
    public static ReminderSweep of(EnquiryStore store, Directory directory, AbsenceBook absences, Profile profile,
                                   ReminderSender sender) {
        return of(store, directory, absences, profile, sender, thisNode());
    }

    public static ReminderSweep of(EnquiryStore store, Directory directory, AbsenceBook absences, Profile profile,
                                   ReminderSender sender, String node) {
        EnquiryPeople people = new EnquiryPeople(directory, store.timers().config(), absences);
        return new ReminderSweep(store, people, new ReminderWriter(people, profile, store.timers()), sender, node);
    }

    /** This JVM as the runtime names it, {@code pid@host}. */
    public static String thisNode() {
        return ManagementFactory.getRuntimeMXBean().getName();
    }

    public String node() {
        return node;
    }

    /**
     * What one sweep did.
     *
     * @param day        the London day whose messages were due (see {@link EnquiryTimers#actionDay})
     * @param looked     enquiries found with something due
     * @param sent       messages handed to the sender, by kind (digests included)
     * @param superseded reminders recorded but not sent because their date had passed
     * @param failures   one line per enquiry or digest that failed, to be tried again
     */
    public record SweepReport(Instant at, LocalDate day, int looked, Map<ReminderKind, Integer> sent, int superseded,
                              List<String> failures) {
        public SweepReport {
            sent = Map.copyOf(sent);
            failures = List.copyOf(failures);
        }

        public int sentTotal() {
            return sent.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** Sends what is due at {@code now}. */
    public SweepReport sweep(Instant now) {
        LocalDate day = store.timers().actionDay(now);
        Map<ReminderKind, Integer> sent = new EnumMap<>(ReminderKind.class);
        List<String> failures = new ArrayList<>();
        int superseded = 0;
        List<String> due = store.dueReferences(day);
        int databaseFailuresInARow = 0;
        for (int i = 0; i < due.size(); i++) {
            String reference = due.get(i);
            try {
                for (Claimed claimed : store.sendDue(reference, day, now, node, writer::write, sender)) {
                    if (claimed.reminder().isPresent()) {
                        sent.merge(claimed.step().kind(), 1, Integer::sum);
                    } else {
                        superseded++;
                    }
                }
                databaseFailuresInARow = 0;
            } catch (ReminderNotSent e) {
                failures.add(reference + ": " + e.getMessage());
            } catch (StoreException e) {
                failures.add(reference + ": " + e.getMessage());
                if (++databaseFailuresInARow == DATABASE_FAILURES_BEFORE_GIVING_UP) {
                    // The database has gone away: leave the rest to the next sweep rather than fail each one.
                    failures.add("stopped after " + databaseFailuresInARow + " database failures in a row; "
                        + (due.size() - i - 1) + " enquiries left for the next sweep");
                    return new SweepReport(now, day, due.size(), sent, superseded, failures);
                }
            } catch (RuntimeException e) {
                // A fault of ours on one enquiry must not hold up the others.
                failures.add(reference + ": " + e);
            }
        }
        sendDigests(now, day, sent, failures);
        return new SweepReport(now, day, due.size(), sent, superseded, failures);
    }

    private void sendDigests(Instant now, LocalDate day, Map<ReminderKind, Integer> sent, List<String> failures) {
        Optional<LocalDate> week = store.timers().digestDue(day);
        if (week.isEmpty()) {
            return;
        }
        for (DigestReader reader : people.digestReaders()) {
            String recipient = reader.person().id();
            try {
                if (store.digestSent(week.get(), recipient)) {
                    continue;
                }
                ReminderWriter.DigestContents contents = contents(reader, day);
                if (contents.open() == 0 && reader.directorate().isPresent()) {
                    // A directorate with nothing open: no mail (the Chief Executive still hears there is none).
                    continue;
                }
                Reminder digest = writer.digest(week.get(), day, reader, contents);
                if (store.sendDigest(week.get(), recipient, contents.open(), now, node, digest, sender)) {
                    sent.merge(ReminderKind.DIGEST, 1, Integer::sum);
                }
            } catch (ReminderNotSent | StoreException e) {
                failures.add("digest of " + week.get() + " to " + recipient + ": " + e.getMessage());
            } catch (RuntimeException e) {
                failures.add("digest of " + week.get() + " to " + recipient + ": " + e);
            }
        }
    }

    private ReminderWriter.DigestContents contents(DigestReader reader, LocalDate day) {
        EnquiryFilter open = EnquiryFilter.all(day).listing(Listing.OPEN);
        if (reader.directorate().isPresent()) {
            open = open.directorate(reader.directorate().get());
        }
        EnquiryFilter overdue = open.listing(Listing.OVERDUE).page(ReminderWriter.DIGEST_LINES, 0);
        EnquiryFilter onTime = open.listing(Listing.ON_TIME).page(ReminderWriter.DIGEST_LINES, 0);
        return new ReminderWriter.DigestContents(store.count(open), store.count(overdue), store.listByDue(overdue),
            store.listByDue(onTime));
    }
}

package org.councilprotocol.enquiry;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

import org.councilprotocol.config.CouncilConfig;
import org.councilprotocol.enquiry.EnquiryStore.Opening;
import org.councilprotocol.enquiry.EnquiryTimers.Schedule;
import org.councilprotocol.enquiry.EnquiryTimers.Step;
import org.councilprotocol.enquiry.ReminderSweep.SweepReport;
import org.councilprotocol.store.StateStore;
import org.councilprotocol.store.TestPostgres;

/**
 * The enquiry store at scale, on PostgreSQL (a schema of its own, dropped afterwards): 100,000 open
 * enquiries received over the last eight weeks, in the steady state a running gateway keeps (what fell
 * due before today was sent; 1% left behind as a backlog). Prints:
 * <ul>
 *   <li>the sweep's look-up of enquiries with something due now (target ≤ 200 ms), median of 21 runs;</li>
 *   <li>the first full sweep, which sends everything due today (a no-op sender), and the steady-state
 *       sweep a minute later, when nothing new is due (median of 11);</li>
 *   <li>the time to open an enquiry, as the mailet does for each member's enquiry (target ≤ 2 ms median).</li>
 * </ul>
 * Not a test. It needs the test PostgreSQL (see {@link TestPostgres}). Run it from the repository root
 * after {@code mvn -q -pl mailet -am test-compile}:
 * <pre>
 * mvn -o -q -pl mailet dependency:build-classpath -Dmdep.outputFile=target/test.classpath -Dmdep.includeScope=test
 * java -cp mailet/target/test-classes:mailet/target/classes:$(cat mailet/target/test.classpath) \
 *     org.councilprotocol.enquiry.EnquirySweepBenchmark [enquiries, default 100000]
 * </pre>
 */
public final class EnquirySweepBenchmark {
    private static final int RUNS = 21;
    private static final int OPENS = 2_000;
    private static final int WARM_UP_OPENS = 300;

    private EnquirySweepBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int enquiries = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        CouncilConfig council = EnquiryCouncil.northbrook();
        EnquiryTimers timers = EnquiryCouncil.timers(council);
        Instant now = EnquiryCouncil.london(2026, 12, 9, 9, 0);   // a Wednesday
        LocalDate today = timers.actionDay(now);

        try (TestPostgres postgres = TestPostgres.connect()) {
            String schema = postgres.newSchema("council_bench_");
            try (StateStore state = postgres.open(schema)) {
                long loadStart = System.nanoTime();
                int[] due = load(postgres, schema, timers, enquiries, today);
                postgres.execute("ANALYZE " + schema + ".council_enquiry");
                postgres.execute("ANALYZE " + schema + ".council_reminder_sent");
                System.out.printf(Locale.ROOT, "Loaded %,d open enquiries in %.1f s; %,d have something due on %s "
                    + "(%,d of them a backlog from earlier days)%n", enquiries, seconds(System.nanoTime() - loadStart),
                    due[0], today, due[1]);

                EnquiryStore store = EnquiryStore.on(state, timers);
                store.dueReferences(today);   // warm the pool and the plan
                long[] find = new long[RUNS];
                int found = 0;
                for (int i = 0; i < RUNS; i++) {
                    long start = System.nanoTime();
                    found = store.dueReferences(today).size();
                    find[i] = System.nanoTime() - start;
                }
                System.out.printf(Locale.ROOT, "Sweep look-up (enquiries with a reminder, overdue notice or escalation "
                    + "due): %,d found, median %.1f ms, best %.1f ms, worst %.1f ms  [target <= 200 ms]%n",
                    found, millis(median(find)), millis(min(find)), millis(max(find)));
                explain(postgres, schema, today);

                AtomicInteger handed = new AtomicInteger();
                ReminderSweep sweep = ReminderSweep.of(store, council.directory(), council.profile(),
                    reminder -> handed.incrementAndGet(), "benchmark");
                long start = System.nanoTime();
                SweepReport first = sweep.sweep(now);
                long firstTook = System.nanoTime() - start;
                System.out.printf(Locale.ROOT, "First sweep of the day: %,d messages handed over (%s), %,d superseded, "
                    + "%d failures, in %.2f s (%.2f ms per enquiry, each its own transaction)%n",
                    first.sentTotal(), first.sent(), first.superseded(), first.failures().size(), seconds(firstTook),
                    millis(firstTook) / Math.max(1, first.looked()));
                long[] steady = new long[11];
                for (int i = 0; i < steady.length; i++) {
                    Instant later = now.plus(Duration.ofMinutes(i + 1L));
                    long s = System.nanoTime();
                    SweepReport report = sweep.sweep(later);
                    steady[i] = System.nanoTime() - s;
                    if (report.sentTotal() != 0) {
                        throw new IllegalStateException("a later sweep sent again: " + report);
                    }
                }
                System.out.printf(Locale.ROOT, "Steady-state sweep (nothing new due): median %.1f ms, worst %.1f ms%n",
                    millis(median(steady)), millis(max(steady)));

                report("PostgreSQL, durable commit (as shipped)", opens(store, "pg", now), enquiries);
                // The same on a connection that does not wait for the WAL flush: what the work costs without the disk.
                try (StateStore relaxed = StateStore.open(postgres.url(schema) + "&options=-c%20synchronous_commit%3Doff",
                    postgres.user(), postgres.password())) {
                    report("PostgreSQL, synchronous_commit=off (benchmark only)",
                        opens(EnquiryStore.on(relaxed, timers), "pg-async", now), enquiries);
                }
                long[] commits = commits(postgres, schema);
                System.out.printf(Locale.ROOT, "  for scale: one durable INSERT + COMMIT on this PostgreSQL takes %.2f ms "
                    + "median (the disk's flush)%n", millis(median(commits)));
                Path folder = Files.createTempDirectory("council-bench-h2");
                try (StateStore h2 = StateStore.open("jdbc:h2:file:" + folder.resolve("state"), "sa", "")) {
                    report("H2 file (single-node default)", opens(EnquiryStore.on(h2, timers), "h2", now), 0);
                } finally {
                    try (var files = Files.walk(folder)) {
                        files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
                    }
                }
            } finally {
                postgres.dropSchema(schema);
            }
        }
    }

    /**
     * Writes the enquiries in batches, as a gateway that has been running for a while would have them.
     *
     * @return how many have something due today, and how many of those are a backlog
     */
    private static int[] load(TestPostgres postgres, String schema, EnquiryTimers timers, int count, LocalDate today)
        throws SQLException {
        Random random = new Random(42);
        String[] officers = {"bob-jones", "dan-green", "lucy-brown", "carol-white", "peter-hughes"};
        String[] directorates = {"Place", "Place", "People", "Place", "People"};
        String[] members = {"cllr-ann-smith", "cllr-raj-patel", "cllr-mary-jones"};
        int[] due = new int[2];
        String url = postgres.url(schema) + "&reWriteBatchedInserts=true";
        try (Connection connection = DriverManager.getConnection(url, postgres.user(), postgres.password());
             PreparedStatement sent = connection.prepareStatement("INSERT INTO council_reminder_sent (reference, kind, "
                 + "for_date, send_on, sent_at, sent_by, outcome, recipients) VALUES (?, ?, ?, ?, ?, 'loader', 'sent', ?)");
             PreparedStatement insert = connection.prepareStatement("INSERT INTO council_enquiry (reference, thread_id, "
                 + "message_id, member_id, officer_id, directorate, subject, opened_at, opened_on, due_on, stated_deadline, "
                 + "urgent, status, remind_on, deadline_remind_on, overdue_on, escalate_on, next_action_on) "
                 + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'open', ?, ?, ?, ?, ?)")) {
            connection.setAutoCommit(false);
            for (int i = 1; i <= count; i++) {
                LocalDate day = today.minusDays(random.nextInt(56));
                Instant received = day.atTime(8 + random.nextInt(10), random.nextInt(60)).atZone(WorkingCalendar.LONDON)
                    .toInstant();
                Optional<LocalDate> stated = random.nextInt(10) == 0
                    ? Optional.of(day.plusDays(2 + random.nextInt(10))) : Optional.empty();
                Schedule schedule = timers.opening(received, stated);
                boolean backlog = random.nextInt(100) == 0;
                Optional<LocalDate> next = schedule.steps().stream().map(Step::sendOn)
                    .filter(sendOn -> backlog || !sendOn.isBefore(today)).min(LocalDate::compareTo);
                if (next.isPresent() && !next.get().isAfter(today)) {
                    due[0]++;
                    if (next.get().isBefore(today)) {
                        due[1]++;
                    }
                }
                String reference = EnquiryStore.reference(day.getYear(), i);
                String id = "<bench-" + i + "@northbrook.gov.uk>";
                int who = random.nextInt(officers.length);
                insert.setString(1, reference);
                insert.setString(2, id);
                insert.setString(3, id);
                insert.setString(4, members[random.nextInt(members.length)]);
                insert.setString(5, officers[who]);
                insert.setString(6, directorates[who]);
                insert.setString(7, "Enquiry " + i + " about a ward matter");
                insert.setTimestamp(8, Timestamp.from(received));
                insert.setDate(9, Date.valueOf(day));
                insert.setDate(10, Date.valueOf(schedule.due()));
                insert.setDate(11, stated.map(Date::valueOf).orElse(null));
                insert.setBoolean(12, false);
                insert.setDate(13, schedule.reminder().map(Date::valueOf).orElse(null));
                insert.setDate(14, schedule.deadlineReminder().map(Date::valueOf).orElse(null));
                insert.setDate(15, Date.valueOf(schedule.overdue()));
                insert.setDate(16, Date.valueOf(schedule.escalation()));
                insert.setDate(17, next.map(Date::valueOf).orElse(null));
                insert.addBatch();
                if (!backlog) {
                    // What a running gateway sent on earlier days.
                    for (Step step : schedule.steps()) {
                        if (step.sendOn().isBefore(today)) {
                            sent.setString(1, reference);
                            sent.setString(2, step.kind().id());
                            sent.setDate(3, Date.valueOf(step.about()));
                            sent.setDate(4, Date.valueOf(step.sendOn()));
                            sent.setTimestamp(5, Timestamp.from(step.sendOn().atTime(7, 1).atZone(WorkingCalendar.LONDON)
                                .toInstant()));
                            sent.setString(6, EnquiryCouncil.BOB_MAIL);
                            sent.addBatch();
                        }
                    }
                }
                if (i % 2_000 == 0) {
                    insert.executeBatch();
                    sent.executeBatch();
                    connection.commit();
                }
            }
            insert.executeBatch();
            sent.executeBatch();
            try (Statement statement = connection.createStatement()) {
                // Numbers go on from the highest reference loaded, in each year.
                statement.executeUpdate("INSERT INTO council_enquiry_counter (counter_year, last_number) VALUES ("
                    + today.getYear() + ", " + count + ")");
                if (today.minusDays(56).getYear() != today.getYear()) {
                    statement.executeUpdate("INSERT INTO council_enquiry_counter (counter_year, last_number) VALUES ("
                        + today.minusDays(56).getYear() + ", " + count + ")");
                }
            }
            connection.commit();
        }
        return due;
    }

    /** Opens enquiries as the mailet would, one per member's message; the times of those after the warm-up. */
    private static long[] opens(EnquiryStore store, String tag, Instant received) {
        long[] opens = new long[OPENS];
        for (int i = -WARM_UP_OPENS; i < OPENS; i++) {
            String id = "<bench-open-" + tag + "-" + i + "@northbrook.gov.uk>";
            Opening opening = new Opening(id, id, EnquiryCouncil.ANN, EnquiryCouncil.BOB, Optional.of("Place"),
                "Potholes on Hill Street", received, Optional.empty());
            long s = System.nanoTime();
            store.open(opening);
            if (i >= 0) {
                opens[i] = System.nanoTime() - s;
            }
        }
        return opens;
    }

    private static void report(String what, long[] opens, int enquiries) {
        long[] sorted = opens.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "Opening an enquiry, %s: median %.2f ms, 95th percentile %.2f ms over %,d opens%s"
            + "  [target <= 2 ms median]%n", what, millis(median(opens)), millis(sorted[(int) (sorted.length * 0.95)]),
            OPENS, enquiries > 0 ? String.format(Locale.ROOT, " (%,d enquiries in the table)", enquiries) : "");
    }

    /** A bare durable INSERT and COMMIT, to show what the disk costs. */
    private static long[] commits(TestPostgres postgres, String schema) throws SQLException {
        long[] times = new long[300];
        try (Connection connection = DriverManager.getConnection(postgres.url(schema), postgres.user(), postgres.password())) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE bench_commit (x INTEGER)");
            }
            connection.setAutoCommit(false);
            for (int i = 0; i < times.length; i++) {
                long start = System.nanoTime();
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO bench_commit VALUES (?)")) {
                    insert.setInt(1, i);
                    insert.executeUpdate();
                }
                connection.commit();
                times[i] = System.nanoTime() - start;
            }
        }
        return times;
    }

    private static void explain(TestPostgres postgres, String schema, LocalDate today) throws SQLException {
        try (Connection connection = DriverManager.getConnection(postgres.url(schema), postgres.user(), postgres.password());
             PreparedStatement statement = connection.prepareStatement("EXPLAIN SELECT reference FROM council_enquiry "
                 + "WHERE next_action_on <= ? AND status = 'open' ORDER BY next_action_on, reference")) {
            statement.setDate(1, Date.valueOf(today));
            List<String> plan = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    plan.add(rows.getString(1).strip());
                }
            }
            System.out.println("  plan: " + String.join(" / ", plan));
        }
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static long min(long[] values) {
        return Arrays.stream(values).min().orElse(0);
    }

    private static long max(long[] values) {
        return Arrays.stream(values).max().orElse(0);
    }

    private static double millis(long nanos) {
        return nanos / 1_000_000.0;
    }

    private static double seconds(long nanos) {
        return nanos / 1_000_000_000.0;
    }
}

package org.councilprotocol.enquiry;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

import javax.sql.DataSource;

import org.councilprotocol.enquiry.ReminderSweep.SweepReport;
import org.councilprotocol.store.Columns;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

/**
 * Runs the {@link ReminderSweep} every so often (a minute by default) on one James node at a time,
 * with db-scheduler (com.github.kagkarlsson, Apache-2.0): the sweep is one recurring task in the
 * {@value #TABLE} table, which our Flyway migration creates; whichever node picks it up runs it, and if
 * that node dies another revives it. db-scheduler only triggers the sweep: exactly-once sending is the
 * sweep's own claim in the database, so even two sweeps at once (a revived task overlapping a slow
 * one) send each reminder once.
 *
 * <p>The first sweep runs as soon as the scheduler starts and the host can send, so whatever fell due
 * while every node was down goes out on restart. The mailet starts it in {@code init} and stops it in {@code destroy}.
 */
public final class ReminderScheduler implements AutoCloseable {
    /** db-scheduler's table, created by V2__enquiries_and_reminders.sql. */
    public static final String TABLE = "council_scheduled_tasks";
    public static final String TASK = "council-enquiry-sweep";
    public static final Duration DEFAULT_INTERVAL = Duration.ofMinutes(1);
    private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(30);
    private static final Duration LONGEST_POLL = Duration.ofSeconds(10);
    private static final Duration SHORTEST_HEARTBEAT = Duration.ofSeconds(1);
    private static final Duration LONGEST_HEARTBEAT = Duration.ofMinutes(1);
    private static final int MISSED_HEARTBEATS_BEFORE_DEAD = 4;

    /** Hears what each sweep did, e.g. to log it through the mailet context. */
    public interface Listener {
        /**
         * Whether the host can send mail yet: James starts the mailet before its mail queue, and a sweep
         * that runs in between is skipped (nothing is claimed) rather than failing each reminder.
         */
        default boolean canSend() {
            return true;
        }

        default void swept(SweepReport report) {
        }

        /** The sweep itself failed (e.g. the database was unreachable); it runs again at the next interval. */
        default void failed(RuntimeException error) {
        }
    }

    private final DataSource dataSource;
    private final ReminderSweep sweep;
    private final Clock clock;
    private final Duration interval;
    private final Listener listener;
    private Scheduler scheduler;

    /**
     * @param clock    gives the sweep its instant (db-scheduler keeps its own time for when to run)
     * @param interval how long after one sweep ends the next starts
     */
    public ReminderScheduler(DataSource dataSource, ReminderSweep sweep, Clock clock, Duration interval, Listener listener) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.sweep = Objects.requireNonNull(sweep, "sweep");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.interval = Objects.requireNonNull(interval, "interval");
        this.listener = Objects.requireNonNull(listener, "listener");
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("the sweep interval must be positive, not " + interval);
        }
    }

    public ReminderScheduler(DataSource dataSource, ReminderSweep sweep, Clock clock) {
        this(dataSource, sweep, clock, DEFAULT_INTERVAL, new Listener() { });
    }

    /** Starts sweeping; calling it again while running does nothing. */
    public synchronized void start() {
        if (scheduler != null) {
            return;
        }
        RecurringTask<Void> task = Tasks.recurring(TASK, FixedDelay.of(interval)).execute((instance, context) -> run());
        Duration poll = interval.compareTo(LONGEST_POLL) < 0 ? interval : LONGEST_POLL;
        scheduler = Scheduler.create(dataSource)
            // A node killed mid-sweep leaves the task marked as picked; the others revive it after four
            // missed heartbeats (db-scheduler's default, 5 minutes each, would stop reminders for 30 minutes).
            .heartbeatInterval(heartbeat())
            .missedHeartbeatsLimit(MISSED_HEARTBEATS_BEFORE_DEAD)
            .startTasks(task)
            .tableName(TABLE)
            .schedulerName(new SchedulerName.Fixed(Columns.clip(sweep.node(), Columns.PERSON)))
            .threads(1)
            .pollingInterval(poll)
            .shutdownMaxWait(SHUTDOWN_WAIT)
            .build();
        scheduler.start();
    }

    /** The sweep interval, kept between a second and a minute. */
    private Duration heartbeat() {
        if (interval.compareTo(SHORTEST_HEARTBEAT) < 0) {
            return SHORTEST_HEARTBEAT;
        }
        return interval.compareTo(LONGEST_HEARTBEAT) > 0 ? LONGEST_HEARTBEAT : interval;
    }

    private void run() {
        if (!listener.canSend()) {
            return;
        }
        try {
            listener.swept(sweep.sweep(clock.instant()));
        } catch (RuntimeException e) {
            listener.failed(e);
        }
    }

    public synchronized boolean running() {
        return scheduler != null;
    }

    /** Stops sweeping, waiting (up to 30 s) for a sweep under way; calling it again does nothing. */
    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.stop();
            scheduler = null;
        }
    }

    @Override
    public void close() {
        stop();
    }
}

package org.councilprotocol.store;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Audit lines on their way to the database: a bounded queue and one background writer that takes
 * whatever has gathered and writes it in one transaction, so a busy gateway pays for one insert per
 * batch rather than per message, and no mail waits for the audit log.
 *
 * <p>Nothing is dropped. A full queue refuses the line and the caller writes it itself. When the
 * database fails, the writer keeps the batch and tries again, waiting a little longer each time.
 * Closing writes everything still queued; whatever the database will not take before the close
 * deadline is written to the log, line by line, as the last place it can go.
 */
final class AuditQueue {
    static final int CAPACITY = 10_000;
    static final Duration CLOSE_WAIT = Duration.ofSeconds(30);
    private static final Logger LOGGER = LoggerFactory.getLogger(AuditQueue.class);
    private static final int BATCH = 500;
    private static final long POLL_MILLIS = 200;
    private static final long FIRST_RETRY_MILLIS = 50;
    private static final long LAST_RETRY_MILLIS = 5_000;
    /** How long {@link #flush()} waits for the database before saying it could not. */
    private static final long FLUSH_WAIT_MILLIS = 30_000;

    private final BlockingQueue<AuditLog.Entry> queue;
    private final Consumer<List<AuditLog.Entry>> database;
    private final Duration closeWait;
    private final Thread writer;
    private final List<AuditLog.Entry> unwritten = new ArrayList<>();
    /** Lines accepted so far, and lines settled (written, or logged as unwritten). */
    private final AtomicLong accepted = new AtomicLong();
    private final AtomicLong settled = new AtomicLong();
    private volatile boolean closing;
    private volatile long closeDeadline;

    AuditQueue(Consumer<List<AuditLog.Entry>> database, int capacity, Duration closeWait) {
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.database = database;
        this.closeWait = closeWait;
        this.writer = new Thread(this::run, "council-protocol-audit");
        writer.setDaemon(true);
        writer.start();
    }

    /**
     * Queues the line; false when the queue is full or closed, and the caller must write it. No lock:
     * every mail passes here, and a lock held by a thread the scheduler has just put aside makes a queue
     * of spooler threads.
     */
    boolean offer(AuditLog.Entry entry) {
        if (closing || !queue.offer(entry)) {
            return false;
        }
        // The queue closed meanwhile: take the line back if close() has not drained it yet.
        if (closing && queue.remove(entry)) {
            return false;
        }
        accepted.incrementAndGet();
        return true;
    }

    /** Waits until every line queued before the call is settled. */
    void flush() {
        long deadline = System.currentTimeMillis() + FLUSH_WAIT_MILLIS;
        long target = accepted.get();
        synchronized (this) {
            while (settled.get() < target) {
                long left = deadline - System.currentTimeMillis();
                if (left <= 0) {
                    throw new StoreException("the audit log is " + (target - settled.get()) + " lines behind and the "
                        + "database is not taking them", null);
                }
                try {
                    wait(left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new StoreException("interrupted while waiting for the audit log", e);
                }
            }
        }
    }

    /** Stops taking lines, writes what is queued (or logs it once the deadline passes) and stops the writer. */
    void close() {
        synchronized (this) {
            if (closing) {
                return;
            }
            closeDeadline = System.currentTimeMillis() + closeWait.toMillis();
            closing = true;
        }
        // No interrupt: H2 closes its file when a thread is interrupted in the middle of reading or writing it.
        // The writer sees the flag within one poll.
        try {
            writer.join(closeWait.toMillis() + POLL_MILLIS + TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        List<AuditLog.Entry> left = new ArrayList<>();
        queue.drainTo(left);
        if (left.isEmpty()) {
            return;
        }
        if (writer.isAlive()) {
            // The database call itself is stuck; log what never reached the writer so it is not lost.
            giveUp(left, null);
            return;
        }
        // Lines queued as the queue closed, after the writer's last look.
        try {
            database.accept(left);
            settle(left.size());
        } catch (RuntimeException e) {
            giveUp(left, e);
        }
    }

    synchronized List<AuditLog.Entry> unwritten() {
        return List.copyOf(unwritten);
    }

    private void run() {
        List<AuditLog.Entry> batch = new ArrayList<>(BATCH);
        while (!closing || !queue.isEmpty()) {
            try {
                AuditLog.Entry first = queue.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
            } catch (InterruptedException e) {
                // Nobody interrupts the writer but the JVM going down: write what there is and stop.
                closing = true;
                continue;
            }
            queue.drainTo(batch, BATCH - batch.size());
            write(batch);
            batch.clear();
        }
    }

    /** Writes the batch, trying again while the database fails, until written or (when closing) the deadline. */
    private void write(List<AuditLog.Entry> batch) {
        long retry = FIRST_RETRY_MILLIS;
        boolean warned = false;
        while (true) {
            try {
                database.accept(batch);
                if (warned) {
                    LOGGER.info("Council protocol: the audit log is being written again");
                }
                settle(batch.size());
                return;
            } catch (RuntimeException e) {
                if (closing && System.currentTimeMillis() >= closeDeadline) {
                    giveUp(batch, e);
                    return;
                }
                if (!warned) {
                    LOGGER.warn("Council protocol: could not write {} audit lines; keeping them and trying again", batch.size(), e);
                    warned = true;
                }
                pause(closing ? Math.min(retry, Math.max(1, closeDeadline - System.currentTimeMillis())) : retry);
                retry = Math.min(retry * 2, LAST_RETRY_MILLIS);
            }
        }
    }

    private void giveUp(List<AuditLog.Entry> entries, RuntimeException cause) {
        for (AuditLog.Entry entry : entries) {
            LOGGER.error("Council protocol: audit line not written to the database, recorded here instead: {}", entry, cause);
        }
        synchronized (this) {
            unwritten.addAll(entries);
        }
        settle(entries.size());
    }

    private synchronized void settle(int lines) {
        settled.addAndGet(lines);
        notifyAll();
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

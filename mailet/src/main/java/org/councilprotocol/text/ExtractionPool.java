package org.councilprotocol.text;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads that run document parsers, so that a message's reader can give up on a parser at its deadline
 * and move on, whatever the parser is doing.
 *
 * <p>The pool never grows beyond {@link #THREADS} threads and {@link #QUEUE} waiting documents. A message waits
 * for its document only until the message's own deadline, then cancels the task: a parser still queued never
 * starts, and a running one is interrupted. Almost every parser stops within moments, because the stream it
 * reads and the handler it writes to check the deadline and the interrupt flag on every call
 * ({@link Watch}). A parser that does neither for a long time (say, inflating a huge compressed entry it
 * never hands on) keeps its thread until it returns by itself; it cannot take another, since the pool
 * has no more to give. While such parsers hold threads, new documents queue (a document given up on leaves
 * the queue), and once the queue is full they are refused at once: the message reports them as timed out and is delivered as usual. Threads are daemons
 * (they never keep the JVM alive) and idle ones end after a minute.
 */
final class ExtractionPool {
    /** At least two, so that one runaway parser never stops the gateway reading attachments. */
    static final int THREADS = Math.max(2, Runtime.getRuntime().availableProcessors());
    static final int QUEUE = 64;

    private static final ExtractionPool SHARED = new ExtractionPool(THREADS, QUEUE);

    private final ThreadPoolExecutor executor;

    ExtractionPool(int threads, int queue) {
        AtomicInteger count = new AtomicInteger();
        ThreadFactory daemons = task -> {
            Thread thread = new Thread(task, "council-attachment-reader-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        executor = new ThreadPoolExecutor(threads, threads, 1, TimeUnit.MINUTES, new ArrayBlockingQueue<>(queue), daemons,
            new ThreadPoolExecutor.AbortPolicy());
        executor.allowCoreThreadTimeOut(true);
    }

    static ExtractionPool shared() {
        return SHARED;
    }

    /** Runs the task on a pool thread; refused at once (never blocking) when the pool and its queue are full. */
    <T> Future<T> submit(Callable<T> task) throws RejectedExecutionException {
        return executor.submit(task);
    }

    /** Gives up on a task: interrupts it if it runs, and takes it out of the queue if it waits, freeing its place. */
    void cancel(Future<?> task) {
        task.cancel(true);
        if (task instanceof Runnable queued) {
            executor.remove(queued);
        }
    }

    /** Documents waiting for a thread. */
    int waiting() {
        return executor.getQueue().size();
    }
}

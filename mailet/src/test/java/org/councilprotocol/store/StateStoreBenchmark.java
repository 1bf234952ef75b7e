package org.councilprotocol.store;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.councilprotocol.store.ThreadStore.MessageRecord;
import org.councilprotocol.store.ThreadStore.Participation;

/**
 * How long the state store takes per message, as the gateway uses it: record the message in its
 * thread, then append its audit line. Not a test: a main() that prints CPU microseconds per message for
 * an H2 file (the single-node default) or any JDBC URL given as the first argument, e.g.
 * {@code jdbc:postgresql://127.0.0.1:5432/test?user=postgres}.
 *
 * <p>The mix follows council mail: a third of messages start a thread, a third reply with
 * References, a sixth reply deeper in a thread (two references, a copy), and a sixth are replies whose
 * headers were stripped, found by subject. Four threads record at once, as James's spooler does.
 */
public final class StateStoreBenchmark {
    private static final int MESSAGES = Integer.getInteger("benchmark.messages", 20_000);
    private static final int WORKERS = Integer.getInteger("benchmark.workers", 4);
    private static final Instant MONDAY = Instant.parse("2026-11-23T10:15:00Z");

    public static void main(String[] args) throws Exception {
        Path folder = Files.createTempDirectory("council-store-benchmark");
        String url = args.length > 0 ? args[0] : "jdbc:h2:file:" + folder.resolve("state").toAbsolutePath();
        try (StateStore store = StateStore.open(url, null, null)) {
            run(store, "warm-up", MESSAGES / 2);
            for (int round = 0; round < 3; round++) {
                run(store, "round " + round, MESSAGES);
            }
        }
    }

    private static void run(StateStore store, String label, int count) throws Exception {
        ExecutorService workers = Executors.newFixedThreadPool(WORKERS);
        long cpu = processCpuNanos();
        long start = System.nanoTime();
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int worker = 0; worker < WORKERS; worker++) {
                int first = worker;
                done.add(workers.submit(() -> {
                    // Each worker owns whole conversations, so a reply always follows what it answers.
                    for (int conversation = first; conversation * 6 < count; conversation += WORKERS) {
                        conversation(store, label.replace(' ', '-') + "-" + conversation);
                    }
                    return null;
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            workers.shutdown();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        // CPU time is the steadier figure on a shared machine: other processes stretch the wall clock.
        System.out.printf(Locale.UK, "%-8s %6d messages, %4.0f µs of CPU a message, %6.0f messages/s with %d workers%n",
            label, count, (processCpuNanos() - cpu) / 1e3 / count, count / seconds, WORKERS);
    }

    /** Six messages: a letter, two replies with references, a deeper reply, and two found by subject. */
    private static void conversation(StateStore store, String id) {
        String ann = "cllr.ann.smith@northbrook.gov.uk";
        String bob = "bob.jones@northbrook.gov.uk";
        String dan = "dan.green@northbrook.gov.uk";
        String first = "<" + id + "-1@northbrook.gov.uk>";
        String second = "<" + id + "-2@northbrook.gov.uk>";
        String subject = "potholes on hill street " + id;
        record(store, first, List.of(), subject, false, ann, 0, author(ann), to(bob));
        record(store, second, List.of(first), subject, true, bob, 1, author(bob), to(ann));
        record(store, "<" + id + "-3@northbrook.gov.uk>", List.of(first, second), subject, true, ann, 2,
            author(ann), to(bob), new Participation(dan, "dan-green", "cc"));
        record(store, "<" + id + "-4@northbrook.gov.uk>", List.of(), subject, true, bob, 3, author(bob), to(ann));
        record(store, "<" + id + "-5@northbrook.gov.uk>", List.of(), "budget " + id, false, dan, 4, author(dan), to(bob));
        record(store, "<" + id + "-6@northbrook.gov.uk>", List.of(), subject, true, ann, 5, author(ann), to(bob));
    }

    private static void record(StateStore store, String messageId, List<String> references, String subject, boolean reply,
                               String sender, int minute, Participation... participants) {
        Instant at = MONDAY.plusSeconds(60L * minute);
        var thread = store.threads().record(new MessageRecord(messageId, references, subject, reply, sender, null,
            "member-to-officer", at, List.of(participants)));
        store.audit().append(new AuditLog.Entry(at, messageId, thread.threadId(), sender, "member-to-officer", "deliver",
            "", null));
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static Participation author(String address) {
        return new Participation(address, null, "author");
    }

    private static Participation to(String address) {
        return new Participation(address, null, "to");
    }

    private StateStoreBenchmark() {
    }
}

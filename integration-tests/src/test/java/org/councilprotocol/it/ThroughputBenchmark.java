package org.councilprotocol.it;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.mail.Folder;
import javax.mail.Message;
import javax.mail.MessagingException;
import javax.mail.Session;
import javax.mail.Store;
import javax.mail.Transport;
import javax.mail.internet.MimeMessage;

import org.apache.james.mailbox.store.mail.NaiveThreadIdGuessingAlgorithm;
import org.apache.james.mailbox.store.mail.ThreadIdGuessingAlgorithm;
import org.councilprotocol.gateway.GatewayServer;
import org.councilprotocol.model.Person;

/**
 * Sends the same 2,000 messages through James without and with the plugin, in one run, and prints
 * messages per second for each and their ratio. Not a test: run it with {@code bin/benchmark}.
 *
 * <p>Each round is timed from the first SMTP command to the last message in a mailbox, over four
 * authenticated SMTP connections. Rounds alternate (without, with, without, with...) after a warm-up,
 * so drift on a noisy machine hits both sides; the median and best of each side are printed.
 */
public final class ThroughputBenchmark {
    private static final int MESSAGES = Integer.getInteger("benchmark.messages", 2000);
    private static final int WARM_UP = Integer.getInteger("benchmark.warmup", 300);
    private static final int CONNECTIONS = 4;

    public static void main(String[] args) throws Exception {
        Path work = Files.createTempDirectory("council-benchmark");
        try (GatewayServer without = server(work.resolve("without"), false);
             GatewayServer with = server(work.resolve("with"), true)) {
            List<Person> people = without.directory().people();
            List<MimeMessage> warmUp = Corpus.messages(people, WARM_UP, "warm-up");
            List<MimeMessage> corpus = Corpus.messages(people, MESSAGES, "measured");
            run(without, warmUp);
            run(with, warmUp);

            int rounds = Integer.getInteger("benchmark.rounds", 3);
            double[] withoutRates = new double[rounds];
            double[] withRates = new double[rounds];
            for (int round = 0; round < rounds; round++) {
                withoutRates[round] = run(without, corpus);
                withRates[round] = run(with, corpus);
            }
            System.out.printf(Locale.UK, "%nThroughput, %d messages, %d SMTP connections, %d alternating rounds%n",
                MESSAGES, CONNECTIONS, rounds);
            System.out.printf(Locale.UK, "  without plugin: median %7.1f msg/s, best %7.1f  (rounds %s)%n",
                median(withoutRates), max(withoutRates), java.util.Arrays.toString(rounded(withoutRates)));
            System.out.printf(Locale.UK, "  with plugin:    median %7.1f msg/s, best %7.1f  (rounds %s)%n",
                median(withRates), max(withRates), java.util.Arrays.toString(rounded(withRates)));
            System.out.printf(Locale.UK, "  ratio (with / without): median %.2f, best %.2f%n",
                median(withRates) / median(withoutRates), max(withRates) / max(withoutRates));
        }
        // James's in-memory mail queue leaves non-daemon threads behind after stop.
        System.exit(0);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static double max(double[] values) {
        return java.util.Arrays.stream(values).max().orElse(0);
    }

    private static long[] rounded(double[] values) {
        return java.util.Arrays.stream(values).mapToLong(Math::round).toArray();
    }

    private static GatewayServer server(Path directory, boolean plugin) throws Exception {
        GatewayServer.Builder builder = GatewayServer.builder()
            .workingDirectory(directory)
            .node(directory.getFileName().toString())
            .council(TestCouncil.EXAMPLE)
            // The stock thread-id guess scans the whole mailbox and slows as mailboxes grow: not what we measure.
            .override(binder -> binder.bind(ThreadIdGuessingAlgorithm.class).to(NaiveThreadIdGuessingAlgorithm.class));
        if (!plugin) {
            builder.withoutPlugin();
        }
        return builder.build().start().createUsers(TestCouncil.PASSWORD);
    }

    /** Sends every message and waits until all copies are in their mailboxes; returns messages per second. */
    private static double run(GatewayServer server, List<MimeMessage> messages) throws Exception {
        long expected = delivered(server) + messages.stream().mapToLong(ThroughputBenchmark::recipientCount).sum();
        long start = System.nanoTime();
        ExecutorService senders = Executors.newFixedThreadPool(CONNECTIONS);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int connection = 0; connection < CONNECTIONS; connection++) {
                int first = connection;
                done.add(senders.submit(() -> {
                    send(server, messages, first);
                    return null;
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            senders.shutdown();
        }
        long deadline = System.nanoTime() + 300_000_000_000L;
        while (delivered(server) < expected) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("messages not delivered within 5 minutes");
            }
            Thread.onSpinWait();
        }
        return messages.size() / ((System.nanoTime() - start) / 1e9);
    }

    private static void send(GatewayServer server, List<MimeMessage> messages, int connection) throws MessagingException {
        Properties properties = new Properties();
        properties.put("mail.smtp.auth", "true");
        Session session = Session.getInstance(properties);
        // One connection per sender address: SMTP AUTH must own the From address.
        for (int i = connection; i < messages.size(); i += CONNECTIONS) {
            MimeMessage message = messages.get(i);
            String from = ((javax.mail.internet.InternetAddress) message.getFrom()[0]).getAddress();
            try (Transport transport = session.getTransport("smtp")) {
                transport.connect("127.0.0.1", server.submissionPort(), from, TestCouncil.PASSWORD);
                transport.sendMessage(message, message.getAllRecipients());
            }
        }
    }

    private static long recipientCount(MimeMessage message) {
        try {
            return message.getAllRecipients().length;
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Messages in every directory user's INBOX, read over IMAP. */
    private static long delivered(GatewayServer server) throws MessagingException {
        long total = 0;
        Session session = Session.getInstance(new Properties());
        for (Person person : server.directory().people()) {
            try (Store store = session.getStore("imap")) {
                store.connect("127.0.0.1", server.imapPort(), person.primaryAddress(), TestCouncil.PASSWORD);
                Folder inbox = store.getFolder("INBOX");
                total += inbox.getMessageCount();
            }
        }
        return total;
    }

    private ThroughputBenchmark() {
    }

    /** Realistic member/officer mail between the example council's people, about 3 KB each. */
    static final class Corpus {
        private static final String[] TOPICS = {"Potholes on Northdown Road", "Planning application 26/0412",
            "Fly-tipping behind the parade", "Housing repair for a constituent", "Street lighting in Harbour ward",
            "Budget briefing for Cabinet", "Licensing committee papers", "Bin collections after the bank holiday"};

        static List<MimeMessage> messages(List<Person> people, int count, String label) throws MessagingException {
            List<MimeMessage> messages = new ArrayList<>();
            Session session = Session.getInstance(new Properties());
            String paragraph = "I have been contacted by several residents about this and would be grateful for an update "
                + "on what is planned, who is responsible and when we can expect the work to be finished. ";
            for (int i = 0; i < count; i++) {
                Person from = people.get(i % people.size());
                Person to = people.get((i * 7 + 3) % people.size());
                if (to.equals(from)) {
                    to = people.get((i + 1) % people.size());
                }
                MimeMessage message = new MimeMessage(session);
                message.setFrom(from.primaryAddress());
                message.setRecipients(Message.RecipientType.TO, to.primaryAddress());
                if (i % 10 == 0) {
                    Person copy = people.get((i + 5) % people.size());
                    if (!copy.equals(from) && !copy.equals(to)) {
                        message.setRecipients(Message.RecipientType.CC, copy.primaryAddress());
                    }
                }
                message.setSubject(TOPICS[i % TOPICS.length] + " (" + label + " " + i + ")");
                message.setText("Dear " + to.name() + ",\n\n" + paragraph.repeat(12) + "\n\nKind regards,\n" + from.name() + "\n");
                message.saveChanges();
                messages.add(message);
            }
            return messages;
        }
    }
}

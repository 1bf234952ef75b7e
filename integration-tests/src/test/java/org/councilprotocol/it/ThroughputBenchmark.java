package org.councilprotocol.it;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import javax.activation.DataHandler;
import javax.mail.Flags;
import javax.mail.Folder;
import javax.mail.Message;
import javax.mail.MessagingException;
import javax.mail.Session;
import javax.mail.Store;
import javax.mail.Transport;
import javax.mail.internet.InternetAddress;
import javax.mail.internet.MimeBodyPart;
import javax.mail.internet.MimeMessage;
import javax.mail.internet.MimeMultipart;
import javax.mail.search.SubjectTerm;
import javax.mail.util.ByteArrayDataSource;

import org.apache.james.mailbox.store.mail.NaiveThreadIdGuessingAlgorithm;
import org.apache.james.mailbox.store.mail.ThreadIdGuessingAlgorithm;
import org.councilprotocol.gateway.GatewayServer;
import org.councilprotocol.model.Person;
import org.councilprotocol.text.TestDocuments;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * Sends the same realistic mix of council mail through James without and with the plugin, in one
 * run, and prints messages per second for each side and their ratio. Not a test: run it with
 * {@code bin/benchmark}.
 *
 * <p>Each run is timed from the first SMTP command to the last copy in a mailbox (or, for mail to
 * residents, at the outside world's server), over {@value #DEFAULT_CONNECTIONS} concurrent
 * authenticated SMTP submitters. After warm-up rounds, measured rounds alternate which side goes
 * first (without-with, with-without, ...) so drift on a noisy machine hits both sides; every round
 * sends a fresh corpus (new Message-IDs), so neither side sees a message twice. The median and best
 * of each side, the ratio of medians and the median of the per-round ratios are printed, with the
 * process CPU time per message on each side (the JVM's, so it includes this benchmark's own SMTP and
 * IMAP clients and the outside world's GreenMail, the same on both sides) and what the plugin adds.
 *
 * <p>JVM properties: {@code benchmark.messages} (per run, default 2000), {@code benchmark.rounds}
 * (measured, default 5), {@code benchmark.warmup} (messages per side, default 30,000, sent in three
 * alternating rounds), {@code benchmark.attachments} (percentage of messages carrying a PDF or DOCX
 * attachment, default 10, a realistic share), {@code benchmark.connections} (default 4),
 * {@code benchmark.sides} ({@code both}, {@code with} or {@code without}: one side only, for profiling) and
 * {@code benchmark.threads} ({@code true} prints each run's CPU by kind of thread: James's, the JIT's, the collector's).
 *
 * <p>The mix is all mail the plugin delivers (no finding that holds, blocks or sends a notice, so
 * every side's deliveries can be counted exactly): new letters between members and officers, some
 * with an open copy; replies that quote the letter they answer; members forwarding a resident's
 * quoted complaint to officers; HTML mail from Outlook-style clients; and ward councillors writing to
 * residents, which the plugin stamps with the capacity statement (mail that leaves the council goes to
 * a local GreenMail).
 */
public final class ThroughputBenchmark {
    private static final int DEFAULT_CONNECTIONS = 4;
    private static final int MESSAGES = Integer.getInteger("benchmark.messages", 2000);
    private static final int ROUNDS = Integer.getInteger("benchmark.rounds", 5);
    /**
     * The JIT goes on compiling the plugin's code (and James's) for tens of thousands of messages; measured before
     * that, both sides are slower and the plugin looks dearer than a server that has run for an hour.
     */
    private static final int WARM_UP = Integer.getInteger("benchmark.warmup", 30_000);
    private static final int WARM_UP_ROUNDS = 3;
    static final int ATTACHMENTS = Integer.getInteger("benchmark.attachments", 10);
    private static final int CONNECTIONS = Integer.getInteger("benchmark.connections", DEFAULT_CONNECTIONS);
    private static final String SIDES = System.getProperty("benchmark.sides", "both");
    private static final boolean THREADS = Boolean.getBoolean("benchmark.threads");
    private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(5);
    private static final long DELIVERY_TIMEOUT_NANOS = TimeUnit.MINUTES.toNanos(5);

    public static void main(String[] args) throws Exception {
        Path work = Files.createTempDirectory("council-benchmark");
        List<Side> sides = new ArrayList<>();
        try {
            if (!SIDES.equals("with")) {
                sides.add(Side.start("without", work, false));
            }
            if (!SIDES.equals("without")) {
                sides.add(Side.start("with", work, true));
            }
            List<Person> people = sides.get(0).server.directory().people();
            for (int round = 0; round < WARM_UP_ROUNDS; round++) {
                String label = "warm-up " + round;
                List<MimeMessage> warmUp = Corpus.messages(people, WARM_UP / WARM_UP_ROUNDS, label);
                for (Side side : ordered(sides, round)) {
                    side.run(warmUp, label);
                }
            }
            for (Side side : sides) {
                side.rates.clear();
                side.cpuPerMessage.clear();
            }
            for (int round = 0; round < ROUNDS; round++) {
                String label = "round " + round;
                List<MimeMessage> corpus = Corpus.messages(people, MESSAGES, label);
                for (Side side : ordered(sides, round)) {
                    side.run(corpus, label);
                }
                System.err.printf(Locale.UK, "round %d:%s%n", round, sides.stream()
                    .map(side -> String.format(Locale.UK, " %s %.1f msg/s", side.name, side.rates.get(side.rates.size() - 1)))
                    .reduce("", String::concat));
            }
            report(sides);
        } finally {
            for (Side side : sides) {
                side.close();
            }
            deleteQuietly(work);
        }
        // James's in-memory mail queue leaves non-daemon threads behind after stop.
        System.exit(0);
    }

    /** The servers' files (held letters, the state database): nothing worth keeping after the run. */
    private static void deleteQuietly(Path work) {
        try (java.util.stream.Stream<Path> paths = Files.walk(work)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (java.io.IOException e) {
            System.err.println("benchmark: could not delete " + work + ": " + e.getMessage());
        }
    }

    /** Even rounds run the sides in the order given, odd rounds the other way round. */
    private static List<Side> ordered(List<Side> sides, int round) {
        List<Side> order = new ArrayList<>(sides);
        if (round % 2 == 1) {
            java.util.Collections.reverse(order);
        }
        return order;
    }

    private static void report(List<Side> sides) {
        System.out.printf(Locale.UK, "%nThroughput, %d messages a round (%d%% with a PDF/DOCX attachment), %d SMTP connections, "
            + "%d alternating rounds after %d warm-up messages, %d cores%n", MESSAGES, ATTACHMENTS, CONNECTIONS, ROUNDS,
            WARM_UP, Runtime.getRuntime().availableProcessors());
        for (Side side : sides) {
            System.out.printf(Locale.UK, "  %-15s median %7.1f msg/s, best %7.1f, CPU %.2f ms/msg  (rounds %s)%n",
                side.name + " plugin:", median(side.rates), max(side.rates), median(side.cpuPerMessage),
                Arrays.toString(side.rates.stream().mapToLong(Math::round).toArray()));
        }
        if (sides.size() == 2) {
            Side without = sides.get(0);
            Side with = sides.get(1);
            List<Double> paired = new ArrayList<>();
            for (int i = 0; i < with.rates.size(); i++) {
                paired.add(with.rates.get(i) / without.rates.get(i));
            }
            System.out.printf(Locale.UK, "  ratio (with / without): median %.2f, best %.2f, median of per-round ratios %.2f%n",
                median(with.rates) / median(without.rates), max(with.rates) / max(without.rates), median(paired));
            // Steadier than the rates when other work shares the machine: the plugin's own cost per message.
            System.out.printf(Locale.UK, "  CPU the plugin adds: %.2f ms/msg (%.0f%% more than without it)%n",
                median(with.cpuPerMessage) - median(without.cpuPerMessage),
                100 * (median(with.cpuPerMessage) / median(without.cpuPerMessage) - 1));
        }
    }

    static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static double max(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }

    /** One James (with or without the plugin), the outside world it relays to, and its figures. */
    private static final class Side implements AutoCloseable {
        private final String name;
        private final GatewayServer server;
        private final GreenMail outside;
        private final Mailboxes mailboxes;
        private final int submissionPort;
        private final List<Double> rates = new ArrayList<>();
        private final List<Double> cpuPerMessage = new ArrayList<>();

        private Side(String name, GatewayServer server, GreenMail outside, Mailboxes mailboxes) {
            this.name = name;
            this.server = server;
            this.outside = outside;
            this.mailboxes = mailboxes;
            this.submissionPort = server.submissionPort();
        }

        static Side start(String name, Path work, boolean plugin) throws Exception {
            GreenMail outside = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            outside.start();
            Path directory = work.resolve(name);
            GatewayServer.Builder builder = GatewayServer.builder()
                .workingDirectory(directory)
                .node(name)
                .council(TestCouncil.EXAMPLE)
                .smarthost("127.0.0.1:" + outside.getSmtp().getPort())
                // The stock thread-id guess scans the whole mailbox and slows as mailboxes grow: not what we measure.
                .override(binder -> binder.bind(ThreadIdGuessingAlgorithm.class).to(NaiveThreadIdGuessingAlgorithm.class));
            if (!plugin) {
                builder.withoutPlugin();
            }
            GatewayServer server = builder.build().start().createUsers(TestCouncil.PASSWORD);
            return new Side(name, server, outside, new Mailboxes(server));
        }

        /**
         * Sends every message and waits until every copy has arrived; records messages per second. Only this run's
         * mail is counted ({@link Corpus#marker}): the council's own mail (the weekly enquiry digest its first sweep
         * sends at start-up, a reminder) may arrive in the middle of a run, and is not what is measured. A notice,
         * a reminder or a bounce about one of the run's messages quotes its subject, so it is counted, and stops
         * the benchmark as before.
         */
        void run(List<MimeMessage> messages, String label) throws Exception {
            // Garbage from the other side's run should not be collected on this side's clock.
            System.gc();
            String marker = Corpus.marker(label);
            long copies = messages.stream().mapToLong(ThroughputBenchmark::recipientCount).sum();
            // Polled cheaply (message counts) until enough mail has arrived; then this run's copies are counted.
            long before = delivered();
            long threshold = before + copies;
            long cpuStart = processCpuNanos();
            ThreadCpu threadsBefore = ThreadCpu.now();
            long start = System.nanoTime();
            ExecutorService senders = Executors.newFixedThreadPool(CONNECTIONS);
            try {
                List<Future<?>> done = new ArrayList<>();
                for (int connection = 0; connection < CONNECTIONS; connection++) {
                    int first = connection;
                    done.add(senders.submit(() -> {
                        send(messages, first);
                        return null;
                    }));
                }
                for (Future<?> future : done) {
                    future.get();
                }
            } finally {
                senders.shutdown();
            }
            long deadline = System.nanoTime() + DELIVERY_TIMEOUT_NANOS;
            long own = 0;
            long delivered = before;
            long arrived = start;
            while (own < copies) {
                delivered = delivered();
                arrived = System.nanoTime();
                if (delivered >= threshold) {
                    own = delivered(marker);
                    // Mail that is not this run's arrived too: wait for as many more as are still missing.
                    threshold = delivered + copies - own;
                }
                if (own < copies) {
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException(name + ": " + (copies - own) + " copies not delivered within 5 minutes");
                    }
                    // Polling must not take the CPU the servers are measured on.
                    LockSupport.parkNanos(POLL_NANOS);
                }
            }
            // Until the poll that saw the last copy, not until the count that confirmed it.
            double seconds = (arrived - start) / 1e9;
            if (delivered - before > own) {
                System.err.printf(Locale.UK, "%s: %d messages that are not this run's arrived during it (not counted)%n", name,
                    delivered - before - own);
            }
            if (own > copies) {
                throw new IllegalStateException(name + ": " + (own - copies) + " copies more than were sent: "
                    + "a notice or bounce would make the timing wrong");
            }
            rates.add(messages.size() / seconds);
            cpuPerMessage.add((processCpuNanos() - cpuStart) / 1e6 / messages.size());
            if (THREADS) {
                System.err.printf(Locale.UK, "%s, %s, ms CPU/msg by thread: %s%n", label, name,
                    ThreadCpu.now().since(threadsBefore, messages.size()));
            }
            // This James keeps mailboxes in memory: left to grow, the heap the collector must mark grows with every
            // run, and whichever side happens to be running pays. A real James keeps its mail on disk.
            mailboxes.empty();
            outside.purgeEmailFromAllMailboxes();
        }

        private void send(List<MimeMessage> messages, int connection) throws MessagingException {
            Properties properties = new Properties();
            properties.put("mail.smtp.auth", "true");
            // One transport reconnected for each message, as a mail client submits it (SMTP AUTH must own the
            // From address): asking the session for a new transport scans the class path for providers every time.
            Transport transport = Session.getInstance(properties).getTransport("smtp");
            for (int i = connection; i < messages.size(); i += CONNECTIONS) {
                MimeMessage message = messages.get(i);
                String from = ((InternetAddress) message.getFrom()[0]).getAddress();
                transport.connect("127.0.0.1", submissionPort, from, TestCouncil.PASSWORD);
                try {
                    transport.sendMessage(message, message.getAllRecipients());
                } finally {
                    transport.close();
                }
            }
        }

        /** Every message in the mailboxes and at the outside world, whoever sent it. */
        private long delivered() throws MessagingException {
            return mailboxes.count() + outside.getReceivedMessages().length;
        }

        /** The messages whose subject carries a run's marker, in the mailboxes and at the outside world. */
        private long delivered(String marker) throws MessagingException {
            long outsideCount = 0;
            for (MimeMessage message : outside.getReceivedMessages()) {
                String subject = message.getSubject();
                outsideCount += subject != null && subject.contains(marker) ? 1 : 0;
            }
            return mailboxes.count(marker) + outsideCount;
        }

        @Override
        public void close() {
            mailboxes.close();
            server.close();
            outside.stop();
        }
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static long recipientCount(MimeMessage message) {
        try {
            return message.getAllRecipients().length;
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Every directory user's INBOX, counted with IMAP STATUS over connections opened once: logging in
     * to every mailbox on each poll would cost the server more than the mail being measured.
     */
    private static final class Mailboxes implements AutoCloseable {
        private final List<Store> stores = new ArrayList<>();

        Mailboxes(GatewayServer server) throws MessagingException {
            Session session = Session.getInstance(new Properties());
            for (Person person : server.directory().people()) {
                Store store = session.getStore("imap");
                store.connect("127.0.0.1", server.imapPort(), person.primaryAddress(), TestCouncil.PASSWORD);
                stores.add(store);
            }
        }

        long count() throws MessagingException {
            long total = 0;
            for (Store store : stores) {
                total += store.getFolder("INBOX").getMessageCount();
            }
            return total;
        }

        /** The messages whose subject contains {@code marker} (IMAP SEARCH SUBJECT), asked only once a run looks done. */
        long count(String marker) throws MessagingException {
            long total = 0;
            for (Store store : stores) {
                Folder inbox = store.getFolder("INBOX");
                inbox.open(Folder.READ_ONLY);
                try {
                    for (Message message : inbox.search(new SubjectTerm(marker))) {
                        // SEARCH matches case-insensitively; the marker is matched as written.
                        total += message.getSubject() != null && message.getSubject().contains(marker) ? 1 : 0;
                    }
                } finally {
                    inbox.close(false);
                }
            }
            return total;
        }

        /** Deletes every message in every INBOX, once a run has been counted. */
        void empty() throws MessagingException {
            for (Store store : stores) {
                Folder inbox = store.getFolder("INBOX");
                inbox.open(Folder.READ_WRITE);
                try {
                    if (inbox.getMessageCount() > 0) {
                        inbox.setFlags(1, inbox.getMessageCount(), new Flags(Flags.Flag.DELETED), true);
                    }
                } finally {
                    inbox.close(true);
                }
            }
        }

        @Override
        public void close() {
            for (Store store : stores) {
                try {
                    store.close();
                } catch (MessagingException e) {
                    // Closing at the end of the run: nothing left to lose.
                }
            }
        }
    }

    private ThroughputBenchmark() {
    }

    /**
     * Member/officer mail between the example council's people, 2-4 KB of text each, in a fixed mix:
     * per 20 messages, 7 new letters (every 10th with an open copy), 7 replies quoting the letter they
     * answer, 2 ward councillors' letters to residents, 2 HTML letters and 2 forwards of a resident's
     * complaint. {@code benchmark.attachments} percent of them carry a PDF or DOCX report.
     */
    static final class Corpus {
        private static final String[] TOPICS = {"Potholes on Northdown Road", "Planning application 26/0412",
            "Fly-tipping behind the parade", "Housing repair for a constituent", "Street lighting in the town centre",
            "Budget briefing for Cabinet", "Licensing committee papers", "Bin collections after the bank holiday"};
        private static final String PARAGRAPH = "I have been contacted by several residents about this and would be "
            + "grateful for an update on what is planned, who is responsible and when we can expect the work to be finished. ";
        private static final String ANSWER = "Thank you for your email. I have spoken to the team and we expect to have "
            + "a fuller picture by the end of next week, when the contractor reports back on the survey. ";
        private static final DateTimeFormatter QUOTE_DATE = DateTimeFormatter.ofPattern("EEE, d MMM yyyy 'at' HH:mm", Locale.UK);
        private static final ZonedDateTime SENT = ZonedDateTime.of(2026, 11, 17, 9, 30, 0, 0, ZoneOffset.UTC);
        private static final List<String> REPORT = List.of(
            "1. Purpose of the report",
            "This report updates the committee on highway maintenance across the district in the current year.",
            "2. Recommendations",
            "That the committee notes the progress made and agrees the revised programme at Appendix A.",
            "3. Background",
            "Resurfacing on the principal road network has been completed on schedule and within budget.",
            "Reactive repairs rose by twelve per cent after the wet autumn, mostly potholes on rural lanes.",
            "4. Financial implications",
            "The revised programme is funded from the existing capital allocation and the highways reserve.",
            "5. Equality impact",
            "No adverse impact on any group with protected characteristics has been identified.");
        // A committee report on headed paper (the letterhead a picture), about 150 KB, and a briefing note in Word.
        private static final byte[] PDF = TestDocuments.letterheadPdf(150_000, REPORT.toArray(String[]::new));
        private static final byte[] DOCX = TestDocuments.docx(REPORT.toArray(String[]::new));

        private Corpus() {
        }

        /** What every subject of a run labelled {@code label} contains, and no other run's: "(round 1 " is not in "(round 10 3)". */
        static String marker(String label) {
            return "(" + label + " ";
        }

        static List<MimeMessage> messages(List<Person> people, int count, String label) throws MessagingException {
            List<Person> members = people.stream().filter(Person::isMember).toList();
            List<Person> officers = people.stream().filter(Person::isOfficer).toList();
            Session session = Session.getInstance(new Properties());
            List<MimeMessage> messages = new ArrayList<>();
            List<Letter> letters = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int slot = i % 20;
                String topic = TOPICS[i % TOPICS.length] + " (" + label + " " + i + ")";
                Date sent = Date.from(SENT.plusMinutes(i).toInstant());
                Letter letter;
                if (slot < 7) {
                    Person from = people.get(i % people.size());
                    Person to = people.get((i * 7 + 3) % people.size());
                    if (to.equals(from)) {
                        to = people.get((i + 1) % people.size());
                    }
                    Person copy = people.get((i + 5) % people.size());
                    Person cc = i % 10 == 0 && !copy.equals(from) && !copy.equals(to) ? copy : null;
                    letter = Letter.plain(from, to, cc, topic, "Dear " + to.name() + ",\n\n" + PARAGRAPH.repeat(12)
                        + "\n\nKind regards,\n" + from.name() + "\n");
                } else if (slot < 14) {
                    Letter original = letters.get(i - 7);
                    String quoted = "On " + QUOTE_DATE.format(SENT.plusMinutes(i - 7)) + ", " + original.from.name() + " <"
                        + original.from.primaryAddress() + "> wrote:\n" + original.text.strip().replaceAll("(?m)^", "> ");
                    letter = Letter.plain(original.to, original.from, null, "Re: " + original.subject,
                        "Dear " + original.from.name() + ",\n\n" + ANSWER.repeat(4) + "\n\nBest wishes,\n" + original.to.name()
                            + "\n\n" + quoted + "\n");
                    letter.inReplyTo = original;
                } else if (slot < 16) {
                    Person member = members.get(i % members.size());
                    String ward = member.wards().get(i % member.wards().size());
                    letter = Letter.plain(member, null, null, "Rats in the bin store (" + label + " " + i + ")",
                        "Dear Mrs Hughes,\n\nThank you for telling me about the rats in the bin store behind the flats in "
                            + ward + ". I have asked pest control to visit this week and will let you know what they find. "
                            + "If the problem comes back, please get in touch again.\n\nBest wishes,\n" + member.name() + "\n");
                    letter.resident = "resident." + i + "@residents.example";
                } else if (slot < 18) {
                    Person officer = officers.get(i % officers.size());
                    Person member = members.get(i % members.size());
                    letter = Letter.plain(officer, member, null, topic, "Dear Cllr " + member.name() + ",\n\n"
                        + ANSWER.repeat(10) + "\n\nKind regards,\n" + officer.name() + "\n" + officer.title().orElse("") + "\n");
                    letter.html = true;
                } else {
                    Person member = members.get(i % members.size());
                    Person officer = officers.get((i + 2) % officers.size());
                    String ward = member.wards().get(0);
                    letter = Letter.plain(member, officer, null, "Fwd: street lights (" + label + " " + i + ")",
                        officer.name().split(" ")[0] + ", could you look into this? The lights have been out for a week.\n\n"
                            + member.name() + "\n\n---------- Forwarded message ----------\nFrom: Sue Jones <sue.jones@residents.example>"
                            + "\nDate: " + QUOTE_DATE.format(SENT.plusMinutes(i - 60)) + "\n\nDear Councillor,\n\n"
                            + "The street lights on the main road in " + ward + " have been out since last Tuesday and it is "
                            + "very dark walking home from the bus stop. Could you please ask the council to fix them?\n\n"
                            + "Thank you,\nSue Jones\n");
                }
                letter.attachment = ATTACHMENTS > 0 && (i * 37) % 100 < ATTACHMENTS ? (i % 2 == 0 ? "pdf" : "docx") : null;
                letters.add(letter);
                messages.add(letter.toMessage(session, sent, label + "-" + i));
            }
            return messages;
        }

        /** What one message says, kept so a later reply can quote it. */
        private static final class Letter {
            private final Person from;
            private final Person to;
            private final Person cc;
            private final String subject;
            private final String text;
            private String resident;
            private boolean html;
            private String attachment;
            private Letter inReplyTo;
            private String messageId;

            private Letter(Person from, Person to, Person cc, String subject, String text) {
                this.from = from;
                this.to = to;
                this.cc = cc;
                this.subject = subject;
                this.text = text;
            }

            static Letter plain(Person from, Person to, Person cc, String subject, String text) {
                return new Letter(from, to, cc, subject, text);
            }

            MimeMessage toMessage(Session session, Date sent, String id) throws MessagingException {
                messageId = "<" + id.replace(' ', '-') + "." + System.nanoTime() + "@mail.northbrook.gov.uk>";
                String ownId = messageId;
                MimeMessage message = new MimeMessage(session) {
                    @Override
                    protected void updateMessageID() throws MessagingException {
                        setHeader("Message-ID", ownId);
                    }
                };
                message.setFrom(new InternetAddress(from.primaryAddress(), false));
                message.setRecipients(Message.RecipientType.TO, resident != null ? resident : to.primaryAddress());
                if (cc != null) {
                    message.setRecipients(Message.RecipientType.CC, cc.primaryAddress());
                }
                message.setSubject(subject, "UTF-8");
                message.setSentDate(sent);
                if (inReplyTo != null) {
                    message.setHeader("In-Reply-To", inReplyTo.messageId);
                    message.setHeader("References", inReplyTo.messageId);
                }
                MimeMultipart alternative = null;
                if (html) {
                    alternative = new MimeMultipart("alternative");
                    MimeBodyPart plain = new MimeBodyPart();
                    plain.setText(text, "UTF-8");
                    MimeBodyPart rich = new MimeBodyPart();
                    rich.setContent("<html><body><div style=\"font-family:Calibri,sans-serif\"><p>"
                        + text.replace("&", "&amp;").replace("<", "&lt;").replace("\n\n", "</p><p>").replace("\n", "<br>")
                        + "</p></div></body></html>", "text/html; charset=UTF-8");
                    alternative.addBodyPart(plain);
                    alternative.addBodyPart(rich);
                }
                if (attachment == null) {
                    if (alternative != null) {
                        message.setContent(alternative);
                    } else {
                        message.setText(text, "UTF-8");
                    }
                } else {
                    MimeBodyPart body = new MimeBodyPart();
                    if (alternative != null) {
                        body.setContent(alternative);
                    } else {
                        body.setText(text, "UTF-8");
                    }
                    MimeMultipart mixed = new MimeMultipart("mixed");
                    mixed.addBodyPart(body);
                    MimeBodyPart file = new MimeBodyPart();
                    if (attachment.equals("pdf")) {
                        file.setDataHandler(new DataHandler(new ByteArrayDataSource(PDF, TestDocuments.PDF)));
                        file.setFileName("highways-update.pdf");
                    } else {
                        file.setDataHandler(new DataHandler(new ByteArrayDataSource(DOCX, TestDocuments.DOCX)));
                        file.setFileName("briefing-note.docx");
                    }
                    mixed.addBodyPart(file);
                    message.setContent(mixed);
                }
                message.saveChanges();
                return message;
            }
        }
    }
}

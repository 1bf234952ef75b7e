package org.councilprotocol.it;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

import javax.mail.Address;
import javax.mail.Session;
import javax.mail.internet.InternetAddress;
import javax.mail.internet.MimeMessage;

import org.councilprotocol.config.CouncilConfig;
import org.councilprotocol.detect.Detectors;
import org.councilprotocol.model.Person;
import org.councilprotocol.model.Submission;
import org.councilprotocol.policy.ProtocolEngine;
import org.councilprotocol.store.StateStore;

/**
 * What the plugin's engine costs per message, without James around it: the throughput benchmark's corpus parsed
 * from its bytes and judged on one thread against an H2 file store, as the mailet does. Prints the CPU per message
 * on the judging thread and in the whole process (the attachment readers, the audit writer, H2's background writer,
 * garbage collection and the JIT). Not a test: run its {@code main} with the integration tests' class path, e.g.
 * {@code -Dbenchmark.attachments=10 -Dbenchmark.messages=2000 -Dbenchmark.rounds=5 -Dbenchmark.warmup=20000}.
 *
 * <p>Where {@link ThroughputBenchmark} says how much slower James is with the plugin, this says where the plugin's
 * time goes: run it under a profiler, or compare it before and after a change, on a machine that is otherwise idle.
 */
public final class EngineBenchmark {
    private static final int MESSAGES = Integer.getInteger("benchmark.messages", 2000);
    private static final int ROUNDS = Integer.getInteger("benchmark.rounds", 5);
    /** The JIT goes on compiling the plugin's code for some twenty thousand messages; what follows is steady state. */
    private static final int WARM_UP = Integer.getInteger("benchmark.warmup", 20_000);

    public static void main(String[] args) throws Exception {
        Path work = Files.createTempDirectory("council-engine-benchmark");
        Detectors detectors = Detectors.discover(EngineBenchmark.class.getClassLoader());
        CouncilConfig config = CouncilConfig.load(TestCouncil.EXAMPLE, Optional.empty(), detectors.rules());
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        try (StateStore state = StateStore.open("jdbc:h2:file:" + work.resolve("state"), null, null,
            StateStore.AuditWrites.QUEUED)) {
            ProtocolEngine engine = new ProtocolEngine(config, detectors, state);
            List<Person> people = config.directory().people();
            Session session = Session.getInstance(new Properties());
            List<Double> onThread = new ArrayList<>();
            List<Double> inProcess = new ArrayList<>();
            int warmUpRounds = (WARM_UP + MESSAGES - 1) / MESSAGES;
            for (int round = 0; round < warmUpRounds + ROUNDS; round++) {
                List<byte[]> corpus = bytes(ThroughputBenchmark.Corpus.messages(people, MESSAGES, "engine " + round));
                System.gc();
                long thread = threads.getCurrentThreadCpuTime();
                long process = processCpuNanos();
                ThreadCpu threadsBefore = ThreadCpu.now();
                for (byte[] bytes : corpus) {
                    MimeMessage message = new MimeMessage(session, new ByteArrayInputStream(bytes));
                    engine.judge(submission(message));
                }
                if (round >= warmUpRounds) {
                    onThread.add((threads.getCurrentThreadCpuTime() - thread) / 1e6 / corpus.size());
                    inProcess.add((processCpuNanos() - process) / 1e6 / corpus.size());
                    System.out.printf(Locale.UK, "round %d, ms CPU/msg by thread: %s%n", round - warmUpRounds,
                        ThreadCpu.now().since(threadsBefore, corpus.size()));
                }
            }
            System.out.printf(Locale.UK, "Engine, %d messages a round (%d%% with a PDF/DOCX attachment), %d rounds after %d "
                    + "warm-up messages%n  judging thread: median %.3f ms CPU/msg %s%n  whole process:  median %.3f ms CPU/msg %s%n",
                MESSAGES, ThroughputBenchmark.ATTACHMENTS, ROUNDS, warmUpRounds * MESSAGES,
                ThroughputBenchmark.median(onThread), rounded(onThread), ThroughputBenchmark.median(inProcess), rounded(inProcess));
        } finally {
            try (java.util.stream.Stream<Path> files = Files.walk(work)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            }
        }
    }

    /** The messages as James receives them: bytes, parsed afresh for every judgement. */
    private static List<byte[]> bytes(List<MimeMessage> messages) throws Exception {
        List<byte[]> corpus = new ArrayList<>();
        for (MimeMessage message : messages) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            message.writeTo(out);
            corpus.add(out.toByteArray());
        }
        return corpus;
    }

    /** Sent by the author's own authenticated account, as the throughput benchmark submits it. */
    private static Submission submission(MimeMessage message) throws Exception {
        String from = ((InternetAddress) message.getFrom()[0]).getAddress();
        List<String> recipients = Arrays.stream(message.getAllRecipients()).map(Address::toString).toList();
        return new Submission(message, Optional.of(from), recipients, Optional.of(from), Instant.now());
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static String rounded(List<Double> values) {
        return values.stream().map(value -> String.format(Locale.UK, "%.2f", value)).toList().toString();
    }

    private EngineBenchmark() {
    }
}

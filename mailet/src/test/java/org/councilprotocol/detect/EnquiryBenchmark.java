package org.councilprotocol.detect;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import javax.mail.Session;
import javax.mail.internet.MimeMessage;

import org.councilprotocol.text.MessageText;

/**
 * Not a test: measures the enquiry reader and the reply classifier on the labelled corpus (test resource
 * enquiry/corpus.tsv) and times them. Prints, for each task and for the tune and held-out parts, accuracy per
 * class and overall, the finer agreement (why a message is no enquiry; what an incomplete holding reply
 * misses), a confusion table and the misreadings; then the median time to read a 5 KB member enquiry and a
 * 5 KB officer reply, from the message's bytes and from text already read.
 *
 * <p>Run it from the repository root after {@code mvn -q -pl mailet -am test-compile}:
 * <pre>
 * mvn -o -q -pl mailet -am dependency:build-classpath -Dmdep.outputFile=target/test.classpath -Dmdep.includeScope=test
 * java -cp mailet/target/test-classes:mailet/target/classes:$(cat mailet/target/test.classpath) \
 *     org.councilprotocol.detect.EnquiryBenchmark
 * </pre>
 */
public final class EnquiryBenchmark {
    private static final List<String> ENQUIRY_CLASSES = List.of("question", "request", "complaint", "none");
    private static final List<String> REPLY_CLASSES = List.of("substantive", "holding", "holding-reply-incomplete", "acknowledgement");
    private static final int WARM_UP = 3_000;
    private static final int RUNS = 5_000;

    private EnquiryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<EnquiryCorpus.Row> rows = EnquiryCorpus.rows();
        Map<String, String> read = new LinkedHashMap<>();
        rows.forEach(row -> read.put(row.id(), row.read()));
        for (boolean enquiries : new boolean[] {true, false}) {
            List<String> classes = enquiries ? ENQUIRY_CLASSES : REPLY_CLASSES;
            String task = enquiries ? "enquiry reading" : "reply classification";
            List<EnquiryCorpus.Row> ofTask = rows.stream().filter(row -> row.enquiry() == enquiries).toList();
            report(task + ", tune", ofTask.stream().filter(row -> !row.heldOut()).toList(), read, classes);
            report(task + ", held-out", ofTask.stream().filter(EnquiryCorpus.Row::heldOut).toList(), read, classes);
            report(task + ", all", ofTask, read, classes);
        }
        timing();
    }

    private static void report(String part, List<EnquiryCorpus.Row> rows, Map<String, String> read, List<String> classes) {
        System.out.printf("%n== %s: %d messages%n", part, rows.size());
        if (rows.isEmpty()) {
            return;
        }
        Map<String, int[]> perClass = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> confusion = new LinkedHashMap<>();
        List<String> wrong = new ArrayList<>();
        int fine = 0;
        int opens = 0;
        for (EnquiryCorpus.Row row : rows) {
            String got = read.get(row.id());
            String gotClass = got.split(":")[0];
            int[] counts = perClass.computeIfAbsent(row.labelClass(), key -> new int[2]);
            counts[1]++;
            if (gotClass.equals(row.labelClass())) {
                counts[0]++;
            }
            if (row.labelClass().equals("none") == gotClass.equals("none")) {
                opens++;
            }
            if (got.equals(row.label())) {
                fine++;
            } else {
                wrong.add(String.format("  %-5s %-40s read as %-40s %s", row.id(), row.label(), got, row.subject()));
            }
            confusion.computeIfAbsent(row.labelClass(), key -> new LinkedHashMap<>()).merge(gotClass, 1, Integer::sum);
        }
        int correct = 0;
        for (String label : classes) {
            int[] counts = perClass.getOrDefault(label, new int[2]);
            correct += counts[0];
            System.out.printf("  %-26s %3d/%-3d %6.3f%n", label, counts[0], counts[1],
                counts[1] == 0 ? Double.NaN : counts[0] / (double) counts[1]);
        }
        System.out.printf("  %-26s %3d/%-3d %6.3f%n", "overall", correct, rows.size(), correct / (double) rows.size());
        System.out.printf("  %-26s %3d/%-3d %6.3f  (why not an enquiry / what is missing, too)%n", "exact label", fine, rows.size(),
            fine / (double) rows.size());
        if (classes.contains("none")) {
            System.out.printf("  %-26s %3d/%-3d %6.3f  (an enquiry or complaint, or neither)%n", "opens or not", opens, rows.size(),
                opens / (double) rows.size());
        }
        System.out.printf("  confusion (rows: label, columns: read as)%n  %-26s", "");
        classes.forEach(column -> System.out.printf("%12s", abbreviate(column)));
        System.out.println();
        for (String label : classes) {
            System.out.printf("  %-26s", label);
            for (String column : classes) {
                System.out.printf("%12d", confusion.getOrDefault(label, Map.of()).getOrDefault(column, 0));
            }
            System.out.println();
        }
        if (!wrong.isEmpty()) {
            System.out.println("  not read exactly as labelled:");
            wrong.forEach(System.out::println);
        }
    }

    private static String abbreviate(String label) {
        return label.equals("holding-reply-incomplete") ? "incomplete" : label.equals("acknowledgement") ? "ack" : label;
    }

    /** Median (and 95th percentile) time for a 5 KB message: MIME parse and text, then the reader; and the reader alone. */
    private static void timing() throws Exception {
        // On a shared machine every figure below is slower by the same factor: print what the machine was doing.
        System.out.printf("%n== machine: %d processors, load average %.1f; a reference search (a word in a 160-character sentence) "
            + "takes %.2f µs%n", Runtime.getRuntime().availableProcessors(),
            ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), referenceSearch());
        Session session = Session.getInstance(new Properties());
        time("member enquiry", session, fiveKilobyteMessage(ENQUIRY, "cllr.ann.smith@northbrook.gov.uk", "jane.cole@northbrook.gov.uk",
            "Damp at Arlington House"), true);
        time("officer reply", session, fiveKilobyteMessage(REPLY, "jane.cole@northbrook.gov.uk", "cllr.ann.smith@northbrook.gov.uk",
            "RE: Damp at Arlington House"), false);
    }

    private static void time(String what, Session session, byte[] bytes, boolean enquiry) throws Exception {
        long[] fromBytes = new long[RUNS];
        long[] readerOnly = new long[RUNS];
        long[] fromBytesCpu = new long[RUNS];
        long[] readerOnlyCpu = new long[RUNS];
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        String sink = "";
        MimeMessage first = new MimeMessage(session, new ByteArrayInputStream(bytes));
        String author = MessageText.of(first).authorText();
        String subject = first.getSubject();
        for (int i = 0; i < WARM_UP + RUNS; i++) {
            long startCpu = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            MimeMessage message = new MimeMessage(session, new ByteArrayInputStream(bytes));
            String words = MessageText.of(message).authorText();
            String viaBytes = enquiry
                ? EnquiryCorpus.READER.read(message.getSubject(), words, HeaderFacts.of(message), EnquiryCorpus.SENT).label()
                : EnquiryCorpus.CLASSIFIER.classify(words, EnquiryCorpus.SENT).kind().id();
            long middle = System.nanoTime();
            long middleCpu = threads.getCurrentThreadCpuTime();
            String direct = enquiry
                ? EnquiryCorpus.READER.read(subject, author, HeaderFacts.PERSONAL, EnquiryCorpus.SENT).label()
                : EnquiryCorpus.CLASSIFIER.classify(author, EnquiryCorpus.SENT).kind().id();
            long end = System.nanoTime();
            long endCpu = threads.getCurrentThreadCpuTime();
            if (i >= WARM_UP) {
                fromBytes[i - WARM_UP] = middle - start;
                readerOnly[i - WARM_UP] = end - middle;
                fromBytesCpu[i - WARM_UP] = middleCpu - startCpu;
                readerOnlyCpu[i - WARM_UP] = endCpu - middleCpu;
            }
            sink = viaBytes.equals(direct) ? direct : "disagree";
        }
        System.out.printf("%n== timing: a %,d-byte %s (%,d chars of its own words; read as %s), %,d runs after %,d warm-up runs%n",
            bytes.length, what, author.length(), sink, RUNS, WARM_UP);
        System.out.printf("  from the message bytes (MIME parse, text, quotes, headers, read): median %6.1f µs, p95 %6.1f µs%n",
            percentile(fromBytes, 50), percentile(fromBytes, 95));
        System.out.printf("  reader only (text already read):                                median %6.1f µs, p95 %6.1f µs%n",
            percentile(readerOnly, 50), percentile(readerOnly, 95));
        // Wall-clock time counts waiting for a processor on a busy machine; the thread's CPU time does not.
        System.out.printf("  the same in thread CPU time: from bytes median %6.1f µs, reader only median %6.1f µs%n",
            percentile(fromBytesCpu, 50), percentile(readerOnlyCpu, 50));
    }

    /** The median time of one plain regular-expression search, to judge the figures by. */
    private static double referenceSearch() {
        java.util.regex.Pattern word = java.util.regex.Pattern.compile("\\bzebra\\b");
        String sentence = "I understand from your last email that the surveyor found the guttering at the back of the block blocked, "
            + "and that this is probably where the water is getting in.";
        long[] times = new long[RUNS];
        int found = 0;
        for (int i = 0; i < WARM_UP + RUNS; i++) {
            long start = System.nanoTime();
            for (int j = 0; j < 10; j++) {
                found += word.matcher(sentence).find() ? 1 : 0;
            }
            if (i >= WARM_UP) {
                times[i - WARM_UP] = (System.nanoTime() - start) / 10;
            }
        }
        return found >= 0 ? percentile(times, 50) : 0;
    }

    private static double percentile(long[] nanos, int percent) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, sorted.length * percent / 100)] / 1_000.0;
    }

    private static byte[] fiveKilobyteMessage(String ownWords, String from, String to, String subject) throws Exception {
        StringBuilder body = new StringBuilder(ownWords);
        // The thread so far, quoted below: the bulk of a real 5 KB message.
        int round = 0;
        while (body.length() < 5_000) {
            body.append("\n\n-----Original Message-----\nFrom: ").append(round % 2 == 0 ? to : from)
                .append("\nSent: ").append(30 - round).append(" November 2026 09:1").append(round % 10)
                .append("\nTo: ").append(round % 2 == 0 ? from : to).append("\nSubject: ").append(subject).append("\n\n")
                .append(HISTORY);
            round++;
        }
        String message = "From: " + from + "\r\nTo: " + to + "\r\nSubject: " + subject
            + "\r\nDate: Wed, 2 Dec 2026 10:00:00 +0000\r\nMessage-ID: <bench-" + subject.hashCode() + "@northbrook.gov.uk>"
            + "\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
            + body.toString().replace("\n", "\r\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(message.getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static final String ENQUIRY = """
        Dear Jane,

        Thank you for your reply last week, and for arranging the surveyor's visit so quickly. I went round to see
        the family at flat 3, Arlington House, on Saturday. The back bedroom is still black with mould behind the
        wardrobe, the plaster under the window is wet to the touch, and the children's room smells of damp. The
        extractor fan in the bathroom has not worked since the summer. Mrs Hughes has been wiping the walls down
        every morning, but the mould comes back within days, and her youngest has been to the GP twice this month
        with his chest.

        I understand from your last email that the surveyor found the guttering at the back of the block blocked,
        and that this is probably where the water is getting in. I'd be grateful if you could let me know when
        the guttering will be cleared and the fan replaced, and whether the family can be moved somewhere dry
        while the plaster is treated. If it helps, I'm happy to meet the repairs manager on site.

        I'm meeting the residents' association on Monday 7 December, so an answer by Friday would be very helpful.

        Kind regards

        Cllr Ann Smith
        Cliftonville West Ward
        Northbrook District Council
        07700 900123
        """;

    private static final String REPLY = """
        Dear Cllr Smith,

        Thank you for your email and for visiting the family on Saturday. I am sorry I am not yet able to give you
        a full answer. This is because we are still waiting for the roofing contractor to confirm when they can
        clear the guttering, which needs scaffolding on the back of the block. I have chased the contractor twice
        this week, and I have asked the repairs team to replace the extractor fan as an emergency job.

        On moving the family: the housing options team are looking at whether a temporary move is possible, and I
        have asked them to contact Mrs Hughes directly. I will send you a full response by Friday 11 December.

        Kind regards

        Jane Cole
        Repairs and Maintenance Manager
        Northbrook District Council
        """;

    private static final String HISTORY = """
        Dear Jane,

        Following our conversation last week, I wanted to pass on what the family at flat 3 told me. They first
        reported the damp in August, when the bedroom ceiling started to stain. A repairs operative came out in
        September, wiped the mould down and said a surveyor would follow, but nobody came. The family have kept a
        diary and photographs, which I have seen. They are worried about the children's health and about their
        belongings, several of which have been ruined. Could you look into what happened to the survey?

        Kind regards
        Ann
        """;
}

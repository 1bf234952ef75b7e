package org.councilprotocol.detect;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.councilprotocol.model.Finding;

/**
 * Not a test: lists what the obligation rules misread in named splits of the corpus, for whoever tunes them. Each
 * missed or wrongly found sentence is printed with its note, the model's probability and the gate that kept the model
 * from it; each message whose findings differ from its label is printed with both and its note. Tune only on splits
 * that have been retired to tuning material; a blind split's misreadings must not be read.
 *
 * <p>Run it as {@link ObligationBenchmark} is run, with the split names as arguments ({@code heldout3}, …), or with
 * {@code -} to read sentences of one's own from standard input, one a line.
 */
public final class ObligationMisreadings {
    private ObligationMisreadings() {
    }

    public static void main(String[] args) throws Exception {
        Commitments commitments = Commitments.forCouncil("Northbrook District Council");
        if (args.length == 1 && args[0].equals("-")) {
            // Sentences of one's own, one a line on standard input: how each is read, to try a construction in other words.
            java.io.BufferedReader in = new java.io.BufferedReader(new java.io.InputStreamReader(System.in,
                java.nio.charset.StandardCharsets.UTF_8));
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.isBlank()) {
                    String gate = commitments.modelGate(line);
                    System.out.printf("%-11s p=%.2f gate=%-22s %s%n", commitments.read(line).map(Enum::name).orElse("-"),
                        commitments.modelProbability(line), gate.isEmpty() ? "-" : gate, line);
                }
            }
            return;
        }
        for (String split : args) {
            for (ObligationSentences.Labelled sentence : ObligationSentences.load(split).sentences()) {
                boolean found = commitments.read(sentence.sentence()).isPresent();
                if (found != sentence.obligation()) {
                    String gate = commitments.modelGate(sentence.sentence());
                    System.out.printf("%s %s p=%.2f gate=%s%n    %s%n    [%s]%n", split, found ? "FP" : "FN",
                        commitments.modelProbability(sentence.sentence()), gate.isEmpty() ? "-" : gate, sentence.sentence(),
                        sentence.note());
                }
            }
        }
        if (Boolean.getBoolean("misreadings.sentencesOnly")) {
            return;
        }
        try (ObligationMessages messages = new ObligationMessages()) {
            for (String split : args) {
                List<ObligationMessages.Labelled> corpus = messages.load(split);
                for (ObligationMessages.Labelled message : corpus) {
                    Set<String> found = new TreeSet<>();
                    List<Finding> findings = messages.judge(message);
                    findings.stream().map(Finding::rule).forEach(found::add);
                    if (!found.equals(new TreeSet<>(message.expected()))) {
                        System.out.printf("%s message %s: expected %s, found %s%n    [%s]%n", split, message.id(),
                            message.expected(), found, message.note());
                        findings.forEach(finding -> System.out.println("    finding: " + finding));
                    }
                }
            }
        }
    }
}

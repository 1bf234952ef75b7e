package org.councilprotocol.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.councilprotocol.model.Finding;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The tuning parts of the obligation corpus: every labelled sentence of the seven retired or tune splits (shipped in the
 * plugin as {@code obligation/sentences-*.tsv}) is read as labelled, and every whole message of the tune and retired
 * held-out parts (test resources {@code obligation/messages-*.yaml}), attachments included, gets the findings its label
 * expects. The third, fourth and fifth tune splits ({@code sentences-tune3}, {@code sentences-tune4}, {@code sentences-tune5})
 * are scored by {@link ObligationBenchmark}, not asserted: each keeps a few misreadings (see the corpus README).
 */
class ObligationCorpusTest {
    private final Commitments commitments = Commitments.forCouncil("Northbrook District Council");

    @ParameterizedTest
    @ValueSource(strings = {"tune", "tune2", "heldout", "heldout2", "heldout3", "heldout4", "heldout5"})
    void everyTuneSentenceIsReadAsLabelled(String split) {
        List<String> wrong = new ArrayList<>();
        ObligationSentences corpus = ObligationSentences.load(split);
        for (ObligationSentences.Labelled sentence : corpus.sentences()) {
            if (commitments.read(sentence.sentence()).isPresent() != sentence.obligation()) {
                wrong.add((sentence.obligation() ? "missed: " : "wrongly found: ") + sentence.sentence());
            }
        }
        assertThat(corpus.sentences()).hasSizeGreaterThan(150);
        assertThat(wrong).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tune", "tune2", "heldout", "heldout2", "heldout3", "heldout4", "heldout5"})
    void everyTuneMessageGetsTheFindingsItsLabelExpects(String split) {
        List<String> wrong = new ArrayList<>();
        try (ObligationMessages messages = new ObligationMessages()) {
            List<ObligationMessages.Labelled> corpus = messages.load(split);
            assertThat(corpus).hasSizeGreaterThanOrEqualTo(30);
            for (ObligationMessages.Labelled message : corpus) {
                Set<String> found = new TreeSet<>();
                messages.judge(message).stream().map(Finding::rule).forEach(found::add);
                if (!found.equals(new TreeSet<>(message.expected()))) {
                    wrong.add(message.id() + ": expected " + message.expected() + ", found " + found + " (" + message.note() + ")");
                }
            }
        }
        assertThat(wrong).isEmpty();
    }
}

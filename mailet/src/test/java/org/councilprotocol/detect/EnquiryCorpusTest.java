package org.councilprotocol.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/**
 * The enquiry reader and reply classifier against the tune rows of the labelled corpus (test resource
 * enquiry/corpus.tsv). The held-out rows are only ever scored by {@link EnquiryBenchmark}, which reports them
 * as they are.
 */
class EnquiryCorpusTest {
    private static final List<EnquiryCorpus.Row> ROWS = EnquiryCorpus.rows();

    @Test
    void theCorpusHasBothTasksEveryClassAndAHeldOutThird() {
        assertThat(ROWS.stream().filter(EnquiryCorpus.Row::enquiry).count()).isGreaterThanOrEqualTo(60);
        assertThat(ROWS.stream().filter(row -> !row.enquiry()).count()).isGreaterThanOrEqualTo(40);
        assertThat(ROWS.stream().filter(EnquiryCorpus.Row::enquiry).map(EnquiryCorpus.Row::labelClass).distinct())
            .containsExactlyInAnyOrder("question", "request", "complaint", "none");
        assertThat(ROWS.stream().filter(row -> !row.enquiry()).map(EnquiryCorpus.Row::labelClass).distinct())
            .containsExactlyInAnyOrder("substantive", "holding", "holding-reply-incomplete", "acknowledgement");
        assertThat(ROWS.stream().map(EnquiryCorpus.Row::id).distinct().count()).isEqualTo(ROWS.size());
        // Held-out rows were written after the code was frozen, and are named so.
        ROWS.forEach(row -> assertThat(row.heldOut()).as(row.id()).isEqualTo(row.id().matches("[er]h\\d+")));
        long heldOut = ROWS.stream().filter(EnquiryCorpus.Row::heldOut).count();
        if (heldOut > 0) {
            assertThat(heldOut / (double) ROWS.size()).isBetween(0.25, 0.40);
        }
    }

    @Test
    void readsAtLeast95PercentOfTheTuneEnquiries() {
        assertTuneAccuracy(true, 0.95);
    }

    @Test
    void classifiesAtLeast95PercentOfTheTuneReplies() {
        assertTuneAccuracy(false, 0.95);
    }

    private static void assertTuneAccuracy(boolean enquiries, double atLeast) {
        List<EnquiryCorpus.Row> tune = ROWS.stream().filter(row -> !row.heldOut() && row.enquiry() == enquiries).toList();
        List<String> wrong = tune.stream()
            .filter(row -> !row.read().split(":")[0].equals(row.labelClass()))
            .map(row -> row.id() + " " + row.label() + " read as " + row.read())
            .collect(Collectors.toList());
        assertThat(1 - wrong.size() / (double) tune.size()).as("misread: %s", wrong).isGreaterThanOrEqualTo(atLeast);
    }
}

package org.councilprotocol.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.councilprotocol.model.Capacity;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The classifier against the labelled corpus (test resource capacity/corpus.tsv). Only the {@code tune}
 * rows are scored here, so the held-out rows stay unseen while the classifier is tuned;
 * {@link CapacityBenchmark} reports both.
 */
class CapacityCorpusTest {
    private static CapacityFixture council;
    private static final List<CapacityFixture.Email> CORPUS = CapacityFixture.corpus();

    @BeforeAll
    static void open() {
        council = new CapacityFixture();
    }

    @AfterAll
    static void close() {
        council.close();
    }

    @Test
    void theCorpusIsBigEnoughAndCoversEveryCapacity() {
        assertThat(CORPUS).hasSizeGreaterThanOrEqualTo(150);
        Map<Capacity, Integer> perLabel = new EnumMap<>(Capacity.class);
        CORPUS.forEach(email -> perLabel.merge(email.label(), 1, Integer::sum));
        for (Capacity capacity : List.of(Capacity.WARD, Capacity.CABINET, Capacity.COMMITTEE, Capacity.CIVIC,
            Capacity.PARTY_POLITICAL, Capacity.PERSONAL)) {
            assertThat(perLabel.getOrDefault(capacity, 0)).as(capacity.id()).isGreaterThanOrEqualTo(20);
        }
        assertThat(CORPUS.stream().map(CapacityFixture.Email::id).distinct().count()).isEqualTo(CORPUS.size());
        CORPUS.forEach(email -> assertThat(council.config.directory().person(email.sender()))
            .as(email.id()).hasValueSatisfying(person -> assertThat(person.isMember()).isTrue()));
    }

    /** The split rule written at the top of the corpus: every fourth email of each label is held out. */
    @Test
    void theSplitFollowsTheFixedRule() {
        Map<Capacity, Integer> seen = new EnumMap<>(Capacity.class);
        for (CapacityFixture.Email email : CORPUS) {
            int position = seen.merge(email.label(), 1, Integer::sum);
            assertThat(email.heldOut()).as(email.id() + " is number " + position + " of " + email.label().id())
                .isEqualTo(position % 4 == 0);
        }
    }

    @Test
    void classifiesAtLeast95PercentOfTheTuneSet() {
        List<String> wrong = new ArrayList<>();
        int tune = 0;
        for (CapacityFixture.Email email : CORPUS) {
            if (email.heldOut()) {
                continue;
            }
            tune++;
            CapacityReading reading = council.mail(email).reading();
            if (reading.capacity() != email.label()) {
                wrong.add(email.id() + " " + email.label().id() + " read as " + reading.capacity().id() + " "
                    + reading.evidence() + " | " + email.subject());
            }
        }
        double accuracy = (tune - wrong.size()) / (double) tune;
        System.out.printf("Capacity corpus, tune set: %d/%d (%.3f)%n%s%n", tune - wrong.size(), tune, accuracy,
            String.join("\n", wrong));
        assertThat(accuracy).as("tune accuracy %.3f; misread:%n%s", accuracy, String.join("\n", wrong))
            .isGreaterThanOrEqualTo(0.95);
    }
}

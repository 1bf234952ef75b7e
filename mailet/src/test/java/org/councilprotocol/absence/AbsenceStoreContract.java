package org.councilprotocol.absence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.councilprotocol.store.StateStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every database under the absence store must do (H2 for one node, PostgreSQL for several). */
abstract class AbsenceStoreContract {
    static final LocalDate MONDAY = LocalDate.of(2027, 1, 11);
    static final Instant MONDAY_MORNING = Instant.parse("2027-01-11T08:00:00Z");

    protected StateStore state;
    protected AbsenceStore store;

    protected abstract StateStore openNode();

    protected abstract void cleanUp();

    @BeforeEach
    void open() {
        state = openNode();
        store = AbsenceStore.on(state);
    }

    @AfterEach
    void close() {
        state.close();
        cleanUp();
    }

    @Test
    void anAutoReplyStartsAnAbsenceThatLastsUntilTheDayBack() {
        LearnedAbsence learned = store.learn("dan-green", MONDAY, Optional.of(MONDAY.plusDays(7)), "<ooo-1@x>", MONDAY_MORNING);

        assertThat(learned.awayFrom()).isEqualTo(MONDAY);
        assertThat(store.latest("dan-green")).hasValueSatisfying(absence -> {
            assertThat(absence.back()).contains(MONDAY.plusDays(7));
            assertThat(absence.learnedFrom()).isEqualTo("<ooo-1@x>");
            assertThat(absence.awayOn(MONDAY.plusDays(6))).isTrue();
            assertThat(absence.awayOn(MONDAY.plusDays(7))).isFalse();
            assertThat(absence.endedAt()).isEmpty();
        });
        assertThat(store.latest("bob-jones")).isEmpty();
    }

    @Test
    void laterAutoRepliesOfTheSameAbsenceKeepItsFirstDayAndTakeTheNewDayBack() {
        store.learn("dan-green", MONDAY, Optional.of(MONDAY.plusDays(7)), "<ooo-1@x>", MONDAY_MORNING);
        LearnedAbsence again = store.learn("dan-green", MONDAY.plusDays(2), Optional.of(MONDAY.plusDays(14)), "<ooo-2@x>",
            MONDAY_MORNING.plusSeconds(2 * 86_400));

        assertThat(again.awayFrom()).isEqualTo(MONDAY);
        assertThat(store.latest("dan-green").orElseThrow().back()).contains(MONDAY.plusDays(14));
    }

    @Test
    void ordinaryMailEndsTheAbsenceAndTheNextAutoReplyStartsANewOne() {
        store.learn("dan-green", MONDAY, Optional.empty(), "<ooo-1@x>", MONDAY_MORNING);

        assertThat(store.returned("dan-green", MONDAY.plusDays(2), MONDAY_MORNING.plusSeconds(2 * 86_400))).isTrue();
        assertThat(store.returned("dan-green", MONDAY.plusDays(2), MONDAY_MORNING.plusSeconds(2 * 86_400 + 60))).isFalse();
        assertThat(store.latest("dan-green").orElseThrow().awayOn(MONDAY.plusDays(3))).isFalse();

        LearnedAbsence next = store.learn("dan-green", MONDAY.plusDays(21), Optional.of(MONDAY.plusDays(28)), "<ooo-3@x>",
            MONDAY_MORNING.plusSeconds(21 * 86_400));
        assertThat(next.awayFrom()).isEqualTo(MONDAY.plusDays(21));
        assertThat(store.latest("dan-green").orElseThrow().awayOn(MONDAY.plusDays(22))).isTrue();
    }

    @Test
    void mailSentBeforeTheAutoReplyDoesNotEndIt() {
        store.learn("dan-green", MONDAY, Optional.empty(), "<ooo-1@x>", MONDAY_MORNING);

        assertThat(store.returned("dan-green", MONDAY, MONDAY_MORNING.minusSeconds(60))).isFalse();
        assertThat(store.latest("dan-green").orElseThrow().awayOn(MONDAY)).isTrue();
    }

    @Test
    void aMemberIsToldOncePerAbsenceEvenWhenNodesRace() throws Exception {
        try (StateStore second = openNode()) {
            AbsenceStore other = AbsenceStore.on(second);
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Callable<Boolean>> claims = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    AbsenceStore node = i % 2 == 0 ? store : other;
                    String id = "<q-" + i + "@x>";
                    claims.add(() -> node.claimNotice("cllr-mary-jones", "bob-jones", MONDAY, id, MONDAY_MORNING));
                }
                long told = 0;
                for (Future<Boolean> claim : pool.invokeAll(claims)) {
                    told += claim.get() ? 1 : 0;
                }
                assertThat(told).isEqualTo(1);
            } finally {
                pool.shutdown();
            }
            assertThat(store.claimNotice("cllr-ann-smith", "bob-jones", MONDAY, "<q-9@x>", MONDAY_MORNING)).isTrue();
            assertThat(store.claimNotice("cllr-mary-jones", "bob-jones", MONDAY.plusDays(30), "<q-10@x>", MONDAY_MORNING)).isTrue();
        }
    }

    @Test
    void twoNodesLearningTheSameFirstAbsenceAtOnceKeepOneRow() throws Exception {
        try (StateStore second = openNode()) {
            AbsenceStore other = AbsenceStore.on(second);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                Future<LearnedAbsence> a = pool.submit(() -> store.learn("dan-green", MONDAY, Optional.of(MONDAY.plusDays(7)),
                    "<ooo-a@x>", MONDAY_MORNING));
                Future<LearnedAbsence> b = pool.submit(() -> other.learn("dan-green", MONDAY, Optional.of(MONDAY.plusDays(7)),
                    "<ooo-b@x>", MONDAY_MORNING));
                assertThat(a.get().awayFrom()).isEqualTo(MONDAY);
                assertThat(b.get().awayFrom()).isEqualTo(MONDAY);
            } finally {
                pool.shutdown();
            }
            assertThat(store.latest("dan-green").orElseThrow().back()).contains(MONDAY.plusDays(7));
        }
    }
}

package org.councilprotocol.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.councilprotocol.model.ThreadContext;
import org.councilprotocol.model.ThreadContext.ThreadParticipant;
import org.councilprotocol.store.ThreadStore.MessageRecord;
import org.councilprotocol.store.ThreadStore.Participation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every database behind the state store must do for threads and the audit log. Run against H2
 * ({@link H2ThreadStoreTest}) and PostgreSQL ({@link PostgresThreadStoreTest}).
 *
 * <p>The people are from the fictional Northbrook District Council: Cllr Ann Smith writes to Bob Jones,
 * Highways Manager, who copies Dan Green; Cllr Raj Patel is another member.
 */
abstract class ThreadStoreContract {
    static final String ANN = "cllr.ann.smith@northbrook.gov.uk";
    static final String BOB = "bob.jones@northbrook.gov.uk";
    static final String DAN = "dan.green@northbrook.gov.uk";
    static final String RAJ = "cllr.raj.patel@northbrook.gov.uk";
    static final String RESIDENT = "j.bloggs@example.com";
    static final Instant MONDAY = Instant.parse("2026-11-23T10:15:00Z");

    protected StateStore store;

    /** A fresh, empty, migrated store. */
    protected abstract StateStore openStore();

    /** Drops whatever {@link #openStore()} created; the store is closed already. */
    protected void cleanUp() {
    }

    @BeforeEach
    void openTheStore() {
        store = openStore();
    }

    @AfterEach
    void closeTheStore() {
        if (store != null) {
            store.close();
        }
        cleanUp();
    }

    // ---- helpers

    static Participation author(String address, String person) {
        return new Participation(address, person, "author");
    }

    static Participation to(String address, String person) {
        return new Participation(address, person, "to");
    }

    static Participation cc(String address, String person) {
        return new Participation(address, person, "cc");
    }

    static Participation blind(String address, String person) {
        return new Participation(address, person, "blind");
    }

    static MessageRecord message(String id, List<String> references, String subject, boolean reply, String sender,
                                 Instant at, Participation... participants) {
        String person = Arrays.stream(participants).filter(p -> p.as().equals("author")).findFirst()
            .map(Participation::personId).orElse(null);
        return new MessageRecord(id, references, subject, reply, sender, person, "member-to-officer", at,
            List.of(participants));
    }

    /** Cllr Smith's enquiry to Bob Jones, which starts most threads here. */
    ThreadContext enquiry(String id, Instant at) {
        return store.threads().record(message(id, List.of(), "potholes on hill street", false, ANN, at,
            author(ANN, "cllr-ann-smith"), to(BOB, "bob-jones")));
    }

    int count(String sql, Object... values) {
        try (Connection connection = store.dataSource().getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    String text(String sql, Object... values) {
        try (Connection connection = store.dataSource().getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    // ---- threads

    @Test
    void aNewMessageStartsAThreadNamedAfterItself() {
        ThreadContext thread = enquiry("<enq-1@northbrook.gov.uk>", MONDAY);

        assertThat(thread.threadId()).isEqualTo("<enq-1@northbrook.gov.uk>");
        assertThat(thread.started()).isTrue();
        assertThat(thread.earlierParticipants()).isEmpty();
        assertThat(thread.earlierMessages()).isZero();
        assertThat(store.threads().participants("<enq-1@northbrook.gov.uk>")).containsExactlyInAnyOrder(ANN, BOB);
        assertThat(count("SELECT COUNT(*) FROM council_thread")).isEqualTo(1);
        assertThat(text("SELECT subject FROM council_thread WHERE thread_id = ?", "<enq-1@northbrook.gov.uk>"))
            .isEqualTo("potholes on hill street");
    }

    @Test
    void aReplyByInReplyToJoinsTheThreadAndSeesWhoTookPartBefore() {
        enquiry("<enq-1@northbrook.gov.uk>", MONDAY);

        ThreadContext reply = store.threads().record(message("<reply-1@northbrook.gov.uk>",
            List.of("<enq-1@northbrook.gov.uk>"), "potholes on hill street", true, BOB, MONDAY.plus(Duration.ofHours(3)),
            author(BOB, "bob-jones"), to(ANN, "cllr-ann-smith")));

        assertThat(reply.threadId()).isEqualTo("<enq-1@northbrook.gov.uk>");
        assertThat(reply.started()).isFalse();
        assertThat(reply.earlierMessages()).isEqualTo(1);
        assertThat(reply.earlierParticipants()).containsExactly(
            new ThreadParticipant(BOB, "bob-jones", "to"),
            new ThreadParticipant(ANN, "cllr-ann-smith", "author"));
        assertThat(count("SELECT COUNT(*) FROM council_message WHERE thread_id = ?", "<enq-1@northbrook.gov.uk>"))
            .isEqualTo(2);
        assertThat(count("SELECT COUNT(*) FROM council_thread")).isEqualTo(1);
    }

    @Test
    void aLongReferencesChainStaysInOneThread() {
        enquiry("<a@northbrook.gov.uk>", MONDAY);
        store.threads().record(message("<b@northbrook.gov.uk>", List.of("<a@northbrook.gov.uk>"),
            "potholes on hill street", true, BOB, MONDAY.plusSeconds(3600),
            author(BOB, "bob-jones"), to(ANN, "cllr-ann-smith"), cc(DAN, "dan-green")));
        store.threads().record(message("<c@northbrook.gov.uk>", List.of("<a@northbrook.gov.uk>", "<b@northbrook.gov.uk>"),
            "potholes on hill street", true, ANN, MONDAY.plusSeconds(7200),
            author(ANN, "cllr-ann-smith"), to(BOB, "bob-jones"), cc(DAN, "dan-green")));

        // Only the latest message is named (a client that trims References to In-Reply-To).
        ThreadContext d = store.threads().record(message("<d@northbrook.gov.uk>", List.of("<c@northbrook.gov.uk>"),
            "potholes on hill street", true, DAN, MONDAY.plusSeconds(10_800),
            author(DAN, "dan-green"), to(ANN, "cllr-ann-smith")));

        assertThat(d.threadId()).isEqualTo("<a@northbrook.gov.uk>");
        assertThat(d.started()).isFalse();
        assertThat(d.earlierMessages()).isEqualTo(3);
        assertThat(d.earlierParticipants()).extracting(ThreadParticipant::address).containsExactly(BOB, ANN, DAN);
        assertThat(d.earlierParticipants()).filteredOn(p -> p.address().equals(DAN))
            .extracting(ThreadParticipant::firstSeenAs).containsExactly("cc");
    }

    @Test
    void aMessageNamingTwoThreadsJoinsTheMostRecentlyReferenced() {
        enquiry("<old@northbrook.gov.uk>", MONDAY);
        store.threads().record(message("<new@northbrook.gov.uk>", List.of(), "street lighting", false, RAJ,
            MONDAY.plus(Duration.ofDays(1)), author(RAJ, "cllr-raj-patel"), to(BOB, "bob-jones")));

        ThreadContext both = store.threads().record(message("<both@northbrook.gov.uk>",
            List.of("<old@northbrook.gov.uk>", "<new@northbrook.gov.uk>"), "street lighting", true, BOB,
            MONDAY.plus(Duration.ofDays(2)), author(BOB, "bob-jones"), to(RAJ, "cllr-raj-patel")));

        assertThat(both.threadId()).isEqualTo("<new@northbrook.gov.uk>");
    }

    @Test
    void aReplyToAnUnknownMessageStartsAThreadNamedAfterItsFirstReference() {
        // The resident's original message never passed the gateway (sent before it was installed).
        ThreadContext first = store.threads().record(message("<r1@northbrook.gov.uk>",
            List.of("<root@mail.example.com>", "<middle@mail.example.com>"), "bins not collected", true, ANN, MONDAY,
            author(ANN, "cllr-ann-smith"), to(BOB, "bob-jones")));

        assertThat(first.threadId()).isEqualTo("<root@mail.example.com>");
        assertThat(first.started()).isTrue();
        assertThat(first.earlierParticipants()).isEmpty();

        // A later reply that names the root and the gateway's own message joins it.
        ThreadContext second = store.threads().record(message("<r2@northbrook.gov.uk>",
            List.of("<root@mail.example.com>", "<r1@northbrook.gov.uk>"), "bins not collected", true, BOB,
            MONDAY.plusSeconds(600), author(BOB, "bob-jones"), to(ANN, "cllr-ann-smith")));
        assertThat(second.threadId()).isEqualTo("<root@mail.example.com>");
        assertThat(second.started()).isFalse();
        assertThat(second.earlierMessages()).isEqualTo(1);

        // A sibling reply naming only the root lands in the same thread too.
        ThreadContext sibling = store.threads().record(message("<r3@northbrook.gov.uk>",
            List.of("<root@mail.example.com>"), "bins not collected", true, RAJ, MONDAY.plusSeconds(1200),
            author(RAJ, "cllr-raj-patel"), to(BOB, "bob-jones")));
        assertThat(sibling.threadId()).isEqualTo("<root@mail.example.com>");
        assertThat(count("SELECT COUNT(*) FROM council_thread")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM council_message WHERE thread_id = ?", "<root@mail.example.com>"))
            .isEqualTo(3);
    }

    /**
     * BUG (reported): a message whose only reference is a thread's (unknown) root gets the right thread
     * id but is told it started the thread and that nobody took part before: the store looks the
     * references up among message ids only, never among thread ids.
     */
    @Test
    void aLaterMessageReferencingOnlyTheUnknownRootSeesTheThreadSoFar() {
        store.threads().record(message("<r1@northbrook.gov.uk>", List.of("<root@mail.example.com>"),
            "bins not collected", true, ANN, MONDAY, author(ANN, "cllr-ann-smith"), to(BOB, "bob-jones")));

        ThreadContext sibling = store.threads().record(message("<r2@northbrook.gov.uk>",
            List.of("<root@mail.example.com>"), "bins not collected", true, RAJ, MONDAY.plusSeconds(600),
            author(RAJ, "cllr-raj-patel"), to(BOB, "bob-jones")));

        assertThat(sibling.threadId()).isEqualTo("<root@mail.example.com>");
        assertThat(sibling.started()).isFalse();
        assertThat(sibling.earlierMessages()).isEqualTo(1);
        assertThat(sibling.earlierParticipants()).extracting(ThreadParticipant::address).containsExactly(BOB, ANN);
    }

    @Test
    void subjectFallbackJoinsAReplyFromAParticipantWithinNinetyDays() {
        enquiry("<enq-1@northbrook.gov.uk>", MONDAY);

        // Bob's client stripped In-Reply-To and References, but the subject says "RE:".
        ThreadContext reply = store.threads().record(message("<stripped@northbrook.gov.uk>", List.of(),
            "potholes on hill street", true, BOB, MONDAY.plus(Duration.ofDays(89)),
            author(BOB, "bob-jones"), to(ANN, "cllr-ann-smith")));

        assertThat(reply.threadId()).isEqualTo("<enq-1@northbrook.gov.uk>");
        assertThat(reply.started()).isFalse();
        assertThat(reply.earlierMessages()).isEqualTo(1);
    }

    @Test
    void subjectFallbackNeedsTheSenderToHaveTakenPart() {
        enquiry("<enq-1@northbrook.gov.uk>", MONDAY);

        ThreadContext stranger = store.threads().record(message("<other@northbrook.gov.uk>", List.of(),
            "potholes on hill street", true, RAJ, MONDAY.plus(Duration.ofDays(1)),
            author(RAJ, "cllr-raj-patel"), to(BOB, "bob-jones")));

        assertThat(stranger.threadId()).isEqualTo("<other@northbrook.gov.uk>");
        assertThat(stranger.started()).isTrue();
    }

    @Test
    void subjectFallbackNeedsTheSubjectToLookLikeAReply() {
        enquiry("<enq-1@northbrook.gov.uk>", MONDAY);

        // Ann writes a fresh message on the same topic: a new enquiry, not part of the old thread.
        ThreadContext fresh = store.threads().record(message("<fresh@northbrook.gov.uk>", List.of(),
            "potholes on hill street", false, ANN, MONDAY.plus(Duration.ofDays(7)),
            author(ANN, "cllr-ann-smith"), to(BOB, "bob-jones")));

        assertThat(fresh.threadId()).isEqualTo("<fresh@northbrook.gov.uk>");
        assertThat(fresh.started()).isTrue();
    }

    @Test
    void subjectFallbackEndsAfterNinetyDays() {
        enquiry("<enq-1@northbrook.gov.uk>", MONDAY);

        ThreadContext late = store.threads().record(message("<late@northbrook.gov.uk>", List.of(),
            "potholes on hill street", true, BOB, MONDAY.plus(ThreadStore.SUBJECT_WINDOW).plus(Duration.ofDays(1)),
            author(BOB, "bob-jones"), to(ANN, "cllr-ann-smith")));

        assertThat(ThreadStore.SUBJECT_WINDOW).isEqualTo(Duration.ofDays(90));
        assertThat(late.threadId()).isEqualTo("<late@northbrook.gov.uk>");
        assertThat(late.started()).isTrue();
    }

    @Test
    void subjectFallbackNeedsTheSameSubject() {
        enquiry("<enq-1@northbrook.gov.uk>", MONDAY);

        ThreadContext other = store.threads().record(message("<other@northbrook.gov.uk>", List.of(),
            "potholes on mill lane", true, BOB, MONDAY.plus(Duration.ofDays(1)),
            author(BOB, "bob-jones"), to(ANN, "cllr-ann-smith")));

        assertThat(other.started()).isTrue();
    }

    @Test
    void aBlankSubjectNeverMatchesByFallback() {
        store.threads().record(message("<blank-1@northbrook.gov.uk>", List.of(), "", false, ANN, MONDAY,
            author(ANN, "cllr-ann-smith"), to(BOB, "bob-jones")));

        ThreadContext second = store.threads().record(message("<blank-2@northbrook.gov.uk>", List.of(), "", true, BOB,
            MONDAY.plusSeconds(60), author(BOB, "bob-jones"), to(ANN, "cllr-ann-smith")));

        assertThat(second.started()).isTrue();
    }

    @Test
    void aMessageWithoutASenderStillGetsAThread() {
        ThreadContext thread = store.threads().record(new MessageRecord("<nosender@northbrook.gov.uk>", List.of(),
            "potholes on hill street", true, null, null, "other", MONDAY, List.of(to(BOB, "bob-jones"))));

        assertThat(thread.started()).isTrue();
        assertThat(store.threads().participants(thread.threadId())).containsExactly(BOB);
    }

    @Test
    void theSameMessageIdRecordedTwiceIsIdempotent() {
        enquiry("<enq-1@northbrook.gov.uk>", MONDAY);
        store.threads().record(message("<reply@northbrook.gov.uk>", List.of("<enq-1@northbrook.gov.uk>"),
            "potholes on hill street", true, BOB, MONDAY.plusSeconds(600),
            author(BOB, "bob-jones"), to(ANN, "cllr-ann-smith"), cc(DAN, "dan-green")));

        // James retries the reply after a crash, or a second node sees it: nothing is duplicated.
        ThreadContext again = store.threads().record(message("<reply@northbrook.gov.uk>",
            List.of("<enq-1@northbrook.gov.uk>"), "potholes on hill street", true, BOB, MONDAY.plusSeconds(600),
            author(BOB, "bob-jones"), to(ANN, "cllr-ann-smith"), cc(DAN, "dan-green")));

        assertThat(again.threadId()).isEqualTo("<enq-1@northbrook.gov.uk>");
        assertThat(again.started()).isFalse();
        assertThat(again.earlierMessages()).isEqualTo(1);
        // Dan was first seen in the reply itself, so he is not an earlier participant of it.
        assertThat(again.earlierParticipants()).extracting(ThreadParticipant::address).containsExactly(BOB, ANN);
        assertThat(count("SELECT COUNT(*) FROM council_message")).isEqualTo(2);
        assertThat(count("SELECT COUNT(*) FROM council_participant")).isEqualTo(3);
        assertThat(count("SELECT COUNT(*) FROM council_thread")).isEqualTo(1);
    }

    @Test
    void theFirstMessageRecordedTwiceKeepsItsThread() {
        ThreadContext first = enquiry("<enq-1@northbrook.gov.uk>", MONDAY);
        ThreadContext again = enquiry("<enq-1@northbrook.gov.uk>", MONDAY);

        assertThat(again.threadId()).isEqualTo(first.threadId());
        assertThat(again.earlierMessages()).isZero();
        assertThat(again.earlierParticipants()).isEmpty();
        assertThat(count("SELECT COUNT(*) FROM council_message")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM council_participant")).isEqualTo(2);
    }

    /**
     * BUG (reported): recording the first message of a thread again (a retry) says it did not start
     * the thread, so a retried enquiry would no longer look like the start of a conversation.
     */
    @Test
    void theFirstMessageRecordedTwiceStillStartedIt() {
        ThreadContext first = enquiry("<enq-1@northbrook.gov.uk>", MONDAY);
        ThreadContext again = enquiry("<enq-1@northbrook.gov.uk>", MONDAY);

        assertThat(again).isEqualTo(first);
    }

    @Test
    void earlierParticipantsExcludeThoseFirstSeenInThisMessage() {
        enquiry("<enq-1@northbrook.gov.uk>", MONDAY);

        // Bob replies, copies Dan openly and Raj blind: both are new in this message.
        ThreadContext reply = store.threads().record(message("<reply@northbrook.gov.uk>",
            List.of("<enq-1@northbrook.gov.uk>"), "potholes on hill street", true, BOB, MONDAY.plusSeconds(600),
            author(BOB, "bob-jones"), to(ANN, "cllr-ann-smith"), cc(DAN, "dan-green"), blind(RAJ, "cllr-raj-patel")));
        assertThat(reply.earlierParticipants()).extracting(ThreadParticipant::address).containsExactly(BOB, ANN)
            .doesNotContain(DAN, RAJ);

        // The next message sees them, as first seen in the reply.
        ThreadContext next = store.threads().record(message("<next@northbrook.gov.uk>",
            List.of("<enq-1@northbrook.gov.uk>", "<reply@northbrook.gov.uk>"), "potholes on hill street", true, ANN,
            MONDAY.plusSeconds(1200), author(ANN, "cllr-ann-smith"), to(BOB, "bob-jones"), to(RESIDENT, null)));
        assertThat(next.earlierParticipants()).containsExactly(
            new ThreadParticipant(BOB, "bob-jones", "to"),
            new ThreadParticipant(ANN, "cllr-ann-smith", "author"),
            new ThreadParticipant(RAJ, "cllr-raj-patel", "blind"),
            new ThreadParticipant(DAN, "dan-green", "cc"));
        assertThat(next.earlierParticipants()).extracting(ThreadParticipant::address).doesNotContain(RESIDENT);
        assertThat(next.earlierMessages()).isEqualTo(2);

        // Someone who took part before keeps how they were first seen.
        assertThat(store.threads().participants("<enq-1@northbrook.gov.uk>"))
            .containsExactlyInAnyOrder(ANN, BOB, DAN, RAJ, RESIDENT);
        assertThat(text("SELECT first_seen_as FROM council_participant WHERE address = ?", ANN)).isEqualTo("author");
        assertThat(text("SELECT first_message_id FROM council_participant WHERE address = ?", RESIDENT))
            .isEqualTo("<next@northbrook.gov.uk>");
    }

    @Test
    void anEnquiryArrivingAfterItsReplyJoinsTheThreadNamedAfterIt() {
        // Bob's reply overtook Cllr Smith's enquiry on a slow relay: the thread was named after the enquiry.
        store.threads().record(message("<overtaking@northbrook.gov.uk>", List.of("<slow@northbrook.gov.uk>"),
            "potholes on hill street", true, BOB, MONDAY, author(BOB, "bob-jones"), to(ANN, "cllr-ann-smith")));

        ThreadContext enquiry = store.threads().record(message("<slow@northbrook.gov.uk>", List.of(),
            "potholes on hill street", false, ANN, MONDAY.minusSeconds(60), author(ANN, "cllr-ann-smith"),
            to(BOB, "bob-jones"), cc(DAN, "dan-green")));

        assertThat(enquiry.threadId()).isEqualTo("<slow@northbrook.gov.uk>");
        assertThat(count("SELECT COUNT(*) FROM council_thread")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM council_message WHERE thread_id = ?", "<slow@northbrook.gov.uk>"))
            .isEqualTo(2);
        // Ann and Bob were already there; only Dan is new, first seen in the enquiry.
        assertThat(store.threads().participants("<slow@northbrook.gov.uk>")).containsExactlyInAnyOrder(ANN, BOB, DAN);
        assertThat(text("SELECT first_message_id FROM council_participant WHERE address = ?", DAN))
            .isEqualTo("<slow@northbrook.gov.uk>");
        assertThat(text("SELECT first_seen_as FROM council_participant WHERE address = ?", ANN)).isEqualTo("to");
    }

    @Test
    void someoneNamedTwiceInOneMessageIsOneParticipant() {
        // Cllr Smith sends a note to herself and copies herself too.
        ThreadContext note = store.threads().record(message("<note-to-self@northbrook.gov.uk>", List.of(),
            "surgery dates", false, ANN, MONDAY, author(ANN, "cllr-ann-smith"), to(ANN, "cllr-ann-smith"),
            cc(ANN, "cllr-ann-smith")));

        assertThat(store.threads().participants(note.threadId())).containsExactly(ANN);
        assertThat(text("SELECT first_seen_as FROM council_participant WHERE address = ?", ANN)).isEqualTo("author");
    }

    @Test
    void aVeryLongReferencesHeaderStillFindsItsThread() {
        enquiry("<enq-1@northbrook.gov.uk>", MONDAY);
        // A long-running conversation whose References names 70 messages, most of them never seen here.
        List<String> references = new ArrayList<>();
        for (int i = 0; i < 69; i++) {
            references.add("<elsewhere-" + i + "@mail.example.com>");
        }
        references.add("<enq-1@northbrook.gov.uk>");

        ThreadContext reply = store.threads().record(message("<reply-70@northbrook.gov.uk>", references,
            "potholes on hill street", true, BOB, MONDAY.plusSeconds(600), author(BOB, "bob-jones"), to(ANN, "cllr-ann-smith")));

        assertThat(reply.threadId()).isEqualTo("<enq-1@northbrook.gov.uk>");
        assertThat(reply.earlierMessages()).isEqualTo(1);
        assertThat(reply.startedBy()).contains(new ThreadParticipant(ANN, "cllr-ann-smith", "author"));
    }

    @Test
    void theLookUpListTakesFewShapes() {
        assertThat(ThreadStore.padded(List.of("<a@x>"))).containsExactly("<a@x>");
        assertThat(ThreadStore.padded(List.of("<a@x>", "<b@x>", "<c@x>"))).containsExactly("<a@x>", "<b@x>", "<c@x>", "<c@x>");
        assertThat(ThreadStore.padded(List.of("<a@x>", "<b@x>", "<c@x>", "<d@x>", "<e@x>"))).hasSize(8);
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 70; i++) {
            many.add("<m" + i + "@x>");
        }
        assertThat(ThreadStore.padded(many)).hasSize(128).startsWith(many.toArray(String[]::new));
    }

    @Test
    void whoStartedTheThreadIsItsFirstSenderEvenWhenALaterMessageHasNone() {
        enquiry("<enq-1@northbrook.gov.uk>", MONDAY);
        // A bounce-like message with no sender joins the thread first in time order after the enquiry.
        store.threads().record(new MessageRecord("<nosender-1@northbrook.gov.uk>", List.of("<enq-1@northbrook.gov.uk>"),
            "potholes on hill street", true, null, null, "other", MONDAY.minusSeconds(30), List.of(to(ANN, "cllr-ann-smith"))));

        ThreadContext reply = store.threads().record(message("<reply@northbrook.gov.uk>", List.of("<enq-1@northbrook.gov.uk>"),
            "potholes on hill street", true, BOB, MONDAY.plusSeconds(600), author(BOB, "bob-jones"), to(ANN, "cllr-ann-smith")));

        assertThat(reply.earlierMessages()).isEqualTo(2);
        assertThat(reply.started()).isFalse();
        assertThat(reply.startedBy()).contains(new ThreadParticipant(ANN, "cllr-ann-smith", "author"));
    }

    @Test
    void participantsOfAnUnknownThreadAreNone() {
        assertThat(store.threads().participants("<nothing@northbrook.gov.uk>")).isEmpty();
    }

    @Test
    void severalNodesRecordingRepliesToTheSameUnknownRootAtOnceShareOneThread() throws Exception {
        int nodes = 8;
        ExecutorService pool = Executors.newFixedThreadPool(nodes);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<ThreadContext>> results = new ArrayList<>();
            for (int i = 0; i < nodes; i++) {
                String id = "<parallel-" + i + "@northbrook.gov.uk>";
                Callable<ThreadContext> task = () -> {
                    start.await();
                    return store.threads().record(message(id, List.of("<root@mail.example.com>"),
                        "bins not collected", true, BOB, MONDAY, author(BOB, "bob-jones"), to(ANN, "cllr-ann-smith")));
                };
                results.add(pool.submit(task));
            }
            start.countDown();
            for (Future<ThreadContext> result : results) {
                assertThat(result.get(30, TimeUnit.SECONDS).threadId()).isEqualTo("<root@mail.example.com>");
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(count("SELECT COUNT(*) FROM council_thread")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM council_message")).isEqualTo(nodes);
        assertThat(count("SELECT COUNT(*) FROM council_participant")).isEqualTo(2);
    }

    @Test
    void unicodeSubjectsAndAddressesAreKept() {
        ThreadContext thread = store.threads().record(message("<cymraeg@northbrook.gov.uk>", List.of(),
            "ymholiad – ffordd fawr, caerdydd £250", false, ANN, MONDAY, author(ANN, "cllr-ann-smith"),
            to("siân.jones@northbrook.gov.uk", null)));
        assertThat(text("SELECT subject FROM council_thread WHERE thread_id = ?", thread.threadId()))
            .isEqualTo("ymholiad – ffordd fawr, caerdydd £250");
        assertThat(store.threads().participants(thread.threadId())).contains("siân.jones@northbrook.gov.uk");
    }

    /**
     * BUG (reported): a subject longer than the 998-character column makes recording fail, and with it
     * the judgement of the message (which then goes out fail-open, unchecked).
     */
    @Test
    void anOverlongSubjectIsRecorded() {
        String subject = "petition: " + "resurface hill street now ".repeat(60);
        assertThat(subject.length()).isGreaterThan(998);
        assertThatCode(() -> store.threads().record(message("<long-subject@northbrook.gov.uk>", List.of(), subject,
            false, ANN, MONDAY, author(ANN, "cllr-ann-smith"), to(BOB, "bob-jones")))).doesNotThrowAnyException();
    }

    /** BUG (reported): same for a Message-ID longer than 998 characters, which anyone can send. */
    @Test
    void anOverlongMessageIdIsRecorded() {
        String id = "<" + "x".repeat(1200) + "@northbrook.gov.uk>";
        assertThatCode(() -> store.threads().record(message(id, List.of(), "potholes", false, ANN, MONDAY,
            author(ANN, "cllr-ann-smith"), to(BOB, "bob-jones")))).doesNotThrowAnyException();
    }

    /** BUG (reported): same for a From address longer than the 320-character column. */
    @Test
    void anOverlongSenderAddressIsRecorded() {
        String sender = "a".repeat(400) + "@example.com";
        assertThatCode(() -> store.threads().record(message("<long-from@example.com>", List.of(), "potholes", false,
            sender, MONDAY, author(sender, null), to(BOB, "bob-jones")))).doesNotThrowAnyException();
    }

    // ---- audit log

    @Test
    void theAuditLogKeepsOneLinePerMessageAndCountsErrors() {
        store.audit().append(new AuditLog.Entry(MONDAY, "<enq-1@northbrook.gov.uk>", "<enq-1@northbrook.gov.uk>", ANN,
            "member-to-officer", "deliver", "", null));
        store.audit().append(new AuditLog.Entry(MONDAY.plusSeconds(5), "<bcc@northbrook.gov.uk>",
            "<enq-1@northbrook.gov.uk>", BOB, "officer-to-member", "block", "silent-copy/block (Thanet 10.2.1)", null));
        store.audit().append(new AuditLog.Entry(MONDAY.plusSeconds(9), "<broken@example.com>", null, RESIDENT, null,
            "deliver", "", "java.lang.IllegalStateException: unreadable attachment"));

        assertThat(count("SELECT COUNT(*) FROM council_audit")).isEqualTo(3);
        assertThat(store.audit().errors()).isEqualTo(1);
        assertThat(text("SELECT findings FROM council_audit WHERE verdict = 'block'"))
            .isEqualTo("silent-copy/block (Thanet 10.2.1)");
    }

    @Test
    void longAuditTextIsClippedNotRefused() {
        String findings = "capacity-undeclared/tag (Thanet 10.2.5); ".repeat(200);
        assertThat(findings.length()).isGreaterThan(4000);
        store.audit().append(new AuditLog.Entry(MONDAY, "<long@northbrook.gov.uk>", "<long@northbrook.gov.uk>", ANN,
            "member-external", "deliver", findings, "e".repeat(5000)));

        assertThat(text("SELECT findings FROM council_audit")).hasSize(4000).isEqualTo(findings.substring(0, 4000));
        assertThat(text("SELECT error FROM council_audit")).hasSize(4000);
        assertThat(store.audit().errors()).isEqualTo(1);
    }

    /**
     * BUG (reported): AuditLog clips every text to 4000 characters, but sender is VARCHAR(320) and the
     * ids VARCHAR(998), so an over-long From address makes even the failure record fail.
     */
    @Test
    void anOverlongSenderIsClippedInTheAuditLog() {
        String sender = "a".repeat(400) + "@example.com";
        assertThatCode(() -> store.audit().append(new AuditLog.Entry(MONDAY, "<x@example.com>", null, sender, null,
            "deliver", "", "boom"))).doesNotThrowAnyException();
    }

    // ---- schema

    @Test
    void theSchemaHistoryHasItsOwnTableAndV1IsApplied() {
        assertThat(count("SELECT COUNT(*) FROM \"council_schema_history\" WHERE \"version\" = '1' AND \"success\""))
            .isEqualTo(1);
        Set<String> none = store.threads().participants("<none@northbrook.gov.uk>");
        assertThat(none).isEmpty();
    }
}

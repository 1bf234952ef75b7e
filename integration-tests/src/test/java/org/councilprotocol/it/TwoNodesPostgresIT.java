package org.councilprotocol.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.councilprotocol.it.TestCouncil.header;
import static org.councilprotocol.it.TestCouncil.message;
import static org.councilprotocol.it.TestCouncil.withSubject;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two James nodes of one council sharing a PostgreSQL state store: a conversation that starts on one
 * node and continues on the other is one thread; enquiries opened on either are reminded exactly once by
 * whichever node sweeps, and a reminder that falls due while the nodes are down goes out when one comes
 * back. Both nodes run on one clock the test moves. Needs PostgreSQL on 127.0.0.1:5432 (database test);
 * under CI it must be there.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesPostgresIT {
    static final SettableClock CLOCK = new SettableClock(LocalDateTime.parse("2026-12-01T10:00"));
    @TempDir
    static Path work;
    static SharedDatabase database;
    static SweepRecords records;
    static TestCouncil first;
    static TestCouncil second;

    @BeforeAll
    static void start() throws Exception {
        database = SharedDatabase.create();
        records = new SweepRecords(database);
        first = node("node-1");
        second = node("node-2");
    }

    static TestCouncil node(String name) throws Exception {
        return database.node(work.resolve(name), CLOCK);
    }

    @AfterAll
    static void stop() throws SQLException {
        if (first != null) {
            first.close();
        }
        if (second != null) {
            second.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    @Order(1)
    void aConversationAcrossTwoNodesIsOneThread() throws Exception {
        MimeMessage enquiry = message(TestCouncil.ANN, TestCouncil.BOB, "Fly-tipping in Cliftonville West",
            "Bob, can you tell me when the fly-tipping behind the shops will be cleared?");
        enquiry.setHeader("Message-ID", "<enquiry-" + UUID.randomUUID() + "@northbrook.gov.uk>");
        first.submitAs(TestCouncil.ANN, enquiry);
        MimeMessage received = FoundationIT.eventually().one(() -> withSubject(first.inbox(TestCouncil.BOB), "Fly-tipping"));
        String messageId = received.getMessageID();

        MimeMessage reply = message(TestCouncil.BOB, TestCouncil.ANN, "RE: Fly-tipping in Cliftonville West",
            "Ann, the crew will clear it on Thursday.");
        reply.setHeader("In-Reply-To", messageId);
        reply.setHeader("References", messageId);
        second.submitAs(TestCouncil.BOB, reply);
        MimeMessage answered = FoundationIT.eventually().one(() -> withSubject(second.inbox(TestCouncil.ANN), "RE: Fly-tipping"));

        assertThat(header(received, "X-Council-Correspondence")).contains("thread=\"" + messageId + "\"");
        assertThat(header(answered, "X-Council-Correspondence"))
            .startsWith("officer-to-member; sender-kind=officer; sender=bob-jones;")
            .contains("thread=\"" + messageId + "\"");
        try (Connection connection = database.connect();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM council_message WHERE thread_id = '" + messageId + "'")) {
            rows.next();
            assertThat(rows.getInt(1)).isEqualTo(2);
        }
    }

    @Test
    @Order(2)
    void enquiriesOpenedOnEitherNodeAreEachRemindedExactlyOnce() throws Exception {
        CLOCK.set(LocalDateTime.parse("2026-12-01T10:00"));
        List<String> references = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            references.add(ask(i % 2 == 0 ? first : second, "Question " + i + " about the Harbour Street bins"));
        }

        // Due 15 December; the reminder goes two working days before, on the 11th.
        CLOCK.set(LocalDateTime.parse("2026-12-11T09:00"));
        await().atMost(Duration.ofSeconds(30)).until(() -> records.sent("reminder", references) == references.size());
        // Let the sweep run three more times, then count what each node delivered.
        records.awaitSweeps(3);
        for (String reference : references) {
            assertThat(reminders(first, reference) + reminders(second, reference)).as(reference).isEqualTo(1);
        }
        assertThat(records.sent("reminder", references)).isEqualTo(references.size());
    }

    @Test
    @Order(3)
    void aReminderThatFallsDueWhileNodesAreDownGoesOutWhenOneComesBackAndNothingTwice() throws Exception {
        CLOCK.set(LocalDateTime.parse("2026-12-02T10:00"));
        String reference = ask(first, "Abandoned car in Ellington Road");

        // Node 1 stops; node 2 alone sends the reminder on 14 December.
        first.close();
        first = null;
        CLOCK.set(LocalDateTime.parse("2026-12-14T09:00"));
        await().atMost(Duration.ofSeconds(30)).until(() -> reminders(second, reference) == 1);

        // Then node 2 stops too, and the enquiry becomes overdue (17 December) with no node running.
        second.close();
        second = null;
        CLOCK.set(LocalDateTime.parse("2026-12-17T09:00"));
        first = node("node-1");
        MimeMessage overdue = FoundationIT.eventually().one(() -> withSubject(first.inbox(TestCouncil.DAN),
            "Overdue: enquiry " + reference));
        assertThat(header(overdue, "X-Council-Reminder")).isEqualTo("overdue");
        records.awaitSweeps(3);
        assertThat(reminders(first, reference)).as("the reminder already went from node 2").isZero();
        assertThat(records.sent("reminder", List.of(reference))).isEqualTo(1);
        assertThat(records.sent("overdue", List.of(reference))).isEqualTo(1);
    }

    /** Mary asks Dan Green on a node; the enquiry's reference. */
    private static String ask(TestCouncil node, String subject) throws Exception {
        MimeMessage question = message(TestCouncil.MARY, TestCouncil.DAN, subject,
            "Dan, could you tell me when this will be dealt with?\n\nMary");
        node.submitAs(TestCouncil.MARY, question);
        MimeMessage asked = FoundationIT.eventually().one(() -> withSubject(node.inbox(TestCouncil.DAN), subject));
        String opened = header(asked, "X-Council-Enquiry");
        assertThat(opened).as("enquiry opened for " + subject).isNotNull();
        return opened.substring(0, opened.indexOf(';'));
    }

    private static int reminders(TestCouncil node, String reference) throws Exception {
        return withSubject(node.inbox(TestCouncil.DAN), "Reminder: enquiry " + reference).size();
    }
}

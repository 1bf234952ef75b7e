package org.councilprotocol.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.councilprotocol.it.FoundationIT.eventually;
import static org.councilprotocol.it.TestCouncil.DAN;
import static org.councilprotocol.it.TestCouncil.MARY;
import static org.councilprotocol.it.TestCouncil.header;
import static org.councilprotocol.it.TestCouncil.message;
import static org.councilprotocol.it.TestCouncil.withSubject;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import javax.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A James node killed outright (SIGKILL, in its own process) loses no enquiry and no reminder: the node
 * that survives sends every reminder of the enquiries the killed node opened, once, and when the killed
 * node comes back the two share the overdue notices without sending any twice. Both run on PostgreSQL
 * and on one clock kept in a file.
 */
class KilledNodePostgresIT {
    @TempDir
    static Path work;
    static SharedDatabase database;
    static SweepRecords records;
    static FileClock clock;
    static TestCouncil survivor;
    static NodeProcess doomed;

    @BeforeAll
    static void start() throws Exception {
        database = SharedDatabase.create();
        records = new SweepRecords(database);
        clock = FileClock.at(work.resolve("clock"), LocalDateTime.parse("2026-12-01T10:00"));
        survivor = database.node(work.resolve("node-1"), clock);
    }

    @AfterAll
    static void stop() throws Exception {
        if (doomed != null) {
            doomed.kill();
        }
        if (survivor != null) {
            survivor.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void aKilledNodeLosesNoReminderAndOnceRestartedSendsNothingTwice() throws Exception {
        doomed = NodeProcess.start(work.resolve("node-2"), database, work.resolve("clock"));
        List<String> references = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            references.add(ask(doomed, "Blocked drain " + i + " on Canterbury Road"));
        }

        doomed.kill();
        // Due 15 December: the reminders go on the 11th, all from the survivor.
        clock.set(LocalDateTime.parse("2026-12-11T09:00"));
        await().atMost(Duration.ofSeconds(60)).until(() -> records.sent("reminder", references) == references.size());
        records.awaitSweeps(3);
        for (String reference : references) {
            assertThat(withSubject(survivor.inbox(DAN), "Reminder: enquiry " + reference)).as(reference).hasSize(1);
        }

        // The killed node comes back; on the overdue day the two nodes send each notice once between them.
        doomed = NodeProcess.start(work.resolve("node-2"), database, work.resolve("clock"));
        clock.set(LocalDateTime.parse("2026-12-16T09:00"));
        await().atMost(Duration.ofSeconds(60)).until(() -> records.sent("overdue", references) == references.size());
        records.awaitSweeps(3);
        for (String reference : references) {
            String subject = "Overdue: enquiry " + reference;
            assertThat(withSubject(survivor.inbox(DAN), subject).size()
                + withSubject(TestCouncil.inbox(doomed.imapPort(), DAN), subject).size()).as(reference).isEqualTo(1);
        }
        assertThat(records.sent("reminder", references)).isEqualTo(references.size());
    }

    /** Mary asks Dan Green through the node in the other process; the enquiry's reference. */
    private static String ask(NodeProcess node, String subject) throws Exception {
        TestCouncil.send(node.submissionPort(), MARY, message(MARY, DAN, subject,
            "Dan, residents say the drain is blocked again. When can it be cleared?\n\nMary"));
        MimeMessage asked = eventually().one(() -> withSubject(TestCouncil.inbox(node.imapPort(), DAN), subject));
        String opened = header(asked, "X-Council-Enquiry");
        assertThat(opened).as("enquiry opened for " + subject).isNotNull();
        return opened.substring(0, opened.indexOf(';'));
    }
}

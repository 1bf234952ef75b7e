package org.councilprotocol.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilprotocol.it.FoundationIT.eventually;
import static org.councilprotocol.it.TestCouncil.ANN;
import static org.councilprotocol.it.TestCouncil.BOB;
import static org.councilprotocol.it.TestCouncil.HELEN;
import static org.councilprotocol.it.TestCouncil.header;
import static org.councilprotocol.it.TestCouncil.textOf;
import static org.councilprotocol.it.TestCouncil.withSubject;
import static org.councilprotocol.text.TestDocuments.attachment;
import static org.councilprotocol.text.TestDocuments.mail;

import java.nio.file.Path;

import javax.mail.Multipart;
import javax.mail.internet.MimeMessage;

import org.councilprotocol.text.TestDocuments;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Attachments read by Tika inside real James, from the shaded plugin jar (relocated helpers, merged service
 * files): a member's readable PDF and Word letters pass unflagged, a damaged PDF is delivered with the
 * unreadable-attachment finding and the Monitoring Officer is told which file and why.
 */
class AttachmentsIT {
    static final String RESIDENT = "margaret.hughes@example.org";
    static final String WALL = "I am writing to let you know that the repair of the wall on Northdown Road is"
        + " planned for the spring.";

    @TempDir
    static Path work;
    static TestCouncil council;

    @BeforeAll
    static void start() throws Exception {
        council = TestCouncil.start(work);
    }

    @AfterAll
    static void stop() {
        council.close();
    }

    @Test
    void aMembersReadablePdfAndWordLettersAreReadAndNotFlagged() throws Exception {
        council.submitAs(ANN, mail(ANN, RESIDENT, "Wall on Northdown Road", "Dear Mrs Hughes, my letter is attached. Ann",
            attachment("Letter to Mrs Hughes.pdf", TestDocuments.PDF, TestDocuments.pdf("Dear Mrs Hughes,", WALL)),
            attachment("Letter to Mrs Hughes.docx", TestDocuments.DOCX, TestDocuments.docx("Dear Mrs Hughes,", WALL))));

        MimeMessage received = eventually().one(() -> withSubject(council.outside(), "Wall on Northdown Road"));
        // Had Tika, PDFBox or POI failed inside James, the letters would be unreadable and flagged.
        assertThat(findings(received)).doesNotContain("unreadable-attachment");
        assertThat(((Multipart) received.getContent()).getCount()).isEqualTo(3);
    }

    @Test
    void aMembersDamagedPdfIsDeliveredWithTheFindingAndTheMonitoringOfficerIsToldWhy() throws Exception {
        byte[] damaged = TestDocuments.truncated(TestDocuments.pdf("Dear Mr Jones,", WALL), 250);
        council.submitAs(ANN, mail(ANN, BOB, "Repair schedule", "Bob, the schedule is attached. Ann",
            attachment("Repair schedule.pdf", TestDocuments.PDF, damaged)));

        MimeMessage received = eventually().one(() -> withSubject(council.inbox(BOB), "Repair schedule"));
        assertThat(header(received, "X-Council-Finding"))
            .contains("unreadable-attachment; action=flag; clause=\"Thanet 10.2.4\"");
        assertThat(header(received, "X-Council-Verdict")).isEqualTo("flag");
        MimeMessage notice = eventually().one(() -> withSubject(council.inbox(HELEN), "Protocol check (flag): Repair schedule"));
        assertThat(textOf(notice)).contains("Thanet 10.2.4")
            .contains("Repair schedule.pdf: it is damaged, or is not the kind of file its name says");
    }

    @Test
    void anOfficersDamagedPdfIsNotJudged() throws Exception {
        byte[] damaged = TestDocuments.truncated(TestDocuments.pdf("Dear Councillor Smith,", WALL), 250);
        council.submitAs(BOB, mail(BOB, ANN, "Officer schedule", "Ann, the schedule is attached. Bob",
            attachment("Schedule.pdf", TestDocuments.PDF, damaged)));

        MimeMessage received = eventually().one(() -> withSubject(council.inbox(ANN), "Officer schedule"));
        assertThat(findings(received)).doesNotContain("unreadable-attachment");
        assertThat(header(received, "X-Council-Correspondence")).contains("sender-kind=officer");
    }

    private static String findings(MimeMessage message) {
        String findings = header(message, "X-Council-Finding");
        return findings == null ? "" : findings;
    }
}

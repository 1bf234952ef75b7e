package org.councilprotocol.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilprotocol.it.FoundationIT.eventually;
import static org.councilprotocol.it.TestCouncil.BOB;
import static org.councilprotocol.it.TestCouncil.HELEN;
import static org.councilprotocol.it.TestCouncil.MARY;
import static org.councilprotocol.it.TestCouncil.header;
import static org.councilprotocol.it.TestCouncil.message;
import static org.councilprotocol.it.TestCouncil.withSubject;

import java.nio.file.Path;

import javax.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Members' enquiry timers through real James (Thanet 9.1.4): a councillor's question reaches the officer
 * with its reference and due date, and the officer's full answer, in the same thread, reaches the
 * councillor marked as closing it.
 */
class EnquiryIT {
    private static final String ENQUIRY = "ENQ-\\d{4}-\\d{5}; due=\\d{4}-\\d{2}-\\d{2}";

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
    void aQuestionOpensAnEnquiryAndTheOfficersAnswerClosesIt() throws Exception {
        MimeMessage question = message(MARY, BOB, "Streetlight out on Canterbury Road, Westgate", """
            Dear Bob,

            Residents tell me the streetlight outside 27 Canterbury Road has been out for two weeks.

            Could you let me know when it will be repaired?

            Thanks,
            Mary
            """);
        question.setHeader("Message-ID", "<enquiry-it-1@northbrook.gov.uk>");
        council.submitAs(MARY, question);

        MimeMessage asked = eventually().one(() -> withSubject(council.inbox(BOB), "Streetlight out on Canterbury Road"));
        String opened = header(asked, "X-Council-Enquiry");
        assertThat(opened).matches(ENQUIRY);
        String reference = opened.substring(0, opened.indexOf(';'));

        MimeMessage answer = message(BOB, MARY, "RE: Streetlight out on Canterbury Road, Westgate", """
            Dear Councillor Jones,

            Our contractor replaced the lamp outside 27 Canterbury Road this morning and it is working again.

            Regards,
            Bob
            """);
        answer.setHeader("In-Reply-To", "<enquiry-it-1@northbrook.gov.uk>");
        answer.setHeader("References", "<enquiry-it-1@northbrook.gov.uk>");
        council.submitAs(BOB, answer);

        MimeMessage answered = eventually().one(() -> withSubject(council.inbox(MARY), "RE: Streetlight out on Canterbury Road"));
        assertThat(header(answered, "X-Council-Enquiry"))
            .startsWith(reference + "; due=")
            .endsWith("; reply=substantive; status=closed");
        assertThat(header(answered, "X-Council-Finding")).isNull();
    }

    @Test
    void thanksToAnOfficerOpensNothingAndAForgedEnquiryHeaderIsRemoved() throws Exception {
        MimeMessage thanks = message(MARY, HELEN, "Thank you for last night", """
            Dear Helen,

            Thank you for your help at last night's meeting. It was much appreciated.

            Mary
            """);
        thanks.setHeader("X-Council-Enquiry", "ENQ-2026-99999; due=2026-01-01");
        council.submitAs(MARY, thanks);

        MimeMessage received = eventually().one(() -> withSubject(council.inbox(HELEN), "Thank you for last night"));
        assertThat(header(received, "X-Council-Enquiry")).isNull();
    }
}

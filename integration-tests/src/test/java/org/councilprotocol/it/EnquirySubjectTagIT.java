package org.councilprotocol.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilprotocol.it.FoundationIT.eventually;
import static org.councilprotocol.it.TestCouncil.DAN;
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
 * A council whose profile asks for the enquiry's reference in the subject ({@code enquiries.tag-subject}): the
 * officer's copy arrives as "[ENQ-…] subject", except when the member's mail is DKIM-signed, whose subject the
 * signature covers.
 */
class EnquirySubjectTagIT {
    @TempDir
    static Path work;
    static TestCouncil council;

    @BeforeAll
    static void start() throws Exception {
        council = TestCouncil.start(work, "enquiry-subject-tag");
    }

    @AfterAll
    static void stop() {
        council.close();
    }

    @Test
    void theOfficersCopyCarriesTheReferenceInItsSubject() throws Exception {
        council.submitAs(MARY, message(MARY, DAN, "Leaking roof at Westgate library",
            "Dan,\n\nThe library roof is leaking onto the children's books again. When can it be repaired?\n\nMary"));

        MimeMessage asked = eventually().one(() -> withSubject(council.inbox(DAN), "Leaking roof at Westgate library"));
        String opened = header(asked, "X-Council-Enquiry");
        String reference = opened.substring(0, opened.indexOf(';'));
        assertThat(reference).matches("ENQ-\\d{4}-\\d{5}");
        assertThat(asked.getSubject()).isEqualTo("[" + reference + "] Leaking roof at Westgate library");
    }

    @Test
    void aDkimSignedEnquiryKeepsTheMembersSubject() throws Exception {
        MimeMessage signed = message(MARY, DAN, "Bench on Sea Road, Westgate",
            "Dan,\n\nThe bench opposite the shelter on Sea Road has lost two slats. Could it be mended?\n\nMary");
        signed.setHeader("DKIM-Signature", "v=1; a=rsa-sha256; d=northbrook.gov.uk; s=outlook; h=from:to:subject; "
            + "bh=47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=; b=c2lnbmVk");
        council.submitAs(MARY, signed);

        MimeMessage asked = eventually().one(() -> withSubject(council.inbox(DAN), "Bench on Sea Road"));
        assertThat(header(asked, "X-Council-Enquiry")).matches("ENQ-\\d{4}-\\d{5}; due=.*");
        assertThat(asked.getSubject()).isEqualTo("Bench on Sea Road, Westgate");
    }
}

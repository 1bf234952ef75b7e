package org.councilprotocol.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilprotocol.it.FoundationIT.eventually;
import static org.councilprotocol.it.TestCouncil.ANN;
import static org.councilprotocol.it.TestCouncil.BOB;
import static org.councilprotocol.it.TestCouncil.HELEN;
import static org.councilprotocol.it.TestCouncil.MARY;
import static org.councilprotocol.it.TestCouncil.PRIYA;
import static org.councilprotocol.it.TestCouncil.TOM;
import static org.councilprotocol.it.TestCouncil.header;
import static org.councilprotocol.it.TestCouncil.message;
import static org.councilprotocol.it.TestCouncil.textOf;
import static org.councilprotocol.it.TestCouncil.withSubject;
import static org.councilprotocol.text.TestDocuments.attachment;
import static org.councilprotocol.text.TestDocuments.mail;

import java.nio.file.Path;

import javax.mail.internet.MimeMessage;

import org.councilprotocol.text.TestDocuments;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Letters in a member's name through real James (Thanet 10.2.2–10.2.4 in the example profile): a member's
 * email, PDF or Word letter committing the Council is held for the Monitoring Officer with both notices sent,
 * and released or returned through WebAdmin; officers' obligation letters and the Mayor's courtesy letter go
 * out untouched; a damaged PDF and a zip bomb from a member are flagged and delivered, and nothing hangs.
 */
class ObligationIT {
    static final String RESIDENT = "d.hughes@example.org";
    static final String CONTRACTOR = "works@seaview-landscapes.example.com";
    static final String FENCE = "I can confirm that the Council will pay for the replacement of your garden fence, which our"
        + " grass-cutting contractor damaged.";

    @TempDir
    static Path work;
    static TestCouncil council;
    static HeldLetters held;

    @BeforeAll
    static void start() throws Exception {
        council = TestCouncil.start(work);
        held = new HeldLetters(council);
    }

    @AfterAll
    static void stop() {
        council.close();
    }

    @Test
    void aMembersEmailCommittingTheCouncilIsHeldAndBothTheMemberAndTheMonitoringOfficerAreTold() throws Exception {
        council.submitAs(ANN, message(ANN, RESIDENT, "Your garden fence", "Dear Mr Hughes,\n\n" + FENCE + "\n\nBest wishes,\nAnn\n"));

        String key = held.awaitHeld(ANN, RESIDENT);
        assertThat(held.read(key).get("headers").toString()).contains("obligation-in-member-name");

        MimeMessage toMember = eventually().one(() -> withSubject(council.inbox(ANN), "Held for review: Your garden fence"));
        assertThat(textOf(toMember))
            .contains("is being held")
            .contains("Thanet 10.2.4")
            .contains("must never go out under a councillor's name")
            .contains(FENCE)
            .contains("Ask the responsible officer to send the letter in their own name");
        MimeMessage toMonitoringOfficer = eventually().one(() -> withSubject(council.inbox(HELEN),
            "Protocol check (hold): Your garden fence"));
        assertThat(textOf(toMonitoringOfficer))
            .contains("is held in the council-held mail repository")
            .contains("Ann Smith")
            .contains(FENCE);
        assertThat(withSubject(council.outside(), "Your garden fence")).isEmpty();
    }

    @Test
    void aCommitmentInWordingNoRuleWasWrittenForIsHeldOnTheTrainedReadersWord() throws Exception {
        String kitchen = "We will put £2,000 towards the youth club's new kitchen.";
        council.submitAs(ANN, message(ANN, RESIDENT, "Youth club kitchen", "Dear Mr Hughes,\n\n" + kitchen
            + "\n\nBest wishes,\nAnn\n"));

        String key = held.awaitHeld(ANN, RESIDENT);
        assertThat(held.read(key).get("headers").toString()).contains("obligation-in-member-name");
        MimeMessage toMember = eventually().one(() -> withSubject(council.inbox(ANN), "Held for review: Youth club kitchen"));
        assertThat(textOf(toMember)).contains("is being held").contains(kitchen);
        assertThat(withSubject(council.outside(), "Youth club kitchen")).isEmpty();
    }

    @Test
    void aHeldLetterReleasedThroughWebAdminReachesItsExternalRecipient() throws Exception {
        council.submitAs(MARY, message(MARY, RESIDENT, "Hall hire for the lunch club",
            "Dear Mr Hughes,\n\nThe Council will waive the hall hire fee for your lunch club until March.\n\nMary Jones\n"));
        String key = held.awaitHeld(MARY, RESIDENT);
        assertThat(withSubject(council.outside(), "Hall hire for the lunch club")).isEmpty();

        held.release(key);

        MimeMessage released = eventually().one(() -> withSubject(council.outside(), "Hall hire for the lunch club"));
        assertThat(header(released, "X-Council-Verdict")).isEqualTo("hold");
        assertThat(textOf(released)).contains("will waive the hall hire fee");
        assertThat(held.keys()).doesNotContain(key);
    }

    @Test
    void aHeldLetterReturnedThroughWebAdminGoesBackToTheMemberUndelivered() throws Exception {
        council.submitAs(MARY, message(MARY, CONTRACTOR, "Dane Park planting", "Please proceed with the planting in Dane Park"
            + " as quoted, and invoice the Council.\n\nCllr Mary Jones\n"));
        String key = held.awaitHeld(MARY, CONTRACTOR);

        held.returnToSender(key);

        MimeMessage returned = eventually().one(() -> council.inbox(MARY).stream()
            .filter(message -> TestCouncil.subjectOf(message).contains("Dane Park planting")
                && !TestCouncil.subjectOf(message).startsWith("Held for review"))
            .toList());
        assertThat(textOf(returned)).contains("returned it to you undelivered");
        assertThat(withSubject(council.outside(), "Dane Park planting")).isEmpty();
    }

    @Test
    void theSameObligationInAPdfLetterAndInAWordLetterIsHeld() throws Exception {
        String[] letter = {"Councillor Ann Smith", "Cabinet Member for Housing", "Dear Mr Hughes,", FENCE,
            "Yours sincerely,", "Councillor Ann Smith"};
        council.submitAs(ANN, mail(ANN, RESIDENT, "Fence letter (PDF)", "Dear Mr Hughes, my letter is attached. Ann",
            attachment("Fence.pdf", TestDocuments.PDF, TestDocuments.pdf(letter))));
        council.submitAs(ANN, mail(ANN, "e.hughes@example.org", "Fence letter (Word)", "Dear Mrs Hughes, my letter is attached. Ann",
            attachment("Fence.docx", TestDocuments.DOCX, TestDocuments.docx(letter))));

        held.awaitHeld(ANN, RESIDENT);
        held.awaitHeld(ANN, "e.hughes@example.org");
        MimeMessage pdfNotice = eventually().one(() -> withSubject(council.inbox(HELEN), "Protocol check (hold): Fence letter (PDF)"));
        assertThat(textOf(pdfNotice)).contains("(Fence.pdf)");
        MimeMessage docxNotice = eventually().one(() -> withSubject(council.inbox(HELEN), "Protocol check (hold): Fence letter (Word)"));
        assertThat(textOf(docxNotice)).contains("(Fence.docx)");
        assertThat(withSubject(council.outside(), "Fence letter")).isEmpty();
    }

    @Test
    void anOfficersObligationLetterAndTheMayorsCourtesyLetterGoOutUntouched() throws Exception {
        council.submitAs(BOB, message(BOB, RESIDENT, "Claim HW/2291", "Dear Mr Hughes,\n\nThe Council accepts your claim and"
            + " will pay £186.40 for the replacement tyre.\n\nYours sincerely,\nBob Jones\nHighways Manager\n"));
        council.submitAs(TOM, message(TOM, "mrs.ellis@example.org", "Your 100th birthday", "Dear Mrs Ellis,\n\nOn behalf of"
            + " the Council and the people of Northbrook, I send you my warmest congratulations on your 100th birthday.\n\n"
            + "Councillor Tom Evans\nMayor of Northbrook\n"));

        MimeMessage claim = eventually().one(() -> withSubject(council.outside(), "Claim HW/2291"));
        assertThat(header(claim, "X-Council-Verdict")).isNull();
        assertThat(header(claim, "X-Council-Finding")).isNull();
        MimeMessage birthday = eventually().one(() -> withSubject(council.outside(), "Your 100th birthday"));
        assertThat(header(birthday, "X-Council-Finding")).isNull();
        assertThat(textOf(birthday)).contains("warmest congratulations");
    }

    @Test
    void theMayorsFormalNoticeSentByMemberServicesIsFlaggedAsAnOfficialLetterAndDelivered() throws Exception {
        // The covering note names the member only by office; the letter in the PDF speaks formally for the Council.
        String[] letter = {"Councillor Tom Evans", "Mayor of Northbrook", "Dear Mr Hughes,", "I write to notify you formally"
            + " that the Council has resolved to close the Eastcliff public toilets for the winter from 1 January.",
            "Yours sincerely,", "Councillor Tom Evans", "Mayor of Northbrook"};
        council.submitAs(PRIYA, mail(PRIYA, RESIDENT, "Eastcliff toilets", "Dear Mr Hughes,\n\nPlease find attached the"
            + " Mayor's letter about the Eastcliff toilets.\n\nPriya Shah\nMember Services Officer",
            attachment("Eastcliff.pdf", TestDocuments.PDF, TestDocuments.pdf(letter))));

        MimeMessage received = eventually().one(() -> withSubject(council.outside(), "Eastcliff toilets"));
        assertThat(header(received, "X-Council-Finding")).contains("official-letter-in-member-name")
            .doesNotContain("obligation-in-member-name");
        assertThat(header(received, "X-Council-Verdict")).isNotEqualTo("hold");
    }

    @Test
    void aDamagedPdfAndAZipBombFromAMemberAreFlaggedAndDelivered() throws Exception {
        byte[] damaged = TestDocuments.truncated(TestDocuments.pdf("Dear Mr Hughes,", FENCE), 300);
        council.submitAs(ANN, mail(ANN, RESIDENT, "Two files", "Dear Mr Hughes, two files attached. Ann",
            attachment("Letter.pdf", TestDocuments.PDF, damaged),
            attachment("Photos.zip", TestDocuments.ZIP, TestDocuments.zipBomb(5_000_000_000L))));

        MimeMessage received = eventually().one(() -> withSubject(council.outside(), "Two files"));
        assertThat(header(received, "X-Council-Verdict")).isEqualTo("flag");
        assertThat(header(received, "X-Council-Finding")).contains("unreadable-attachment");
        MimeMessage notice = eventually().one(() -> withSubject(council.inbox(HELEN), "Protocol check (flag): Two files"));
        assertThat(textOf(notice)).contains("Letter.pdf").contains("Photos.zip");
    }
}

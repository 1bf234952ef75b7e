package org.councilprotocol.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilprotocol.text.TestDocuments.attachment;
import static org.councilprotocol.text.TestDocuments.mail;

import java.util.List;
import java.util.Set;

import javax.mail.internet.MimeMessage;

import org.councilprotocol.model.Finding;
import org.councilprotocol.text.TestDocuments;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The letter rules on whole messages: who a letter's name is, where its words come from, what counts as the evidence. */
class ObligationDetectorTest {
    static final String ANN = "cllr.ann.smith@northbrook.gov.uk";
    static final String BOB = "bob.jones@northbrook.gov.uk";
    static final String PRIYA = "priya.shah@northbrook.gov.uk";
    static final String RESIDENT = "d.hughes@example.org";
    static final String FENCE = "I can confirm that the Council will pay for the replacement of your garden fence, which our"
        + " grass-cutting contractor damaged.";
    static final String[] LETTER = {"Councillor Ann Smith", "Cabinet Member for Housing", "Dear Mr Hughes,", FENCE,
        "Yours sincerely,", "Councillor Ann Smith"};

    private final ObligationMessages messages = new ObligationMessages();

    @AfterEach
    void close() {
        messages.close();
    }

    private List<Finding> judge(String from, MimeMessage message) {
        return messages.judge(new ObligationMessages.Labelled("test", message, from, List.of(RESIDENT), Set.of(), ""));
    }

    @Test
    void aMembersPdfLetterCommittingTheCouncilIsFoundWithTheFileNameInTheEvidence() {
        List<Finding> findings = judge(ANN, mail(ANN, RESIDENT, "Fence", "Dear Mr Hughes, my letter is attached. Ann",
            attachment("Fence.pdf", TestDocuments.PDF, TestDocuments.pdf(LETTER))));

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.rule()).isEqualTo(ObligationDetector.RULE);
            assertThat(finding.clause()).isEqualTo("Thanet 10.2.4");
            assertThat(finding.evidence()).singleElement().asString().contains("will pay for the replacement").endsWith("(Fence.pdf)");
            assertThat(finding.people()).containsExactly("cllr-ann-smith");
        });
    }

    @Test
    void aMembersWordLetterCommittingTheCouncilIsFound() {
        List<Finding> findings = judge(ANN, mail(ANN, RESIDENT, "Fence", "Dear Mr Hughes, my letter is attached. Ann",
            attachment("Fence.docx", TestDocuments.DOCX, TestDocuments.docx(LETTER))));

        assertThat(findings).extracting(Finding::rule).containsExactly(ObligationDetector.RULE);
        assertThat(findings.get(0).evidence()).singleElement().asString().endsWith("(Fence.docx)");
    }

    @Test
    void anOfficerSendingAMembersSignedLetterSendsItInTheMembersName() {
        List<Finding> findings = judge(PRIYA, mail(PRIYA, RESIDENT, "Letter from Cllr Smith",
            "Dear Mr Hughes,\n\nCouncillor Smith has asked me to send you the attached letter.\n\nPriya Shah\nMember Services",
            attachment("Letter.pdf", TestDocuments.PDF, TestDocuments.pdf(LETTER))));

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.summary()).contains("signed by or headed with the name of Cllr Ann Smith in Letter.pdf");
            assertThat(finding.people()).containsExactly("cllr-ann-smith");
        });
    }

    @Test
    void anOfficersOwnObligationLetterIsNotInAMembersName() {
        assertThat(judge(BOB, mail(BOB, RESIDENT, "Claim", "Dear Mr Hughes,\n\nThe Council accepts your claim and will pay "
            + "£186.40 for the tyre.\n\nYours sincerely,\nBob Jones\nHighways Manager"))).isEmpty();
    }

    @Test
    void anOfficersLetterAMemberPassesOnIsTheOfficersNotTheMembers() {
        String[] officersLetter = {"Dear Mr Hughes,", "The Council accepts your claim and will pay £186.40 for the tyre.",
            "Yours sincerely,", "Bob Jones", "Highways Manager"};
        assertThat(judge(ANN, mail(ANN, RESIDENT, "Your claim", "Dear Mr Hughes, the Highways Manager's letter is attached. Ann",
            attachment("Claim decision.pdf", TestDocuments.PDF, TestDocuments.pdf(officersLetter))))).isEmpty();
    }

    @Test
    void quotedHistoryIsSomeoneElsesWords() {
        assertThat(judge(ANN, mail(ANN, RESIDENT, "Re: Claim", "Dear Mr Hughes, good news below. Ann\n\n"
            + "On 20 Nov 2026, Bob Jones <bob.jones@northbrook.gov.uk> wrote:\n> The Council will pay £186.40 for the tyre.\n")))
            .isEmpty();
    }

    /** Formal letters first missed on the held-out splits, in other words: the Council's decision notified in the Mayor's name. */
    @Test
    void anOfficerSendingTheMayorsSignedNoticeNamedOnlyByOfficeSendsItInTheMayorsName() {
        String[] notice = {"Northbrook District Council", "Dear Chair,", "I write to advise you formally that at its meeting"
            + " on 3 December the Council resolved to designate Harbour Street as a conservation area.", "Yours faithfully,",
            "Councillor Tom Evans, Mayor of Northbrook"};
        List<Finding> findings = judge(PRIYA, mail(PRIYA, RESIDENT, "Conservation area",
            "Dear Chair,\n\nThe Mayor's letter is attached.\n\nPriya Shah\nMember Services Officer",
            attachment("Notice.pdf", TestDocuments.PDF, TestDocuments.pdf(notice))));

        assertThat(findings).extracting(Finding::rule).containsExactly(OfficialLetterDetector.RULE);
    }

    @Test
    void aCabinetMembersFormalResponseForTheCouncilIsAnOfficialLetter() {
        assertThat(judge(ANN, mail(ANN, RESIDENT, "Rail consultation", "Dear Sir or Madam,\n\nThis is the official response of"
            + " Northbrook District Council to your timetable consultation.\n\nThe Council has no objection to the earlier first train,"
            + " but asks you to keep the last train at 23:10.\n\nYours faithfully,\nCouncillor Ann Smith")))
            .extracting(Finding::rule).containsExactly(OfficialLetterDetector.RULE);
    }

    @Test
    void aDecisionThatInvitesSomeoneToAReviewIsStillOfficialNotCourtesy() {
        assertThat(judge(ANN, mail(ANN, RESIDENT, "Market charter", "Dear Mr Hughes,\n\nI write on behalf of Northbrook District"
            + " Council to tell you that Cabinet has agreed to review the market charter, and that traders will be invited to give"
            + " their views.\n\nYours sincerely,\nCouncillor Ann Smith")))
            .extracting(Finding::rule).containsExactly(OfficialLetterDetector.RULE);
    }

    @Test
    void aMembersInvitationOrCourtesyIsNotAnOfficialLetter() {
        assertThat(judge(ANN, mail(ANN, RESIDENT, "Reception", "Dear Mr Hughes,\n\nOn behalf of the Council I would like to invite"
            + " you to the volunteers' reception on 12 December.\n\nCongratulations again on your award.\n\nCouncillor Ann Smith")))
            .isEmpty();
    }

    @Test
    void aMembersNewsOfACouncilResolutionIsNotTheCouncilSpeaking() {
        assertThat(judge(ANN, mail(ANN, RESIDENT, "Harbour Street", "Dear Mr Hughes,\n\nYou may have read in the Gazette that the"
            + " Council resolved last week to make Harbour Street a conservation area. I voted for it.\n\nAnn")))
            .isEmpty();
    }

    @Test
    void aMembersLetterSettingOutTheCouncilsConsultationResponseIsOfficial() {
        assertThat(judge(ANN, mail(ANN, RESIDENT, "Bus strategy", "Dear Sir or Madam,\n\nThis letter sets out the position of"
            + " Northbrook District Council on your draft bus strategy. The Council supports the new Sunday services.\n\n"
            + "Yours faithfully,\nCouncillor Ann Smith")))
            .extracting(Finding::rule).containsExactly(OfficialLetterDetector.RULE);
        assertThat(judge(ANN, mail(ANN, RESIDENT, "Bus strategy", "Dear Sir or Madam,\n\nI have read the Council's response to"
            + " your bus consultation and, speaking for myself, I think it is too timid.\n\nAnn Smith")))
            .isEmpty();
    }

    @Test
    void aMayorsNoticeOfNewWardsIsOfficialNotAnObligation() {
        String[] notice = {"Dear Clerk,", "I write to advise you formally that on 2 December Northbrook District Council resolved"
            + " to adopt the recommendations of the governance review.", "Minster parish will be divided into three wards from the"
            + " elections in May 2027.", "Yours sincerely,", "Councillor Tom Evans, Mayor of Northbrook"};
        List<Finding> findings = judge(PRIYA, mail(PRIYA, RESIDENT, "Governance review",
            "Dear Clerk,\n\nThe Mayor's letter is attached.\n\nPriya Shah\nMember Services Officer",
            attachment("Review.pdf", TestDocuments.PDF, TestDocuments.pdf(notice))));

        assertThat(findings).extracting(Finding::rule).containsExactly(OfficialLetterDetector.RULE);
    }
}

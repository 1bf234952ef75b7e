package org.councilprotocol.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilprotocol.detect.CopyCouncil.ANN;
import static org.councilprotocol.detect.CopyCouncil.BOB;
import static org.councilprotocol.detect.CopyCouncil.CAROL;
import static org.councilprotocol.detect.CopyCouncil.DAN;
import static org.councilprotocol.detect.CopyCouncil.LUCY;
import static org.councilprotocol.detect.CopyCouncil.MARY;
import static org.councilprotocol.detect.CopyCouncil.PLANNING;
import static org.councilprotocol.detect.CopyCouncil.RAJ;
import static org.councilprotocol.detect.CopyCouncil.RAJ_LEADER;
import static org.councilprotocol.detect.CopyCouncil.RESIDENT;
import static org.councilprotocol.detect.CopyCouncil.TOM;
import static org.councilprotocol.detect.CopyCouncil.silent;
import static org.councilprotocol.detect.CopyCouncil.undisclosed;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.councilprotocol.model.Action;
import org.councilprotocol.model.SenderKind;
import org.councilprotocol.model.Verdict;
import org.councilprotocol.policy.Judgement;
import org.councilprotocol.policy.Notice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code silent-copy} under each council's profile, through the real engine with threads recorded
 * in H2: blind copies of member–officer correspondence to members, and the many blind copies that
 * are not that.
 */
class SilentCopyDetectorTest {
    static final Map<String, String> CLAUSES = Map.of(
        "dartford", "Dartford Correspondence 1",
        "dudley", "Dudley 123",
        "thanet", "Thanet 10.2.1",
        "derbyshire", "Derbyshire 9.1",
        "knutsford", "Knutsford 12.1");

    /** Cllr Ann Smith's enquiry to Bob Jones, which starts the thread. */
    static Judgement enquiry(CopyCouncil council) {
        return council.from(ANN).to(BOB).subject("Flooding on Hill Street").text("""
            Bob,

            Residents on Hill Street have had water in their cellars again after Saturday's rain.
            Can you tell me what is planned for the gullies?

            Ann
            """).judge();
    }

    /** Bob's reply to Ann, quoting her as Outlook does. */
    static CopyCouncil.Mail reply(CopyCouncil council, Judgement enquiry) {
        return council.from(BOB).to(ANN).subject("RE: Flooding on Hill Street").inReplyTo(enquiry).text("""
            Ann,

            The drainage team will jet the gullies on Thursday and survey the culvert.

            Bob Jones
            Highways Manager

            -----Original Message-----
            From: Cllr Ann Smith <cllr.ann.smith@northbrook.gov.uk>
            Sent: 23 November 2026 10:15
            To: Bob Jones <bob.jones@northbrook.gov.uk>
            Subject: Flooding on Hill Street

            Residents on Hill Street have had water in their cellars again after Saturday's rain.
            """);
    }

    static Stream<String> profiles() {
        return CopyCouncil.SHIPPED.stream();
    }

    // ---- Found

    @Test
    void anOfficersBlindCopyOfAReplyToAMemberIsFound() {
        try (CopyCouncil council = new CopyCouncil("thanet")) {
            Judgement judgement = reply(council, enquiry(council)).bcc(MARY).judge();

            assertThat(silent(judgement)).singleElement().satisfies(finding -> {
                assertThat(finding.action()).isEqualTo(Action.BLOCK);
                assertThat(finding.clause()).isEqualTo("Thanet 10.2.1");
                assertThat(finding.people()).containsExactly("cllr-mary-jones");
                assertThat(finding.tell()).isEmpty();
                assertThat(finding.summary()).isEqualTo(
                    "Cllr Mary Jones was sent a blind copy of correspondence between Bob Jones and Cllr Ann Smith.");
                assertThat(finding.evidence()).containsExactly(
                    "Blind copy (envelope only, not in To or Cc): Cllr Mary Jones <" + MARY + ">",
                    "To: Cllr Ann Smith <" + ANN + ">");
            });
            // The blind copy is silent-copy's alone: undisclosed-copy does not report it twice.
            assertThat(undisclosed(judgement)).isEmpty();
            assertThat(judgement.decision().verdict()).isEqualTo(Verdict.BLOCK);
        }
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void everyCouncilReturnsAnOfficersBlindCopyToAMember(String profile) {
        try (CopyCouncil council = new CopyCouncil(profile)) {
            Judgement judgement = reply(council, enquiry(council)).bcc(RAJ).judge();

            assertThat(silent(judgement)).singleElement().satisfies(finding -> {
                assertThat(finding.clause()).isEqualTo(CLAUSES.get(profile));
                assertThat(finding.action()).isEqualTo(Action.BLOCK);
                assertThat(finding.people()).containsExactly("cllr-raj-patel");
                assertThat(finding.evidence().get(0)).contains(RAJ);
            });
        }
    }

    @Test
    void anOfficersNewMessageToAMemberWithABlindMemberIsFoundWithoutAnyThread() {
        try (CopyCouncil council = new CopyCouncil("dudley")) {
            Judgement judgement = council.from(BOB).to(ANN).subject("Resurfacing programme 2027")
                .text("Ann, the draft programme for your ward is attached for comment.").bcc(TOM).judge();

            assertThat(judgement.correspondence().thread().started()).isTrue();
            assertThat(silent(judgement)).singleElement().satisfies(finding ->
                assertThat(finding.people()).containsExactly("cllr-tom-evans"));
        }
    }

    @Test
    void severalBlindMembersAreNamedTogether() {
        try (CopyCouncil council = new CopyCouncil("thanet")) {
            Judgement judgement = reply(council, enquiry(council)).cc(CAROL).bcc(MARY, TOM, DAN).judge();

            assertThat(silent(judgement)).singleElement().satisfies(finding -> {
                assertThat(finding.people()).containsExactly("cllr-mary-jones", "cllr-tom-evans");
                assertThat(finding.summary()).startsWith("Cllr Mary Jones and Cllr Tom Evans were sent a blind copy");
                assertThat(finding.evidence()).contains("Cc: Carol White <" + CAROL + ">");
                assertThat(finding.evidence()).noneMatch(line -> line.contains(DAN) && line.startsWith("Blind"));
            });
        }
    }

    @Test
    void aBlindCopyToAMembersSecondAddressIsFound() {
        try (CopyCouncil council = new CopyCouncil("knutsford")) {
            Judgement judgement = reply(council, enquiry(council)).bcc(RAJ_LEADER).judge();

            assertThat(silent(judgement)).singleElement().satisfies(finding -> {
                assertThat(finding.people()).containsExactly("cllr-raj-patel");
                assertThat(finding.evidence().get(0)).contains(RAJ);
            });
        }
    }

    @Test
    void anOfficerPassingTheThreadToAColleagueWithAMemberBlindIsFoundAndNamesTheMember() {
        try (CopyCouncil council = new CopyCouncil("derbyshire")) {
            Judgement enquiry = enquiry(council);
            Judgement judgement = council.from(BOB).to(DAN).subject("FW: Flooding on Hill Street").inReplyTo(enquiry)
                .text("Dan, can you arrange the survey? Ann's email is below.").bcc(MARY).judge();

            assertThat(silent(judgement)).singleElement().satisfies(finding -> {
                assertThat(finding.people()).containsExactly("cllr-mary-jones");
                assertThat(finding.summary())
                    .isEqualTo("Cllr Mary Jones was sent a blind copy of correspondence between Bob Jones and Cllr Ann Smith.");
            });
        }
    }

    @Test
    void anOfficerForwardingAMembersOldEmailToAColleagueWithAMemberBlindIsFound() {
        // Ann's email was sent before the gateway was installed: only the quotation shows whose it is.
        try (CopyCouncil council = new CopyCouncil("dudley")) {
            Judgement judgement = council.from(BOB).to(DAN).subject("FW: Abandoned car on Elm Grove").text("""
                Dan, can you pick this up please?

                -----Original Message-----
                From: Cllr Ann Smith <cllr.ann.smith@northbrook.gov.uk>
                Sent: 02 November 2026 09:30
                To: Bob Jones <bob.jones@northbrook.gov.uk>
                Subject: Abandoned car on Elm Grove

                Bob, there is an abandoned car on Elm Grove, outside number 14.
                """).bcc(RAJ).judge();

            assertThat(judgement.findings()).singleElement().satisfies(finding -> {
                assertThat(finding.rule()).isEqualTo(SilentCopyDetector.RULE);
                assertThat(finding.people()).containsExactly("cllr-raj-patel");
                assertThat(finding.summary()).contains("Bob Jones and Cllr Ann Smith");
            });
        }
    }

    // ---- Members' own blind copies: Thanet and Knutsford judge every sender, the others officers only

    static Stream<Arguments> memberSenders() {
        return Stream.of(
            Arguments.of("thanet", true),
            Arguments.of("knutsford", true),
            Arguments.of("dartford", false),
            Arguments.of("dudley", false),
            Arguments.of("derbyshire", false));
    }

    @ParameterizedTest
    @MethodSource("memberSenders")
    void aMembersBlindCopyOfAnotherMemberOnMailToAnOfficer(String profile, boolean found) {
        try (CopyCouncil council = new CopyCouncil(profile)) {
            Judgement judgement = council.from(ANN).to(BOB).subject("Parking on Dane Road")
                .text("Bob, residents want a residents' parking scheme on Dane Road. Can we discuss?").bcc(MARY).judge();

            assertThat(judgement.correspondence().senderKind()).isEqualTo(SenderKind.MEMBER);
            if (found) {
                assertThat(silent(judgement)).singleElement().satisfies(finding -> {
                    assertThat(finding.clause()).isEqualTo(CLAUSES.get(profile));
                    assertThat(finding.people()).containsExactly("cllr-mary-jones");
                    assertThat(finding.summary()).isEqualTo(
                        "Cllr Mary Jones was sent a blind copy of correspondence between Cllr Ann Smith and Bob Jones.");
                });
            } else {
                assertThat(silent(judgement)).isEmpty();
            }
        }
    }

    @Test
    void aMembersBlindCopyOnMailToASharedCouncilMailboxIsFoundUnderThanet() {
        try (CopyCouncil council = new CopyCouncil("thanet")) {
            Judgement judgement = council.from(ANN).to(PLANNING).subject("Objection: 14 Elm Grove extension")
                .text("I object to application NB/26/0412 on behalf of residents.").bcc(LUCY).judge();

            assertThat(silent(judgement)).singleElement().satisfies(finding -> {
                assertThat(finding.people()).containsExactly("cllr-lucy-gray");
                assertThat(finding.summary()).isEqualTo(
                    "Cllr Lucy Gray was sent a blind copy of correspondence between Cllr Ann Smith and " + PLANNING + ".");
            });
        }
    }

    // ---- Disclose instead of block

    @Test
    void underADiscloseProfileTheOpenMemberCorrespondentsAreTold() {
        try (CopyCouncil council = new CopyCouncil("thanet-disclose")) {
            Judgement enquiry = council.from(ANN).to(BOB).cc(RAJ).subject("Flooding on Hill Street")
                .text("Bob, the gullies on Hill Street are blocked again; Raj's residents on Harbour Street too.").judge();
            Judgement judgement = reply(council, enquiry).cc(RAJ).bcc(MARY).judge();

            assertThat(silent(judgement)).singleElement().satisfies(finding -> {
                assertThat(finding.action()).isEqualTo(Action.DISCLOSE);
                assertThat(finding.tell()).containsExactly("cllr-ann-smith", "cllr-raj-patel");
                assertThat(finding.people()).containsExactly("cllr-mary-jones");
            });
            assertThat(judgement.decision().verdict()).isEqualTo(Verdict.FLAG);
            List<Notice> told = judgement.decision().notices().stream()
                .filter(notice -> notice.subject().startsWith("Your correspondence was copied")).toList();
            assertThat(told).extracting(notice -> notice.to().get(0)).containsExactlyInAnyOrder(ANN, RAJ);
            assertThat(told.get(0).body()).contains("Cllr Mary Jones <" + MARY + ">");
        }
    }

    @Test
    void underADiscloseProfileTheMemberIsToldEvenWhenTheOfficerWroteOnlyToAColleague() {
        try (CopyCouncil council = new CopyCouncil("thanet-disclose")) {
            Judgement enquiry = enquiry(council);
            Judgement judgement = council.from(BOB).to(DAN).subject("FW: Flooding on Hill Street").inReplyTo(enquiry)
                .text("Dan, can you arrange the survey?").bcc(MARY).judge();

            assertThat(silent(judgement)).singleElement().satisfies(finding ->
                assertThat(finding.tell()).containsExactly("cllr-ann-smith"));
        }
    }

    @Test
    void underABlockProfileNobodyIsToldButTheSenderAndTheMonitoringOfficer() {
        try (CopyCouncil council = new CopyCouncil("dartford")) {
            Judgement judgement = reply(council, enquiry(council)).bcc(MARY).judge();

            assertThat(silent(judgement)).singleElement().satisfies(finding -> assertThat(finding.tell()).isEmpty());
            assertThat(judgement.decision().notices()).extracting(notice -> notice.to().get(0))
                .containsExactly(BOB, "helen.ward@northbrook.gov.uk");
        }
    }

    // ---- Not found

    @ParameterizedTest
    @MethodSource("profiles")
    void anOfficersBlindCopyToAnotherOfficerIsNotASilentCopy(String profile) {
        try (CopyCouncil council = new CopyCouncil(profile)) {
            Judgement judgement = reply(council, enquiry(council)).bcc(DAN).judge();

            assertThat(judgement.findings()).isEmpty();
            assertThat(judgement.decision().verdict()).isEqualTo(Verdict.DELIVER);
        }
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void anOpenCopyIsNotASilentCopy(String profile) {
        try (CopyCouncil council = new CopyCouncil(profile)) {
            Judgement judgement = reply(council, enquiry(council)).cc(MARY).judge();

            assertThat(silent(judgement)).isEmpty();
        }
    }

    @Test
    void anOfficersOwnAddressInTheEnvelopeIsNotACopyToAnyone() {
        try (CopyCouncil council = new CopyCouncil("thanet")) {
            assertThat(reply(council, enquiry(council)).bcc(BOB).judge().findings()).isEmpty();
        }
    }

    @Test
    void aMemberNamedOpenlyWithTheirOtherAddressInTheEnvelopeIsNotHidden() {
        try (CopyCouncil council = new CopyCouncil("thanet")) {
            Judgement judgement = reply(council, enquiry(council)).cc(RAJ).bcc(RAJ_LEADER).judge();

            assertThat(silent(judgement)).isEmpty();
        }
    }

    @Test
    void aBlindCopyToASharedMailboxIsNotACopyToAMember() {
        try (CopyCouncil council = new CopyCouncil("thanet")) {
            assertThat(silent(reply(council, enquiry(council)).bcc(PLANNING).judge())).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"thanet", "knutsford"})
    void anUnauthenticatedMessageClaimingToBeFromAnOfficerGetsNoOfficerRules(String profile) {
        try (CopyCouncil council = new CopyCouncil(profile)) {
            Judgement judgement = reply(council, enquiry(council)).bcc(MARY).unauthenticated().judge();

            assertThat(judgement.correspondence().senderKind()).isEqualTo(SenderKind.EXTERNAL);
            assertThat(judgement.correspondence().unverified()).isTrue();
            assertThat(judgement.findings()).isEmpty();
        }
    }

    @Test
    void aResidentsBlindCopyToAnotherMemberIsNotJudged() {
        try (CopyCouncil council = new CopyCouncil("thanet")) {
            Judgement judgement = council.from(RESIDENT).to(ANN).subject("Dog fouling on the promenade")
                .text("Dear Cllr Smith, the promenade is a disgrace.").bcc(MARY).unauthenticated().judge();

            assertThat(judgement.findings()).isEmpty();
        }
    }

    @Test
    void memberToMemberMailWithABlindMemberAndNoOfficerIsNotMemberOfficerCorrespondence() {
        try (CopyCouncil council = new CopyCouncil("thanet")) {
            Judgement first = council.from(ANN).to(RAJ).subject("Group meeting on Thursday")
                .text("Raj, can we move the group meeting to 6pm?").bcc(MARY).judge();
            Judgement reply = council.from(RAJ).to(ANN).subject("RE: Group meeting on Thursday").inReplyTo(first)
                .text("Fine by me.").bcc(TOM).judge();

            assertThat(first.findings()).isEmpty();
            assertThat(reply.findings()).isEmpty();
        }
    }

    @Test
    void anOfficerToOfficerMessageWithAMemberBlindAndNoMemberCorrespondenceIsNotJudged() {
        try (CopyCouncil council = new CopyCouncil("thanet")) {
            Judgement judgement = council.from(BOB).to(DAN).subject("Gritting rota")
                .text("Dan, you are on call this weekend.").bcc(MARY).judge();

            assertThat(silent(judgement)).isEmpty();
        }
    }

    @Test
    void aMemberBlindCopyingThemselvesIsNotACopyToAnotherMember() {
        try (CopyCouncil council = new CopyCouncil("knutsford")) {
            Judgement judgement = council.from(ANN).to(BOB).subject("Parking on Dane Road")
                .text("Bob, can we discuss parking on Dane Road?").bcc(ANN).judge();

            assertThat(judgement.findings()).isEmpty();
        }
    }

    @Test
    void aMembersBlindCopyToAnOfficerIsNotASilentCopy() {
        try (CopyCouncil council = new CopyCouncil("thanet")) {
            Judgement judgement = council.from(ANN).to(BOB).subject("Parking on Dane Road")
                .text("Bob, can we discuss parking on Dane Road?").bcc(CAROL).judge();

            assertThat(judgement.findings()).isEmpty();
        }
    }
}

package org.councilprotocol.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilprotocol.detect.CopyCouncil.ANN;
import static org.councilprotocol.detect.CopyCouncil.BOB;
import static org.councilprotocol.detect.CopyCouncil.CAROL;
import static org.councilprotocol.detect.CopyCouncil.CONTRACTOR;
import static org.councilprotocol.detect.CopyCouncil.DAN;
import static org.councilprotocol.detect.CopyCouncil.LUCY;
import static org.councilprotocol.detect.CopyCouncil.MARY;
import static org.councilprotocol.detect.CopyCouncil.PETER;
import static org.councilprotocol.detect.CopyCouncil.PRIYA;
import static org.councilprotocol.detect.CopyCouncil.RAJ;
import static org.councilprotocol.detect.CopyCouncil.RAJ_LEADER;
import static org.councilprotocol.detect.CopyCouncil.TOM;
import static org.councilprotocol.detect.CopyCouncil.silent;
import static org.councilprotocol.detect.CopyCouncil.undisclosed;

import java.util.Map;
import java.util.stream.Stream;

import org.councilprotocol.model.Action;
import org.councilprotocol.model.Verdict;
import org.councilprotocol.policy.Judgement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code undisclosed-copy} under each council's profile, through the real engine with threads
 * recorded in H2: an officer passing a member's correspondence to another member, the grounds each
 * council allows (consent, circulation list, Cabinet portfolio, meeting question, FOI/DPA), copies
 * to officers of confidential correspondence, and members passing on their own.
 */
class UndisclosedCopyDetectorTest {
    static final Map<String, String> CLAUSES = Map.of(
        "dartford", "Dartford Correspondence 1",
        "dudley", "Dudley 123",
        "thanet", "Thanet 9.1.12",
        "derbyshire", "Derbyshire 9.1",
        "knutsford", "Knutsford 12.1");

    /** A member's enquiry to Bob Jones; its words go in the body and are quoted in later mail. */
    static Judgement enquiry(CopyCouncil council, String from, String subject, String words) {
        return council.from(from).to(BOB).subject(subject).text(words).judge();
    }

    /** Bob forwarding the enquiry in the thread, quoting it as Outlook does. */
    static CopyCouncil.Mail forward(CopyCouncil council, Judgement enquiry, String author, String authorAddress,
                                    String subject, String officerWords, String authorWords) {
        return council.from(BOB).subject("FW: " + subject).inReplyTo(enquiry).text(officerWords + """


            -----Original Message-----
            From: Cllr %s <%s>
            Sent: 23 November 2026 10:15
            To: Bob Jones <bob.jones@northbrook.gov.uk>
            Subject: %s

            %s
            """.formatted(author, authorAddress, subject, authorWords));
    }

    static final String FLOODING = """
        Bob,

        Residents on Hill Street have had water in their cellars again after Saturday's rain.
        Can you tell me what is planned for the gullies?

        Ann""";

    static Judgement annForwardedTo(CopyCouncil council, String authorWords, String... recipients) {
        Judgement enquiry = enquiry(council, ANN, "Flooding on Hill Street", authorWords);
        return forward(council, enquiry, "Ann Smith", ANN, "Flooding on Hill Street",
            "Raj, for your information.", authorWords).to(recipients).judge();
    }

    static Stream<Arguments> actions() {
        return Stream.of(
            Arguments.of("thanet", Action.FLAG),
            Arguments.of("dudley", Action.FLAG),
            Arguments.of("knutsford", Action.FLAG),
            Arguments.of("dartford", Action.DISCLOSE),
            Arguments.of("derbyshire", Action.DISCLOSE));
    }

    // ---- Forwarding a member's enquiry to another member

    @ParameterizedTest
    @MethodSource("actions")
    void anOfficerForwardingAMembersEnquiryToAnotherMemberOnNoGround(String profile, Action action) {
        try (CopyCouncil council = new CopyCouncil(profile)) {
            Judgement judgement = annForwardedTo(council, FLOODING, RAJ);

            assertThat(undisclosed(judgement)).singleElement().satisfies(finding -> {
                assertThat(finding.action()).isEqualTo(action);
                assertThat(finding.clause()).isEqualTo(CLAUSES.get(profile));
                assertThat(finding.people()).containsExactly("cllr-raj-patel");
                assertThat(finding.tell()).containsExactly("cllr-ann-smith");
                assertThat(finding.summary()).startsWith("Bob Jones copied Cllr Ann Smith's correspondence to Cllr Raj Patel <"
                    + RAJ + ">").endsWith("; Cllr Ann Smith has not been told.");
                // Councils that name grounds say which are missing; Dartford and Derbyshire name none.
                assertThat(finding.summary().contains("without Cllr Ann Smith's consent or another ground the protocol allows"))
                    .isEqualTo(action == Action.FLAG);
                assertThat(finding.evidence()).contains("Thread started by Cllr Ann Smith <" + ANN + ">",
                    "Copied to Cllr Raj Patel <" + RAJ + "> (to), a member who was not a party to it");
            });
            assertThat(silent(judgement)).isEmpty();
            assertThat(judgement.decision().verdict()).isEqualTo(Verdict.FLAG);
            assertThat(judgement.decision().notices()).anySatisfy(notice -> {
                assertThat(notice.to()).containsExactly(ANN);
                assertThat(notice.subject()).isEqualTo("Your correspondence was copied: FW: Flooding on Hill Street");
            });
        }
    }

    @Test
    void aReplyToTheOriginalMemberOnlyIsNotACopy() {
        try (CopyCouncil council = new CopyCouncil("thanet")) {
            Judgement enquiry = enquiry(council, ANN, "Flooding on Hill Street", FLOODING);
            Judgement reply = council.from(BOB).to(ANN).subject("RE: Flooding on Hill Street").inReplyTo(enquiry)
                .text("Ann, the gullies will be jetted on Thursday.").judge();

            assertThat(reply.findings()).isEmpty();
        }
    }

    @Test
    void aCopyToSomeoneAlreadyInTheThreadIsNotANewCopy() {
        try (CopyCouncil council = new CopyCouncil("thanet")) {
            Judgement enquiry = council.from(ANN).to(BOB).cc(RAJ).subject("Flooding on Hill Street").text(FLOODING).judge();
            Judgement reply = council.from(BOB).to(ANN).cc(RAJ_LEADER).subject("RE: Flooding on Hill Street")
                .inReplyTo(enquiry).text("Ann, Raj, the gullies will be jetted on Thursday.").judge();

            assertThat(reply.findings()).isEmpty();
        }
    }

    @Test
    void aCopyToSomeoneTheQuotedMessageWasAlreadyAddressedToIsNotANewCopy() {
        // No thread history: the quoted Outlook block shows Mary already had Ann's email.
        try (CopyCouncil council = new CopyCouncil("knutsford")) {
            Judgement judgement = council.from(BOB).to(ANN).cc(MARY).subject("RE: Grass verges in Westgate").text("""
                Ann, Mary, the verges will be cut next week.

                From: Cllr Ann Smith
                Sent: 20 November 2026 16:02
                To: Bob Jones; Cllr Mary Jones
                Subject: Grass verges in Westgate

                Bob, the verges on Westgate Road have not been cut since August.
                """).judge();

            assertThat(judgement.findings()).isEmpty();
        }
    }

    @Test
    void aCopyToSomeoneTheQuotedMessageNamedSurnameFirstIsNotANewCopy() {
        try (CopyCouncil council = new CopyCouncil("thanet")) {
            Judgement judgement = council.from(BOB).to(ANN).cc(MARY).subject("RE: Grass verges in Westgate").text("""
                Ann, Mary, the verges will be cut next week.

                From: Smith, Ann (Cllr) <cllr.ann.smith@northbrook.gov.uk>
                Sent: 20 November 2026 16:02
                To: Jones, Bob; Jones, Mary (Cllr)
                Subject: Grass verges in Westgate

                Bob, the verges on Westgate Road have not been cut since August.
                """).judge();

            assertThat(judgement.findings()).isEmpty();
        }
    }

    @Test
    void aMembersReplyInAThreadTheOfficerStartedIsStillTheirCorrespondence() {
        try (CopyCouncil council = new CopyCouncil("knutsford")) {
            Judgement briefing = council.from(BOB).to(ANN).subject("Resurfacing of Elm Grove")
                .text("Ann, Elm Grove will be resurfaced in March. Do you have any concerns?").judge();
            Judgement answer = council.from(ANN).to(BOB).subject("RE: Resurfacing of Elm Grove").inReplyTo(briefing)
                .text("Bob, March clashes with the school's exams. Could it move to the Easter holidays?").judge();
            Judgement judgement = council.from(BOB).to(RAJ).subject("FW: RE: Resurfacing of Elm Grove").inReplyTo(answer)
                .text("""
                    Raj, Ann's view below, for the Leader's briefing.

                    On Mon, 23 Nov 2026 at 10:25, Cllr Ann Smith <cllr.ann.smith@northbrook.gov.uk> wrote:
                    > Bob, March clashes with the school's exams. Could it move to the Easter holidays?
                    """).judge();

            assertThat(judgement.correspondence().thread().startedBy()).hasValueSatisfying(starter ->
                assertThat(starter.personId()).isEqualTo("bob-jones"));
            assertThat(undisclosed(judgement)).singleElement().satisfies(finding -> {
                assertThat(finding.people()).containsExactly("cllr-raj-patel");
                assertThat(finding.tell()).containsExactly("cllr-ann-smith");
                assertThat(finding.evidence().get(0)).startsWith("Quoted from Cllr Ann Smith: On Mon, 23 Nov 2026");
            });
        }
    }

    @Test
    void aForwardWithNoThreadHistoryIsFoundFromTheQuotedHeaderBlock() {
        // Ann's email predates the gateway: only the forwarded header block says whose it is.
        try (CopyCouncil council = new CopyCouncil("thanet")) {
            Judgement judgement = council.from(BOB).to(TOM).subject("FW: Damp in Garlinge Road flats").text("""
                Tom, this may interest you as Mayor.

                ---------- Forwarded message ---------
                From: Cllr Ann Smith <cllr.ann.smith@northbrook.gov.uk>
                Date: Mon, 2 Nov 2026 at 09:30
                Subject: Damp in Garlinge Road flats
                To: Bob Jones <bob.jones@northbrook.gov.uk>


                Bob, tenants at 12 Garlinge Road report black mould in two bedrooms.
                """).judge();

            assertThat(judgement.correspondence().thread().started()).isTrue();
            assertThat(undisclosed(judgement)).singleElement().satisfies(finding -> {
                assertThat(finding.people()).containsExactly("cllr-tom-evans");
                assertThat(finding.tell()).containsExactly("cllr-ann-smith");
                assertThat(finding.evidence().get(0)).isEqualTo("Quoted from Cllr Ann Smith: ---------- Forwarded message ---------");
            });
        }
    }

    @Test
    void aMembersEmailForwardedAsAnAttachmentIsFound() {
        try (CopyCouncil council = new CopyCouncil("dudley")) {
            Judgement judgement = council.from(BOB).to(RAJ).subject("FW: Damp in Garlinge Road flats")
                .attachingMessage("Raj, see the attached from Ann.", """
                    From: Cllr Ann Smith <cllr.ann.smith@northbrook.gov.uk>
                    To: Bob Jones <bob.jones@northbrook.gov.uk>
                    Subject: Damp in Garlinge Road flats
                    Date: Mon, 2 Nov 2026 09:30:00 +0000
                    Content-Type: text/plain; charset=utf-8

                    Bob, tenants at 12 Garlinge Road report black mould in two bedrooms.
                    """).judge();

            assertThat(undisclosed(judgement)).singleElement().satisfies(finding -> {
                assertThat(finding.people()).containsExactly("cllr-raj-patel");
                assertThat(finding.evidence().get(0)).isEqualTo("Quoted from Cllr Ann Smith: attached message");
            });
        }
    }

    @Test
    void anHtmlReplyFromGmailCopyingAnotherMemberIsFound() {
        try (CopyCouncil council = new CopyCouncil("knutsford")) {
            Judgement enquiry = enquiry(council, ANN, "Bollard on Harbour Parade",
                "Bob, the bollard outside the Co-op on Harbour Parade has been knocked down.");
            Judgement judgement = council.from(BOB).to(ANN).cc(PETER).subject("Re: Bollard on Harbour Parade")
                .inReplyTo(enquiry).html("""
                    <div dir="ltr">Ann, a new bollard goes in on Thursday.</div><br>
                    <div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Mon, 23 Nov 2026 at 10:15, Cllr Ann Smith
                    &lt;<a href="mailto:cllr.ann.smith@northbrook.gov.uk">cllr.ann.smith@northbrook.gov.uk</a>&gt; wrote:<br></div>
                    <blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">
                    <div dir="ltr">Bob, the bollard outside the Co-op on Harbour Parade has been knocked down.</div></blockquote></div>
                    """).judge();

            assertThat(undisclosed(judgement)).singleElement().satisfies(finding ->
                assertThat(finding.people()).containsExactly("cllr-peter-brown"));
        }
    }

    @Test
    void aCopyToSomeoneOutsideTheCouncilIsNotACopyToAMember() {
        try (CopyCouncil council = new CopyCouncil("thanet")) {
            Judgement enquiry = enquiry(council, ANN, "Flooding on Hill Street", FLOODING);
            Judgement judgement = forward(council, enquiry, "Ann Smith", ANN, "Flooding on Hill Street",
                "Please quote for jetting the gullies on Hill Street.", FLOODING).to(CONTRACTOR).judge();

            assertThat(judgement.findings()).isEmpty();
        }
    }

    @Test
    void anUnauthenticatedForwardGetsNoOfficerRules() {
        try (CopyCouncil council = new CopyCouncil("thanet")) {
            Judgement enquiry = enquiry(council, ANN, "Flooding on Hill Street", FLOODING);
            Judgement judgement = forward(council, enquiry, "Ann Smith", ANN, "Flooding on Hill Street",
                "Raj, for your information.", FLOODING).to(RAJ).unauthenticated().judge();

            assertThat(judgement.findings()).isEmpty();
        }
    }

    @Test
    void anOpenCopyTheOriginalMemberCanSeeIsAlreadyMadeClearUnderDartford() {
        // Dartford and Derbyshire ask only that the original member be told; a copy in the Cc of a
        // reply to that member tells them. Thanet asks for consent, which this lacks.
        try (CopyCouncil dartford = new CopyCouncil("dartford"); CopyCouncil thanet = new CopyCouncil("thanet")) {
            for (CopyCouncil council : new CopyCouncil[] {dartford, thanet}) {
                Judgement enquiry = enquiry(council, ANN, "Flooding on Hill Street", FLOODING);
                Judgement reply = council.from(BOB).to(ANN).cc(RAJ).subject("RE: Flooding on Hill Street")
                    .inReplyTo(enquiry).text("Ann, I have copied Raj as the drainage works cross into his ward.").judge();
                if (council == dartford) {
                    assertThat(reply.findings()).isEmpty();
                } else {
                    assertThat(undisclosed(reply)).singleElement().satisfies(finding -> {
                        assertThat(finding.people()).containsExactly("cllr-raj-patel");
                        assertThat(finding.summary()).contains("Cllr Ann Smith can see the copy");
                    });
                }
            }
        }
    }

    // ---- Consent

    @ParameterizedTest
    @ValueSource(strings = {"thanet", "dudley", "knutsford"})
    void consentNamingAMemberCoversThatMember(String profile) {
        try (CopyCouncil council = new CopyCouncil(profile)) {
            Judgement judgement = annForwardedTo(council, """
                Bob, could you confirm the new opening hours for Westbrook library? Please copy in Cllr Raj Patel
                when you reply, as it is in his ward too.""", RAJ);

            assertThat(judgement.findings()).isEmpty();
        }
    }

    @Test
    void consentNamingOneMemberDoesNotCoverAnother() {
        try (CopyCouncil council = new CopyCouncil("thanet")) {
            Judgement judgement = annForwardedTo(council, """
                Bob, could you confirm the new opening hours for Westbrook library? Please copy in Cllr Raj Patel
                when you reply, as it is in his ward too.""", RAJ, MARY);

            assertThat(undisclosed(judgement)).singleElement().satisfies(finding -> {
                assertThat(finding.people()).containsExactly("cllr-mary-jones");
                assertThat(finding.evidence()).anyMatch(line -> line.startsWith("Consent found covers others only")
                    && line.contains("Please copy in Cllr Raj Patel"));
            });
        }
    }

    @Test
    void consentByOfficeAndSurnameOnly() {
        try (CopyCouncil council = new CopyCouncil("knutsford")) {
            Judgement judgement = annForwardedTo(council,
                "Bob, the bus shelter on Canterbury Road is smashed again. Feel free to forward this to Councillor Patel.", RAJ);

            assertThat(judgement.findings()).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "I'm happy for this to go to other councillors.",
        "Happy for you to share this with any councillors who have asked about it.",
        "You may forward my email to colleagues on the council.",
        "Feel free to share this."})
    void generalConsentCoversAnyMember(String consent) {
        try (CopyCouncil council = new CopyCouncil("thanet")) {
            Judgement judgement = annForwardedTo(council, "Bob, the Christmas lights on the High Street are still not up. "
                + consent + "\n\nAnn", RAJ, MARY);

            assertThat(judgement.findings()).isEmpty();
        }
    }

    @Test
    void consentForWardColleaguesCoversThemOnly() {
        try (CopyCouncil council = new CopyCouncil("dudley")) {
            Judgement judgement = annForwardedTo(council, """
                Bob, the street lights on Northdown Road have been out for a week.
                Please share this with my ward colleagues.

                Ann""", LUCY, RAJ);

            assertThat(undisclosed(judgement)).singleElement().satisfies(finding ->
                assertThat(finding.people()).containsExactly("cllr-raj-patel"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Please do not share this with other councillors.",
        "Not for circulation.",
        "I’m not happy for this to go to other councillors until the survey is done.",
        "I would not be happy for you to forward this to Cllr Patel.",
        "Please don’t copy this to anyone else."})
    void refusedConsentIsNotConsent(String refusal) {
        try (CopyCouncil council = new CopyCouncil("thanet")) {
            Judgement judgement = annForwardedTo(council, "Bob, tenants at 12 Garlinge Road report black mould. "
                + refusal + "\n\nAnn", RAJ);

            assertThat(undisclosed(judgement)).singleElement().satisfies(finding -> {
                assertThat(finding.people()).containsExactly("cllr-raj-patel");
                assertThat(finding.evidence()).anyMatch(line -> line.startsWith("The author wrote: "));
            });
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Please send me the repair schedule by Friday.",
        "Please include the costs in your reply.",
        "Please can you forward me the contractor's report?",
        "Please pass on my thanks to the crew who cleared the drains.",
        "Please don't hesitate to call me if you need more."})
    void everydayRequestsAreNotConsentToCopy(String request) {
        try (CopyCouncil council = new CopyCouncil("thanet")) {
            Judgement judgement = annForwardedTo(council, "Bob, residents on Hill Street have flooded cellars again. "
                + request + "\n\nAnn", RAJ);

            assertThat(undisclosed(judgement)).singleElement().satisfies(finding -> {
                assertThat(finding.people()).containsExactly("cllr-raj-patel");
                assertThat(finding.evidence()).noneMatch(line -> line.startsWith("The author wrote: "));
            });
        }
    }

    @Test
    void dartfordAndDerbyshireTellTheMemberEvenWhenTheyConsented() {
        // Their clauses name no grounds: the original member is told of every copy.
        for (String profile : new String[] {"dartford", "derbyshire"}) {
            try (CopyCouncil council = new CopyCouncil(profile)) {
                Judgement judgement = annForwardedTo(council,
                    "Bob, the library hours again. Please copy in Cllr Raj Patel when you reply.", RAJ);

                assertThat(undisclosed(judgement)).singleElement().satisfies(finding -> {
                    assertThat(finding.action()).isEqualTo(Action.DISCLOSE);
                    assertThat(finding.tell()).containsExactly("cllr-ann-smith");
                });
            }
        }
    }

    // ---- Circulation list

    static Stream<Arguments> circulation() {
        return Stream.of(
            Arguments.of("thanet", false),
            Arguments.of("dudley", true),
            Arguments.of("knutsford", true));
    }

    @ParameterizedTest
    @MethodSource("circulation")
    void aCirculationListIsAGroundOnlyWhereTheProtocolSaysSo(String profile, boolean found) {
        try (CopyCouncil council = new CopyCouncil(profile)) {
            Judgement judgement = annForwardedTo(council, """
                Bob, when will the Christmas lights be switched on this year?

                Circulation: Cllr Mary Jones, Cllr Tom Evans""", MARY, TOM);

            if (found) {
                assertThat(undisclosed(judgement)).singleElement().satisfies(finding ->
                    assertThat(finding.people()).containsExactly("cllr-mary-jones", "cllr-tom-evans"));
            } else {
                assertThat(judgement.findings()).isEmpty();
            }
        }
    }

    @Test
    void aCirculationListCoversOnlyTheMembersOnIt() {
        try (CopyCouncil council = new CopyCouncil("thanet")) {
            Judgement judgement = annForwardedTo(council, """
                Bob, when will the Christmas lights be switched on this year?

                cc: Cllr Mary Jones""", MARY, RAJ);

            assertThat(undisclosed(judgement)).singleElement().satisfies(finding ->
                assertThat(finding.people()).containsExactly("cllr-raj-patel"));
        }
    }

    // ---- Cabinet member for the portfolio (Dudley)

    static final String DAMP = """
        Bob,

        Tenants at 12 Garlinge Road report black mould in two bedrooms. Can the housing repairs
        team inspect this week?

        Mary""";

    @Test
    void dudleyAllowsTheCabinetMemberForThePortfolio() {
        try (CopyCouncil council = new CopyCouncil("dudley")) {
            Judgement enquiry = enquiry(council, MARY, "Damp at 12 Garlinge Road", DAMP);
            Judgement judgement = forward(council, enquiry, "Mary Jones", MARY, "Damp at 12 Garlinge Road",
                "Ann, copying you as the Cabinet member.", DAMP).to(ANN).judge();

            assertThat(judgement.findings()).isEmpty();
        }
    }

    @Test
    void dudleyDoesNotAllowACabinetMemberForAnotherPortfolio() {
        try (CopyCouncil council = new CopyCouncil("dudley")) {
            Judgement enquiry = enquiry(council, MARY, "Damp at 12 Garlinge Road", DAMP);
            Judgement judgement = forward(council, enquiry, "Mary Jones", MARY, "Damp at 12 Garlinge Road",
                "Peter, for your information.", DAMP).to(PETER).judge();

            assertThat(undisclosed(judgement)).singleElement().satisfies(finding -> {
                assertThat(finding.people()).containsExactly("cllr-peter-brown");
                assertThat(finding.tell()).containsExactly("cllr-mary-jones");
                assertThat(finding.summary()).startsWith("Bob Jones copied Cllr Mary Jones's correspondence");
            });
        }
    }

    @Test
    void thanetHasNoCabinetPortfolioGround() {
        try (CopyCouncil council = new CopyCouncil("thanet")) {
            Judgement enquiry = enquiry(council, MARY, "Damp at 12 Garlinge Road", DAMP);
            Judgement judgement = forward(council, enquiry, "Mary Jones", MARY, "Damp at 12 Garlinge Road",
                "Ann, copying you as the Cabinet member.", DAMP).to(ANN).judge();

            assertThat(undisclosed(judgement)).singleElement().satisfies(finding ->
                assertThat(finding.people()).containsExactly("cllr-ann-smith"));
        }
    }

    // ---- Meeting question and FOI/DPA entitlement (Thanet)

    @Test
    void thanetAllowsTheAnswerToAQuestionAskedAtAMeeting() {
        try (CopyCouncil thanet = new CopyCouncil("thanet"); CopyCouncil dudley = new CopyCouncil("dudley")) {
            for (CopyCouncil council : new CopyCouncil[] {thanet, dudley}) {
                Judgement enquiry = enquiry(council, ANN, "Flooding on Hill Street", FLOODING);
                Judgement judgement = forward(council, enquiry, "Ann Smith", ANN, "Flooding on Hill Street", """
                    Ann, this answers the question you raised at the Full Council meeting on 19 November, so I am
                    copying it to the group leaders as the Chairman asked.""", FLOODING).to(ANN).cc(RAJ).judge();
                if (council == thanet) {
                    assertThat(judgement.findings()).isEmpty();
                } else {
                    assertThat(undisclosed(judgement)).singleElement().satisfies(finding ->
                        assertThat(finding.people()).containsExactly("cllr-raj-patel"));
                }
            }
        }
    }

    @Test
    void thanetAllowsAMemberEntitledUnderFreedomOfInformation() {
        try (CopyCouncil thanet = new CopyCouncil("thanet"); CopyCouncil dudley = new CopyCouncil("dudley")) {
            for (CopyCouncil council : new CopyCouncil[] {thanet, dudley}) {
                Judgement enquiry = enquiry(council, ANN, "Flooding on Hill Street", FLOODING);
                Judgement judgement = forward(council, enquiry, "Ann Smith", ANN, "Flooding on Hill Street", """
                    Raj, you asked for the drainage correspondence. You are entitled to this information under the
                    Freedom of Information Act 2000, so it is below.""", FLOODING).to(RAJ).judge();
                if (council == thanet) {
                    assertThat(judgement.findings()).isEmpty();
                } else {
                    assertThat(undisclosed(judgement)).singleElement().satisfies(finding ->
                        assertThat(finding.people()).containsExactly("cllr-raj-patel"));
                }
            }
        }
    }

    @Test
    void aQuestionAskedOutsideAMeetingIsNoGround() {
        try (CopyCouncil council = new CopyCouncil("thanet")) {
            Judgement enquiry = enquiry(council, ANN, "Flooding on Hill Street", FLOODING);
            Judgement judgement = forward(council, enquiry, "Ann Smith", ANN, "Flooding on Hill Street",
                "Raj, Ann asked a question about the gullies on the phone yesterday.", FLOODING).to(RAJ).judge();

            assertThat(undisclosed(judgement)).hasSize(1);
        }
    }

    // ---- Copies to officers

    @ParameterizedTest
    @ValueSource(strings = {"thanet", "dudley", "dartford"})
    void anOfficerPassingAMembersEnquiryToAColleagueIsFine(String profile) {
        try (CopyCouncil council = new CopyCouncil(profile)) {
            Judgement enquiry = enquiry(council, ANN, "Flooding on Hill Street", FLOODING);
            Judgement judgement = forward(council, enquiry, "Ann Smith", ANN, "Flooding on Hill Street",
                "Dan, can you arrange the survey?", FLOODING).to(DAN).cc(CAROL).judge();

            assertThat(judgement.findings()).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "PRIVATE AND CONFIDENTIAL",
        "Private & Confidential - please treat with care.",
        "I am telling you this in confidence: the tenant is my neighbour.",
        "Please keep this confidential for now."})
    void anOfficerPassingAMembersConfidentialEnquiryToAColleagueIsFound(String marking) {
        try (CopyCouncil council = new CopyCouncil("thanet")) {
            String words = marking + "\n\nBob, the tenant at 12 Garlinge Road has asked me to raise the damp with you.\n\nAnn";
            Judgement enquiry = enquiry(council, ANN, "Damp at 12 Garlinge Road", words);
            Judgement judgement = forward(council, enquiry, "Ann Smith", ANN, "Damp at 12 Garlinge Road",
                "Dan, can you arrange an inspection?", words).to(DAN).judge();

            assertThat(undisclosed(judgement)).singleElement().satisfies(finding -> {
                assertThat(finding.people()).containsExactly("dan-green");
                assertThat(finding.tell()).containsExactly("cllr-ann-smith");
                assertThat(finding.evidence()).anyMatch(line -> line.startsWith("Marked confidential: "));
                assertThat(finding.evidence()).anyMatch(line -> line.contains(DAN)
                    && line.endsWith("an officer, and the correspondence is marked confidential"));
                assertThat(finding.summary()).isEqualTo("Bob Jones copied Cllr Ann Smith's correspondence to Dan Green <"
                    + DAN + ">, although it is marked confidential; Cllr Ann Smith has not been told.");
            });
        }
    }

    @Test
    void aConfidentialSubjectOrSensitivityFlagMarksTheCorrespondence() {
        try (CopyCouncil council = new CopyCouncil("thanet")) {
            Judgement enquiry = enquiry(council, ANN, "CONFIDENTIAL - tenant complaint", FLOODING);
            Judgement bySubject = forward(council, enquiry, "Ann Smith", ANN, "CONFIDENTIAL - tenant complaint",
                "Dan, please deal.", FLOODING).to(DAN).judge();
            assertThat(undisclosed(bySubject)).singleElement().satisfies(finding ->
                assertThat(finding.evidence()).contains("Marked confidential: Subject: FW: CONFIDENTIAL - tenant complaint"));

            Judgement other = enquiry(council, ANN, "Tenant complaint", FLOODING);
            Judgement bySensitivity = forward(council, other, "Ann Smith", ANN, "Tenant complaint",
                "Dan, please deal.", FLOODING).to(DAN).header("Sensitivity", "Company-Confidential").judge();
            assertThat(undisclosed(bySensitivity)).singleElement().satisfies(finding ->
                assertThat(finding.evidence()).contains("Marked confidential: Sensitivity: Company-Confidential"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "This email and any attachments are confidential and intended solely for the addressee.",
        "This email and any attachments are confidential and\nintended solely for the addressee. If you have received it in\nerror please tell the sender.",
        "The information in this message is confidential and may be legally privileged.",
        "This is not confidential, share it as you wish with officers.",
        "Residents say the confidential waste bins at the Harbour depot were left open."})
    void disclaimersAndPassingMentionsOfConfidentialityAreNoMarking(String words) {
        try (CopyCouncil council = new CopyCouncil("thanet")) {
            String enquiryWords = "Bob, the Harbour depot gates were left open overnight.\n\n" + words + "\n\nAnn";
            Judgement enquiry = enquiry(council, ANN, "Harbour depot", enquiryWords);
            Judgement judgement = forward(council, enquiry, "Ann Smith", ANN, "Harbour depot",
                "Dan, can you check the depot?", enquiryWords).to(DAN).judge();

            assertThat(judgement.findings()).isEmpty();
        }
    }

    @Test
    void underDudleyAConfidentialEnquiryMayStillGoToOfficers() {
        // Dudley 123 restricts copies to members only; the profile still allows officers unless confidential,
        // so the confidential enquiry passed to a colleague is found there too.
        try (CopyCouncil council = new CopyCouncil("dudley")) {
            String words = "Private and confidential\n\nBob, a tenant at 12 Garlinge Road has been threatened by a neighbour.";
            Judgement enquiry = enquiry(council, ANN, "Garlinge Road", words);
            Judgement judgement = forward(council, enquiry, "Ann Smith", ANN, "Garlinge Road",
                "Priya, for the member casework log.", words).to(PRIYA).judge();

            assertThat(undisclosed(judgement)).singleElement().satisfies(finding ->
                assertThat(finding.people()).containsExactly("priya-shah"));
        }
    }

    // ---- Members passing on their own correspondence

    static Judgement annForwardsHerOwn(CopyCouncil council, String marking, String... recipients) {
        Judgement enquiry = enquiry(council, ANN, "Anti-social behaviour on Elm Grove", marking
            + "\n\nBob, a resident has given me the names of the youths involved.\n\nAnn");
        Judgement reply = council.from(BOB).to(ANN).subject("RE: Anti-social behaviour on Elm Grove").inReplyTo(enquiry)
            .text("Ann, thank you, I have passed the names to the community safety team.").judge();
        return council.from(ANN).to(recipients).subject("FW: RE: Anti-social behaviour on Elm Grove").inReplyTo(reply)
            .text("""
                Mary, see Bob's reply below.

                -----Original Message-----
                From: Bob Jones <bob.jones@northbrook.gov.uk>
                Sent: 23 November 2026 11:40
                To: Cllr Ann Smith <cllr.ann.smith@northbrook.gov.uk>
                Subject: RE: Anti-social behaviour on Elm Grove

                Ann, thank you, I have passed the names to the community safety team.

                -----Original Message-----
                From: Cllr Ann Smith <cllr.ann.smith@northbrook.gov.uk>
                Sent: 23 November 2026 10:15
                To: Bob Jones <bob.jones@northbrook.gov.uk>
                Subject: Anti-social behaviour on Elm Grove

                %s

                Bob, a resident has given me the names of the youths involved.
                """.formatted(marking)).judge();
    }

    @Test
    void underThanetAMemberPassingOnTheirOwnConfidentialCorrespondenceIsFound() {
        try (CopyCouncil council = new CopyCouncil("thanet")) {
            Judgement judgement = annForwardsHerOwn(council, "STRICTLY CONFIDENTIAL", MARY);

            assertThat(undisclosed(judgement)).singleElement().satisfies(finding -> {
                assertThat(finding.clause()).isEqualTo("Thanet 9.1.12");
                assertThat(finding.people()).containsExactly("cllr-mary-jones");
                assertThat(finding.evidence()).contains("Marked confidential: STRICTLY CONFIDENTIAL",
                    "Copied to: Cllr Mary Jones <" + MARY + ">");
                assertThat(finding.summary()).isEqualTo("Cllr Ann Smith passed on their own correspondence marked "
                    + "confidential to Cllr Mary Jones <" + MARY + ">.");
            });
        }
    }

    @Test
    void underDudleyAMemberMayPassOnTheirOwnConfidentialCorrespondence() {
        try (CopyCouncil council = new CopyCouncil("dudley")) {
            assertThat(annForwardsHerOwn(council, "STRICTLY CONFIDENTIAL", MARY).findings()).isEmpty();
        }
    }

    @Test
    void underThanetAMemberMayPassOnTheirOwnCorrespondenceThatIsNotConfidential() {
        try (CopyCouncil council = new CopyCouncil("thanet")) {
            assertThat(annForwardsHerOwn(council, "Update for ward colleagues.", MARY).findings()).isEmpty();
        }
    }

    @Test
    void underThanetAMemberMayRaiseTheirOwnConfidentialCorrespondenceWithAnotherOfficer() {
        // Thanet 9.1.12 limits copies "to other Members and third parties"; the director is neither.
        try (CopyCouncil council = new CopyCouncil("thanet")) {
            assertThat(annForwardsHerOwn(council, "STRICTLY CONFIDENTIAL", CAROL).findings()).isEmpty();
        }
    }

    @Test
    void aMemberCopyingAnotherMemberOnTheirOwnEnquiryIsFine() {
        try (CopyCouncil council = new CopyCouncil("thanet")) {
            Judgement judgement = council.from(ANN).to(BOB).cc(LUCY).subject("Flooding on Hill Street").text(FLOODING).judge();

            assertThat(judgement.findings()).isEmpty();
        }
    }

    // ---- Hostile text

    @Test
    @Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void longRunsOfWhiteSpaceInTheQuotedTextDoNotStallTheRules() {
        try (CopyCouncil council = new CopyCouncil("thanet")) {
            String words = "Bob," + " ".repeat(300_000) + "the gullies.\n" + "\n".repeat(100_000) + "   \n".repeat(50_000)
                + "Circulation: " + " ".repeat(100_000) + "\nPlease do not share this." + "\t".repeat(100_000) + "\nAnn";
            Judgement enquiry = enquiry(council, ANN, "Flooding on Hill Street", "Bob, the gullies again.");
            Judgement judgement = forward(council, enquiry, "Ann Smith", ANN, "Flooding on Hill Street",
                "Raj, for your information." + " ".repeat(300_000) + "\n" + "\n \n".repeat(50_000), words).to(RAJ).judge();

            assertThat(undisclosed(judgement)).singleElement().satisfies(finding ->
                assertThat(finding.people()).containsExactly("cllr-raj-patel"));
        }
    }

    // ---- Blind copies belong to silent-copy

    @Test
    void aBlindCopyIsReportedOnceAsASilentCopy() {
        try (CopyCouncil council = new CopyCouncil("thanet")) {
            Judgement enquiry = enquiry(council, ANN, "Flooding on Hill Street", FLOODING);
            Judgement judgement = forward(council, enquiry, "Ann Smith", ANN, "Flooding on Hill Street",
                "Dan, can you arrange the survey?", FLOODING).to(DAN).bcc(RAJ).judge();

            assertThat(judgement.findings()).singleElement()
                .satisfies(finding -> assertThat(finding.rule()).isEqualTo(SilentCopyDetector.RULE));
        }
    }

    @Test
    void withSilentCopySwitchedOffABlindCopyIsStillAnUndisclosedCopy() {
        try (CopyCouncil council = new CopyCouncil("thanet-silent-off")) {
            Judgement enquiry = enquiry(council, ANN, "Flooding on Hill Street", FLOODING);
            Judgement judgement = forward(council, enquiry, "Ann Smith", ANN, "Flooding on Hill Street",
                "Dan, can you arrange the survey?", FLOODING).to(DAN).bcc(RAJ).judge();

            assertThat(judgement.findings()).singleElement().satisfies(finding -> {
                assertThat(finding.rule()).isEqualTo(UndisclosedCopyDetector.RULE);
                assertThat(finding.people()).containsExactly("cllr-raj-patel");
                assertThat(finding.evidence()).contains(
                    "Copied to Cllr Raj Patel <" + RAJ + "> (blind), a member who was not a party to it");
            });
        }
    }
}

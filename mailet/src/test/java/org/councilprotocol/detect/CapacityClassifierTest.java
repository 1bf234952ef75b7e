package org.councilprotocol.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilprotocol.detect.CapacityFixture.ANN;
import static org.councilprotocol.detect.CapacityFixture.BOB;
import static org.councilprotocol.detect.CapacityFixture.MARY;
import static org.councilprotocol.detect.CapacityFixture.ORGANISATION;
import static org.councilprotocol.detect.CapacityFixture.OWEN;
import static org.councilprotocol.detect.CapacityFixture.PRIYA;
import static org.councilprotocol.detect.CapacityFixture.RAJ;
import static org.councilprotocol.detect.CapacityFixture.RESIDENT;
import static org.councilprotocol.detect.CapacityFixture.RUTH;
import static org.councilprotocol.detect.CapacityFixture.TOM;

import java.util.Optional;

import org.councilprotocol.model.Capacity;
import org.councilprotocol.model.Person;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What the capacity reading holds beyond the label: who, which ward, the evidence, the declaration. */
class CapacityClassifierTest {
    private static CapacityFixture council;

    @BeforeAll
    static void open() {
        council = new CapacityFixture();
    }

    @AfterAll
    static void close() {
        council.close();
    }

    @Test
    void anOfficerHasNoCapacity() {
        assertThat(council.from(BOB).to(RESIDENT).text("Your bin on Harbour Street will be collected tomorrow.").reading())
            .isEqualTo(CapacityReading.NONE);
    }

    @Test
    void nothingToGoOnIsNone() {
        CapacityReading reading = council.from(RAJ).to(BOB).subject("Thursday").text("See you then.\n\nRaj").reading();
        assertThat(reading.capacity()).isEqualTo(Capacity.NONE);
        assertThat(reading.evidence()).isEmpty();
    }

    @Test
    void theEvidenceQuotesTheWordsAndTheDirectory() {
        CapacityReading reading = council.from(RAJ).to(RESIDENT).subject("Rats at Harbour Court")
            .text("Dear Mrs Hughes,\n\nThank you for telling me about the rats in the bin store. I've asked pest control to"
                + " visit this week.\n\nRaj").reading();
        assertThat(reading.capacity()).isEqualTo(Capacity.WARD);
        assertThat(reading.ward()).contains("Harbour");
        assertThat(reading.evidence()).contains("\"Harbour\" (Cllr Raj Patel's ward)", "\"rats\"");
        assertThat(reading.evidence()).allSatisfy(evidence -> assertThat(evidence).startsWith("\""));
        assertThat(reading.declaration()).isEmpty();
    }

    @Test
    void onlyWardMailOrMailNamingTheWardCarriesAWard() {
        assertThat(council.from(ANN).to(MARY).subject("Dinner on Saturday")
            .text("Mary, are you and David free for dinner at ours on Saturday? My sister is visiting too.").reading())
            .satisfies(reading -> {
                assertThat(reading.capacity()).isEqualTo(Capacity.PERSONAL);
                assertThat(reading.ward()).isEmpty();
            });
        assertThat(council.from(ANN).to(RESIDENT).subject("Your hedge")
            .text("Dear Mrs Hughes,\n\nThank you for getting in touch about the overgrown hedge. I've reported it.\n\nAnn")
            .reading().ward()).contains("Cliftonville West");
    }

    @Test
    void anotherMembersWardIsNoWardEvidence() {
        CapacityReading reading = council.from(RAJ).to(RESIDENT).subject("Eastcliff")
            .text("Dear Mrs Hughes,\n\nEastcliff is Cllr Evans's ward.\n\nRaj").reading();
        assertThat(reading.evidence()).noneSatisfy(evidence -> assertThat(evidence).contains("Eastcliff"));
    }

    @Test
    void thePortfolioMakesCabinetEvidenceOnlyForTheCabinetMember() {
        String text = "Hi Carol,\n\nCan we go through the draft housing strategy and the consultation plan before it goes"
            + " to Cabinet in January?\n\nThanks";
        CapacityReading cabinet = council.from(ANN).to(BOB).subject("Housing strategy").text(text).reading();
        assertThat(cabinet.capacity()).isEqualTo(Capacity.CABINET);
        assertThat(cabinet.evidence()).anySatisfy(evidence -> assertThat(evidence).contains("portfolio: Housing"));
        assertThat(council.from(MARY).to(BOB).subject("Housing strategy").text(text).reading().capacity())
            .isNotEqualTo(Capacity.CABINET);
    }

    @Test
    void aChairsCommitteeBusinessSaysTheyChair() {
        CapacityReading reading = council.from(OWEN).to(PRIYA).subject("Scrutiny work programme")
            .text("Priya,\n\nPlease add a review of housing repairs to the Overview and Scrutiny work programme for the"
                + " spring.\n\nOwen").reading();
        assertThat(reading.capacity()).isEqualTo(Capacity.COMMITTEE);
        assertThat(reading.evidence()).contains("Cllr Owen Price chairs a committee");
    }

    @Test
    void theQuotedHistoryDoesNotDecideTheCapacity() {
        String forward = """
            Bob, could you check the street lights on Harbour Street? A resident says they've been out for a week.

            Raj

            On Sun, 22 Nov 2026, Sue Jones <sue.jones@gmail.com> wrote:
            > My husband and I can't see a thing walking back from Mum's birthday dinner. Love, Sue x
            > Vote Labour! Canvassing this Saturday, bring your rosettes.
            """;
        assertThat(council.from(RAJ).to(BOB).subject("Fwd: street lights").text(forward).reading().capacity())
            .isEqualTo(Capacity.WARD);
    }

    @Test
    void theSignatureCountsLessThanTheWords() {
        CapacityReading reading = council.from(ANN).to(RESIDENT).subject("Pothole on Northdown Road")
            .text("Dear Mrs Hughes,\n\nThank you for reporting the pothole. I've asked highways to fill it this week.\n\n"
                + "Best wishes,\nAnn Smith\nCabinet Member for Housing").reading();
        assertThat(reading.capacity()).isEqualTo(Capacity.WARD);
    }

    @Test
    void theDeclarationIsReadWithoutQuoteMarkersOrLineBreaks() {
        assertThat(CapacityClassifier.declaration(council.config.directory().person("cllr-raj-patel").orElseThrow(),
            "> > Councillor Raj Patel is writing as a ward councillor for Harbour, not on\n> > behalf of Northbrook"
                + " District\n> > Council.",
            Optional.of("Councillor {name} is writing as a ward councillor for {ward}, not on behalf of\n"
                + "Northbrook District Council.")))
            .contains("Councillor Raj Patel is writing as a ward councillor for Harbour, not on behalf of Northbrook District"
                + " Council.");
    }

    @Test
    void committeeMembershipIsNotAWardDeclaration() {
        assertThat(council.from(MARY).to(RESIDENT).subject("The hotel application")
            .text("As a member of the Planning Committee I must keep an open mind.").reading().declaration()).isEmpty();
    }

    // ---- the situation: who the mail goes to, what the directory says, whose case it is

    @Test
    void aNoteAboutNothingCouncilToSomeoneOutsideIsPersonalButToAnOfficerIsNone() {
        String note = "Still on for the quiz on Thursday? I'll bring the crisps. R";
        CapacityReading outside = council.from(RAJ).to("sunil.k@gmail.com").subject("Thursday").text(note).reading();
        assertThat(outside.capacity()).isEqualTo(Capacity.PERSONAL);
        assertThat(outside.evidence()).contains("Nothing in it is council or party business",
            "Written to someone outside the council");
        assertThat(council.from(RAJ).to(BOB).subject("Thursday").text(note).reading().capacity()).isEqualTo(Capacity.NONE);
    }

    @Test
    void theCouncilNamedInAnUnknownNoteIsNotReadAsPrivate() {
        assertThat(council.from(RAJ).to(ORGANISATION).subject("Thursday")
            .text("Happy to meet your chief executive and ours on Thursday. Raj").reading().capacity())
            .isNotEqualTo(Capacity.PERSONAL);
    }

    @Test
    void anElectionImprintMakesCampaignMailOfWhatWouldReadAsWardNews() {
        CapacityReading reading = council.from(OWEN).to(RESIDENT).subject("What I've done for Northdown Park")
            .text("Dear neighbour,\n\nThis year I've had the potholes on Elmwood Avenue filled, got the street lights on"
                + " Laleham Gardens fixed and kept the library open. I'd be glad to hear what you'd like next.\n\nOwen Price\n\n"
                + "Promoted by R. Hale on behalf of Owen Price, both at 2 Cliff Street, Northbrook.").reading();
        assertThat(reading.capacity()).isEqualTo(Capacity.PARTY_POLITICAL);
        assertThat(reading.evidence()).anySatisfy(evidence -> assertThat(evidence).endsWith("(an election imprint)"));
    }

    @Test
    void aCabinetMembersServiceWithNoResidentsCaseIsPortfolioBusiness() {
        String service = "Bob,\n\nOn the litter bin review: I agree with fewer, larger bins with compaction, but none should"
            + " go from the bus stops.\n\nRuth";
        assertThat(council.from(RUTH).to(BOB).subject("Litter bins").text(service).reading().capacity())
            .isEqualTo(Capacity.CABINET);
        String theirCase = "Bob,\n\nMrs Moss on Brook Close tells me the litter bin at her bus stop has been overflowing for a"
            + " fortnight. Could it be emptied?\n\nRuth";
        assertThat(council.from(RUTH).to(BOB).subject("Litter bin").text(theirCase).reading().capacity())
            .isEqualTo(Capacity.WARD);
    }

    @Test
    void aCabinetSchemeInTheMembersOwnWardIsNotWardMailForNamingIt() {
        CapacityReading reading = council.from(RUTH).to(BOB).subject("Depot relocation - business case")
            .text("Hi Bob,\n\nI've read the business case for moving the depot to Dane Valley. People will notice it is in my"
                + " ward, so I want the site selection and the scoring set out properly before I sign it off.\n\nRuth")
            .reading();
        assertThat(reading.capacity()).isEqualTo(Capacity.CABINET);
        assertThat(reading.ward()).contains("Dane Valley");
    }

    @Test
    void theMembersOwnAffairsOutweighTheCouncilWordsAboutThem() {
        assertThat(council.from(OWEN).to(BOB).subject("My loft conversion")
            .text("Hello,\n\nI've applied for permission for a loft conversion at my house (26/00422). Who is the case"
                + " officer? Democratic services know, so it can be declared.\n\nOwen").reading().capacity())
            .isEqualTo(Capacity.PERSONAL);
    }

    @Test
    void aPersonalWordWithNotBeforeItDoesNotCount() {
        assertThat(council.from(MARY).to(ORGANISATION).subject("Re: your quote for the leaflets")
            .text("Dear Gary,\n\nPlease go ahead with 3,000 leaflets and 200 posters. Invoice the Westgate Conservatives,"
                + " please, not me personally.\n\nMary").reading().capacity())
            .isEqualTo(Capacity.PARTY_POLITICAL);
    }

    @Test
    void theSignatureStartsAtTheMembersNameAndCountsHalf() {
        // Without a sign-off word, "Ann" then her title block: the title is the signature, not her words.
        CapacityReading reading = council.from(ANN).to(RESIDENT).subject("Re: your transfer application")
            .text("Dear Ms Mensah,\n\nThanks for coming to see me. I've asked the allocations team to review your banding,"
                + " with your permission, and I'll chase them.\n\nAnn\n\nAnn Smith\nCabinet Member for Housing\n"
                + "Councillor for Cliftonville West").reading();
        assertThat(reading.capacity()).isEqualTo(Capacity.WARD);
        assertThat(reading.evidence()).noneSatisfy(evidence -> assertThat(evidence).isEqualTo("\"Cabinet Member for\""));
    }

    @Test
    void aPortfolioIsKnownByItsBusinessAsWellAsItsName() {
        CapacityReading reading = council.from(ANN).to(BOB).subject("Leasing more flats")
            .text("Bob,\n\nI want us to lease another 20 self-contained flats so fewer families go into temporary accommodation."
                + " Can you cost it?\n\nAnn").reading();
        assertThat(reading.capacity()).isEqualTo(Capacity.CABINET);
        assertThat(reading.evidence()).anySatisfy(evidence -> assertThat(evidence)
            .isEqualTo("\"temporary accommodation\" (the business of Cllr Ann Smith's portfolio: Housing)"));
    }

    @Test
    void housingNominationsAreNotElectionNominations() {
        assertThat(council.from(ANN).to(ORGANISATION).subject("Nomination rights")
            .text("Dear Mr Ashworth,\n\nWe accept 100% nomination rights on first lets, through the council's register.\n\n"
                + "Ann Smith\nCabinet Member for Housing").reading().capacity()).isEqualTo(Capacity.CABINET);
    }

    @Test
    void theMembersPartyInTheirSignatureAndElectionWordsShowACampaign() {
        CapacityReading reading = council.from(RUTH).to(ORGANISATION).subject("Saturday")
            .text("Hi all,\n\nWe need people out on Saturday: the seats we lost by forty votes are the ones to knock on, and"
                + " the candidates will bring leaflets.\n\nRuth\nDane Valley Labour").reading();
        assertThat(reading.capacity()).isEqualTo(Capacity.PARTY_POLITICAL);
        assertThat(reading.evidence()).contains("\"Labour\" (Cllr Ruth Okafor's party, signature)");
    }

    @Test
    void theMayorDecliningAnInvitationWithApologiesIsCivicNotCommittee() {
        assertThat(council.from(TOM).to(PRIYA).subject("Thursday")
            .text("Priya - please decline the Round Table dinner on Thursday with my apologies. T").reading().capacity())
            .isEqualTo(Capacity.CIVIC);
        assertThat(council.from(MARY).to(PRIYA).subject("Thursday")
            .text("Priya - please send my apologies for Thursday's Licensing Committee. Mary").reading().capacity())
            .isEqualTo(Capacity.COMMITTEE);
    }

    @Test
    void theMembersOwnWordsSayingTheyWriteAsWardCouncillorAreWardEvidence() {
        CapacityReading reading = council.from(RAJ).to(ORGANISATION).subject("The quay")
            .text("Dear all,\n\nI write as one of Harbour's councillors: the quay needs its railings back before summer.\n\nRaj")
            .reading();
        assertThat(reading.capacity()).isEqualTo(Capacity.WARD);
        assertThat(reading.declaration()).contains("one of Harbour's councillors");
    }

    @Test
    void membersWhoAskedSomethingAreNotAStatementOfCapacity() {
        Person raj = council.config.directory().person("cllr-raj-patel").orElseThrow();
        assertThat(CapacityClassifier.declaration(raj, "We will extend the consultation by two weeks, as your members asked.",
            Optional.empty())).isEmpty();
        assertThat(CapacityClassifier.declaration(raj, "As your local councillor, I have asked for a repair.", Optional.empty()))
            .contains("As your local councillor");
    }

    @Test
    void aDateIsNotAPlanningReference() {
        assertThat(CapacityClassifier.cueMatches("Date of birth 14/03/1961.", false)).noneSatisfy(found ->
            assertThat(found).contains("03/1961"));
        assertThat(CapacityClassifier.cueMatches("The report on 25/00877 is out.", false)).anySatisfy(found ->
            assertThat(found).contains("25/00877"));
    }
}

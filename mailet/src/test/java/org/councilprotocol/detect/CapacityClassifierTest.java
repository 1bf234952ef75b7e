package org.councilprotocol.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilprotocol.detect.CapacityFixture.ANN;
import static org.councilprotocol.detect.CapacityFixture.BOB;
import static org.councilprotocol.detect.CapacityFixture.MARY;
import static org.councilprotocol.detect.CapacityFixture.OWEN;
import static org.councilprotocol.detect.CapacityFixture.PRIYA;
import static org.councilprotocol.detect.CapacityFixture.RAJ;
import static org.councilprotocol.detect.CapacityFixture.RESIDENT;

import java.util.Optional;

import org.councilprotocol.model.Capacity;
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
}

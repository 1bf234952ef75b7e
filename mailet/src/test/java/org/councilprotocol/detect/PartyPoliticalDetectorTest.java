package org.councilprotocol.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilprotocol.detect.CapacityFixture.BOB;
import static org.councilprotocol.detect.CapacityFixture.LI;
import static org.councilprotocol.detect.CapacityFixture.MARY;
import static org.councilprotocol.detect.CapacityFixture.ORGANISATION;
import static org.councilprotocol.detect.CapacityFixture.OWEN;
import static org.councilprotocol.detect.CapacityFixture.RAJ;
import static org.councilprotocol.detect.CapacityFixture.RESIDENT;
import static org.councilprotocol.detect.CapacityFixture.RUTH;
import static org.councilprotocol.detect.CapacityFixture.TOM;

import java.util.List;

import org.councilprotocol.config.RuleConfig;
import org.councilprotocol.model.Action;
import org.councilprotocol.model.Finding;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code party-political-use}: council email used for party politics, and the council business that only looks like it. */
class PartyPoliticalDetectorTest {
    private static CapacityFixture council;
    private static RuleConfig rule;
    private final PartyPoliticalDetector detector = new PartyPoliticalDetector();

    @BeforeAll
    static void open() {
        council = new CapacityFixture();
        rule = council.rule(PartyPoliticalDetector.RULE);
    }

    @AfterAll
    static void close() {
        council.close();
    }

    private List<Finding> detect(CapacityFixture.Mail mail) {
        return detector.detect(mail.context(), rule);
    }

    // ---- campaigning

    @Test
    void canvassingIsFound() {
        List<Finding> findings = detect(council.from(MARY).to("westgate.tories@gmail.com").subject("Canvassing on Saturday")
            .text("Hi team,\n\nWe're out canvassing in Garlinge this Saturday. Meet at 10am and I'll bring the walk sheets"
                + " and rosettes.\n\nMary"));

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.rule()).isEqualTo("party-political-use");
            assertThat(finding.action()).isEqualTo(Action.FLAG);
            assertThat(finding.clause()).isEqualTo("Thanet 9.4.1");
            assertThat(finding.summary()).isEqualTo("Cllr Mary Jones used council email for party-political campaigning;"
                + " council email is for council business only.");
            assertThat(finding.evidence()).anySatisfy(evidence -> assertThat(evidence).isEqualTo("\"canvassing\""));
            assertThat(finding.people()).containsExactly("cllr-mary-jones");
        });
    }

    @Test
    void askingAResidentToVoteForTheMembersPartyIsFound() {
        assertThat(detect(council.from(MARY).to(RESIDENT).subject("Your support on 7 May")
            .text("Dear Mr Taylor,\n\nWith the election weeks away, I'd be grateful for your support. On 7 May please vote"
                + " Conservative to keep a strong local team in Westgate.\n\nMary Jones")))
            .singleElement().satisfies(finding -> assertThat(finding.evidence())
                .anySatisfy(evidence -> assertThat(evidence).contains("Cllr Mary Jones's party")));
    }

    @Test
    void aLeafletDropForABy_electionToAnotherMemberIsFound() {
        assertThat(detect(council.from(RAJ).to(RUTH).subject("Leaflets for Sunday")
            .text("Ruth,\n\nThe by-election leaflets are back from the printer. Can the Labour group cover Marine Terrace on"
                + " Sunday? We need every door done if we're going to win this seat back.\n\nRaj"))).hasSize(1);
    }

    @Test
    void fundraisingForThePartyIsFound() {
        assertThat(detect(council.from(OWEN).to(ORGANISATION).subject("Association dinner")
            .text("Dear friends,\n\nTickets for the Conservative Association's fundraising dinner are £45. All proceeds go to"
                + " the fighting fund for the May elections.\n\nOwen"))).hasSize(1);
    }

    @Test
    void campaigningWithoutNamingAPartyIsFound() {
        assertThat(detect(council.from(LI).to(ORGANISATION).subject("Deliverers needed")
            .text("Hi all,\n\nThe new leaflets are ready. Could you each take a delivery round before polling day? We need"
                + " every supporter in Birchington North to have one, and posters up in windows.\n\nLi"))).hasSize(1);
    }

    @Test
    void htmlOnlyCampaigningIsFound() {
        assertThat(detect(council.from(RUTH).to(ORGANISATION).subject("Phone bank volunteers")
            .html("<p>Hi everyone,</p><p>We're running <b>phone banks</b> from the Labour office on Tuesday to reach voters"
                + " we missed on the doorstep. Pizza provided!</p><p>Ruth</p>"))).hasSize(1);
    }

    @Test
    void theMayorsOwnPartyWorkIsFound() {
        assertThat(detect(council.from(TOM).to(ORGANISATION).subject("Market stall")
            .text("Hi Priti,\n\nCould you run the Green Party stall at Saturday's market? I can't be on it while I'm Mayor,"
                + " but I'll drop off the membership leaflets. We want thirty new members before the election campaign.\n\nTom")))
            .hasSize(1);
    }

    // ---- council business that mentions parties, elections, campaigns, votes or fundraising

    @Test
    void wardMailNamingAPartyIsNotPartyPolitical() {
        assertThat(detect(council.from(MARY).to(RESIDENT).subject("Back lanes in Westgate")
            .text("Dear Mr Okonjo,\n\nThank you for the photos of the fly-tipping. I know the Labour and Conservative"
                + " councillors at County have both raised the back lanes, so I'll write to county highways as well.\n\nMary")))
            .isEmpty();
    }

    @Test
    void aCommunityCampaignIsNotPartyPolitical() {
        assertThat(detect(council.from(RAJ).to(RESIDENT).subject("Save Harbour Library")
            .text("Dear Friends of Harbour Library,\n\nThank you for the petition. The campaign to keep the library open has"
                + " been remarkable. Please encourage residents in Harbour to respond to the consultation.\n\nRaj"))).isEmpty();
    }

    @Test
    void theCouncilsOwnLeafletIsNotPartyPolitical() {
        assertThat(detect(council.from(MARY).to(RESIDENT).subject("New recycling days")
            .text("Dear Mrs Baxter,\n\nYou're right that the council's leaflet about the new collection days in Westgate was"
                + " confusing. Your recycling will now be collected on Tuesdays.\n\nMary"))).isEmpty();
    }

    @Test
    void pollingStationAccessIsNotPartyPolitical() {
        assertThat(detect(council.from(MARY).to(RESIDENT).subject("Ramp at the polling station")
            .text("Dear Mrs Osei,\n\nThank you for telling me you couldn't get your husband's wheelchair into the church hall"
                + " in Garlinge to vote in the by-election. I've raised it with electoral services, who will hire a ramp for"
                + " every future election.\n\nMary Jones"))).isEmpty();
    }

    @Test
    void aResidentsMissingPostalVoteIsNotPartyPolitical() {
        assertThat(detect(council.from(RAJ).to(BOB).subject("Postal vote not received")
            .text("Hi,\n\nA resident of Harbour Court, one of my constituents, hasn't received her postal vote. Could electoral"
                + " services check her registration and send a replacement?\n\nThanks, Raj"))).isEmpty();
    }

    @Test
    void theMayorsCharityFundraisingIsNotPartyPolitical() {
        assertThat(detect(council.from(TOM).to(ORGANISATION).subject("Mayor's charity golf day")
            .text("Dear Mr Fielding,\n\nI'm organising a golf day to raise money for the Mayor's charities. Would your company"
                + " sponsor a hole? Your name would be in the programme.\n\nTom Evans\nMayor of Northbrook"))).isEmpty();
    }

    @Test
    void aGreenFlagAwardIsNotTheGreenParty() {
        assertThat(detect(council.from(TOM).to(ORGANISATION).subject("Green Flag presentation")
            .text("Dear Mr Appleby,\n\nCongratulations on the Green Flag award. I'd be honoured to present the flag as Mayor at"
                + " the ceremony in August.\n\nTom Evans\nMayor of Northbrook"))).isEmpty();
    }

    @Test
    void aCommitteeVoteIsNotPartyPolitical() {
        assertThat(detect(council.from(LI).to(BOB).subject("Draft minutes")
            .text("Hi,\n\nA correction to the draft minutes of the Planning Committee: the vote on item 4 was 7 for and 3"
                + " against. With that change I'm happy to sign them as a correct record.\n\nLi"))).isEmpty();
    }

    @Test
    void aCabinetDecisionIsNotPartyPolitical() {
        assertThat(detect(council.from(RUTH).to(RESIDENT).subject("Food waste collections")
            .text("Dear Mrs Gill,\n\nThe Cabinet voted to introduce weekly food waste collections across the district from April"
                + " as part of our recycling strategy.\n\nRuth Okafor\nCabinet Member for Waste and Recycling"))).isEmpty();
    }

    @Test
    void campaigningOnlyInTheQuotedHistoryIsNotTheMembersOwn() {
        String reply = """
            Thanks, Mrs Hughes. I've asked the estate team to clear the leaflets from the stairwells at Harbour Court.

            Raj

            On Sun, 22 Nov 2026 at 18:40, Margaret Hughes <margaret.hughes@btinternet.com> wrote:
            > Someone has dumped hundreds of "Vote Reform - re-elect nobody" leaflets in our block.
            > Please canvass your party about littering!
            """;
        assertThat(detect(council.from(RAJ).to(RESIDENT).subject("Re: leaflets in the stairwell").text(reply))).isEmpty();
    }

    @Test
    void anUnverifiedSenderIsNotJudged() {
        assertThat(detect(council.from(MARY).to(RESIDENT).subject("Canvassing").unauthenticated()
            .text("We're out canvassing on Saturday; please vote Conservative.\n\nMary"))).isEmpty();
    }

    @Test
    void anOfficerIsNotJudged() {
        assertThat(detect(council.from(BOB).to(RESIDENT).subject("Polling day")
            .text("Polling stations are open 7am to 10pm on polling day. Postal votes can be handed in at any station."))).isEmpty();
    }
}

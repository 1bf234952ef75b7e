package org.councilprotocol.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilprotocol.detect.CapacityFixture.ANN;
import static org.councilprotocol.detect.CapacityFixture.BOB;
import static org.councilprotocol.detect.CapacityFixture.LI;
import static org.councilprotocol.detect.CapacityFixture.MARY;
import static org.councilprotocol.detect.CapacityFixture.ORGANISATION;
import static org.councilprotocol.detect.CapacityFixture.PLANNING;
import static org.councilprotocol.detect.CapacityFixture.PRIYA;
import static org.councilprotocol.detect.CapacityFixture.RAJ;
import static org.councilprotocol.detect.CapacityFixture.REPORTER;
import static org.councilprotocol.detect.CapacityFixture.RESIDENT;
import static org.councilprotocol.detect.CapacityFixture.RUTH;
import static org.councilprotocol.detect.CapacityFixture.TOM;

import java.util.List;

import org.councilprotocol.config.RuleConfig;
import org.councilprotocol.model.Action;
import org.councilprotocol.model.Capacity;
import org.councilprotocol.model.Finding;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code capacity-undeclared}: ward mail to people outside the council must say it is written as a ward councillor. */
class CapacityUndeclaredDetectorTest {
    private static CapacityFixture council;
    private static RuleConfig rule;
    private final CapacityUndeclaredDetector detector = new CapacityUndeclaredDetector();

    /** Raj Patel (Harbour) on a resident's bins: ward casework that says nothing about capacity. */
    static final String BINS = """
        Dear Mrs Hughes,

        I'm sorry your green bin has been missed again on Harbour Street. I've reported it to the waste team
        and asked them to collect it tomorrow. I'll chase them on Friday if it hasn't happened.

        Kind regards,
        Raj Patel
        """;

    @BeforeAll
    static void open() {
        council = new CapacityFixture();
        rule = council.rule(CapacityUndeclaredDetector.RULE);
    }

    @AfterAll
    static void close() {
        council.close();
    }

    private List<Finding> detect(CapacityFixture.Mail mail) {
        return detector.detect(mail.context(), rule);
    }

    private CapacityFixture.Mail bins(String body) {
        return council.from(RAJ).to(RESIDENT).subject("Your missed bin collection").text(body);
    }

    // ---- undeclared ward mail to someone outside the council

    @Test
    void wardMailToAResidentWithoutAStatementIsFound() {
        List<Finding> findings = detect(bins(BINS));

        assertThat(findings).hasSize(1);
        Finding finding = findings.get(0);
        assertThat(finding.rule()).isEqualTo("capacity-undeclared");
        assertThat(finding.action()).isEqualTo(Action.TAG);
        assertThat(finding.clause()).isEqualTo("Thanet 10.2.5");
        assertThat(finding.summary()).isEqualTo("Cllr Raj Patel wrote to margaret.hughes@btinternet.com as ward councillor"
            + " for Harbour without saying so in the message.");
        assertThat(finding.evidence()).contains("\"Harbour\" (Cllr Raj Patel's ward)", "No statement of capacity found",
            "Written to someone outside the council: margaret.hughes@btinternet.com");
        assertThat(finding.people()).containsExactly("cllr-raj-patel");
        assertThat(finding.tell()).isEmpty();
    }

    @Test
    void wardMailToAnOrganisationIsFound() {
        assertThat(detect(council.from(LI).to("customer.services@southernwater.co.uk").subject("Sewage smell at Minnis Bay")
            .text("Dear Southern Water,\n\nI have had a dozen complaints from residents in Birchington North about a sewage"
                + " smell near the pumping station. Please investigate and tell me when it will be fixed.\n\nCllr Li Chen")))
            .singleElement().satisfies(finding -> assertThat(finding.summary()).contains("for Birchington North"));
    }

    @Test
    void anOutsiderCopiedOpenlyIsEnough() {
        assertThat(detect(council.from(RAJ).to(BOB).cc(RESIDENT).subject("Missed bins on Harbour Street").text(BINS)))
            .singleElement().satisfies(finding -> assertThat(finding.evidence())
                .contains("Written to someone outside the council: margaret.hughes@btinternet.com"));
    }

    @Test
    void anOutsiderCopiedBlindIsEnough() {
        assertThat(detect(council.from(RAJ).to(BOB).bcc(RESIDENT).subject("Missed bins on Harbour Street").text(BINS))).hasSize(1);
    }

    @Test
    void everyOutsiderIsNamed() {
        assertThat(detect(council.from(RAJ).to(RESIDENT, REPORTER).subject("Missed bins on Harbour Street").text(BINS)))
            .singleElement().satisfies(finding -> assertThat(finding.summary())
                .contains("margaret.hughes@btinternet.com and newsdesk@northbrook-gazette.co.uk"));
    }

    @Test
    void aMemberWithTwoWardsIsNamedForTheWardTheMailIsAbout() {
        assertThat(detect(council.from(MARY).to(RESIDENT).subject("Street lights out")
            .text("Dear Mr Okonjo,\n\nThank you for letting me know the street lights are out on the Garlinge Road near the"
                + " Co-op. I've reported them and asked for them to be fixed this week.\n\nMary")))
            .singleElement().satisfies(finding -> assertThat(finding.summary()).contains("as ward councillor for Garlinge "));
    }

    @Test
    void aMemberWithTwoWardsWritingAboutNeitherIsNamedForBoth() {
        assertThat(detect(council.from(MARY).to(RESIDENT).subject("Your neighbour's hedge")
            .text("Dear Mrs Baxter,\n\nThank you for getting in touch about the overgrown hedge blocking the pavement. I've"
                + " asked the council to write to the owner, and I'll let you know what happens.\n\nMary")))
            .singleElement().satisfies(finding -> assertThat(finding.summary()).contains("for Westgate and Garlinge"));
    }

    @Test
    void htmlOnlyWardMailIsRead() {
        assertThat(detect(council.from(RAJ).to(RESIDENT).subject("Your missed bin collection")
            .html("<html><body><p>Dear Mrs Hughes,</p><p>I'm sorry your green bin has been missed again on Harbour Street."
                + " I've reported it to the waste team.</p><p>Kind regards,<br>Raj</p></body></html>"))).hasSize(1);
    }

    @Test
    void aCabinetMembersPotholeInHerOwnWardIsWardMail() {
        CapacityFixture.Mail mail = council.from(ANN).to(RESIDENT).subject("Pothole outside 14 Northdown Road")
            .text("Dear Mrs Hughes,\n\nThank you for letting me know about the pothole outside number 14 in Cliftonville West."
                + " I've reported it to highways and asked for it to be made safe this week.\n\nBest wishes,\nAnn Smith\n"
                + "Cabinet Member for Housing");
        assertThat(mail.reading().capacity()).isEqualTo(Capacity.WARD);
        assertThat(detect(mail)).hasSize(1);
    }

    @Test
    void theMayorsOwnWardCaseworkIsWardMail() {
        assertThat(detect(council.from(TOM).to(RESIDENT).subject("Graffiti on the bus shelter")
            .text("Dear Mrs Hughes,\n\nThanks for the photos of the graffiti on the bus shelter in Eastcliff. I've asked for"
                + " it to be removed this week and I'll let you know when it's done.\n\nTom Evans\nMayor of Northbrook")))
            .hasSize(1);
    }

    @Test
    void wardMailThatMentionsAPartyIsStillWardMailAndNotPartyPolitical() {
        CapacityFixture.Mail mail = council.from(MARY).to(RESIDENT).subject("Fly-tipping behind the Westgate parade")
            .text("Dear Mr Okonjo,\n\nThank you for the photos of the rubbish dumped behind the shops in Westgate. I've passed"
                + " them to the enforcement team. I know the Conservative group at County Hall has raised the back lanes"
                + " before, so I'll write to county highways too.\n\nBest regards,\nMary Jones");
        MessageContext context = mail.context();
        assertThat(detector.detect(context, rule)).hasSize(1);
        assertThat(new PartyPoliticalDetector().detect(context, council.rule(PartyPoliticalDetector.RULE))).isEmpty();
    }

    // ---- a statement of capacity already in the message, in the words members use

    @ParameterizedTest
    @ValueSource(strings = {
        "As your ward councillor, I wanted to let you know what I've done.",
        "As one of your local councillors I have taken this up.",
        "As your local councillor I have reported it.",
        "I am writing in my capacity as a ward member for Harbour.",
        "I write to you as the ward councillor for Harbour, not on behalf of the Council.",
        "I'm writing in an individual capacity as ward councillor, not for the Council.",
        "From the Office of Councillor Raj Patel",
        "Councillor Raj Patel is writing as a ward councillor for Harbour, not on behalf of Northbrook District Council.",
        "Councillor Raj Patel is writing as a ward councillor for Harbour,\nnot on behalf of\n  Northbrook District Council.",
        "Councillor Raj Patel is writing as a ward councillor for Harbour, not on behalf of\u00a0Northbrook   District Council.",
        "Councillor Raj Patel writes here as a ward member for Harbour, not on behalf of the council.",
    })
    void aStatementInTheMembersOwnWordsIsEnough(String statement) {
        assertThat(detect(bins(statement + "\n\n" + BINS))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ward Councillor for Harbour", "Councillor for Harbour", "Harbour ward councillor",
        "Cllr Raj Patel, Councillor, Harbour"})
    void aSignatureNamingTheMembersWardIsAStatement(String signature) {
        assertThat(detect(bins(BINS + signature + "\n"))).isEmpty();
    }

    @Test
    void aSignatureNamingAnotherWardIsNoStatement() {
        assertThat(detect(bins(BINS + "Councillor for Eastcliff\n"))).hasSize(1);
    }

    @Test
    void aNegatedStatementIsNoStatement() {
        assertThat(detect(bins("I'm not writing as your councillor on this, but...\n\n" + BINS))).hasSize(1);
    }

    @Test
    void theProfileStatementInQuotedHistoryCountsOncePerThread() {
        String reply = """
            Thanks, Mrs Hughes, I'll chase the waste team again about Harbour Street today.

            Raj

            On Mon, 16 Nov 2026 at 09:12, Margaret Hughes <margaret.hughes@btinternet.com> wrote:
            > Dear Cllr Patel, the bin still hasn't been collected.
            >
            > On Fri, 13 Nov 2026, Cllr Raj Patel <cllr.raj.patel@northbrook.gov.uk> wrote:
            > > Councillor Raj Patel is writing as a ward councillor for Harbour, not on
            > > behalf of Northbrook District Council.
            > >
            > > I'm sorry your green bin has been missed again.
            """;
        CapacityFixture.Mail mail = council.from(RAJ).to(RESIDENT).subject("Re: Your missed bin collection").text(reply);
        assertThat(mail.reading().declaration()).hasValueSatisfying(words -> assertThat(words)
            .startsWith("Councillor Raj Patel is writing as a ward councillor for Harbour"));
        assertThat(detect(mail)).isEmpty();
    }

    @Test
    void aStatementInHtmlQuotedHistoryCounts() {
        String html = "<html><body><p>Thanks, I'll chase the waste team again about Harbour Street today.</p><p>Raj</p>"
            + "<div class=\"gmail_quote\">On Fri, 13 Nov 2026, Cllr Raj Patel wrote:<blockquote>"
            + "<p>As your ward councillor I have reported the missed bin on Harbour Street.</p></blockquote></div>"
            + "</body></html>";
        assertThat(detect(council.from(RAJ).to(RESIDENT).subject("Re: Your missed bin collection").html(html))).isEmpty();
    }

    @Test
    void aStatementInAnOutlookOriginalMessageCounts() {
        String reply = """
            Dear Mrs Hughes, I have chased the waste team about your bin on Harbour Street again.

            Raj

            -----Original Message-----
            From: Cllr Raj Patel <cllr.raj.patel@northbrook.gov.uk>
            Sent: 13 November 2026 10:02
            To: margaret.hughes@btinternet.com
            Subject: Your missed bin collection

            I am writing in my capacity as a ward councillor. I have reported your missed bin.
            """;
        assertThat(detect(council.from(RAJ).to(RESIDENT).subject("RE: Your missed bin collection").text(reply))).isEmpty();
    }

    // ---- no finding: who it is to, who it is from, what it is

    @Test
    void wardMailOnlyToOfficersIsTaggedButNotFound() {
        CapacityFixture.Mail mail = council.from(RAJ).to(BOB).cc(PRIYA).subject("Missed bins on Harbour Street").text(BINS);
        assertThat(mail.reading().capacity()).isEqualTo(Capacity.WARD);
        assertThat(detect(mail)).isEmpty();
    }

    @Test
    void wardMailToAnotherMemberIsNotFound() {
        assertThat(detect(council.from(RAJ).to(MARY).subject("Missed bins on Harbour Street").text(BINS))).isEmpty();
    }

    @Test
    void aCouncilMailboxIsNotOutsideTheCouncil() {
        assertThat(detect(council.from(RAJ).to(PLANNING).subject("Missed bins on Harbour Street").text(BINS))).isEmpty();
    }

    @Test
    void anUnverifiedSenderGetsNoMemberTreatment() {
        CapacityFixture.Mail mail = bins(BINS).unauthenticated();
        assertThat(mail.reading()).isEqualTo(CapacityReading.NONE);
        assertThat(detect(bins(BINS).unauthenticated())).isEmpty();
    }

    @Test
    void anOfficerWritingAboutAWardIsNotAMember() {
        assertThat(detect(council.from(BOB).to(RESIDENT).subject("Your missed bin collection").text(BINS))).isEmpty();
    }

    @Test
    void cabinetMailToAResidentIsNotWardMail() {
        CapacityFixture.Mail mail = council.from(RUTH).to(RESIDENT).subject("Re: fortnightly collections")
            .text("Dear Mrs Gill,\n\nThank you for writing about the move to fortnightly collections. The Cabinet decided it"
                + " because half of what goes in the grey bin could be recycled, and weekly food waste collections start at"
                + " the same time across the district. We will review the policy after six months.\n\nRuth Okafor\n"
                + "Cabinet Member for Waste and Recycling");
        assertThat(mail.reading().capacity()).isEqualTo(Capacity.CABINET);
        assertThat(detect(mail)).isEmpty();
    }

    @Test
    void theMayorsCivicMailToAResidentIsNotWardMail() {
        assertThat(detect(council.from(TOM).to(RESIDENT).subject("Congratulations on your 100th birthday")
            .text("Dear Mrs Whitaker,\n\nMany congratulations on your 100th birthday. As Mayor it would be a pleasure to visit"
                + " you on the day; my secretary will ring to arrange it.\n\nTom Evans\nMayor of Northbrook"))).isEmpty();
    }

    @Test
    void aCommitteeChairInvitingAResidentToSpeakWritesAsChair() {
        CapacityFixture.Mail mail = council.from(LI).to(RESIDENT).subject("Speaking at Planning Committee")
            .text("Dear Mrs Hughes,\n\nThe application for homes on Park Lane in Birchington North will be considered at the"
                + " Planning Committee on 3 December. Objectors have three minutes; please register to speak with Democratic"
                + " Services by noon the day before.\n\nCllr Li Chen\nChair, Planning Committee");
        assertThat(mail.reading().capacity()).isEqualTo(Capacity.COMMITTEE);
        assertThat(detect(mail)).isEmpty();
    }

    @Test
    void personalMailIsNotWardMail() {
        assertThat(detect(council.from(MARY).to("sue.jones@gmail.com").subject("Sunday lunch")
            .text("Hi Sue,\n\nMum says lunch is at 1 on Sunday. Can you bring the Yorkshire puddings?\n\nLove, Mary x")))
            .isEmpty();
    }

    @Test
    void campaigningIsNotWardMail() {
        assertThat(detect(council.from(MARY).to(ORGANISATION).subject("Canvassing in Garlinge")
            .text("Hi team,\n\nWe're out canvassing in Garlinge on Saturday. Bring rosettes and the walk sheets.\n\nMary")))
            .isEmpty();
    }
}

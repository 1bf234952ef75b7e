package org.councilprotocol.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import javax.mail.MessagingException;

import org.councilprotocol.config.ConfigNode;
import org.councilprotocol.config.RuleConfig;
import org.councilprotocol.enquiry.WorkingCalendar;
import org.councilprotocol.model.Action;
import org.councilprotocol.model.CorrespondenceKind;
import org.councilprotocol.model.Finding;
import org.councilprotocol.model.Nation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code holding-reply-incomplete} (Thanet 9.1.6): the pure check from a reply to its finding, the profile's
 * must-state list, and the detector on messages of the Northbrook test council (which adopts Thanet's profile).
 */
class HoldingReplyIncompleteDetectorTest {
    private static final ZonedDateTime WEDNESDAY_2_DECEMBER = ZonedDateTime.of(2026, 12, 2, 14, 30, 0, 0, ZoneId.of("Europe/London"));
    private static final ReplyClassifier CLASSIFIER = new ReplyClassifier(WorkingCalendar.of(Nation.ENGLAND_AND_WALES));
    private static final String VAGUE = "I'm still looking into this and will come back to you as soon as I can.";

    private CapacityFixture council;

    @BeforeEach
    void open() {
        council = new CapacityFixture();
    }

    @AfterEach
    void close() {
        council.close();
    }

    private RuleConfig thanetRule() {
        return council.rule(HoldingReplyIncompleteDetector.RULE);
    }

    private static RuleConfig rule(String yaml) {
        ConfigNode node = ConfigNode.parse("test.yaml", yaml);
        return new RuleConfig(HoldingReplyIncompleteDetector.RULE, "Thanet 9.1.6", "Say why, what and when.", Action.FLAG, node);
    }

    // ---- the pure check

    @Test
    void anIncompleteHoldingReplyGivesAFindingThatNamesWhatIsMissing() {
        Optional<Finding> finding = HoldingReplyIncompleteDetector.check(VAGUE, WEDNESDAY_2_DECEMBER, thanetRule(), CLASSIFIER,
            List.of("bob-jones"));

        assertThat(finding).hasValueSatisfying(found -> {
            assertThat(found.rule()).isEqualTo("holding-reply-incomplete");
            assertThat(found.action()).isEqualTo(Action.FLAG);
            assertThat(found.clause()).isEqualTo("Thanet 9.1.6");
            assertThat(found.summary()).isEqualTo("The reply puts off a full answer to the councillor's enquiry without saying "
                + "why a full answer cannot be given yet or the date by which a full answer will be sent.");
            assertThat(found.evidence()).startsWith("Delay: \"" + VAGUE + "\"")
                .contains("Action: \"" + VAGUE + "\"", "Missing: why a full answer cannot be given yet");
            assertThat(found.people()).containsExactly("bob-jones");
            assertThat(found.tell()).isEmpty();
        });
    }

    @Test
    void oneMissingElementIsNamedAlone() {
        Optional<Finding> finding = HoldingReplyIncompleteDetector.check("We are not yet able to give a full answer because the "
            + "landlord has not responded to our letter. You will have a full response by 16 December.", WEDNESDAY_2_DECEMBER,
            thanetRule(), CLASSIFIER, List.of());

        assertThat(finding).map(Finding::summary).contains("The reply puts off a full answer to the councillor's enquiry without "
            + "saying what is being done to pursue the enquiry.");
    }

    @Test
    void allThreeMissingAreListedInProtocolOrder() {
        Optional<Finding> finding = HoldingReplyIncompleteDetector.check("Sorry, I need more time on this one.", WEDNESDAY_2_DECEMBER,
            thanetRule(), CLASSIFIER, List.of());

        assertThat(finding).map(Finding::summary).contains("The reply puts off a full answer to the councillor's enquiry without "
            + "saying why a full answer cannot be given yet, what is being done to pursue the enquiry or the date by which a full "
            + "answer will be sent.");
    }

    @Test
    void completeHoldingRepliesSubstantiveAnswersAndAcknowledgementsGiveNoFinding() {
        for (String reply : List.of(
            "This is a holding reply. The contractor has not yet confirmed the programme for the resurfacing. We are liaising with "
                + "them daily and I will update you no later than 9 December.",
            "The bins in Park Road are collected on Tuesdays, with recycling on alternate weeks.",
            "Thanks, received, will look into it.")) {
            assertThat(HoldingReplyIncompleteDetector.check(reply, WEDNESDAY_2_DECEMBER, thanetRule(), CLASSIFIER, List.of()))
                .as(reply).isEmpty();
        }
    }

    @Test
    void theCheckTakesAReadingAlreadyMade() {
        ReplyReading reading = CLASSIFIER.classify(VAGUE, WEDNESDAY_2_DECEMBER);

        assertThat(HoldingReplyIncompleteDetector.check(reading, thanetRule(), List.of("dan-green")))
            .map(Finding::people).contains(List.of("dan-green"));
    }

    // ---- the profile's must-state list

    @Test
    void thanetsProfileAsksForAllThree() {
        assertThat(HoldingReplyIncompleteDetector.mustState(thanetRule())).isEqualTo(HoldingElement.ALL);
    }

    @Test
    void aShorterMustStateListIsHonoured() {
        RuleConfig onlyDeadline = rule("must-state: [deadline]\n");

        assertThat(HoldingReplyIncompleteDetector.mustState(onlyDeadline)).containsExactly(HoldingElement.DEADLINE);
        assertThat(HoldingReplyIncompleteDetector.check("A full answer will follow by 14 December - the figures are not yet "
            + "available.", WEDNESDAY_2_DECEMBER, onlyDeadline, CLASSIFIER, List.of())).isEmpty();
        assertThat(HoldingReplyIncompleteDetector.check(VAGUE, WEDNESDAY_2_DECEMBER, onlyDeadline, CLASSIFIER, List.of()))
            .map(Finding::summary).contains("The reply puts off a full answer to the councillor's enquiry without saying the date "
                + "by which a full answer will be sent.");
    }

    @Test
    void aRuleWithoutMustStateAsksForAllThreeAndAnEmptyListForNothing() {
        assertThat(HoldingReplyIncompleteDetector.mustState(rule("clause: Thanet 9.1.6\n"))).isEqualTo(HoldingElement.ALL);
        assertThat(HoldingReplyIncompleteDetector.mustState(rule("must-state: []\n"))).isEmpty();
        assertThat(HoldingReplyIncompleteDetector.check(VAGUE, WEDNESDAY_2_DECEMBER, EnumSet.noneOf(HoldingElement.class),
            thanetRule(), CLASSIFIER, List.of())).isEmpty();
    }

    // ---- the detector on messages

    @Test
    void anOfficersIncompleteHoldingReplyInAMembersThreadIsFlagged() throws MessagingException {
        String enquiryId = memberEnquiry();

        MessageContext reply = council.from(CapacityFixture.BOB).to(CapacityFixture.ANN).subject("RE: Potholes on Hill Street")
            .header("In-Reply-To", enquiryId).header("References", enquiryId)
            .text("Hi Ann,\n\nI'm still looking into this and will come back to you as soon as I can.\n\nKind regards\nBob\n\n"
                + "-----Original Message-----\nFrom: Cllr Ann Smith\nSent: 23 November 2026 09:00\nTo: Bob Jones\n"
                + "Subject: Potholes on Hill Street\n\nCould you let me know when the potholes on Hill Street will be filled? "
                + "I need to know by Friday.\n")
            .context();

        assertThat(reply.correspondence().kind()).isEqualTo(CorrespondenceKind.OFFICER_TO_MEMBER);
        List<Finding> findings = new HoldingReplyIncompleteDetector().detect(reply, thanetRule());
        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.clause()).isEqualTo("Thanet 9.1.6");
            assertThat(finding.people()).containsExactly("bob-jones");
            assertThat(finding.evidence()).noneMatch(line -> line.contains("by Friday"));
        });
    }

    @Test
    void aCompleteHoldingReplyInAMembersThreadIsNotFlagged() throws MessagingException {
        String enquiryId = memberEnquiry();

        MessageContext reply = council.from(CapacityFixture.BOB).to(CapacityFixture.ANN).subject("RE: Potholes on Hill Street")
            .header("In-Reply-To", enquiryId)
            .text("I'm not yet able to give you a full answer because the contractor has not confirmed the programme. I have "
                + "chased them and will write to you again by 4 December.")
            .context();

        assertThat(new HoldingReplyIncompleteDetector().detect(reply, thanetRule())).isEmpty();
    }

    @Test
    void aNewThreadFromAnOfficerIsNotAReplyToAnEnquiry() {
        MessageContext message = council.from(CapacityFixture.BOB).to(CapacityFixture.ANN).subject("Resurfacing programme")
            .text("I'm still looking into the programme and will come back to you as soon as I can.").context();

        assertThat(new HoldingReplyIncompleteDetector().detect(message, thanetRule())).isEmpty();
    }

    @Test
    void aMembersOwnMessageIsNeverChecked() throws MessagingException {
        String enquiryId = memberEnquiry();

        MessageContext message = council.from(CapacityFixture.ANN).to(CapacityFixture.BOB).subject("RE: Potholes on Hill Street")
            .header("In-Reply-To", enquiryId)
            .text("I'm still waiting for the residents to send me photos and will come back to you as soon as I can.").context();

        assertThat(new HoldingReplyIncompleteDetector().detect(message, thanetRule())).isEmpty();
    }

    @Test
    void theDetectorWaitsForTheEnquiryWiringBeforeItIsBuiltIn() {
        // Without thread state it would judge replies to enquiries that are already closed.
        assertThat(Detectors.discover(getClass().getClassLoader()).forRule("holding-reply-incomplete")).isEmpty();
        assertThat(new HoldingReplyIncompleteDetector().rule()).isEqualTo(HoldingReplyIncompleteDetector.RULE);
    }

    @Test
    void theRepliesDateIsTheDayOfReceipt() {
        // The fixture's messages are received on Monday 23 November 2026: "by Friday" is 27 November.
        ReplyReading reading = CLASSIFIER.classify("I'm not yet able to give a full answer because the survey is not back. I have "
            + "chased it and will reply in full by Friday.", CapacityFixture.MONDAY.atZone(ZoneId.of("Europe/London")));

        assertThat(reading.newDue()).contains(LocalDate.of(2026, 11, 27));
    }

    /** Ann asks Bob about potholes; the Message-ID of her enquiry. */
    private String memberEnquiry() throws MessagingException {
        MessageContext enquiry = council.from(CapacityFixture.ANN).to(CapacityFixture.BOB).subject("Potholes on Hill Street")
            .text("Could you let me know when the potholes on Hill Street will be filled? I need to know by Friday.").context();
        return enquiry.submission().message().getMessageID();
    }
}

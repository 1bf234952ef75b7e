package org.councilprotocol.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.councilprotocol.enquiry.StatedDeadline;
import org.councilprotocol.enquiry.WorkingCalendar;
import org.councilprotocol.model.Nation;
import org.councilprotocol.text.MessageText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Officers' replies in members' enquiries (and their alternates' and managers'), as British council officers
 * write them, classified under Thanet 9.1.4 and 9.1.6. A label is {@code substantive}, {@code holding},
 * {@code acknowledgement}, or {@code holding-reply-incomplete:} with what is missing, in protocol order.
 * Sent on Wednesday 2 December 2026:
 * <pre>
 *        December 2026
 *   Mo Tu We Th Fr Sa Su
 *       1  2  3  4  5  6
 *    7  8  9 10 11 12 13
 *   14 15 16 17 18 19 20
 * </pre>
 */
class ReplyClassifierTest {
    private static final ZonedDateTime WEDNESDAY_2_DECEMBER = ZonedDateTime.of(2026, 12, 2, 14, 30, 0, 0, ZoneId.of("Europe/London"));
    private static final ReplyClassifier CLASSIFIER = new ReplyClassifier(WorkingCalendar.of(Nation.ENGLAND_AND_WALES));

    private static Arguments a(String label, String reply) {
        return Arguments.of(label, reply);
    }

    static Stream<Arguments> examples() {
        return Stream.of(
            // ---- substantive
            a("substantive", "Dear Cllr Smith,\n\nThe bins in Park Road are collected on Tuesdays, with recycling on alternate weeks.\n\nKind regards\nTom"),
            a("substantive", "Thanks for your email. I can confirm that the pothole on Shottendane Road was filled on Monday."),
            a("substantive", "The licence for the Hoy was reviewed by the sub-committee on 12 November and conditions were added on opening hours."),
            a("substantive", "I have instructed the contractor to replace the broken railings at Westbrook Bay; the work will be carried out within 28 days."),
            a("substantive", "Our records show that 14 fixed penalty notices for fly-tipping were issued last year, of which 9 were paid."),
            a("substantive", "Please find attached the breakdown of housing register applicants by ward that you asked for."),
            a("substantive", "The tree survey for Ellington Park came back last week: two limes need crown reduction, which is programmed for February."),
            a("substantive", "Apologies for the delay in replying. The green bins are not collected over Christmas; collections resume on Monday 4 January."),
            a("substantive", "I'm afraid the answer is no - the 34 bus route is run by Stagecoach and the council has no say over its stops."),
            a("substantive", "Hi Ann, the abandoned car on Sweyn Road has been removed by our contractor this morning. Thanks for reporting it."),
            a("substantive", "I visited the property yesterday with the environmental health officer. We found the fire alarm was disconnected and have served an improvement notice on the landlord."),
            a("substantive", "The family's banding has been reviewed and they have been moved to Band B, which I have confirmed to them in writing."),
            a("substantive", "The planning application for Manston Road will go to the Planning Committee on 16 December. The officer's report will be published a week before."),
            a("substantive", "In answer to your question, there are 27 HMOs licensed in Margate Central, and 3 applications pending."),
            a("substantive", "Yes - the Christmas lights switch-on has a road closure licence for Northdown Road from 4pm to 9pm."),
            a("substantive", "Hi Raj,\n\nTom is on leave this week so I am picking up his emails. The crossing on Ramsgate Road is due to be installed in March, subject to the traffic order.\n\nThanks\nPriya"),
            a("substantive", "We are unable to provide the figures for individual streets as they could identify households, but the ward total is 412."),
            a("substantive", "I'm afraid we cannot give out personal information about tenants. The best route is for Mrs Green to contact the housing team herself."),
            a("substantive", "The council will not be able to install a crossing here because the road does not meet the national criteria for one."),
            a("substantive", "The resurfacing was delayed because of the weather and is now scheduled for the week of 14 December. I'll let you know if anything changes."),
            a("substantive", "Good news - the landlord has agreed to replace the boiler and the work is booked for Thursday."),
            a("substantive", "The officer's report recommends refusal, mainly on highways grounds. The application will be decided at the Planning Committee on 16 December."),
            a("substantive", "There were no complaints about noise from the Harbour Arms in the last twelve months."),
            a("substantive", "I've checked with the waste team: your resident's bin was missed because the lorry broke down, and it was collected the next day."),
            a("substantive", "The premises licence allows music until 11pm on Fridays and Saturdays; anything later would need a temporary event notice."),
            a("substantive", "Following our investigation, the enforcement notice was served on 20 November and the owner has 28 days to comply."),
            a("substantive", "The answer is that the car park at Dreamland is free after 6pm from Monday to Thursday only."),
            a("substantive", "I have spoken to the tenants at 9 Athelstan Road and arranged for a new fire alarm to be fitted; the landlord has been sent a formal warning."),
            a("substantive", "Thanks for your patience. The damp at 3 Arlington House has been treated and the family have been offered a decant while the plaster dries."),
            a("substantive", "The gully on Northdown Road was last cleaned on 3 October. It is on a six-monthly cycle, so the next clean is due in April."),
            // ---- holding
            a("holding", "Dear Cllr Patel,\n\nI am sorry I am not yet able to give you a full answer. This is because we are still waiting for the structural engineer's report on the sea wall. I have chased the engineer and will send you a full response by 11 December.\n\nRegards\nMark"),
            a("holding", "I'm writing to let you know that a full response will take longer than ten working days, because the case needs input from legal services. I have referred it to our solicitor and expect to reply in full by Friday 18 December."),
            a("holding", "This is a holding reply. The contractor has not yet confirmed the programme for the resurfacing. We are liaising with them daily and I will update you no later than 9 December."),
            a("holding", "I'm afraid I can't give you the figures yet as the data is still being collated by the revenues team. I have asked them to prioritise it and you will have a full answer by the end of next week."),
            a("holding", "Unfortunately we are not in a position to respond fully at this stage, due to staff absence in the licensing team. My colleague Jane is covering and will review the file on Monday; I will write to you again on 14 December."),
            a("holding", "I need a little more time on this one because it involves three departments. I've set up a meeting with highways and parking on Thursday, and I'll come back to you in full w/c 14 December."),
            a("holding", "Just a holding email: the survey results are not yet available. I have booked a site visit for Friday and will respond in full within five working days."),
            a("holding", "I'm replying on behalf of Tom, who is off sick. We are not yet able to answer fully because the legal team is reviewing the lease. I have asked them for their advice and will write to you again by Monday 14 December."),
            a("holding", "Thank you for your patience. I am still awaiting the results of the asbestos survey, which must be done before the repairs can start. I have chased the surveyor this morning and I expect to give you a full answer by 16 December."),
            a("holding", "We need more time on your enquiry about the Local Plan figures, as they depend on the housing land supply report which has not yet been published. The planning policy team are preparing it now, and I will send you the figures no later than 18 December."),
            a("holding", "Apologies - this is an interim response. KCC have not yet confirmed whether the bus stop can be moved. I am in contact with their transport team and aim to respond in full by the end of next week."),
            a("holding", "It is going to take a little longer to answer because the information is held by Kent Police. I have made a formal request to them and will come back to you on or before 11 December."),
            // ---- holding-reply-incomplete
            a("holding-reply-incomplete:reason,deadline", "I'm still looking into this and will come back to you as soon as I can."),
            a("holding-reply-incomplete:reason,action", "Apologies, I have not been able to finish my enquiries yet. I'll send a full reply by 11 December."),
            a("holding-reply-incomplete:deadline", "I am still waiting for the contractor's report, which I have chased twice. I will respond in full once I have it."),
            a("holding-reply-incomplete:action", "We are not yet able to give a full answer because the landlord has not responded to our letter. You will have a full response by 16 December."),
            a("holding-reply-incomplete:reason,deadline", "I'm afraid I can't give you a full answer yet. I have asked the parking team for their comments and will get back to you shortly."),
            a("holding-reply-incomplete:action,deadline", "Sorry, this is taking longer than expected due to the volume of enquiries in the team."),
            a("holding-reply-incomplete:reason", "A full response will follow by Friday 11 December. I have asked the enforcement team to visit the site."),
            a("holding-reply-incomplete:reason,action,deadline", "This is just an interim reply - I will respond fully in due course."),
            a("holding-reply-incomplete:deadline", "We haven't yet heard back from KCC Highways, who are responsible for that road. I have chased them again today and will update you when I hear."),
            a("holding-reply-incomplete:deadline", "We can't give you a full answer yet as the contractor is still pricing the work. I've asked them to speed up."),
            a("holding-reply-incomplete:reason,action", "I'm afraid I haven't been able to answer your question yet. I will write to you by 9 December."),
            a("holding-reply-incomplete:reason,action,deadline", "Sorry, I need more time on this one."),
            a("holding-reply-incomplete:action", "A full answer will follow by 14 December - the figures are not yet available."),
            a("holding-reply-incomplete:reason,deadline", "I'm still working on this and have asked the revenues team for the data. Will come back to you soon."),
            a("holding-reply-incomplete:deadline", "We are still awaiting comments from the highways engineer, who I have chased. I'll let you know as soon as I hear."),
            a("holding-reply-incomplete:reason", "We are not yet in a position to respond fully. The enforcement team will visit the site on Tuesday and I will send a full reply by Friday 11 December."),
            // found reading the corpus's held-out part
            a("holding-reply-incomplete:action", "A full answer will take a few more days as this depends on the records held by DWP, "
                + "which we don't have yet. I'll reply properly by Friday 11 December."),
            a("holding-reply-incomplete:reason", "I'm afraid I'm not able to give you a complete answer today. I'll chase finance for "
                + "the figures and get a full response to you by Monday 14 December."),
            // ---- acknowledgement
            a("acknowledgement", "Thanks, received, will look into it."),
            a("acknowledgement", "Thank you for your email. I have passed this to the highways team who will respond directly."),
            a("acknowledgement", "Hi Cllr Jones,\n\nThanks for getting in touch. I'll look into this and come back to you by Friday.\n\nBest wishes\nSam"),
            a("acknowledgement", "Thanks - leave this with me."),
            a("acknowledgement", "Many thanks for your enquiry, which I have logged. I'll be in touch."),
            a("acknowledgement", "Thanks Ann. Could you let me know the house number so I can raise it with the crew?"),
            a("acknowledgement", "Thank you for letting me know. I've copied in my colleague Jane Wood, who deals with licensing, and she will get back to you."),
            a("acknowledgement", "Noted - I'll pick this up when I'm back in the office tomorrow."),
            a("acknowledgement", "Thanks Cllr Hart, I've received your email and will get back to you."),
            a("acknowledgement", "Thanks for flagging - I'm on it."),
            a("acknowledgement", "Thank you for your enquiry. It has been logged with reference ENQ-4471 and passed to the relevant team."),
            a("acknowledgement", "Hi Bob, thanks for this. Which property on Dane Road is it - number 12 or 14?"),
            a("acknowledgement", "Thanks - I'll find out and let you know."),
            a("acknowledgement", "Received with thanks. I'll take a look this afternoon."),
            a("acknowledgement", "Many thanks, Cllr Wells. I hope you had a good weekend. I will look into the parking issue and update you."),
            a("acknowledgement", "Thank you. Jane in the licensing team is the best person for this and she will be in touch."),
            a("acknowledgement", "Thanks Raj - I've raised it with the inspector."),
            a("acknowledgement", "Thanks Tom, noted. I'll keep an eye out for their road closure application."));
    }

    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @MethodSource("examples")
    void classifiesEachExampleAsLabelled(String label, String reply) {
        ReplyReading reading = CLASSIFIER.classify(reply, WEDNESDAY_2_DECEMBER);

        String got = reading.kind().id() + (reading.missing().isEmpty() ? ""
            : ":" + reading.missing().stream().map(HoldingElement::id).collect(Collectors.joining(",")));
        assertThat(got).as("%s | %s", reply, reading.evidence()).isEqualTo(label);
        assertThat(reading.evidence()).as("every reading says why").isNotEmpty();
        if (reading.kind() == ReplyKind.HOLDING) {
            assertThat(reading.newDue()).as("a complete holding reply moves the due date").isPresent();
        }
    }

    @Test
    void theExampleSetIsLargeAndCoversEveryKind() {
        assertThat(examples().count()).isGreaterThanOrEqualTo(60);
        assertThat(examples().map(arguments -> ((String) arguments.get()[0]).split(":")[0]).distinct())
            .containsExactlyInAnyOrder("substantive", "holding", "holding-reply-incomplete", "acknowledgement");
    }

    // ---- holding replies: what each element is, with its evidence

    @Test
    void aCompleteHoldingReplyGivesReasonActionAndTheNewDueDate() {
        ReplyReading reading = CLASSIFIER.classify("Dear Cllr Patel,\n\nI am sorry I am not yet able to give you a full answer. "
            + "This is because we are still waiting for the structural engineer's report on the sea wall. I have chased the engineer "
            + "and will send you a full response by 11 December.\n\nRegards\nMark", WEDNESDAY_2_DECEMBER);

        assertThat(reading.kind()).isEqualTo(ReplyKind.HOLDING);
        assertThat(reading.stopsTimer()).isFalse();
        assertThat(reading.delay()).contains("I am sorry I am not yet able to give you a full answer.");
        assertThat(reading.reason()).contains("This is because we are still waiting for the structural engineer's report on the sea wall.");
        assertThat(reading.action()).contains("I have chased the engineer and will send you a full response by 11 December.");
        assertThat(reading.newDue()).contains(LocalDate.of(2026, 12, 11));
        assertThat(reading.deadline()).map(StatedDeadline::phrase).contains("by 11 December");
        assertThat(reading.evidence()).contains("New deadline: Friday 11 December 2026 (\"by 11 December\")");
    }

    @Test
    void anIncompleteHoldingReplySaysWhatIsMissingInPlainWords() {
        ReplyReading reading = CLASSIFIER.classify("I'm still looking into this and will come back to you as soon as I can.",
            WEDNESDAY_2_DECEMBER);

        assertThat(reading.kind()).isEqualTo(ReplyKind.HOLDING_INCOMPLETE);
        assertThat(reading.missing()).containsExactly(HoldingElement.REASON, HoldingElement.DEADLINE);
        assertThat(reading.evidence()).contains("Missing: why a full answer cannot be given yet",
            "Missing: the date by which a full answer will be sent (only \"as soon as I can\")");
        assertThat(reading.newDue()).isEmpty();
    }

    @Test
    void theProfilesMustStateListDecidesWhatIsMissing() {
        String reply = "We are not yet able to give a full answer because the landlord has not responded to our letter. "
            + "You will have a full response by 16 December.";

        assertThat(CLASSIFIER.classify(reply, WEDNESDAY_2_DECEMBER, HoldingElement.ALL).missing()).containsExactly(HoldingElement.ACTION);
        ReplyReading lenient = CLASSIFIER.classify(reply, WEDNESDAY_2_DECEMBER, EnumSet.of(HoldingElement.REASON, HoldingElement.DEADLINE));
        assertThat(lenient.kind()).isEqualTo(ReplyKind.HOLDING);
        assertThat(lenient.newDue()).contains(LocalDate.of(2026, 12, 16));
        assertThat(CLASSIFIER.classify(reply, WEDNESDAY_2_DECEMBER, List.of()).kind()).isEqualTo(ReplyKind.HOLDING);
    }

    @Test
    void aHoldingReplyWithoutADeadlineUnderAProfileThatDoesNotAskForOneMovesNothing() {
        ReplyReading reading = CLASSIFIER.classify("We can't give you a full answer yet as the contractor is still pricing the work. "
            + "I've asked them to speed up.", WEDNESDAY_2_DECEMBER, EnumSet.of(HoldingElement.REASON, HoldingElement.ACTION));

        assertThat(reading.kind()).isEqualTo(ReplyKind.HOLDING);
        assertThat(reading.newDue()).isEmpty();
    }

    @Test
    void theNewDeadlineIsReadFromTheReplysDate() {
        ZonedDateTime friday = ZonedDateTime.of(2026, 12, 4, 16, 0, 0, 0, ZoneId.of("Europe/London"));
        String reply = "This is a holding reply: the survey results are not yet available. I have booked a site visit and will "
            + "respond in full by Friday.";

        assertThat(CLASSIFIER.classify(reply, WEDNESDAY_2_DECEMBER).newDue()).contains(LocalDate.of(2026, 12, 4));
        assertThat(CLASSIFIER.classify(reply, friday).newDue()).contains(LocalDate.of(2026, 12, 11));
    }

    @Test
    void promisedDatesInTheWordsOfficersUse() {
        String[][] cases = {
            {"I will write to you again on 14 December.", "2026-12-14"},
            {"I'll come back to you in full w/c 14 December.", "2026-12-18"},
            {"I aim to respond in full by the end of next week.", "2026-12-11"},
            {"You will have a full response within five working days.", "2026-12-09"},
            {"I will update you no later than 9 December.", "2026-12-09"},
            {"I expect to reply in full by Friday 18 December.", "2026-12-18"},
            {"I will send you the figures in two weeks' time.", "2026-12-16"},
            {"I'll get back to you next week.", "2026-12-11"},
            {"I will come back to you on or before 11 December.", "2026-12-11"},
            {"I hope to have a full answer for you by 11/12.", "2026-12-11"},
        };
        for (String[] example : cases) {
            ReplyReading reading = CLASSIFIER.classify("I am not yet able to give you a full answer because the report has not been "
                + "received. I have chased the surveyor. " + example[0], WEDNESDAY_2_DECEMBER);
            assertThat(reading.newDue()).as(example[0]).contains(LocalDate.parse(example[1]));
        }
    }

    @Test
    void theFirstDatePromisedIsTheDeadlineNotADateOfTheWork() {
        ReplyReading reading = CLASSIFIER.classify("I'm not yet able to give you a full answer as the engineer has not yet inspected. "
            + "I have booked the inspection and I will write to you by 11 December, after the engineer's visit on 9 December.",
            WEDNESDAY_2_DECEMBER);

        assertThat(reading.newDue()).contains(LocalDate.of(2026, 12, 11));
    }

    @Test
    void aPastDateIsNoNewDeadline() {
        ReplyReading reading = CLASSIFIER.classify("This is a holding reply because the report has not been received. I have chased "
            + "the surveyor and will respond in full by 30 November.", WEDNESDAY_2_DECEMBER);

        assertThat(reading.missing()).containsExactly(HoldingElement.DEADLINE);
    }

    // ---- substantive and acknowledgement

    @Test
    void aPartialAnswerWithAnExplicitDelayForTheRestIsAHoldingReply() {
        ReplyReading reading = CLASSIFIER.classify("The light on Mill Lane was repaired on Tuesday. I am not yet able to give you a "
            + "full answer on the Park Road column, because UKPN have not confirmed a date; I have chased them and will update you "
            + "by 11 December.", WEDNESDAY_2_DECEMBER);

        assertThat(reading.kind()).isEqualTo(ReplyKind.HOLDING);
    }

    @Test
    void anAnswerWithACaveatAboutWaitingIsStillAnAnswer() {
        ReplyReading reading = CLASSIFIER.classify("The resurfacing is scheduled for the week of 14 December. We are still waiting "
            + "for the contractor to confirm the exact day, and I will let you know when they do.", WEDNESDAY_2_DECEMBER);

        assertThat(reading.kind()).isEqualTo(ReplyKind.SUBSTANTIVE);
        assertThat(reading.stopsTimer()).isTrue();
        assertThat(reading.deadline()).isEmpty();
    }

    @Test
    void anAcknowledgementKeepsItsPromisedDateButMovesNothing() {
        ReplyReading reading = CLASSIFIER.classify("Thanks for getting in touch. I'll look into this and come back to you by Friday.",
            WEDNESDAY_2_DECEMBER);

        assertThat(reading.kind()).isEqualTo(ReplyKind.ACKNOWLEDGEMENT);
        assertThat(reading.deadline().flatMap(StatedDeadline::date)).contains(LocalDate.of(2026, 12, 4));
        assertThat(reading.newDue()).isEmpty();
        assertThat(reading.stopsTimer()).isFalse();
    }

    @Test
    void onlyTheRepliersOwnWordsAreRead() {
        MessageText text = MessageText.ofPlainText("Thanks, received - I'll look into it.\n\n"
            + "On Mon, 30 Nov 2026 at 09:12, Cllr Ann Smith <cllr.ann.smith@northbrook.gov.uk> wrote:\n"
            + "> The bins in Park Road are collected on Tuesdays, aren't they? I need to know by Friday.\n"
            + "> Residents say the crew has been missing them for weeks.\n");

        ReplyReading reading = CLASSIFIER.classify(text.authorText(), WEDNESDAY_2_DECEMBER);

        assertThat(reading.kind()).isEqualTo(ReplyKind.ACKNOWLEDGEMENT);
        assertThat(reading.deadline()).isEmpty();
    }

    @Test
    void anEmptyReplyIsAnAcknowledgementNotACrash() {
        assertThat(CLASSIFIER.classify("", WEDNESDAY_2_DECEMBER).kind()).isEqualTo(ReplyKind.ACKNOWLEDGEMENT);
        assertThat(CLASSIFIER.classify(null, WEDNESDAY_2_DECEMBER).kind()).isEqualTo(ReplyKind.ACKNOWLEDGEMENT);
    }

    @Test
    void hostileInputIsClassifiedQuicklyAndSafely() {
        String[] hostile = {"?".repeat(50_000), "I am still waiting ".repeat(5_000), "by 11 December ".repeat(5_000),
            "not yet able to give a full answer ".repeat(3_000), "- x\n".repeat(20_000), "a".repeat(300_000)};
        for (String text : hostile) {
            long start = System.nanoTime();
            assertThat(CLASSIFIER.classify(text, WEDNESDAY_2_DECEMBER)).isNotNull();
            assertThat((System.nanoTime() - start) / 1_000_000).as("ms for %d chars", text.length()).isLessThan(2_000);
        }
    }

    @Test
    void holdingElementsReadTheProfilesWords() {
        assertThat(HoldingElement.of(List.of("reason", "deadline"))).containsExactly(HoldingElement.REASON, HoldingElement.DEADLINE);
        assertThat(HoldingElement.byId("action")).contains(HoldingElement.ACTION);
        assertThat(HoldingElement.byId("excuse")).isEmpty();
        assertThat(Arrays.stream(ReplyKind.values()).map(ReplyKind::id))
            .containsExactly("substantive", "holding", "holding-reply-incomplete", "acknowledgement");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> HoldingElement.of(List.of("excuse")))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("excuse");
    }
}

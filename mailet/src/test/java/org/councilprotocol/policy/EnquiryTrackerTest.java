package org.councilprotocol.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilprotocol.policy.Northbrook.ANN;
import static org.councilprotocol.policy.Northbrook.BOB;
import static org.councilprotocol.policy.Northbrook.CAROL;
import static org.councilprotocol.policy.Northbrook.DAN;
import static org.councilprotocol.policy.Northbrook.HELEN;
import static org.councilprotocol.policy.Northbrook.MARY;
import static org.councilprotocol.policy.Northbrook.MONDAY;
import static org.councilprotocol.policy.Northbrook.RESIDENT;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.councilprotocol.detect.HoldingElement;
import org.councilprotocol.detect.ReplyKind;
import org.councilprotocol.enquiry.Enquiry;
import org.councilprotocol.enquiry.EnquiryStatus;
import org.councilprotocol.model.Verdict;
import org.junit.jupiter.api.Test;

/**
 * Members' enquiries through the engine (Thanet 9.1.4, 9.1.6, as Northbrook adopts them): a councillor's
 * question to an officer opens an enquiry due ten working days after the day of receipt; the officer's
 * reply in the thread closes it, moves it, or leaves it running; an incomplete holding reply is flagged.
 * Time is the message's time of receipt, given by each test, never the wall clock.
 */
class EnquiryTrackerTest {
    private static final Instant TUESDAY = Instant.parse("2026-11-24T09:30:00Z");
    private static final LocalDate DUE = LocalDate.of(2026, 12, 7);

    private static String enquiryHeader(Judgement judgement) {
        return judgement.decision().headers().stream().filter(header -> header.name().equals(Decision.ENQUIRY))
            .map(Decision.Header::value).findFirst().orElse(null);
    }

    private static Judgement ask(Northbrook council, String id, String text) {
        return council.from(MARY).to(BOB).id(id).subject("Potholes on Hill Street").body(text)
            .at(MONDAY).authenticated().judge();
    }

    @Test
    void aCouncillorsQuestionToAnOfficerOpensAnEnquiryDueTenWorkingDaysLater() {
        try (Northbrook council = new Northbrook()) {
            Judgement judgement = ask(council, "<q-1@northbrook.gov.uk>",
                "Dear Bob,\n\nCould you tell me when the potholes on Hill Street will be repaired?\n\nMany thanks,\nMary");

            EnquiryTracker.Opened opened = judgement.enquiry().orElseThrow();
            assertThat(opened.opens()).isTrue();
            assertThat(opened.reading()).isEqualTo("question");
            assertThat(opened.reference()).contains("ENQ-2026-00001");
            assertThat(opened.due()).contains(DUE);
            assertThat(opened.statedDeadline()).isEmpty();
            assertThat(judgement.reply()).isEmpty();
            assertThat(enquiryHeader(judgement)).isEqualTo("ENQ-2026-00001; due=2026-12-07");

            Enquiry stored = council.engine.enquiries().orElseThrow().findByMessage("<q-1@northbrook.gov.uk>").orElseThrow();
            assertThat(stored.memberId()).isEqualTo("cllr-mary-jones");
            assertThat(stored.officerId()).isEqualTo("bob-jones");
            assertThat(stored.directorate()).contains("Place");
            assertThat(stored.isOpen()).isTrue();
        }
    }

    @Test
    void theDeadlineTheCouncillorStatesIsKeptBesideTheDueDate() {
        try (Northbrook council = new Northbrook()) {
            Judgement judgement = ask(council, "<q-2@northbrook.gov.uk>",
                "Hi Bob,\n\nCould you let me know whether the gully on Hill Street will be cleared by Friday? "
                    + "Residents are worried about flooding.\n\nMary");

            EnquiryTracker.Opened opened = judgement.enquiry().orElseThrow();
            assertThat(opened.opens()).isTrue();
            assertThat(opened.due()).contains(DUE);
            assertThat(opened.statedDeadline()).contains(LocalDate.of(2026, 11, 27));
            assertThat(enquiryHeader(judgement)).isEqualTo("ENQ-2026-00001; due=2026-12-07; stated-deadline=2026-11-27");
        }
    }

    @Test
    void thanksAndInformationOpenNothing() {
        try (Northbrook council = new Northbrook()) {
            Judgement thanks = council.from(MARY).to(BOB).id("<t-1@northbrook.gov.uk>").subject("Thank you")
                .body("Dear Bob,\n\nThank you for sorting out the road so quickly. Residents are delighted.\n\nMary")
                .at(MONDAY).authenticated().judge();

            assertThat(thanks.enquiry()).hasValueSatisfying(opened -> {
                assertThat(opened.opens()).isFalse();
                assertThat(opened.reading()).isEqualTo("none");
                assertThat(opened.reference()).isEmpty();
            });
            assertThat(enquiryHeader(thanks)).isNull();
            assertThat(council.engine.enquiries().orElseThrow().findByMessage("<t-1@northbrook.gov.uk>")).isEmpty();
        }
    }

    @Test
    void theSubjectKeepsTheMembersWordsUnlessTheProfileAsksForTheReferenceInIt() {
        String question = "Could you tell me when the potholes on Hill Street will be repaired?";
        try (Northbrook council = new Northbrook()) {
            assertThat(ask(council, "<s-1@northbrook.gov.uk>", question).decision().subject()).isEmpty();
        }
        try (Northbrook council = new Northbrook(Optional.of("northbrook-tagged"))) {
            Judgement tagged = ask(council, "<s-2@northbrook.gov.uk>", question);
            assertThat(tagged.decision().subject()).contains("[ENQ-2026-00001] Potholes on Hill Street");

            Judgement thanks = council.from(MARY).to(BOB).id("<s-3@northbrook.gov.uk>").subject("Thank you")
                .body("Thank you for sorting the road out so quickly.").at(MONDAY).authenticated().judge();
            assertThat(thanks.decision().subject()).as("nothing opened, nothing tagged").isEmpty();
        }
    }

    @Test
    void aConstituentsComplaintIsRecordedForTheComplaintsProcedureWithNoTimer() {
        try (Northbrook council = new Northbrook()) {
            Judgement judgement = council.from(MARY).to(BOB).id("<c-1@northbrook.gov.uk>")
                .subject("Missed bin collections - Mr Okafor").body("""
                    Dear Bob,

                    Mr Okafor of 3 Hill Street has asked me to make a formal complaint on his behalf. His bins have
                    been missed four weeks running and the crew were rude to him when he asked why.

                    Mary
                    """).at(MONDAY).authenticated().judge();

            EnquiryTracker.Opened opened = judgement.enquiry().orElseThrow();
            assertThat(opened.opens()).isFalse();
            assertThat(opened.reading()).isEqualTo("complaint");
            assertThat(opened.complaints()).contains("Thanet 9.1.7");
            assertThat(opened.due()).isEmpty();
            assertThat(enquiryHeader(judgement)).isEqualTo(opened.reference().orElseThrow()
                + "; complaint; procedure=\"Thanet 9.1.7\"");
            Enquiry stored = council.engine.enquiries().orElseThrow().findByMessage("<c-1@northbrook.gov.uk>").orElseThrow();
            assertThat(stored.status()).isEqualTo(EnquiryStatus.COMPLAINT);
            assertThat(stored.closedAt()).as("out of the timer").isPresent();
        }
    }

    @Test
    void aSecondQuestionInAThreadWithAnOpenEnquiryIsPartOfIt() {
        try (Northbrook council = new Northbrook()) {
            ask(council, "<q-3@northbrook.gov.uk>", "Could you tell me when the potholes on Hill Street will be repaired?");
            Judgement followUp = council.from(MARY).to(BOB).id("<q-4@northbrook.gov.uk>").inReplyTo("<q-3@northbrook.gov.uk>")
                .subject("RE: Potholes on Hill Street").body("Also, could you check the drain outside no. 12?")
                .at(TUESDAY).authenticated().judge();

            assertThat(followUp.enquiry()).isEmpty();
            assertThat(enquiryHeader(followUp)).isNull();
            assertThat(council.engine.enquiries().orElseThrow().findByThread(followUp.correspondence().thread().threadId()))
                .hasSize(1);
        }
    }

    @Test
    void mailThatIsNotMemberToOfficerOpensNothing() {
        try (Northbrook council = new Northbrook()) {
            Judgement toResident = council.from(MARY).to(RESIDENT).body("Could you send me a photo of the pothole?")
                .authenticated().judge();
            Judgement toMember = council.from(MARY).to(ANN).body("Could you tell me when the group meets?")
                .authenticated().judge();
            Judgement unverified = council.from(MARY).to(BOB).body("Could you tell me when the potholes will be repaired?")
                .judge();

            assertThat(List.of(toResident, toMember, unverified)).allSatisfy(judgement -> {
                assertThat(judgement.enquiry()).isEmpty();
                assertThat(enquiryHeader(judgement)).isNull();
            });
            assertThat(council.engine.enquiries().orElseThrow().count(org.councilprotocol.enquiry.EnquiryFilter.all(LocalDate.of(2026, 11, 23))))
                .isZero();
        }
    }

    @Test
    void theOfficersSubstantiveAnswerClosesTheEnquiry() {
        try (Northbrook council = new Northbrook()) {
            ask(council, "<q-5@northbrook.gov.uk>", "Could you tell me when the potholes on Hill Street will be repaired?");
            Judgement answer = council.from(BOB).to(MARY).id("<a-5@northbrook.gov.uk>").inReplyTo("<q-5@northbrook.gov.uk>")
                .subject("RE: Potholes on Hill Street")
                .body("Dear Cllr Jones,\n\nThe potholes on Hill Street were repaired on Friday by our contractor.\n\n"
                    + "Kind regards,\nBob")
                .at(TUESDAY).authenticated().judge();

            EnquiryTracker.Replied reply = answer.reply().orElseThrow();
            assertThat(reply.kind()).isEqualTo(ReplyKind.SUBSTANTIVE);
            assertThat(reply.kindId()).isEqualTo("substantive");
            assertThat(reply.enquiry().status()).isEqualTo(EnquiryStatus.CLOSED);
            assertThat(reply.missing()).isEmpty();
            assertThat(answer.findings()).isEmpty();
            assertThat(enquiryHeader(answer)).isEqualTo("ENQ-2026-00001; due=2026-12-07; reply=substantive; status=closed");
            assertThat(council.engine.enquiries().orElseThrow().find("ENQ-2026-00001").orElseThrow().isOpen()).isFalse();
        }
    }

    @Test
    void aCompleteHoldingReplyMovesTheDueDate() {
        try (Northbrook council = new Northbrook()) {
            ask(council, "<q-6@northbrook.gov.uk>", "Could you tell me when the potholes on Hill Street will be repaired?");
            Judgement holding = council.from(BOB).to(MARY).id("<a-6@northbrook.gov.uk>").inReplyTo("<q-6@northbrook.gov.uk>")
                .subject("RE: Potholes on Hill Street")
                .body("Dear Cllr Jones,\n\nI am not yet able to give you a full answer because we are still waiting for "
                    + "the structural survey of the retaining wall. I have chased the surveyor. I will write to you again "
                    + "by 11 December.\n\nBob")
                .at(TUESDAY).authenticated().judge();

            EnquiryTracker.Replied reply = holding.reply().orElseThrow();
            assertThat(reply.kind()).isEqualTo(ReplyKind.HOLDING);
            assertThat(reply.newDeadline()).contains(LocalDate.of(2026, 12, 11));
            assertThat(reply.enquiry().isOpen()).isTrue();
            assertThat(reply.enquiry().due()).isEqualTo(LocalDate.of(2026, 12, 11));
            assertThat(holding.findings()).isEmpty();
            assertThat(enquiryHeader(holding)).isEqualTo("ENQ-2026-00001; due=2026-12-11; reply=holding; status=open");
        }
    }

    @Test
    void anIncompleteHoldingReplyIsFlaggedAndTheOfficerToldWhatTheProtocolRequires() {
        try (Northbrook council = new Northbrook()) {
            ask(council, "<q-7@northbrook.gov.uk>", "Could you tell me when the potholes on Hill Street will be repaired?");
            Judgement holding = council.from(BOB).to(MARY).id("<a-7@northbrook.gov.uk>").inReplyTo("<q-7@northbrook.gov.uk>")
                .subject("RE: Potholes on Hill Street")
                .body("Dear Cllr Jones,\n\nI am not yet able to give you a full answer on this one.\n\nBob")
                .at(TUESDAY).authenticated().judge();

            EnquiryTracker.Replied reply = holding.reply().orElseThrow();
            assertThat(reply.kind()).isEqualTo(ReplyKind.HOLDING_INCOMPLETE);
            assertThat(reply.kindId()).isEqualTo("holding");
            assertThat(reply.missing()).containsExactly(HoldingElement.REASON, HoldingElement.ACTION, HoldingElement.DEADLINE);
            assertThat(reply.enquiry().isOpen()).isTrue();
            assertThat(reply.enquiry().due()).isEqualTo(DUE);

            assertThat(holding.findings()).singleElement().satisfies(finding -> {
                assertThat(finding.rule()).isEqualTo("holding-reply-incomplete");
                assertThat(finding.clause()).isEqualTo("Thanet 9.1.6");
                assertThat(finding.people()).containsExactly("bob-jones");
            });
            assertThat(holding.decision().verdict()).isEqualTo(Verdict.FLAG);
            assertThat(holding.decision().headers()).extracting(Decision.Header::value)
                .anyMatch(value -> value.startsWith("holding-reply-incomplete; action=flag"));
            assertThat(holding.decision().notices()).anySatisfy(notice -> {
                assertThat(notice.to()).contains(BOB);
                assertThat(notice.body()).contains("Thanet 9.1.6").contains("the date by which a full answer will be sent");
            });
        }
    }

    @Test
    void theOfficersAlternateAnswersForThemButAnotherOfficerDoesNot() {
        try (Northbrook council = new Northbrook()) {
            ask(council, "<q-8@northbrook.gov.uk>", "Could you tell me when the potholes on Hill Street will be repaired?");
            Judgement stranger = council.from(HELEN).to(MARY).id("<a-8a@northbrook.gov.uk>").inReplyTo("<q-8@northbrook.gov.uk>")
                .subject("RE: Potholes on Hill Street").body("The potholes were repaired yesterday.")
                .at(TUESDAY).authenticated().judge();
            assertThat(stranger.reply()).isEmpty();
            assertThat(council.engine.enquiries().orElseThrow().find("ENQ-2026-00001").orElseThrow().isOpen()).isTrue();

            Judgement alternate = council.from(DAN).to(MARY).id("<a-8b@northbrook.gov.uk>").inReplyTo("<q-8@northbrook.gov.uk>")
                .subject("RE: Potholes on Hill Street").body("The potholes on Hill Street were repaired yesterday.")
                .at(TUESDAY).authenticated().judge();
            assertThat(alternate.reply()).hasValueSatisfying(reply ->
                assertThat(reply.enquiry().status()).isEqualTo(EnquiryStatus.CLOSED));
        }
    }

    @Test
    void theManagerAnswersForTheOfficerAndLaterMailDoesNotReopen() {
        try (Northbrook council = new Northbrook()) {
            ask(council, "<q-9@northbrook.gov.uk>", "Could you tell me when the potholes on Hill Street will be repaired?");
            Judgement manager = council.from(CAROL).to(MARY).id("<a-9@northbrook.gov.uk>").inReplyTo("<q-9@northbrook.gov.uk>")
                .subject("RE: Potholes on Hill Street").body("Our records show the potholes were filled on 20 November.")
                .at(TUESDAY).authenticated().judge();
            assertThat(manager.reply()).hasValueSatisfying(reply ->
                assertThat(reply.enquiry().isOpen()).isFalse());

            Judgement again = council.from(BOB).to(MARY).id("<a-9b@northbrook.gov.uk>").inReplyTo("<a-9@northbrook.gov.uk>")
                .subject("RE: Potholes on Hill Street").body("Just to add: the road markings were also renewed.")
                .at(TUESDAY.plusSeconds(3600)).authenticated().judge();
            assertThat(again.reply()).isEmpty();
            assertThat(enquiryHeader(again)).isNull();
        }
    }
}

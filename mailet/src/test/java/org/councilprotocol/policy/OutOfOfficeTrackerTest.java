package org.councilprotocol.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilprotocol.policy.Northbrook.ANN;
import static org.councilprotocol.policy.Northbrook.BOB;
import static org.councilprotocol.policy.Northbrook.DAN;
import static org.councilprotocol.policy.Northbrook.MARY;
import static org.councilprotocol.policy.Northbrook.RESIDENT;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.councilprotocol.enquiry.EnquiryPeople;
import org.councilprotocol.model.Action;
import org.councilprotocol.model.Finding;
import org.councilprotocol.model.Person;
import org.councilprotocol.model.Verdict;
import org.junit.jupiter.api.Test;

/**
 * Out-of-office cover through the engine (Thanet 9.1.5, as Northbrook adopts it). Bob Jones, Highways Manager,
 * is away from Monday 30 November to Friday 4 December 2026 (the directory's absence; Dan Green covers). Dan
 * Green, whose own alternate is Bob, has no planned absence: his are learned from his automatic replies, in
 * January 2027. Times are the messages' times of receipt, never the wall clock.
 */
class OutOfOfficeTrackerTest {
    private static final Instant TUESDAY_1_DEC = Instant.parse("2026-12-01T09:30:00Z");
    private static final Instant WEDNESDAY_2_DEC = Instant.parse("2026-12-02T11:00:00Z");
    private static final Instant MONDAY_11_JAN = Instant.parse("2027-01-11T08:05:00Z");
    private static final Instant TUESDAY_12_JAN = Instant.parse("2027-01-12T10:00:00Z");
    private static final Instant WEDNESDAY_13_JAN = Instant.parse("2027-01-13T09:00:00Z");
    private static final Instant THURSDAY_14_JAN = Instant.parse("2027-01-14T09:00:00Z");
    private static final String QUESTION = "Dear Bob,\n\nCould you tell me when the potholes on Hill Street will be repaired?\n\nMary";

    private static List<String> cover(Judgement judgement) {
        return judgement.decision().headers().stream().filter(header -> header.name().equals(Decision.COVER))
            .map(Decision.Header::value).toList();
    }

    private static List<Notice> noticesTo(Judgement judgement, String address) {
        return judgement.decision().notices().stream().filter(notice -> notice.to().contains(address)).toList();
    }

    private static OutOfOfficeTracker.Covered covered(Judgement judgement) {
        return judgement.outOfOffice().orElseThrow();
    }

    // ---- a member's mail to an officer who is away

    @Test
    void aMembersMailToAnAbsentOfficerAlsoGoesOpenlyToTheAlternateAndTheMemberIsToldWhoCovers() {
        try (Northbrook council = new Northbrook()) {
            Judgement judgement = council.from(MARY).to(BOB).subject("Potholes on Hill Street").body(QUESTION)
                .at(TUESDAY_1_DEC).authenticated().judge();

            assertThat(judgement.decision().verdict()).isEqualTo(Verdict.DELIVER);
            assertThat(judgement.decision().copies()).containsExactly(DAN);
            assertThat(covered(judgement).absent()).containsExactly("bob-jones");
            assertThat(covered(judgement).alternatesCopied()).containsExactly("dan-green");
            assertThat(covered(judgement).autoReply()).isFalse();
            assertThat(cover(judgement)).containsExactly("bob-jones; away=2026-11-30/2026-12-04; alternate=dan-green; "
                + "copied=yes; told=yes; clause=\"Thanet 9.1.5\"");
            assertThat(noticesTo(judgement, MARY)).singleElement().satisfies(notice -> {
                assertThat(notice.subject()).isEqualTo("Bob Jones is away: Dan Green is covering \"Potholes on Hill Street\"");
                assertThat(notice.body())
                    .startsWith("What happened\nYour message \"Potholes on Hill Street\" of 1 December 2026 at 09:30 went to "
                        + "Bob Jones, Highways Manager <bob.jones@northbrook.gov.uk>, who is away until Friday 4 December 2026 "
                        + "(back on Monday 7 December 2026).")
                    .contains("it has also gone, openly (in copy), to Dan Green, Highways Officer <dan.green@northbrook.gov.uk>")
                    .contains("Why\n- Thanet 9.1.5: ")
                    .contains("What to do next\n- Nothing: Dan Green has your message.")
                    .contains("You will not be told again");
                assertThat(notice.attachOriginal()).isFalse();
            });
            // The enquiry still opens, with Bob as its officer.
            assertThat(judgement.enquiry()).hasValueSatisfying(opened -> assertThat(opened.opens()).isTrue());
        }
    }

    @Test
    void theMemberIsToldOncePerAbsenceButEveryMessageReachesTheAlternate() {
        try (Northbrook council = new Northbrook()) {
            council.from(MARY).to(BOB).subject("Potholes on Hill Street").body(QUESTION).at(TUESDAY_1_DEC).authenticated().judge();
            Judgement second = council.from(MARY).to(BOB).subject("Gully on Hill Street")
                .body("Bob, could you also look at the blocked gully outside no. 12?").at(WEDNESDAY_2_DEC).authenticated().judge();
            Judgement otherMember = council.from(ANN).to(BOB).subject("Street lights, Cliftonville")
                .body("Bob, when will the street lights on Northdown Road be fixed?").at(WEDNESDAY_2_DEC).authenticated().judge();

            assertThat(second.decision().copies()).containsExactly(DAN);
            assertThat(noticesTo(second, MARY)).isEmpty();
            assertThat(cover(second)).singleElement().asString().contains("copied=yes; told=earlier");
            // Another member is told about the same absence once too.
            assertThat(noticesTo(otherMember, ANN)).hasSize(1);
        }
    }

    @Test
    void whenTheAlternateIsAwayTooTheAbsentOfficersManagerCovers() {
        try (Northbrook council = new Northbrook()) {
            council.from(DAN).to(ANN).subject("Automatic reply: Verges").header("Auto-Submitted", "auto-replied")
                .body("I am on leave, back on Monday 7 December.").at(TUESDAY_1_DEC).authenticated().judge();

            Judgement judgement = council.from(MARY).to(BOB).body(QUESTION).at(WEDNESDAY_2_DEC).authenticated().judge();

            assertThat(judgement.decision().copies()).containsExactly(Northbrook.CAROL);
            assertThat(cover(judgement)).singleElement().asString().contains("alternate=carol-white; copied=yes; told=yes");
            Judgement autoReply = council.from(BOB).to(MARY).subject("Automatic reply: Potholes").header("X-Autoreply", "yes")
                .body("I am away until Monday 7 December.").at(WEDNESDAY_2_DEC).authenticated().judge();
            assertThat(covered(autoReply).alternateInserted()).contains("carol-white");
            // The enquiry's reminders go to Carol too.
            EnquiryPeople people = new EnquiryPeople(council.config.directory(),
                council.config.profile().enquiries().orElseThrow(), council.engine.absences());
            assertThat(people.coverFor("bob-jones", LocalDate.of(2026, 12, 2))).map(Person::id).contains("carol-white");
        }
    }

    @Test
    void anAlternateAlreadyAmongTheRecipientsIsNotAddedAgain() {
        try (Northbrook council = new Northbrook()) {
            Judgement judgement = council.from(MARY).to(BOB).cc(DAN).body(QUESTION).at(TUESDAY_1_DEC).authenticated().judge();

            assertThat(judgement.decision().copies()).isEmpty();
            assertThat(covered(judgement).alternatesCopied()).isEmpty();
            assertThat(covered(judgement).absent()).containsExactly("bob-jones");
            assertThat(noticesTo(judgement, MARY)).singleElement().satisfies(notice ->
                assertThat(notice.body()).contains("Dan Green, who is covering, was already among its recipients."));
        }
    }

    @Test
    void beforeAndAfterTheAbsenceNothingIsCopied() {
        try (Northbrook council = new Northbrook()) {
            Judgement before = council.from(MARY).to(BOB).body(QUESTION).at(Northbrook.MONDAY).authenticated().judge();
            Judgement after = council.from(MARY).to(BOB).body(QUESTION).at(Instant.parse("2026-12-07T09:00:00Z"))
                .authenticated().judge();

            for (Judgement judgement : List.of(before, after)) {
                assertThat(judgement.decision().copies()).isEmpty();
                assertThat(cover(judgement)).isEmpty();
                assertThat(noticesTo(judgement, MARY)).isEmpty();
                assertThat(covered(judgement).absent()).isEmpty();
            }
        }
    }

    @Test
    void aReturnedMessageGoesToNoAlternateAndAHeldOneTellsTheMemberNothingYet() {
        try (Northbrook council = new Northbrook(new ProtocolEngineTest.Always("silent-copy", "a blind copy"))) {
            Judgement returned = council.from(MARY).to(BOB).body(QUESTION).at(TUESDAY_1_DEC).authenticated().judge();
            assertThat(returned.decision().verdict()).isEqualTo(Verdict.BLOCK);
            assertThat(returned.decision().copies()).isEmpty();
            assertThat(noticesTo(returned, MARY)).noneMatch(notice -> notice.subject().contains("is away"));
            assertThat(cover(returned)).singleElement().asString().contains("copied=no");
        }
        try (Northbrook council = new Northbrook(new ProtocolEngineTest.Always("obligation-in-member-name", "an instruction"))) {
            Judgement held = council.from(MARY).to(BOB).body(QUESTION).at(TUESDAY_1_DEC).authenticated().judge();
            assertThat(held.decision().verdict()).isEqualTo(Verdict.HOLD);
            // Released, it reaches Dan too; the member hears about the hold, not about the cover, for now.
            assertThat(held.decision().copies()).containsExactly(DAN);
            assertThat(noticesTo(held, MARY)).noneMatch(notice -> notice.subject().contains("is away"));
            assertThat(cover(held)).singleElement().asString().contains("copied=yes; told=no");

            Judgement next = council.from(MARY).to(BOB).body(QUESTION).at(WEDNESDAY_2_DEC).authenticated().judge();
            assertThat(next.decision().verdict()).isEqualTo(Verdict.HOLD);
        }
    }

    // ---- loops and noise (RFC 3834)

    @Test
    void noNoticeAnswersAMembersAutoReplyBulkMailOrABounceAndNoneIsCopied() {
        try (Northbrook council = new Northbrook()) {
            Judgement autoReply = council.from(MARY).to(BOB).subject("Automatic reply: Road closures")
                .header("Auto-Submitted", "auto-replied").body("I am away until Monday.").at(TUESDAY_1_DEC).authenticated().judge();
            Judgement bulk = council.from(MARY).to(BOB).subject("Westgate ward newsletter").header("Precedence", "bulk")
                .body("News from your councillor.").at(TUESDAY_1_DEC).authenticated().judge();
            Judgement listed = council.from(MARY).to(BOB).subject("Westgate ward newsletter")
                .header("List-Id", "Westgate news <westgate.lists.example.org>").body("News.").at(TUESDAY_1_DEC).authenticated().judge();

            for (Judgement judgement : List.of(autoReply, bulk, listed)) {
                assertThat(judgement.decision().notices()).isEmpty();
                assertThat(judgement.decision().copies()).isEmpty();
                assertThat(cover(judgement)).singleElement().asString().contains("copied=no");
            }
            assertThat(covered(autoReply).autoReply()).isTrue();
            // Mary's next message of her own is the first the protocol answers.
            Judgement own = council.from(MARY).to(BOB).body(QUESTION).at(WEDNESDAY_2_DEC).authenticated().judge();
            assertThat(noticesTo(own, MARY)).hasSize(1);
        }
    }

    // ---- the officer's own automatic reply

    @Test
    void anAutoReplyThatNamesNoAlternativeContactGetsTheAlternateInserted() {
        try (Northbrook council = new Northbrook()) {
            Judgement judgement = council.from(BOB).to(MARY).subject("Automatic reply: Potholes on Hill Street")
                .header("Auto-Submitted", "auto-replied")
                .body("Thank you for your email. I am out of the office until Monday 7 December with limited access to email.")
                .at(TUESDAY_1_DEC).authenticated().judge();

            assertThat(judgement.decision().verdict()).isEqualTo(Verdict.DELIVER);
            assertThat(judgement.decision().contact())
                .contains("While I am away, please contact my colleague Dan Green, Highways Officer, at dan.green@northbrook.gov.uk.");
            assertThat(judgement.decision().notices()).isEmpty();
            assertThat(judgement.decision().copies()).isEmpty();
            assertThat(covered(judgement).autoReply()).isTrue();
            assertThat(covered(judgement).alternateInserted()).contains("dan-green");
            assertThat(covered(judgement).absent()).containsExactly("bob-jones");
            Finding finding = judgement.findings().stream().filter(f -> f.rule().equals("ooo-no-alternate")).findFirst().orElseThrow();
            assertThat(finding.action()).isEqualTo(Action.TAG);
            assertThat(finding.clause()).isEqualTo("Thanet 9.1.5");
            assertThat(finding.people()).containsExactly("bob-jones");
            assertThat(finding.summary()).isEqualTo("Bob Jones's out-of-office reply names no alternative contact; "
                + "Dan Green, Highways Officer <dan.green@northbrook.gov.uk> was added to it");
            assertThat(cover(judgement)).containsExactly("bob-jones; auto-reply; back=2026-12-07; alternate=dan-green; "
                + "inserted=yes; clause=\"Thanet 9.1.5\"");
            // An automatic reply answers no enquiry.
            assertThat(judgement.reply()).isEmpty();
        }
    }

    @Test
    void anAutoReplyThatAlreadyNamesAColleagueIsLeftAlone() {
        try (Northbrook council = new Northbrook()) {
            Judgement judgement = council.from(BOB).to(RESIDENT).subject("Automatic reply: Potholes")
                .header("X-Auto-Response-Suppress", "All").header("Auto-Submitted", "auto-replied")
                .body("I am on leave until Monday 7 December. For urgent highways matters please call the Highways team "
                    + "on 01843 577000.")
                .at(TUESDAY_1_DEC).authenticated().judge();

            assertThat(judgement.decision().contact()).isEmpty();
            assertThat(judgement.findings()).noneMatch(f -> f.rule().equals("ooo-no-alternate"));
            assertThat(covered(judgement).alternateInserted()).isEmpty();
            assertThat(cover(judgement)).singleElement().asString().contains("alternative-named=yes");
        }
    }

    // ---- absences learned from automatic replies

    @Test
    void anAbsenceLearnedFromAnAutoReplyIsCoveredUntilTheOfficerSendsOrdinaryMailAgain() {
        try (Northbrook council = new Northbrook()) {
            Judgement autoReply = council.from(DAN).to(MARY).subject("Automatic reply: Verges on Canterbury Road")
                .header("Auto-Submitted", "auto-replied")
                .body("Hello, I am on annual leave, returning on Monday 18 January. I will reply when I am back.")
                .at(MONDAY_11_JAN).authenticated().judge();
            assertThat(covered(autoReply).absent()).containsExactly("dan-green");
            assertThat(autoReply.decision().contact()).hasValueSatisfying(text -> assertThat(text).contains("Bob Jones"));

            Judgement during = council.from(MARY).to(DAN).subject("Verges on Canterbury Road")
                .body("Dan, could you tell me when the verges will be cut?").at(TUESDAY_12_JAN).authenticated().judge();
            assertThat(during.decision().copies()).containsExactly(BOB);
            assertThat(cover(during)).singleElement().asString()
                .startsWith("dan-green; away=2027-01-11/2027-01-17; alternate=bob-jones; copied=yes; told=yes");
            assertThat(noticesTo(during, MARY)).singleElement().satisfies(notice -> assertThat(notice.body())
                .contains("who is away until Sunday 17 January 2027 (back on Monday 18 January 2027)"));
            // The enquiry's reminders go to Bob as well while Dan is away...
            EnquiryPeople people = new EnquiryPeople(council.config.directory(),
                council.config.profile().enquiries().orElseThrow(), council.engine.absences());
            assertThat(people.coverFor("dan-green", LocalDate.of(2027, 1, 12))).map(Person::id).contains("bob-jones");

            // ...until Dan writes again: he is back.
            council.from(DAN).to(ANN).subject("Grass cutting schedule").body("Ann, the schedule for the spring is attached.")
                .at(WEDNESDAY_13_JAN).authenticated().judge();
            Judgement after = council.from(MARY).to(DAN).subject("Verges again")
                .body("Dan, one more thing: could the verge on Hill Street be cut too?").at(THURSDAY_14_JAN).authenticated().judge();
            assertThat(after.decision().copies()).isEmpty();
            assertThat(covered(after).absent()).isEmpty();
            assertThat(people.coverFor("dan-green", LocalDate.of(2027, 1, 14))).isEmpty();
        }
    }

    @Test
    void aLearnedAbsenceEndsOnTheDayBack() {
        try (Northbrook council = new Northbrook()) {
            council.from(DAN).to(MARY).subject("Automatic reply: Verges").header("X-Autoreply", "yes")
                .body("I'm out of the office until Thursday 14 January.").at(MONDAY_11_JAN).authenticated().judge();

            Judgement during = council.from(MARY).to(DAN).body("Dan, when will the verges be cut?").at(WEDNESDAY_13_JAN)
                .authenticated().judge();
            Judgement back = council.from(MARY).to(DAN).body("Dan, when will the verges be cut?").at(THURSDAY_14_JAN)
                .authenticated().judge();

            assertThat(during.decision().copies()).containsExactly(BOB);
            assertThat(back.decision().copies()).isEmpty();
        }
    }

    @Test
    void anAbsenceOfOneWorkingDayNeedsNoCover() {
        try (Northbrook council = new Northbrook()) {
            council.from(DAN).to(MARY).subject("Automatic reply: Verges").header("Auto-Submitted", "auto-replied")
                .body("I am at a training course today and back in the office on Tuesday 12 January.")
                .at(MONDAY_11_JAN).authenticated().judge();

            Judgement judgement = council.from(MARY).to(DAN).body("Dan, when will the verges be cut?")
                .at(Instant.parse("2027-01-11T14:00:00Z")).authenticated().judge();

            assertThat(judgement.decision().copies()).isEmpty();
            assertThat(judgement.decision().notices()).isEmpty();
            assertThat(covered(judgement).absent()).isEmpty();
        }
    }

    @Test
    void anUnauthenticatedAutoReplyClaimingToBeTheOfficersTeachesNothing() {
        try (Northbrook council = new Northbrook()) {
            Judgement forged = council.from(DAN).to(MARY).subject("Automatic reply: Verges").header("Auto-Submitted", "auto-replied")
                .body("I am away until Monday 18 January.").at(MONDAY_11_JAN).judge();
            Judgement judgement = council.from(MARY).to(DAN).body("Dan, when will the verges be cut?").at(TUESDAY_12_JAN)
                .authenticated().judge();

            assertThat(forged.decision().contact()).isEmpty();
            assertThat(judgement.decision().copies()).isEmpty();
            assertThat(council.engine.absences().on("dan-green", LocalDate.of(2027, 1, 12))).isEqualTo(Optional.empty());
        }
    }
}

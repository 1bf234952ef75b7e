package org.councilprotocol.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilprotocol.policy.Northbrook.ANN;
import static org.councilprotocol.policy.Northbrook.BOB;
import static org.councilprotocol.policy.Northbrook.CAROL;
import static org.councilprotocol.policy.Northbrook.DAN;
import static org.councilprotocol.policy.Northbrook.HELEN;
import static org.councilprotocol.policy.Northbrook.MARY;
import static org.councilprotocol.policy.Northbrook.MONDAY;
import static org.councilprotocol.policy.Northbrook.PLANNING;
import static org.councilprotocol.policy.Northbrook.RAJ;
import static org.councilprotocol.policy.Northbrook.RAJ_LEADER;
import static org.councilprotocol.policy.Northbrook.REPORTER;
import static org.councilprotocol.policy.Northbrook.RESIDENT;
import static org.councilprotocol.policy.Northbrook.TOM;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.councilprotocol.model.Correspondence;
import org.councilprotocol.model.CorrespondenceKind;
import org.councilprotocol.model.Participant;
import org.councilprotocol.model.Person;
import org.councilprotocol.model.SenderKind;
import org.councilprotocol.model.ThreadContext.ThreadParticipant;
import org.councilprotocol.model.Verdict;
import org.councilprotocol.model.Visibility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Who is who in a message, judged through the {@link ProtocolEngine} exactly as the mailets and the
 * check command call it (no detectors, so every verdict is deliver and only the classification shows).
 */
class CorrespondenceClassifierTest {
    /** {@code X-Council-Correspondence}: kind; sender-kind=...; [sender=person-id;] thread="...". */
    private static final Pattern CORRESPONDENCE_HEADER = Pattern.compile(
        "(member-to-officer|officer-to-member|member-to-member|member-external|officer-external|other)"
            + "; sender-kind=(member|officer|external)(; sender=[a-z0-9][a-z0-9._-]*)?; thread=\"[ -~]*\"");

    private final Northbrook council = new Northbrook();

    @AfterEach
    void close() {
        council.close();
    }

    private static Optional<String> header(Judgement judgement, String name) {
        List<String> values = judgement.decision().headers().stream()
            .filter(header -> header.name().equals(name)).map(Decision.Header::value).toList();
        assertThat(values).as("at most one %s header", name).hasSizeLessThanOrEqualTo(1);
        return values.stream().findFirst();
    }

    private static Participant recipient(Correspondence correspondence, String address) {
        return correspondence.recipients().stream().filter(r -> r.address().equals(address)).findFirst()
            .orElseThrow(() -> new AssertionError(address + " is not among the recipients"));
    }

    private static void assertCorrespondenceHeader(Judgement judgement, String expected) {
        String value = header(judgement, Decision.CORRESPONDENCE).orElseThrow();
        assertThat(value).isEqualTo(expected).matches(CORRESPONDENCE_HEADER);
    }

    @Nested
    class KindOfCorrespondence {

        @Test
        void anAuthenticatedMemberWritingToAnOfficer() {
            Judgement judgement = council.from(ANN).to(BOB).id("<enq-1@northbrook.gov.uk>").authenticated().judge();
            Correspondence c = judgement.correspondence();

            assertThat(c.kind()).isEqualTo(CorrespondenceKind.MEMBER_TO_OFFICER);
            assertThat(c.senderKind()).isEqualTo(SenderKind.MEMBER);
            assertThat(c.senderPerson()).map(Person::id).contains("cllr-ann-smith");
            assertThat(c.sender().address()).isEqualTo(ANN);
            assertThat(c.sender().councilAddress()).isTrue();
            assertThat(c.claimed()).isEmpty();
            assertThat(c.unverified()).isFalse();
            assertThat(c.recipients()).singleElement().satisfies(bob -> {
                assertThat(bob.address()).isEqualTo(BOB);
                assertThat(bob.personId()).contains("bob-jones");
                assertThat(bob.isOfficer()).isTrue();
                assertThat(bob.visibility()).isEqualTo(Visibility.TO);
                assertThat(bob.isExternal()).isFalse();
            });
            assertThat(c.blindRecipients()).isEmpty();

            assertThat(judgement.messageId()).isEqualTo("<enq-1@northbrook.gov.uk>");
            assertThat(judgement.subject()).isEqualTo("Potholes on Hill Street");
            assertThat(judgement.findings()).isEmpty();
            assertThat(judgement.decision().verdict()).isEqualTo(Verdict.DELIVER);
            assertThat(judgement.decision().notices()).isEmpty();
            assertCorrespondenceHeader(judgement,
                "member-to-officer; sender-kind=member; sender=cllr-ann-smith; thread=\"<enq-1@northbrook.gov.uk>\"");
            assertThat(header(judgement, Decision.SENDER)).isEmpty();
            assertThat(header(judgement, Decision.VERDICT)).as("no findings, no verdict header").isEmpty();
            assertThat(header(judgement, Decision.FINDING)).isEmpty();
        }

        @Test
        void anOfficerWritingToAMember() {
            Judgement judgement = council.from(BOB).to(ANN).cc(DAN).authenticated().judge();
            Correspondence c = judgement.correspondence();

            assertThat(c.kind()).isEqualTo(CorrespondenceKind.OFFICER_TO_MEMBER);
            assertThat(c.senderKind()).isEqualTo(SenderKind.OFFICER);
            assertThat(c.senderPerson()).map(Person::id).contains("bob-jones");
            assertThat(recipient(c, DAN).visibility()).isEqualTo(Visibility.CC);
            assertThat(header(judgement, Decision.CORRESPONDENCE).orElseThrow())
                .startsWith("officer-to-member; sender-kind=officer; sender=bob-jones; thread=");
        }

        @Test
        void aMemberWritingToAnotherMember() {
            Judgement judgement = council.from(MARY).to(RAJ).authenticated().judge();

            assertThat(judgement.correspondence().kind()).isEqualTo(CorrespondenceKind.MEMBER_TO_MEMBER);
            assertThat(judgement.correspondence().senderKind()).isEqualTo(SenderKind.MEMBER);
            assertThat(recipient(judgement.correspondence(), RAJ).isMember()).isTrue();
        }

        @Test
        void aMemberWritingToAResident() {
            Judgement judgement = council.from(ANN).to(RESIDENT).subject("Your housing repair").authenticated().judge();
            Correspondence c = judgement.correspondence();

            assertThat(c.kind()).isEqualTo(CorrespondenceKind.MEMBER_EXTERNAL);
            assertThat(c.senderKind()).isEqualTo(SenderKind.MEMBER);
            Participant resident = recipient(c, RESIDENT);
            assertThat(resident.isExternal()).isTrue();
            assertThat(resident.person()).isEmpty();
            assertThat(resident.councilAddress()).isFalse();
        }

        @Test
        void aMemberWritingToTheLocalPaper() {
            Judgement judgement = council.from(TOM).to(REPORTER).authenticated().judge();
            assertThat(judgement.correspondence().kind()).isEqualTo(CorrespondenceKind.MEMBER_EXTERNAL);
        }

        @Test
        void anOfficerWritingToAResident() {
            Judgement judgement = council.from(DAN).to(RESIDENT).authenticated().judge();

            assertThat(judgement.correspondence().kind()).isEqualTo(CorrespondenceKind.OFFICER_EXTERNAL);
            assertThat(judgement.correspondence().senderKind()).isEqualTo(SenderKind.OFFICER);
        }

        @Test
        void anOfficerWritingToAnotherOfficer() {
            Judgement judgement = council.from(BOB).to(CAROL).authenticated().judge();
            assertThat(judgement.correspondence().kind()).isEqualTo(CorrespondenceKind.OTHER);
            assertThat(judgement.correspondence().senderKind()).isEqualTo(SenderKind.OFFICER);
        }

        @Test
        void aResidentWritingToAMember() {
            Judgement judgement = council.from(RESIDENT).to(ANN).judge();
            Correspondence c = judgement.correspondence();

            assertThat(c.kind()).isEqualTo(CorrespondenceKind.OTHER);
            assertThat(c.senderKind()).isEqualTo(SenderKind.EXTERNAL);
            assertThat(c.senderPerson()).isEmpty();
            assertThat(c.claimed()).isEmpty();
            assertThat(c.unverified()).isFalse();
            assertThat(c.sender().councilAddress()).isFalse();
            assertThat(recipient(c, ANN).isMember()).isTrue();
            assertThat(header(judgement, Decision.CORRESPONDENCE).orElseThrow())
                .startsWith("other; sender-kind=external; thread=").doesNotContain("sender=");
            assertThat(header(judgement, Decision.SENDER)).isEmpty();
        }

        @Test
        void aMemberWritingToTheCouncilsSharedPlanningMailboxWritesToOfficers() {
            Judgement judgement = council.from(MARY).to(PLANNING).subject("Objection: 26/01234/FUL").authenticated().judge();
            Correspondence c = judgement.correspondence();

            assertThat(c.kind()).isEqualTo(CorrespondenceKind.MEMBER_TO_OFFICER);
            Participant planning = recipient(c, PLANNING);
            assertThat(planning.person()).isEmpty();
            assertThat(planning.councilAddress()).isTrue();
            assertThat(planning.isExternal()).isFalse();
            assertThat(planning.isOfficer()).isFalse();
        }

        @Test
        void theKindFollowsTheToLineNotTheCopies() {
            // A ward councillor answers a resident and copies the highways manager for information.
            Judgement judgement = council.from(MARY).to(RESIDENT).cc(BOB).authenticated().judge();
            assertThat(judgement.correspondence().kind()).isEqualTo(CorrespondenceKind.MEMBER_EXTERNAL);
        }

        @Test
        void withNobodyInToTheOpenCopiesDecide() {
            Judgement judgement = council.from(ANN).cc(BOB).authenticated().judge();
            assertThat(judgement.correspondence().kind()).isEqualTo(CorrespondenceKind.MEMBER_TO_OFFICER);
        }

        @Test
        void withOnlyBlindRecipientsTheEnvelopeDecides() {
            // "To: undisclosed-recipients:;" and everyone in Bcc.
            Judgement judgement = council.from(BOB).header("To", "undisclosed-recipients:;").bcc(ANN, MARY)
                .authenticated().judge();
            Correspondence c = judgement.correspondence();

            assertThat(c.kind()).isEqualTo(CorrespondenceKind.OFFICER_TO_MEMBER);
            assertThat(c.blindRecipients()).extracting(Participant::address).containsExactly(ANN, MARY);
        }

        @Test
        void aMemberWithTheirDirectoryAddressInCapitalsIsStillThemselves() {
            Judgement judgement = council.from("Cllr.Ann.Smith@Northbrook.GOV.UK").to("Bob.Jones@NORTHBROOK.gov.uk")
                .authenticatedAs("cllr.ann.smith@northbrook.gov.uk").judge();
            Correspondence c = judgement.correspondence();

            assertThat(c.senderKind()).isEqualTo(SenderKind.MEMBER);
            assertThat(c.sender().address()).isEqualTo(ANN);
            assertThat(c.recipients()).extracting(Participant::address).containsExactly(BOB);
            assertThat(recipient(c, BOB).visibility()).isEqualTo(Visibility.TO);
            assertThat(c.kind()).isEqualTo(CorrespondenceKind.MEMBER_TO_OFFICER);
        }

        @Test
        void aDisplayNameInFromDoesNotMatter() {
            Judgement judgement = council.from(ANN).header("From", "\"Smith, Ann (Cllr)\" <" + ANN + ">")
                .to(BOB).authenticatedAs(ANN).judge();
            assertThat(judgement.correspondence().senderKind()).isEqualTo(SenderKind.MEMBER);
        }

        @Test
        void aBareLoginNameIsTriedInTheCouncilsDomain() {
            // James without virtual hosting: the SMTP AUTH user is "cllr.ann.smith", not the full address.
            Judgement judgement = council.from(ANN).to(BOB).authenticatedAs("cllr.ann.smith").judge();
            assertThat(judgement.correspondence().senderKind()).isEqualTo(SenderKind.MEMBER);
            assertThat(judgement.correspondence().claimed()).isEmpty();
        }

        @Test
        void aBareLoginNameOfSomeoneElseDoesNotVerify() {
            Judgement judgement = council.from(ANN).to(BOB).authenticatedAs("bob.jones").judge();
            assertThat(judgement.correspondence().senderKind()).isEqualTo(SenderKind.EXTERNAL);
            assertThat(judgement.correspondence().claimed()).map(Person::id).contains("cllr-ann-smith");
        }

        @Test
        void aBareLoginNameNobodyOwnsDoesNotVerify() {
            Judgement judgement = council.from(PLANNING).to(ANN).authenticatedAs("planning").judge();
            assertThat(judgement.correspondence().senderKind()).isEqualTo(SenderKind.EXTERNAL);
        }

        @Test
        void aMemberAuthenticatedWithTheirOtherAddressIsVerified() {
            // The Leader logs in as leader@ and sends from their personal council address.
            Judgement judgement = council.from(RAJ).to(CAROL).authenticatedAs(RAJ_LEADER).judge();
            assertThat(judgement.correspondence().senderKind()).isEqualTo(SenderKind.MEMBER);
            assertThat(judgement.correspondence().senderPerson()).map(Person::id).contains("cllr-raj-patel");
            assertThat(judgement.correspondence().claimed()).isEmpty();
        }
    }

    @Nested
    class UnverifiedSenders {

        @Test
        void aForgedMemberAddressFromOutsideIsExternalAndTagged() {
            // Arrives by SMTP from the internet with no authentication, claiming to be Cllr Smith.
            Judgement judgement = council.from(ANN).to(BOB).judge();
            Correspondence c = judgement.correspondence();

            assertThat(c.senderKind()).isEqualTo(SenderKind.EXTERNAL);
            assertThat(c.senderPerson()).isEmpty();
            assertThat(c.sender().person()).isEmpty();
            assertThat(c.claimed()).map(Person::id).contains("cllr-ann-smith");
            assertThat(c.unverified()).isTrue();
            assertThat(c.kind()).isEqualTo(CorrespondenceKind.OTHER);
            assertThat(header(judgement, Decision.SENDER)).contains(
                "unverified; claimed=cllr-ann-smith; reason=\"not authenticated as the owner of the From address\"");
            assertThat(header(judgement, Decision.CORRESPONDENCE).orElseThrow())
                .startsWith("other; sender-kind=external; thread=").doesNotContain("sender=cllr");
        }

        @Test
        void authenticatedAsSomeoneElseThanTheFromOwnerIsUnverified() {
            // Bob is logged in but puts Cllr Smith's address in From.
            Judgement judgement = council.from(ANN).to(CAROL).authenticatedAs(BOB).judge();
            Correspondence c = judgement.correspondence();

            assertThat(c.senderKind()).isEqualTo(SenderKind.EXTERNAL);
            assertThat(c.claimed()).map(Person::id).contains("cllr-ann-smith");
            assertThat(header(judgement, Decision.SENDER)).hasValueSatisfying(value ->
                assertThat(value).startsWith("unverified; claimed=cllr-ann-smith;"));
        }

        @Test
        void aForgedOfficerAddressIsUnverifiedToo() {
            Judgement judgement = council.from(HELEN).to(MARY).authenticatedAs(RESIDENT).judge();
            assertThat(judgement.correspondence().senderKind()).isEqualTo(SenderKind.EXTERNAL);
            assertThat(judgement.correspondence().claimed()).map(Person::id).contains("helen-ward");
        }

        @Test
        void aForgedSharedMailboxClaimsNobody() {
            Judgement judgement = council.from(PLANNING).to(ANN).judge();
            Correspondence c = judgement.correspondence();

            assertThat(c.senderKind()).isEqualTo(SenderKind.EXTERNAL);
            assertThat(c.claimed()).isEmpty();
            assertThat(c.sender().councilAddress()).isTrue();
            assertThat(header(judgement, Decision.SENDER)).isEmpty();
        }

        @Test
        void withoutAFromHeaderTheEnvelopeSenderIsUsed() {
            Judgement judgement = council.from(ANN).withoutHeader("From").to(BOB).authenticated().judge();
            assertThat(judgement.correspondence().sender().address()).isEqualTo(ANN);
            assertThat(judgement.correspondence().senderKind()).isEqualTo(SenderKind.MEMBER);
        }
    }

    @Nested
    class Recipients {

        @Test
        void anEnvelopeRecipientMissingFromToAndCcIsBlind() {
            Judgement judgement = council.from(BOB).to(ANN).cc(DAN).bcc(RAJ).authenticated().judge();
            Correspondence c = judgement.correspondence();

            assertThat(c.recipients()).extracting(Participant::address, Participant::visibility)
                .containsExactly(
                    org.assertj.core.groups.Tuple.tuple(ANN, Visibility.TO),
                    org.assertj.core.groups.Tuple.tuple(DAN, Visibility.CC),
                    org.assertj.core.groups.Tuple.tuple(RAJ, Visibility.BLIND));
            assertThat(c.blindRecipients()).singleElement().satisfies(raj -> {
                assertThat(raj.personId()).contains("cllr-raj-patel");
                assertThat(raj.visibility().isOpen()).isFalse();
            });
            assertThat(c.kind()).isEqualTo(CorrespondenceKind.OFFICER_TO_MEMBER);
        }

        /** BUG (reported): see MessageHeadersTest#malformedEntriesYieldCleanAddresses. */
        @Test
        void aToEntryMissingItsClosingBracketIsStillOpen() {
            Judgement judgement = council.from(BOB).header("To", "Cllr Ann Smith <" + ANN).bcc(ANN)
                .authenticated().judge();
            assertThat(recipient(judgement.correspondence(), ANN).visibility()).isEqualTo(Visibility.TO);
            assertThat(judgement.correspondence().blindRecipients()).isEmpty();
        }

        @Test
        void membersNamedInAGroupAreAddressedOpenly() {
            // "Ward members: a, b;" lists its members in the header: they are not blind copies.
            Judgement judgement = council.from(BOB).to(ANN)
                .header("Cc", "Westgate ward members: " + MARY + ", " + TOM + ";").bcc(MARY, TOM)
                .authenticated().judge();
            Correspondence c = judgement.correspondence();

            assertThat(recipient(c, MARY).visibility()).isEqualTo(Visibility.CC);
            assertThat(recipient(c, TOM).visibility()).isEqualTo(Visibility.CC);
            assertThat(c.blindRecipients()).isEmpty();
        }

        @Test
        void onlyTheEnvelopeRecipientsOfThisCopyAreJudged() {
            // James may split a message per recipient: this copy goes to Dan only.
            Northbrook.Draft draft = council.from(BOB).to(ANN).cc(DAN).authenticated();
            var full = draft.submission();
            var split = new org.councilprotocol.model.Submission(full.message(), full.envelopeSender(), List.of(DAN),
                full.authenticatedUser(), full.receivedAt());
            Correspondence c = council.engine.judge(split).correspondence();

            assertThat(c.recipients()).singleElement().satisfies(dan -> {
                assertThat(dan.address()).isEqualTo(DAN);
                assertThat(dan.visibility()).isEqualTo(Visibility.CC);
            });
            assertThat(c.blindRecipients()).isEmpty();
        }
    }

    @Nested
    class Threads {

        @Test
        void aReplySharesTheThreadOfTheMessageItAnswers() {
            Judgement enquiry = council.from(ANN).to(BOB).id("<enq-7@northbrook.gov.uk>").authenticated().judge();
            assertThat(enquiry.correspondence().thread().started()).isTrue();
            assertThat(enquiry.correspondence().thread().threadId()).isEqualTo("<enq-7@northbrook.gov.uk>");

            Judgement reply = council.from(BOB).to(ANN).cc(DAN).subject("RE: Potholes on Hill Street")
                .id("<reply-7@northbrook.gov.uk>").inReplyTo("<enq-7@northbrook.gov.uk>")
                .references("<enq-7@northbrook.gov.uk>").at(MONDAY.plus(Duration.ofHours(26))).authenticated().judge();

            var thread = reply.correspondence().thread();
            assertThat(thread.threadId()).isEqualTo("<enq-7@northbrook.gov.uk>");
            assertThat(thread.started()).isFalse();
            assertThat(thread.earlierMessages()).isEqualTo(1);
            assertThat(thread.earlierParticipants()).containsExactly(
                new ThreadParticipant(BOB, "bob-jones", "to"),
                new ThreadParticipant(ANN, "cllr-ann-smith", "author"));
            assertThat(header(reply, Decision.CORRESPONDENCE).orElseThrow())
                .endsWith("; thread=\"<enq-7@northbrook.gov.uk>\"");
        }

        @Test
        void aReplyWhoseClientDroppedTheReferencesIsMatchedBySubject() {
            council.from(ANN).to(BOB).id("<enq-8@northbrook.gov.uk>").subject("Street lighting, Mill Lane")
                .authenticated().judge();

            Judgement reply = council.from(BOB).to(ANN).subject("RE: [EXTERNAL] Fwd:  Street lighting,  Mill Lane")
                .at(MONDAY.plus(Duration.ofDays(3))).authenticated().judge();

            assertThat(reply.correspondence().thread().threadId()).isEqualTo("<enq-8@northbrook.gov.uk>");
            assertThat(reply.correspondence().thread().started()).isFalse();
        }

        @Test
        void aNewMessageWithTheSameSubjectFromSomeoneElseIsANewThread() {
            council.from(ANN).to(BOB).id("<enq-9@northbrook.gov.uk>").authenticated().judge();

            Judgement other = council.from(MARY).to(BOB).subject("RE: Potholes on Hill Street")
                .id("<mary-1@northbrook.gov.uk>").authenticated().judge();

            assertThat(other.correspondence().thread().threadId()).isEqualTo("<mary-1@northbrook.gov.uk>");
            assertThat(other.correspondence().thread().started()).isTrue();
        }

        @Test
        void aMessageWithoutAMessageIdGetsAStableStandIn() {
            Northbrook.Draft draft = council.from(ANN).to(BOB).withoutHeader("Message-ID").authenticated();
            Judgement first = council.engine.judge(draft.submission());
            Judgement again = council.engine.judge(draft.submission());

            assertThat(first.messageId()).matches("<[0-9a-f]{32}@council-protocol\\.invalid>");
            assertThat(again.messageId()).isEqualTo(first.messageId());
            assertThat(again.correspondence().thread().threadId()).isEqualTo(first.correspondence().thread().threadId());
        }
    }

    @Test
    void everyJudgementIsAuditedAndFailuresAreCounted() throws Exception {
        council.from(ANN).to(BOB).id("<audit-1@northbrook.gov.uk>").authenticated().judge();
        council.from(RESIDENT).to(ANN).id("<audit-2@example.com>").judge();
        council.engine.recordFailure(MONDAY, "<audit-3@example.com>", RESIDENT, "deliver",
            new IllegalStateException("attachment could not be read"));

        try (var connection = council.store.dataSource().getConnection();
             var statement = connection.prepareStatement(
                 "SELECT message_id, thread_id, sender, kind, verdict, findings FROM council_audit ORDER BY id");
             var rows = statement.executeQuery()) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("<audit-1@northbrook.gov.uk>");
            assertThat(rows.getString(2)).isEqualTo("<audit-1@northbrook.gov.uk>");
            assertThat(rows.getString(3)).isEqualTo(ANN);
            assertThat(rows.getString(4)).isEqualTo("member-to-officer");
            assertThat(rows.getString(5)).isEqualTo("deliver");
            assertThat(rows.getString(6)).isEmpty();
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(4)).isEqualTo("other");
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("<audit-3@example.com>");
            assertThat(rows.next()).isFalse();
        }
        assertThat(council.store.audit().errors()).isEqualTo(1);
    }

    @Test
    void correspondenceHeaderValuesAreOneSafeLine() {
        List<Judgement> judgements = List.of(
            council.from(ANN).to(BOB).authenticated().judge(),
            council.from(BOB).to(ANN).authenticated().judge(),
            council.from(MARY).to(RAJ).authenticated().judge(),
            council.from(ANN).to(RESIDENT).authenticated().judge(),
            council.from(DAN).to(RESIDENT).authenticated().judge(),
            council.from(RESIDENT).to(ANN).judge(),
            // A hostile Message-ID trying to break out of the header value.
            council.from(RESIDENT).to(ANN).id("<a\"b\\c@evil.example>").judge());

        assertThat(judgements).allSatisfy(judgement -> assertThat(header(judgement, Decision.CORRESPONDENCE))
            .hasValueSatisfying(value -> assertThat(value).matches(CORRESPONDENCE_HEADER)
                .doesNotContain("\r", "\n")));
        assertThat(header(judgements.get(6), Decision.CORRESPONDENCE).orElseThrow())
            .endsWith("thread=\"<a\\\"b\\\\c@evil.example>\"");
        assertThat(judgements).allSatisfy(judgement -> assertThat(judgement.decision().headers())
            .allSatisfy(header -> assertThat(header.name()).startsWith(Decision.PREFIX)));
    }
}

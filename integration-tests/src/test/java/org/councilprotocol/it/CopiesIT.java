package org.councilprotocol.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilprotocol.it.TestCouncil.ANN;
import static org.councilprotocol.it.TestCouncil.RAJ;
import static org.councilprotocol.it.TestCouncil.MARY;
import static org.councilprotocol.it.TestCouncil.TOM;
import static org.councilprotocol.it.TestCouncil.BOB;
import static org.councilprotocol.it.TestCouncil.DAN;
import static org.councilprotocol.it.TestCouncil.HELEN;
import static org.councilprotocol.it.FoundationIT.eventually;
import static org.councilprotocol.it.TestCouncil.header;
import static org.councilprotocol.it.TestCouncil.message;
import static org.councilprotocol.it.TestCouncil.textOf;
import static org.councilprotocol.it.TestCouncil.withSubject;

import java.nio.file.Path;

import javax.mail.Message;
import javax.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Silent and undisclosed copies of members' correspondence, through real James, under the example
 * council's profile (Thanet's rules: blind copies returned, undisclosed copies flagged and the
 * member told) and under a profile that flags blind copies instead.
 */
class CopiesIT {

    @TempDir
    static Path work;
    static TestCouncil council;
    static TestCouncil flagging;
    static TestCouncil disclosing;

    @BeforeAll
    static void start() throws Exception {
        council = TestCouncil.start(work.resolve("example"));
        flagging = TestCouncil.start(work.resolve("flagging"), "copies-flag");
        disclosing = TestCouncil.start(work.resolve("disclosing"), "copies-disclose");
    }

    @AfterAll
    static void stop() {
        council.close();
        flagging.close();
        disclosing.close();
    }

    @Test
    void aBlindCopyToAMemberIsReturnedToTheOfficerAndDeliveredToNobody() throws Exception {
        MimeMessage reply = message(BOB, ANN, "RE: Parking on Dane Road", "Ann, enforcement will visit Dane Road on Monday.");
        reply.setRecipients(Message.RecipientType.BCC, MARY);
        council.submitAs(BOB, reply);

        MimeMessage returned = eventually().one(() -> withSubject(council.inbox(BOB), "Returned, not delivered: RE: Parking on Dane Road"));
        assertThat(textOf(returned))
            .contains("has not been delivered to anyone")
            .contains("Mary Jones")
            .contains("Thanet 10.2.1")
            .contains("named openly in To or Cc");
        eventually().one(() -> withSubject(council.inbox(HELEN), "Protocol check (block): RE: Parking on Dane Road"));
        assertThat(withSubject(council.inbox(ANN), "Parking on Dane Road")).isEmpty();
        assertThat(withSubject(council.inbox(MARY), "Parking on Dane Road")).isEmpty();
    }

    @Test
    void underAFlagProfileTheBlindCopyIsDeliveredTaggedAndTheMonitoringOfficerTold() throws Exception {
        MimeMessage reply = message(BOB, ANN, "RE: Grass cutting in Westgate", "Ann, the contractor is booked for Friday.");
        reply.setRecipients(Message.RecipientType.BCC, MARY);
        flagging.submitAs(BOB, reply);

        MimeMessage toAnn = eventually().one(() -> withSubject(flagging.inbox(ANN), "Grass cutting in Westgate"));
        MimeMessage toMary = eventually().one(() -> withSubject(flagging.inbox(MARY), "Grass cutting in Westgate"));
        for (MimeMessage delivered : new MimeMessage[] {toAnn, toMary}) {
            assertThat(header(delivered, "X-Council-Finding")).isEqualTo("silent-copy; action=flag; clause=\"Thanet 10.2.1\"");
            assertThat(header(delivered, "X-Council-Verdict")).isEqualTo("flag");
        }
        MimeMessage notice = eventually().one(() -> withSubject(flagging.inbox(HELEN), "Protocol check (flag): RE: Grass cutting"));
        assertThat(textOf(notice)).contains("Mary Jones").contains("Thanet 10.2.1");
        assertThat(withSubject(flagging.inbox(ANN), "Your correspondence was copied")).isEmpty();
    }

    @Test
    void underADiscloseProfileTheMemberItWasKeptFromIsToldWhoElseReceivedIt() throws Exception {
        MimeMessage reply = message(BOB, ANN, "RE: Bus shelter on Canterbury Road", "Ann, the new shelter goes in next month.");
        reply.setRecipients(Message.RecipientType.BCC, MARY);
        disclosing.submitAs(BOB, reply);

        eventually().one(() -> exactly(disclosing.inbox(ANN), "RE: Bus shelter on Canterbury Road"));
        eventually().one(() -> exactly(disclosing.inbox(MARY), "RE: Bus shelter on Canterbury Road"));
        MimeMessage told = eventually().one(() -> withSubject(disclosing.inbox(ANN),
            "Your correspondence was copied: RE: Bus shelter"));
        assertThat(textOf(told)).contains("Cllr Mary Jones <" + MARY + ">").contains("Thanet 10.2.1");
        MimeMessage sender = eventually().one(() -> withSubject(disclosing.inbox(BOB), "Copy disclosed: RE: Bus shelter"));
        assertThat(textOf(sender)).contains("have been told who else received a copy");
        assertThat(withSubject(disclosing.inbox(MARY), "Your correspondence was copied")).isEmpty();
    }

    private static java.util.List<MimeMessage> exactly(java.util.List<MimeMessage> messages, String subject) {
        return messages.stream().filter(message -> TestCouncil.subjectOf(message).equals(subject)).toList();
    }

    @Test
    void anUndisclosedForwardIsFlaggedAndTheOriginalMemberIsTold() throws Exception {
        council.submitAs(ANN, message(ANN, BOB, "Flooding on Hill Street",
            "Bob, residents on Hill Street have had water in their cellars again. Can you tell me what is planned?"));
        MimeMessage original = eventually().one(() -> withSubject(council.inbox(BOB), "Flooding on Hill Street"));

        MimeMessage forward = message(BOB, RAJ, "FW: Flooding on Hill Street", """
            Raj, for your information.

            -----Original Message-----
            From: Cllr Ann Smith <cllr.ann.smith@northbrook.gov.uk>
            Sent: 23 November 2026 10:15
            To: Bob Jones <bob.jones@northbrook.gov.uk>
            Subject: Flooding on Hill Street

            Bob, residents on Hill Street have had water in their cellars again. Can you tell me what is planned?
            """);
        forward.setHeader("In-Reply-To", original.getMessageID());
        forward.setHeader("References", original.getMessageID());
        council.submitAs(BOB, forward);

        MimeMessage delivered = eventually().one(() -> withSubject(council.inbox(RAJ), "FW: Flooding on Hill Street"));
        assertThat(header(delivered, "X-Council-Finding")).isEqualTo("undisclosed-copy; action=flag; clause=\"Thanet 9.1.12\"");
        MimeMessage told = eventually().one(() -> withSubject(council.inbox(ANN), "Your correspondence was copied: FW: Flooding on Hill Street"));
        assertThat(textOf(told))
            .contains("Bob Jones")
            .contains("Cllr Raj Patel <" + RAJ + ">")
            .contains("Thanet 9.1.12");
        eventually().one(() -> withSubject(council.inbox(HELEN), "Protocol check (flag): FW: Flooding on Hill Street"));
    }

    @Test
    void aCopyTheMemberAskedForIsDeliveredUntouched() throws Exception {
        council.submitAs(ANN, message(ANN, BOB, "Library opening hours",
            "Bob, could you confirm the new opening hours for Westbrook library? Please copy in Cllr Raj Patel when you reply, "
                + "as it is in his ward too."));
        MimeMessage original = eventually().one(() -> withSubject(council.inbox(BOB), "Library opening hours"));

        MimeMessage reply = message(BOB, ANN, "RE: Library opening hours", """
            Ann, the library will open 9 to 5 from January.

            On 23 Nov 2026, at 10:15, Cllr Ann Smith <cllr.ann.smith@northbrook.gov.uk> wrote:
            > Bob, could you confirm the new opening hours for Westbrook library? Please copy in Cllr Raj Patel when you reply,
            > as it is in his ward too.
            """);
        reply.setRecipients(Message.RecipientType.CC, RAJ);
        reply.setHeader("In-Reply-To", original.getMessageID());
        council.submitAs(BOB, reply);

        MimeMessage delivered = eventually().one(() -> withSubject(council.inbox(RAJ), "RE: Library opening hours"));
        assertThat(header(delivered, "X-Council-Finding")).isNull();
        assertThat(header(delivered, "X-Council-Verdict")).isNull();
        assertThat(withSubject(council.inbox(ANN), "Your correspondence was copied: RE: Library")).isEmpty();
    }

    @Test
    void aCopyToTheMembersCirculationListIsDeliveredUntouched() throws Exception {
        council.submitAs(ANN, message(ANN, BOB, "Christmas lights in the town centre", """
            Bob, when will the Christmas lights be switched on this year?

            Circulation: Cllr Mary Jones, Cllr Tom Evans
            """));
        MimeMessage original = eventually().one(() -> withSubject(council.inbox(BOB), "Christmas lights in the town centre"));

        MimeMessage reply = message(BOB, ANN, "RE: Christmas lights in the town centre", """
            Ann, the lights go on at 5pm on Friday 4 December.

            On 23 Nov 2026, at 10:20, Cllr Ann Smith <cllr.ann.smith@northbrook.gov.uk> wrote:
            > Bob, when will the Christmas lights be switched on this year?
            >
            > Circulation: Cllr Mary Jones, Cllr Tom Evans
            """);
        reply.setRecipients(Message.RecipientType.CC, MARY + ", " + TOM);
        reply.setHeader("In-Reply-To", original.getMessageID());
        council.submitAs(BOB, reply);

        MimeMessage toMary = eventually().one(() -> withSubject(council.inbox(MARY), "RE: Christmas lights"));
        MimeMessage toTom = eventually().one(() -> withSubject(council.inbox(TOM), "RE: Christmas lights"));
        assertThat(header(toMary, "X-Council-Finding")).isNull();
        assertThat(header(toTom, "X-Council-Finding")).isNull();
    }

    @Test
    void anOfficerPassingAMembersEnquiryToAColleagueIsUntouched() throws Exception {
        council.submitAs(ANN, message(ANN, BOB, "Abandoned car on Elm Grove", "Bob, there is an abandoned car on Elm Grove."));
        MimeMessage original = eventually().one(() -> withSubject(council.inbox(BOB), "Abandoned car on Elm Grove"));

        MimeMessage forward = message(BOB, DAN, "FW: Abandoned car on Elm Grove", """
            Dan, can you pick this up please?

            -----Original Message-----
            From: Cllr Ann Smith <cllr.ann.smith@northbrook.gov.uk>
            Sent: 23 November 2026 10:30
            To: Bob Jones <bob.jones@northbrook.gov.uk>
            Subject: Abandoned car on Elm Grove

            Bob, there is an abandoned car on Elm Grove.
            """);
        forward.setHeader("References", original.getMessageID());
        council.submitAs(BOB, forward);

        MimeMessage delivered = eventually().one(() -> withSubject(council.inbox(DAN), "FW: Abandoned car on Elm Grove"));
        assertThat(header(delivered, "X-Council-Finding")).isNull();
        assertThat(header(delivered, "X-Council-Correspondence")).startsWith("other; sender-kind=officer; sender=bob-jones;");
        assertThat(withSubject(council.inbox(ANN), "Your correspondence was copied: FW: Abandoned car")).isEmpty();
    }
}

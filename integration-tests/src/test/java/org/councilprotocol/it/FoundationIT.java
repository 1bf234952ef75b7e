package org.councilprotocol.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilprotocol.it.TestCouncil.ANN;
import static org.councilprotocol.it.TestCouncil.BOB;
import static org.councilprotocol.it.TestCouncil.DAN;
import static org.councilprotocol.it.TestCouncil.HELEN;
import static org.councilprotocol.it.TestCouncil.header;
import static org.councilprotocol.it.TestCouncil.message;
import static org.councilprotocol.it.TestCouncil.withSubject;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import javax.mail.Message;
import javax.mail.MessagingException;
import javax.mail.Multipart;
import javax.mail.Session;
import javax.mail.internet.MimeMessage;

import org.councilprotocol.gateway.GatewayServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The foundation's road through a real James: classify, stamp, hold, return, fail open. */
class FoundationIT {

    @TempDir
    static Path work;
    static TestCouncil council;

    @BeforeAll
    static void start() throws Exception {
        council = TestCouncil.start(work, "tripwire");
    }

    @AfterAll
    static void stop() {
        council.close();
    }

    static ConditionWait eventually() {
        return new ConditionWait();
    }

    @Test
    void theServerRunsTheDockerImagesMailetContainerWithOnlyTheSmarthostFilledIn() throws Exception {
        String docker = Files.readString(TestCouncil.PROJECT.resolve("docker/conf/mailetcontainer.xml"));
        String running = Files.readString(council.gateway().workingDirectory().resolve("conf/mailetcontainer.xml"));

        assertThat(docker).contains(GatewayServer.SMARTHOST_MARKER);
        assertThat(running).isEqualTo(GatewayServer.withSmarthost(docker, "127.0.0.1:" + council.outsidePort()));
    }

    @Test
    void memberMailToOfficerIsStampedWithItsCorrespondence() throws Exception {
        council.submitAs(ANN, message(ANN, BOB, "Potholes on Northdown Road", "Dear Bob, could you look at the potholes?"));

        MimeMessage received = eventually().one(() -> withSubject(council.inbox(BOB), "Potholes on Northdown Road"));
        assertThat(header(received, "X-Council-Correspondence"))
            .startsWith("member-to-officer; sender-kind=member; sender=cllr-ann-smith; thread=\"<");
        assertThat(header(received, "X-Council-Sender")).isNull();
    }

    @Test
    void aMessageWithoutMessageIdIsGivenTheIdItsThreadIsKnownBy() throws Exception {
        MimeMessage bare = new MimeMessage(Session.getInstance(new Properties())) {
            @Override
            protected void updateMessageID() throws MessagingException {
                removeHeader("Message-ID");
            }
        };
        bare.setFrom(ANN);
        bare.setRecipients(Message.RecipientType.TO, BOB);
        bare.setSubject("Car park charges");
        bare.setText("Bob, a client sent this without a Message-ID.");
        council.submitAs(ANN, bare);

        MimeMessage received = eventually().one(() -> withSubject(council.inbox(BOB), "Car park charges"));
        assertThat(received.getMessageID()).endsWith("@northbrook.gov.uk>");
        assertThat(header(received, "X-Council-Correspondence")).contains("thread=\"" + received.getMessageID() + "\"");
    }

    @Test
    void externalMailLeavesForTheOutsideWorld() throws Exception {
        council.submitAs(ANN, message(ANN, "resident@example.org", "Your bins", "Dear Mrs Baker, I have asked officers about your bins."));

        MimeMessage received = eventually().one(() -> withSubject(council.outside(), "Your bins"));
        assertThat(header(received, "X-Council-Correspondence")).startsWith("member-external; sender-kind=member; sender=cllr-ann-smith;");
    }

    @Test
    void aForgedMemberAddressWithoutAuthenticationIsTreatedAsExternal() throws Exception {
        MimeMessage forged = message(ANN, BOB, "Please pay the invoice", "Bob, the Council will pay this today.");
        forged.setHeader("X-Council-Correspondence", "member-to-officer; sender-kind=member; sender=cllr-ann-smith");
        council.deliverFromOutside(forged);

        MimeMessage received = eventually().one(() -> withSubject(council.inbox(BOB), "Please pay the invoice"));
        assertThat(header(received, "X-Council-Correspondence")).startsWith("other; sender-kind=external; thread=");
        assertThat(header(received, "X-Council-Sender")).startsWith("unverified; claimed=cllr-ann-smith;");
    }

    @Test
    void aFailingRuleDeliversTheMailUnchangedWithTheErrorHeader() throws Exception {
        council.submitAs(ANN, message(ANN, BOB, "Ward walkabout [tripwire:fail]", "Bob, are you free on Friday?"));

        MimeMessage received = eventually().one(() -> withSubject(council.inbox(BOB), "Ward walkabout"));
        assertThat(header(received, "X-Council-Protocol-Error")).isEqualTo("IllegalStateException: tripwire rule failed on purpose");
        assertThat(header(received, "X-Council-Correspondence")).isNull();
        assertThat(received.getContent().toString()).contains("are you free on Friday?");
    }

    @Test
    void aFlaggedMailIsDeliveredTaggedAndTheMonitoringOfficerIsTold() throws Exception {
        council.submitAs(ANN, message(ANN, BOB, "Street lights [tripwire:flag]", "Bob, the lights are out again."));

        MimeMessage received = eventually().one(() -> withSubject(council.inbox(BOB), "Street lights"));
        assertThat(header(received, "X-Council-Finding")).isEqualTo("test-tripwire; action=flag; clause=\"Northbrook Test 1\"");
        assertThat(header(received, "X-Council-Verdict")).isEqualTo("flag");
        MimeMessage notice = eventually().one(() -> withSubject(council.inbox(HELEN), "Protocol check (flag): Street lights"));
        assertThat(header(notice, "Auto-Submitted")).isEqualTo("auto-generated");
        assertThat(notice.getContent().toString())
            .contains("was delivered and flagged")
            .contains("Northbrook Test 1: A test rule")
            .contains("What to do next");
    }

    @Test
    void aBlockedMailIsReturnedToItsSenderAndDeliveredToNobody() throws Exception {
        council.submitAs(ANN, message(ANN, BOB + ", " + DAN, "Budget [tripwire:block]", "Confidential figures attached."));

        MimeMessage returned = eventually().one(() -> withSubject(council.inbox(ANN), "Returned, not delivered: Budget"));
        Multipart parts = (Multipart) returned.getContent();
        assertThat(parts.getBodyPart(0).getContent().toString())
            .contains("has not been delivered to anyone")
            .contains("Northbrook Test 1")
            .contains("What to do next")
            .contains("Helen Ward <helen.ward@northbrook.gov.uk>");
        assertThat(parts.getBodyPart(1).getContentType()).startsWith("message/rfc822");
        eventually().one(() -> withSubject(council.inbox(HELEN), "Protocol check (block): Budget"));
        assertThat(withSubject(council.inbox(BOB), "Budget")).isEmpty();
        assertThat(withSubject(council.inbox(DAN), "Budget")).isEmpty();
    }

    @Test
    void aHeldMailWaitsInTheRepositoryUntilReleasedThroughWebAdmin() throws Exception {
        council.submitAs(ANN, message(ANN, BOB, "Contract extension [tripwire:hold]", "Bob, please extend the contract."));

        eventually().one(() -> withSubject(council.inbox(ANN), "Held for review: Contract extension"));
        eventually().one(() -> withSubject(council.inbox(HELEN), "Protocol check (hold): Contract extension"));
        String key = heldMailTo(BOB);
        assertThat(withSubject(council.inbox(BOB), "Contract extension")).isEmpty();

        new HeldLetters(council).release(key);

        MimeMessage released = eventually().one(() -> withSubject(council.inbox(BOB), "Contract extension"));
        assertThat(header(released, "X-Council-Verdict")).isEqualTo("hold");
        assertThat(heldKeys()).doesNotContain(key);
    }

    @Test
    void aHeldMailReturnedThroughWebAdminGoesBackToItsSenderWithTheReason() throws Exception {
        council.submitAs(ANN, message(ANN, DAN, "Grant award [tripwire:hold]", "Dan, tell them the Council will pay the grant."));
        String key = heldMailTo(DAN);

        new HeldLetters(council).returnToSender(key);

        MimeMessage returned = eventually().one(() -> council.inbox(ANN).stream()
            .filter(message -> TestCouncil.subjectOf(message).contains("Grant award")
                && !TestCouncil.subjectOf(message).startsWith("Held for review"))
            .toList());
        assertThat(TestCouncil.textOf(returned))
            .contains("The Monitoring Officer has reviewed this letter and returned it to you undelivered");
        assertThat(withSubject(council.inbox(DAN), "Grant award")).isEmpty();
        assertThat(heldKeys()).doesNotContain(key);
    }

    private static List<String> heldKeys() throws Exception {
        return new HeldLetters(council).keys();
    }

    private static String heldMailTo(String recipient) {
        return new HeldLetters(council).awaitHeld(ANN, recipient);
    }
}

package org.councilprotocol.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Properties;

import javax.mail.MessagingException;
import javax.mail.Session;
import javax.mail.internet.MimeMessage;

import org.councilprotocol.model.Finding;
import org.councilprotocol.model.Action;
import org.councilprotocol.model.Verdict;
import org.junit.jupiter.api.Test;

/** Tolerant header reading, and the X-Council-* stamps made from it. */
class MessageHeadersTest {
    private static final Session SESSION = Session.getInstance(new Properties());

    /** A message parsed from raw text, as it arrives over SMTP. */
    private static MessageHeaders raw(String headers) throws MessagingException {
        String text = headers.replace("\n", "\r\n") + "\r\n\r\nBody.\r\n";
        return new MessageHeaders(new MimeMessage(SESSION, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void addressesAreLowerCasedAndDisplayNamesDropped() throws MessagingException {
        MessageHeaders headers = raw("""
            From: "Smith, Ann (Cllr)" <Cllr.Ann.Smith@Northbrook.gov.uk>
            To: Bob Jones <BOB.JONES@northbrook.gov.uk>, dan.green@northbrook.gov.uk
            Cc: undisclosed-recipients:;
            Subject: test""");
        assertThat(headers.addresses("From")).containsExactly("cllr.ann.smith@northbrook.gov.uk");
        assertThat(headers.addresses("To")).containsExactly("bob.jones@northbrook.gov.uk", "dan.green@northbrook.gov.uk");
        assertThat(headers.addresses("Cc")).isEmpty();
        assertThat(headers.addresses("Bcc")).isEmpty();
    }

    @Test
    void groupsAreExpandedToTheirMembers() throws MessagingException {
        MessageHeaders headers = raw("""
            From: bob.jones@northbrook.gov.uk
            To: Cabinet: cllr.ann.smith@northbrook.gov.uk, Raj Patel <Cllr.Raj.Patel@northbrook.gov.uk>;,
             carol.white@northbrook.gov.uk
            Cc: Nobody:;""");
        assertThat(headers.addresses("To")).containsExactly("cllr.ann.smith@northbrook.gov.uk",
            "cllr.raj.patel@northbrook.gov.uk", "carol.white@northbrook.gov.uk");
        assertThat(headers.addresses("Cc")).isEmpty();
    }

    @Test
    void unbalancedQuotesAndCommentsStillYieldTheAddresses() throws MessagingException {
        MessageHeaders headers = raw("""
            From: resident@example.com
            To: "Bob <bob.jones@northbrook.gov.uk>, dan.green@northbrook.gov.uk
            Cc: Bob (Highways <bob.jones@northbrook.gov.uk>, dan.green@northbrook.gov.uk
            Subject: test""");
        assertThat(headers.addresses("To")).containsExactly("bob.jones@northbrook.gov.uk", "dan.green@northbrook.gov.uk");
        assertThat(headers.addresses("Cc")).containsExactly("bob.jones@northbrook.gov.uk", "dan.green@northbrook.gov.uk");
    }

    /**
     * BUG (reported): lenient parsing rarely throws, so the regex fallback is almost never used and
     * broken entries come back with brackets or quotes stuck to them. The envelope address then does
     * not match, and an openly addressed recipient is judged blind (a false silent copy).
     */
    @Test
    void malformedEntriesYieldCleanAddresses() throws MessagingException {
        MessageHeaders headers = raw("""
            From: resident@example.com
            To: Bob Jones <bob.jones@northbrook.gov.uk
            Cc: 'dan.green@northbrook.gov.uk', <carol.white@northbrook.gov.uk>>, <<helen.ward@northbrook.gov.uk>
            Subject: test""");
        assertThat(headers.addresses("To")).containsExactly("bob.jones@northbrook.gov.uk");
        assertThat(headers.addresses("Cc")).containsExactly("dan.green@northbrook.gov.uk",
            "carol.white@northbrook.gov.uk", "helen.ward@northbrook.gov.uk");
    }

    @Test
    void anApostropheInsideALocalPartIsKept() throws MessagingException {
        MessageHeaders headers = raw("""
            From: siobhan.o'brien@northbrook.gov.uk
            To: Cllr O'Brien <siobhan.o'brien@northbrook.gov.uk>""");
        assertThat(headers.addresses("From")).containsExactly("siobhan.o'brien@northbrook.gov.uk");
        assertThat(headers.addresses("To")).containsExactly("siobhan.o'brien@northbrook.gov.uk");
    }

    @Test
    void referencesComeOldestFirstWithInReplyToLastAndNoRepeats() throws MessagingException {
        MessageHeaders headers = raw("""
            From: bob.jones@northbrook.gov.uk
            Subject: RE: test
            In-Reply-To: <c@northbrook.gov.uk>
            References: <a@mail.example.com>
             <b@northbrook.gov.uk>	<c@northbrook.gov.uk>""");
        assertThat(headers.references()).containsExactly("<a@mail.example.com>", "<b@northbrook.gov.uk>",
            "<c@northbrook.gov.uk>");
    }

    @Test
    void inReplyToWithAComment() throws MessagingException {
        // Some old clients write a phrase around the id.
        MessageHeaders headers = raw("""
            From: bob.jones@northbrook.gov.uk
            In-Reply-To: Your message of "Mon, 23 Nov 2026" <enq-1@northbrook.gov.uk>""");
        assertThat(headers.references()).containsExactly("<enq-1@northbrook.gov.uk>");
    }

    @Test
    void noReferencesAtAll() throws MessagingException {
        assertThat(raw("From: bob.jones@northbrook.gov.uk").references()).isEmpty();
    }

    @Test
    void encodedSubjectsAreDecoded() throws MessagingException {
        MessageHeaders headers = raw("""
            From: cllr.ann.smith@northbrook.gov.uk
            Subject: =?UTF-8?Q?Caf=C3=A9_licence_=E2=80=93_Hill_Street?=
             =?UTF-8?B?IMKjMjUw?=""");
        assertThat(headers.subject()).isEqualTo("Café licence – Hill Street £250");
        assertThat(raw("From: a@b.example").subject()).isEmpty();
    }

    @Test
    void theMessageIdIsTakenFromItsAngleBrackets() throws MessagingException {
        MessageHeaders headers = raw("""
            From: cllr.ann.smith@northbrook.gov.uk
            Message-ID:   <CAJx+abc.123@mail.gmail.com>  (sent from my phone)""");
        assertThat(headers.messageId(Instant.EPOCH)).isEqualTo("<CAJx+abc.123@mail.gmail.com>");
    }

    @Test
    void aMissingMessageIdGetsAStableStandInThatDependsOnTheMessageAndTime() throws MessagingException {
        MessageHeaders one = raw("From: cllr.ann.smith@northbrook.gov.uk\nSubject: one");
        MessageHeaders sameAgain = raw("From: cllr.ann.smith@northbrook.gov.uk\nSubject: one");
        MessageHeaders other = raw("From: cllr.ann.smith@northbrook.gov.uk\nSubject: two");
        Instant at = Instant.parse("2026-11-23T10:15:00Z");

        assertThat(one.messageId(at)).matches("<[0-9a-f]{32}@council-protocol\\.invalid>")
            .isEqualTo(sameAgain.messageId(at))
            .isNotEqualTo(other.messageId(at))
            .isNotEqualTo(one.messageId(at.plusSeconds(1)));
        assertThat(raw("From: a@b.example\nMessage-ID: not-an-id").messageId(at)).endsWith("@council-protocol.invalid>");
    }

    @Test
    void stampQuotingKeepsHeaderValuesOnOnePrintableLine() {
        assertThat(Stamps.quoted("Thanet 10.2.1")).isEqualTo("\"Thanet 10.2.1\"");
        assertThat(Stamps.quoted("say \"hi\" \\ bye")).isEqualTo("\"say \\\"hi\\\" \\\\ bye\"");
        assertThat(Stamps.quoted("<x@y>\r\nBcc: victim@example.com")).isEqualTo("\"<x@y>??Bcc: victim@example.com\"");
        assertThat(Stamps.quoted("Thanet 9.1.4–9.1.9 £")).isEqualTo("\"Thanet 9.1.4?9.1.9 ?\"");
    }

    @Test
    void findingHeadersQuoteTheClause() {
        var correspondence = new org.councilprotocol.model.Correspondence(
            new org.councilprotocol.model.Participant("bob.jones@northbrook.gov.uk", java.util.Optional.empty(),
                org.councilprotocol.model.Visibility.TO, true),
            org.councilprotocol.model.SenderKind.EXTERNAL, java.util.Optional.empty(), List.of(),
            org.councilprotocol.model.CorrespondenceKind.OTHER,
            new org.councilprotocol.model.ThreadContext("<t@x>", true, List.of(), 0));
        List<Decision.Header> headers = Stamps.headers(correspondence, java.util.Optional.empty(), List.of(
            new Finding("silent-copy", Action.FLAG, "Dartford Use of Council resources 2", "s", List.of(), List.of())),
            Verdict.FLAG);
        assertThat(headers).containsExactly(
            new Decision.Header(Decision.CORRESPONDENCE, "other; sender-kind=external; thread=\"<t@x>\""),
            new Decision.Header(Decision.FINDING, "silent-copy; action=flag; clause=\"Dartford Use of Council resources 2\""),
            new Decision.Header(Decision.VERDICT, "flag"));
    }
}

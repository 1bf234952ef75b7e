package org.councilprotocol.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import org.councilprotocol.model.Submission;
import org.junit.jupiter.api.Test;

/** How a message file stands in for an SMTP submission, and when it cannot be read at all. */
class CheckMessageFileTest {

    private static MessageFile parse(String text) throws MessageFile.UnparsableException {
        return MessageFile.parse(text.getBytes(UTF_8));
    }

    @Test
    void envelopeIsToCcAndBccWithGroupsExpandedAndRepeatsRemoved() throws Exception {
        MessageFile message = parse("From: \"Cllr Ann Smith\" <Cllr.Ann.Smith@northbrook.gov.uk>\n"
            + "To: Bob Jones <bob.jones@northbrook.gov.uk>, Highways Team: dan.green@northbrook.gov.uk, carol.white@northbrook.gov.uk;\n"
            + "Cc: BOB.JONES@northbrook.gov.uk, undisclosed-recipients:;\n"
            + "Bcc: cllr.raj.patel@northbrook.gov.uk\n"
            + "Subject: Potholes\nDate: Mon, 23 Nov 2026 10:15:00 +0000\n\nBody\n");

        assertThat(message.from()).contains("cllr.ann.smith@northbrook.gov.uk");
        assertThat(message.recipients()).containsExactly("bob.jones@northbrook.gov.uk", "dan.green@northbrook.gov.uk",
            "carol.white@northbrook.gov.uk", "cllr.raj.patel@northbrook.gov.uk");
        assertThat(message.date()).contains(Instant.parse("2026-11-23T10:15:00Z"));

        Instant at = Instant.parse("2026-11-23T10:15:00Z");
        Submission authenticated = message.submission(true, at);
        assertThat(authenticated.envelopeSender()).contains("cllr.ann.smith@northbrook.gov.uk");
        assertThat(authenticated.authenticatedUser()).contains("cllr.ann.smith@northbrook.gov.uk");
        assertThat(authenticated.receivedAt()).isEqualTo(at);
        assertThat(message.submission(false, at).authenticatedUser()).isEmpty();
    }

    @Test
    void aBrokenAddressListStillYieldsTheAddressesInIt() throws Exception {
        MessageFile message = parse("From: bob.jones@northbrook.gov.uk\n"
            + "To: \"Smith, Ann <cllr.ann.smith@northbrook.gov.uk>, dan.green@northbrook.gov.uk\n\nBody\n");

        assertThat(message.recipients()).containsExactly("cllr.ann.smith@northbrook.gov.uk", "dan.green@northbrook.gov.uk");
    }

    @Test
    void anUnreadableDateCountsAsNoDate() throws Exception {
        assertThat(parse("From: a@northbrook.gov.uk\nDate: the day after tomorrow\n\nBody\n").date()).isEmpty();
        assertThat(parse("From: a@northbrook.gov.uk\n\nBody\n").date()).isEmpty();
    }

    @Test
    void aMessageNeedsAHeaderBlock() {
        assertThatThrownBy(() -> parse("")).hasMessageStartingWith("empty");
        assertThatThrownBy(() -> parse("\n\n  \n")).hasMessageStartingWith("empty");
        assertThatThrownBy(() -> parse("\nSubject: after a blank line is body\n"))
            .hasMessageContaining("no header");
        assertThatThrownBy(() -> parse("Dear Bob\nthanks for the call\n")).hasMessageContaining("no header");
    }

    @Test
    void aSingleHeaderIsEnough() throws Exception {
        MessageFile message = parse("Subject: only a subject\n\nBody\n");

        assertThat(message.from()).isEmpty();
        assertThat(message.recipients()).isEmpty();
    }

    @Test
    void receiptTimesFollowTheSpec() {
        Clock clock = Clock.fixed(Instant.parse("2026-11-20T12:00:00Z"), ZoneOffset.UTC);
        Instant now = Instant.parse("2026-12-01T09:00:00Z");
        Instant dated = Instant.parse("2026-11-30T11:00:00Z");
        Instant later = Instant.parse("2026-12-02T16:30:00Z");

        ReceiptTimes withNow = new ReceiptTimes(Optional.of(now), clock);
        assertThat(withNow.next(Optional.of(dated))).isEqualTo(now);
        assertThat(withNow.next(Optional.empty())).isEqualTo(now);
        assertThat(withNow.next(Optional.of(later))).isEqualTo(later);
        assertThat(withNow.next(Optional.empty())).isEqualTo(later);

        ReceiptTimes withoutNow = new ReceiptTimes(Optional.empty(), clock);
        assertThat(withoutNow.next(Optional.of(dated))).isEqualTo(dated);
        assertThat(withoutNow.next(Optional.empty())).isEqualTo(dated);

        ReceiptTimes undatedFirst = new ReceiptTimes(Optional.empty(), clock);
        assertThat(undatedFirst.next(Optional.empty())).isEqualTo(clock.instant());

        ReceiptTimes brokenFirst = new ReceiptTimes(Optional.of(now), clock);
        brokenFirst.skip();
        assertThat(brokenFirst.next(Optional.empty())).isEqualTo(now);
        assertThat(brokenFirst.next(Optional.of(later))).isEqualTo(later);
    }
}

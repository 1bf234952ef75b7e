package org.councilprotocol.absence;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;

import org.councilprotocol.config.DirectoryLoader;
import org.councilprotocol.enquiry.ReturnDate;
import org.councilprotocol.enquiry.StatedDeadlines;
import org.councilprotocol.enquiry.WorkingCalendar;
import org.councilprotocol.model.Directory;
import org.councilprotocol.model.Nation;
import org.councilprotocol.model.Person;
import org.councilprotocol.text.MessageText;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whole out-of-office replies, written for these tests in the manner of Outlook, Gmail, Exchange and
 * hosted-mail users (greetings, signatures, disclaimers), read as the gateway reads them: the writer's own
 * words, the day back, and whether they give an alternative contact. Sent on Tuesday 1 December 2026 by
 * Bob Jones of Northbrook.
 */
class OutOfOfficeRepliesTest {
    private static final LocalDate TUESDAY = LocalDate.of(2026, 12, 1);
    private static final StatedDeadlines RETURNS = new StatedDeadlines(WorkingCalendar.of(Nation.ENGLAND_AND_WALES));
    private static final Directory NORTHBROOK = northbrook();
    private static final Optional<Person> BOB = NORTHBROOK.person("bob-jones");

    private static Directory northbrook() {
        try {
            return DirectoryLoader.load(Path.of(OutOfOfficeRepliesTest.class.getResource("/policy/northbrook/directory.yaml").toURI()));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Stream<Arguments> replies() {
        return Stream.of(
            Arguments.of("Outlook, plain, no alternative", """
                Thank you for your email.

                I am currently out of the office until Monday 7 December with limited access to email. I will
                respond to your message as soon as possible on my return.

                Kind regards,
                Bob Jones
                Highways Manager | Northbrook District Council
                """, "2026-12-07", false),
            Arguments.of("Outlook, colleague named", """
                Hello,

                Thank you for your message. I'm on annual leave, returning on Thursday 10 December.

                If your enquiry is urgent, please contact Dan Green (dan.green@northbrook.gov.uk, 01843 577123).

                Bob
                """, "2026-12-10", true),
            Arguments.of("Gmail vacation responder, team mailbox", """
                Hi, I'm away until 4/12/2026 inclusive. For highways faults please report online or email
                highways@northbrook.gov.uk.
                """, "2026-12-07", true),
            Arguments.of("Exchange, disclaimer only", """
                I am out of the office and will be back on 14 December.

                This email and any attachments are confidential and intended solely for the addressee. If you have
                received this email in error please notify the sender and delete it. Northbrook District Council
                may monitor email traffic.
                """, "2026-12-14", false),
            Arguments.of("sick leave, no date", """
                I am currently unavailable. I will deal with your email when I am back.

                Regards, Bob
                """, null, false),
            Arguments.of("training course, switchboard", """
                Good morning,

                I'm on a training course today and tomorrow and back in the office on Thursday. In the meantime,
                the Highways team can be reached through the council switchboard on 01843 577000.

                Bob Jones
                """, "2026-12-03", true),
            Arguments.of("covered by a colleague", """
                Thank you for your email. I am out of the office until Monday 14 December. My colleague Dan Green
                is covering my inbox while I am away.
                """, "2026-12-14", true),
            Arguments.of("quoted history names a colleague, the reply does not", """
                I am on leave until Wednesday 9 December and will reply when I return.

                -----Original Message-----
                From: Cllr Mary Jones
                Sent: 01 December 2026 09:30
                To: Bob Jones
                Subject: Potholes

                Bob, could you and Dan Green look at the potholes on Hill Street? Please contact Carol White too.
                """, "2026-12-09", false),
            Arguments.of("will deal with it later", """
                Many thanks for your email. I am away from my desk until Friday 11th December and will forward
                your message to the relevant officer when I am back.
                """, "2026-12-11", false),
            Arguments.of("back over Christmas", """
                The office is closed over Christmas. I am back on 29 December. Please ring 01843 577000 for
                anything that cannot wait, or email customer.services@northbrook.gov.uk.
                """, "2026-12-29", true)
        );
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("replies")
    void readsTheDayBackAndTheAlternative(String style, String reply, String back, boolean alternative) {
        String own = MessageText.ofPlainText(reply).authorText();

        Optional<LocalDate> read = RETURNS.findReturn(own, TUESDAY).map(ReturnDate::back);
        if (back == null) {
            assertThat(read).as(style).isEmpty();
        } else {
            assertThat(read).as(style).contains(LocalDate.parse(back));
        }
        assertThat(AlternativeContacts.named(own, BOB, NORTHBROOK).isPresent()).as(style).isEqualTo(alternative);
    }
}

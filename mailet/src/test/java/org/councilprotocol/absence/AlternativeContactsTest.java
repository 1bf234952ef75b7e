package org.councilprotocol.absence;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Optional;

import org.councilprotocol.config.DirectoryLoader;
import org.councilprotocol.model.Directory;
import org.councilprotocol.model.Person;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Whether an out-of-office reply gives someone else to contact (Thanet 9.1.5). The replies are written
 * for these tests in the styles of Outlook, Gmail and Exchange users; the writer is Bob Jones of Northbrook.
 */
class AlternativeContactsTest {
    private static final Directory NORTHBROOK = northbrook();
    private static final Optional<Person> BOB = NORTHBROOK.person("bob-jones");

    private static Directory northbrook() {
        try {
            return DirectoryLoader.load(Path.of(AlternativeContactsTest.class.getResource("/policy/northbrook/directory.yaml").toURI()));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Optional<String> named(String text) {
        return AlternativeContacts.named(text, BOB, NORTHBROOK);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Thank you for your email. I am out of the office until 7 December. For urgent matters please contact my colleague "
            + "Dan Green on dan.green@northbrook.gov.uk.",
        "I'm on leave until Monday. In my absence, please email highways@northbrook.gov.uk.",
        "I am away. If your query is urgent, please call the Highways team on 01843 577000.",
        "I am on annual leave. Dan Green is covering my work while I am away.",
        "Out of the office until Friday. Please direct any urgent enquiries to Carol White, Director of Place.",
        "I am not in the office today. Your email has been forwarded to the duty highways officer.",
        "I'm away this week; Priya will be dealing with member enquiries.",
        "Hello, I'm out until the 7th. You may wish to contact the Council's Customer Services team on 01843 577000.",
        "Urgent queries: highways@northbrook.gov.uk",
        "I am on leave. Alternatively, you can ring Dan on 07700 900123.",
        "Please speak to Raj in the Planning team if it cannot wait.",
        "If you do not hear back, please contact Dan Green.",
        "I am on leave. My alternative contact is Dan Green.",
        "Carol White has kindly been covering my inbox during my leave.",
        "If it cannot wait, please get in touch with the switchboard on +44 1843 577000.",
        "Your email has been forwarded to my colleague Dan Green.",
        "Please ring the office on 01843 577000 if it cannot wait.",
    })
    void findsTheAlternative(String reply) {
        assertThat(named(reply)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "I am out of the office until Monday 7 December with no access to email.",
        "Thank you for your email. I will respond to it when I return.",
        "I am on leave. Please contact me on my return.",
        "If your enquiry is urgent, please resend it after 7 December.",
        "Your email will not be forwarded.",
        "I have limited access to email and will deal with your message on my return.",
        "I will call you when I am back in the office.",
        "You can reach me on my mobile, bob.jones@northbrook.gov.uk, in an emergency.",
        "I am attending the Local Government Association conference in Harrogate until Wednesday.",
        "Emails sent to this address are not monitored while I am away.",
        "I am on leave until Monday 7 December. Please do not send the forms to anyone else.",
        "I'm away. I will email you on Monday.",
        "I will forward your email to the relevant team on my return.",
        "Please call back on Monday.",
        "Thank you for your email to the Highways team; I am away until Monday.",
        "I am sorry to miss your call to the office.",
        "I will pass your message to the right officer when I am back.",
        "",
    })
    void findsNoAlternativeWhereThereIsNone(String reply) {
        assertThat(named(reply)).isEmpty();
    }

    @Test
    void givesTheSentenceAsEvidence() {
        assertThat(named("Hello,\n\nI am away until Monday 7 December.\nFor urgent highways matters please contact Dan Green.\n\nBob"))
            .contains("For urgent highways matters please contact Dan Green.");
    }
}

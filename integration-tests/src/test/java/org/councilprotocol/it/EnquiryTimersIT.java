package org.councilprotocol.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilprotocol.it.FoundationIT.eventually;
import static org.councilprotocol.it.TestCouncil.BOB;
import static org.councilprotocol.it.TestCouncil.MARY;
import static org.councilprotocol.it.TestCouncil.header;
import static org.councilprotocol.it.TestCouncil.message;
import static org.councilprotocol.it.TestCouncil.textOf;
import static org.councilprotocol.it.TestCouncil.withSubject;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

import javax.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Enquiry timers through real James on a clock the test moves (Thanet 9.1.4–9.1.8): the officer is
 * reminded before the due date, told on the day after it with their manager copied, and the director is
 * brought in two working days later; a holding reply moves the due date past Christmas; an incomplete one
 * is answered with what the protocol asks for. WebAdmin lists it all, as JSON and as CSV.
 *
 * <p>Dan Green (Highways Officer) is managed by Bob Jones, whose manager Carol White is Director of Place.
 */
class EnquiryTimersIT {
    static final String DAN = TestCouncil.DAN;
    static final String CAROL = "carol.white@northbrook.gov.uk";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path work;
    static TestCouncil council;
    static final SettableClock CLOCK = new SettableClock(LocalDateTime.parse("2026-12-01T10:00"));

    @BeforeAll
    static void start() throws Exception {
        council = TestCouncil.startWith(work, gateway -> gateway.clock(CLOCK).reminderInterval(Duration.ofMillis(500)));
    }

    @AfterAll
    static void stop() {
        council.close();
    }

    @Test
    void anUnansweredEnquiryIsRemindedThenOverdueWithTheManagerCopiedThenEscalatedEachOnce() throws Exception {
        CLOCK.set(LocalDateTime.parse("2026-12-01T10:00"));
        String reference = ask("<timers-it-walk@northbrook.gov.uk>", "Overgrown hedge on Station Road", """
            Dear Dan,

            The hedge outside 4 Station Road now blocks half the pavement and people with pushchairs are walking
            in the road. Could you arrange for the owner to be asked to cut it back?

            Mary
            """, "2026-12-15");

        // Two working days before the due date: a reminder to Dan alone.
        CLOCK.set(LocalDateTime.parse("2026-12-11T09:00"));
        MimeMessage reminder = eventually().one(() -> withSubject(council.inbox(DAN), "Reminder: enquiry " + reference));
        assertThat(header(reminder, "X-Council-Reminder")).isEqualTo("reminder");
        assertThat(header(reminder, "X-Council-Enquiry")).isEqualTo(reference);
        assertThat(header(reminder, "Auto-Submitted")).isEqualTo("auto-generated");
        assertThat(textOf(reminder)).contains("Overgrown hedge on Station Road", "Tuesday 15 December 2026",
            "Thanet 9.1.4", "What to do next");
        assertThat(header(reminder, "Cc")).isNull();

        // The day after it: the overdue notice, to Dan with his manager Bob copied.
        CLOCK.set(LocalDateTime.parse("2026-12-16T09:00"));
        MimeMessage overdue = eventually().one(() -> withSubject(council.inbox(DAN), "Overdue: enquiry " + reference));
        assertThat(header(overdue, "Cc")).contains(BOB);
        assertThat(textOf(overdue)).contains("Bob Jones is copied", "Carol White");
        eventually().one(() -> withSubject(council.inbox(BOB), "Overdue: enquiry " + reference));

        // Two more working days: escalated to the Director of Place, with Dan and Bob copied.
        CLOCK.set(LocalDateTime.parse("2026-12-17T09:00"));
        MimeMessage escalation = eventually().one(() -> withSubject(council.inbox(CAROL), "Escalated: enquiry " + reference));
        assertThat(header(escalation, "To")).contains(CAROL);
        assertThat(header(escalation, "Cc")).contains(DAN, BOB);
        assertThat(textOf(escalation)).contains("2 working days overdue");

        // Many sweeps have run since each went out: still one of each, and WebAdmin shows them sent.
        JsonNode shown = JSON.readTree(council.webAdmin("GET", "/council/enquiries/" + reference));
        assertThat(shown.get("status").asText()).isEqualTo("open");
        assertThat(shown.get("overdue").asBoolean()).isTrue();
        assertThat(shown.get("reminders").findValuesAsText("kind")).containsExactly("reminder", "overdue", "escalation");
        assertThat(withSubject(council.inbox(DAN), reference)).hasSize(3);
    }

    @Test
    void aHoldingReplyMovesTheDueDatePastChristmasAndTheReminderFollowsIt() throws Exception {
        CLOCK.set(LocalDateTime.parse("2026-12-14T10:00"));
        // Ten working days from 14 December skip 25 and 28 December, the council's closure days and 1 January.
        String reference = ask("<timers-it-holding@northbrook.gov.uk>", "Flooding in the Mill Lane underpass", """
            Dear Dan,

            The underpass at Mill Lane flooded again after Saturday's rain. What is being done to clear the drains?

            Mary
            """, "2027-01-05");

        CLOCK.set(LocalDateTime.parse("2026-12-15T11:00"));
        MimeMessage holding = message(DAN, MARY, "RE: Flooding in the Mill Lane underpass", """
            Dear Councillor Jones,

            I cannot give you a full answer yet because the drain survey found a collapsed pipe under the road,
            and we are waiting for the water company to confirm who owns it. We have asked them to inspect it
            this week and I have put temporary pumping in place.

            I will send you a full answer by 15 January.

            Regards,
            Dan
            """);
        holding.setHeader("In-Reply-To", "<timers-it-holding@northbrook.gov.uk>");
        council.submitAs(DAN, holding);
        MimeMessage delivered = eventually().one(() -> withSubject(council.inbox(MARY), "RE: Flooding in the Mill Lane"));
        assertThat(header(delivered, "X-Council-Enquiry")).startsWith(reference + "; due=2027-01-15")
            .contains("reply=holding");

        // Two working days before the new date: a reminder about it, and nothing (not even a late overdue notice)
        // about the old one, which has passed.
        CLOCK.set(LocalDateTime.parse("2027-01-13T09:00"));
        MimeMessage reminder = eventually().one(() -> withSubject(council.inbox(DAN), "Reminder: enquiry " + reference));
        assertThat(reminder.getSubject()).endsWith("is due by Friday 15 January 2027");

        JsonNode shown = JSON.readTree(council.webAdmin("GET", "/council/enquiries/" + reference));
        assertThat(shown.get("due").asText()).isEqualTo("2027-01-15");
        assertThat(shown.get("replies").get(0).get("kind").asText()).isEqualTo("holding");
        assertThat(shown.get("replies").get(0).get("newDeadline").asText()).isEqualTo("2027-01-15");
        assertThat(shown.get("reminders").findValuesAsText("kind")).containsExactly("reminder");
    }

    @Test
    void anIncompleteHoldingReplyIsDeliveredAndTheOfficerIsToldWhatTheProtocolAsksFor() throws Exception {
        CLOCK.set(LocalDateTime.parse("2026-12-02T10:00"));
        String reference = ask("<timers-it-incomplete@northbrook.gov.uk>", "Bus shelter glass at Queen's Road", """
            Dear Dan,

            The glass in the bus shelter on Queen's Road has been smashed since the weekend. When will it be replaced?

            Mary
            """, "2026-12-16");

        MimeMessage vague = message(DAN, MARY, "RE: Bus shelter glass at Queen's Road", """
            Dear Councillor Jones,

            I am still making enquiries about the shelter and will get back to you when I can.

            Dan
            """);
        vague.setHeader("In-Reply-To", "<timers-it-incomplete@northbrook.gov.uk>");
        council.submitAs(DAN, vague);

        MimeMessage delivered = eventually().one(() -> withSubject(council.inbox(MARY), "RE: Bus shelter glass"));
        assertThat(header(delivered, "X-Council-Finding")).contains("holding-reply-incomplete");
        MimeMessage notice = eventually().one(() -> withSubject(council.inbox(DAN),
            "Advice on your message: RE: Bus shelter glass"));
        assertThat(textOf(notice)).contains("Thanet 9.1.6", "Reply again giving the reason for the delay");

        JsonNode shown = JSON.readTree(council.webAdmin("GET", "/council/enquiries/" + reference));
        assertThat(shown.get("status").asText()).isEqualTo("open");
        assertThat(shown.get("due").asText()).isEqualTo("2026-12-16");
    }

    @Test
    void webAdminListsEnquiriesByOfficerAndStatusAsJsonAndCsvAndRefusesAMistypedFilter() throws Exception {
        CLOCK.set(LocalDateTime.parse("2026-12-03T10:00"));
        String reference = ask("<timers-it-list@northbrook.gov.uk>", "Parking on the verge at Elm Close", """
            Dear Dan,

            Vans are parking on the grass verge at Elm Close and churning it up. Can enforcement visit?

            Mary
            """, "2026-12-17");

        JsonNode page = JSON.readTree(council.webAdmin("GET", "/council/enquiries?officer=" + DAN
            + "&status=open&from=2026-12-03&to=2026-12-03"));
        assertThat(page.get("today").asText()).isEqualTo("2026-12-03");
        assertThat(page.get("total").asInt()).isEqualTo(1);
        JsonNode row = page.get("enquiries").get(0);
        assertThat(row.get("reference").asText()).isEqualTo(reference);
        assertThat(row.get("member").asText()).isEqualTo("cllr-mary-jones");
        assertThat(row.get("officerName").asText()).isEqualTo("Dan Green");
        assertThat(row.get("directorate").asText()).isEqualTo("Place");
        assertThat(row.get("due").asText()).isEqualTo("2026-12-17");
        assertThat(row.get("overdue").asBoolean()).isFalse();

        HttpResponse<String> csv = council.webAdminResponse("GET", "/council/enquiries?member=cllr-mary-jones"
            + "&from=2026-12-03&to=2026-12-03&format=csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        List<String> lines = csv.body().lines().toList();
        assertThat(lines.get(0)).startsWith("reference,status,overdue,member,memberName,officer,officerName,directorate");
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).startsWith(reference + ",open,false,cllr-mary-jones,Cllr Mary Jones,dan-green,Dan Green,Place,"
            + "Parking on the verge at Elm Close,2026-12-03,2026-12-17");

        HttpResponse<String> typo = council.webAdminResponse("GET", "/council/enquiries?offcer=dan-green");
        assertThat(typo.statusCode()).isEqualTo(400);
        assertThat(typo.body()).contains("unknown parameter offcer");
        assertThat(council.webAdminResponse("GET", "/council/enquiries/ENQ-2026-99999").statusCode()).isEqualTo(404);
    }

    @Test
    void aConstituentsComplaintReachesTheOfficerTaggedForTheComplaintsProcedureAndIsListedWithNoTimer() throws Exception {
        CLOCK.set(LocalDateTime.parse("2026-12-04T10:00"));
        MimeMessage complaint = message(MARY, DAN, "Complaint from Mrs Hughes - grass cutting", """
            Dear Dan,

            Mrs Hughes of 9 Elm Close has asked me to pass on her formal complaint: the contractor's mower damaged
            her fence last Tuesday and nobody has replied to her two emails about it.

            Mary
            """);
        council.submitAs(MARY, complaint);

        MimeMessage received = eventually().one(() -> withSubject(council.inbox(DAN), "Complaint from Mrs Hughes"));
        String tag = header(received, "X-Council-Enquiry");
        assertThat(tag).matches("ENQ-2026-\\d{5}; complaint; procedure=\"Thanet 9.1.7\"");
        String reference = tag.substring(0, tag.indexOf(';'));

        JsonNode listed = JSON.readTree(council.webAdmin("GET", "/council/enquiries?status=complaint&from=2026-12-04"));
        assertThat(listed.get("enquiries").findValuesAsText("reference")).contains(reference);
        JsonNode shown = JSON.readTree(council.webAdmin("GET", "/council/enquiries/" + reference));
        assertThat(shown.get("status").asText()).isEqualTo("complaint");
        assertThat(shown.get("overdue").asBoolean()).isFalse();
    }

    /** Mary asks Dan a question; returns the enquiry's reference once Dan has it, checking its due date. */
    private static String ask(String messageId, String subject, String body, String due) throws Exception {
        MimeMessage question = message(MARY, DAN, subject, body);
        question.setHeader("Message-ID", messageId);
        council.submitAs(MARY, question);
        MimeMessage asked = eventually().one(() -> withSubject(council.inbox(DAN), subject).stream()
            .filter(mail -> header(mail, "X-Council-Enquiry") != null && header(mail, "X-Council-Reminder") == null)
            .toList());
        String opened = header(asked, "X-Council-Enquiry");
        assertThat(opened).endsWith("; due=" + due);
        return opened.substring(0, opened.indexOf(';'));
    }
}

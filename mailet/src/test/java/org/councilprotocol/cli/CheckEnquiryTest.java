package org.councilprotocol.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The check command's {@code enquiry} and {@code reply} fields (spec/CHECK.md §1): a councillor's enquiry
 * opens with its reference and due date; the officer's reply, judged after it in the same run, closes it or
 * moves it, and an incomplete holding reply says what it leaves out.
 */
class CheckEnquiryTest {
    private static final String COUNCIL = "../rules-config/example";
    private static final String FIXTURES = "src/test/resources/check/";

    @Test
    void anEnquiryOpensAndTheOfficersAnswerInTheSameRunClosesIt() {
        List<JsonNode> lines = CheckRun.judged("--config", COUNCIL, FIXTURES + "mail/01-member-to-officer.eml",
            FIXTURES + "mail/02-officer-reply.eml");

        JsonNode enquiry = lines.get(0).get("enquiry");
        assertThat(enquiry.get("opens").asBoolean()).isTrue();
        assertThat(enquiry.get("reference").asText()).isEqualTo("ENQ-2026-00001");
        // Received Monday 23 November 2026: day 0; ten working days later.
        assertThat(enquiry.get("due").asText()).isEqualTo("2026-12-07");
        assertThat(enquiry.get("statedDeadline").isNull()).isTrue();
        assertThat(lines.get(0).has("reply")).isFalse();

        JsonNode reply = lines.get(1).get("reply");
        assertThat(reply.get("kind").asText()).isEqualTo("substantive");
        assertThat(reply.get("enquiry").asText()).isEqualTo("ENQ-2026-00001");
        assertThat(reply.get("newDeadline").isNull()).isTrue();
        assertThat(reply.get("missing")).isEmpty();
        assertThat(reply.get("status").asText()).isEqualTo("closed");
        assertThat(lines.get(1).has("enquiry")).isFalse();
        assertThat(lines.get(1).get("findings")).isEmpty();
    }

    @Test
    void aHoldingReplyMovesTheDueDateAndAnIncompleteOneIsFlaggedWithWhatIsMissing() {
        List<JsonNode> lines = CheckRun.judged("--config", COUNCIL, FIXTURES + "enquiry");

        assertThat(lines).hasSize(3);
        JsonNode enquiry = lines.get(0).get("enquiry");
        assertThat(enquiry.get("opens").asBoolean()).isTrue();
        assertThat(enquiry.get("reference").asText()).isEqualTo("ENQ-2026-00001");
        assertThat(enquiry.get("due").asText()).isEqualTo("2026-12-07");
        assertThat(enquiry.get("statedDeadline").asText()).isEqualTo("2026-12-04");

        JsonNode holding = lines.get(1).get("reply");
        assertThat(holding.get("kind").asText()).isEqualTo("holding");
        assertThat(holding.get("enquiry").asText()).isEqualTo("ENQ-2026-00001");
        assertThat(holding.get("newDeadline").asText()).isEqualTo("2026-12-18");
        assertThat(holding.get("missing")).isEmpty();
        assertThat(holding.get("status").asText()).isEqualTo("open");
        assertThat(holding.get("due").asText()).isEqualTo("2026-12-18");
        assertThat(lines.get(1).get("findings")).isEmpty();

        JsonNode incomplete = lines.get(2).get("reply");
        assertThat(incomplete.get("kind").asText()).isEqualTo("holding");
        assertThat(incomplete.get("missing")).extracting(JsonNode::asText).containsExactly("reason", "action", "deadline");
        assertThat(incomplete.get("newDeadline").isNull()).isTrue();
        assertThat(incomplete.get("status").asText()).isEqualTo("open");
        assertThat(lines.get(2).get("verdict").asText()).isEqualTo("flag");
        JsonNode finding = lines.get(2).get("findings").get(0);
        assertThat(finding.get("rule").asText()).isEqualTo("holding-reply-incomplete");
        assertThat(finding.get("clause").asText()).isEqualTo("Thanet 9.1.6");
        assertThat(finding.get("people")).extracting(JsonNode::asText).containsExactly("bob-jones");
    }

    @Test
    void mailThatIsNeitherAnEnquiryNorAReplyHasNeitherField() {
        List<JsonNode> lines = CheckRun.judged("--config", COUNCIL, FIXTURES + "mail/04-resident-to-member.eml");

        assertThat(lines).singleElement().satisfies(line -> {
            assertThat(line.has("enquiry")).isFalse();
            assertThat(line.has("reply")).isFalse();
        });
    }
}

package org.councilprotocol.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The check command's {@code outOfOffice} field and the {@code ooo-no-alternate} rule (spec/CHECK.md §1,
 * Thanet 9.1.5), on the example council: Bob Jones is away from 30 November to 4 December 2026 and Dan
 * Green covers for him.
 */
class CheckOutOfOfficeTest {
    private static final String COUNCIL = "../rules-config/example";
    private static final String FIXTURES = "src/test/resources/check/";

    @Test
    void membersMailToAnAbsentOfficerIsCopiedToTheAlternateAndAnAutoReplyWithoutOneGetsItInserted() {
        List<JsonNode> lines = CheckRun.judged("--config", COUNCIL, FIXTURES + "ooo");

        assertThat(lines).hasSize(4);
        JsonNode first = lines.get(0).get("outOfOffice");
        assertThat(first.get("autoReply").asBoolean()).isFalse();
        assertThat(first.get("alternateInserted").isNull()).isTrue();
        assertThat(first.get("absent")).extracting(JsonNode::asText).containsExactly("bob-jones");
        assertThat(first.get("alternatesCopied")).extracting(JsonNode::asText).containsExactly("dan-green");
        assertThat(lines.get(0).get("verdict").asText()).isEqualTo("deliver");
        assertThat(lines.get(0).get("enquiry").get("opens").asBoolean()).isTrue();

        JsonNode second = lines.get(1).get("outOfOffice");
        assertThat(second.get("alternatesCopied")).extracting(JsonNode::asText).containsExactly("dan-green");

        JsonNode autoReply = lines.get(2);
        assertThat(autoReply.get("outOfOffice").get("autoReply").asBoolean()).isTrue();
        assertThat(autoReply.get("outOfOffice").get("alternateInserted").asText()).isEqualTo("dan-green");
        assertThat(autoReply.get("outOfOffice").get("absent")).extracting(JsonNode::asText).containsExactly("bob-jones");
        assertThat(autoReply.get("outOfOffice").get("alternatesCopied")).isEmpty();
        assertThat(autoReply.get("verdict").asText()).isEqualTo("deliver");
        assertThat(autoReply.has("reply")).isFalse();
        JsonNode finding = autoReply.get("findings").get(0);
        assertThat(finding.get("rule").asText()).isEqualTo("ooo-no-alternate");
        assertThat(finding.get("action").asText()).isEqualTo("tag");
        assertThat(finding.get("clause").asText()).isEqualTo("Thanet 9.1.5");
        assertThat(finding.get("people")).extracting(JsonNode::asText).containsExactly("bob-jones");

        JsonNode named = lines.get(3);
        assertThat(named.get("outOfOffice").get("autoReply").asBoolean()).isTrue();
        assertThat(named.get("outOfOffice").get("alternateInserted").isNull()).isTrue();
        assertThat(named.get("findings")).isEmpty();
    }

    @Test
    void mailThatConcernsNoAbsenceHasAnEmptyOutOfOfficeObject() {
        List<JsonNode> lines = CheckRun.judged("--config", COUNCIL, FIXTURES + "mail/01-member-to-officer.eml");

        JsonNode outOfOffice = lines.get(0).get("outOfOffice");
        assertThat(outOfOffice.get("autoReply").asBoolean()).isFalse();
        assertThat(outOfOffice.get("alternateInserted").isNull()).isTrue();
        assertThat(outOfOffice.get("absent")).isEmpty();
        assertThat(outOfOffice.get("alternatesCopied")).isEmpty();
    }
}

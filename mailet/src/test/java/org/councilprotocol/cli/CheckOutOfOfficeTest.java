package org.councilprotocol.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import picocli.CommandLine;

/**
 * The check command's {@code outOfOffice} field and the {@code ooo-no-alternate} rule (spec/CHECK.md §1,
 * Thanet 9.1.5), on the example council: Bob Jones is away from 30 November to 4 December 2026 and Dan
 * Green covers for him.
 */
class CheckOutOfOfficeTest {
    private static final String COUNCIL = "../rules-config/example";
    private static final String FIXTURES = "src/test/resources/check/";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<JsonNode> check(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine command = CheckCommand.commandLine(Clock.fixed(Instant.parse("2026-11-20T12:00:00Z"), ZoneOffset.UTC));
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(err, true));
        int exit = command.execute(args);
        assertThat(exit).as(err.toString()).isZero();
        List<JsonNode> lines = new ArrayList<>();
        for (String line : out.toString().split("\n")) {
            if (!line.isBlank()) {
                try {
                    lines.add(JSON.readTree(line));
                } catch (Exception e) {
                    throw new AssertionError("not a JSON line: " + line, e);
                }
            }
        }
        return lines;
    }

    @Test
    void membersMailToAnAbsentOfficerIsCopiedToTheAlternateAndAnAutoReplyWithoutOneGetsItInserted() {
        List<JsonNode> lines = check("--config", COUNCIL, FIXTURES + "ooo");

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
        List<JsonNode> lines = check("--config", COUNCIL, FIXTURES + "mail/01-member-to-officer.eml");

        JsonNode outOfOffice = lines.get(0).get("outOfOffice");
        assertThat(outOfOffice.get("autoReply").asBoolean()).isFalse();
        assertThat(outOfOffice.get("alternateInserted").isNull()).isTrue();
        assertThat(outOfOffice.get("absent")).isEmpty();
        assertThat(outOfOffice.get("alternatesCopied")).isEmpty();
    }
}

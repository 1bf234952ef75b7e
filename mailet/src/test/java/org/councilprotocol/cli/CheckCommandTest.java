package org.councilprotocol.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import javax.mail.internet.MimeMessage;

import org.councilprotocol.text.TestDocuments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The check command run in-process, as {@code bin/check} runs it, against a small the example council (Northbrook). */
class CheckCommandTest {
    private static final String FIXTURES = "src/test/resources/check/";
    /** The example council shipped in rules-config (Northbrook, profile example extends thanet). */
    private static final String COUNCIL = "../rules-config/example";
    private static final String MAIL = FIXTURES + "mail/";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void reportsSilentAndUndisclosedCopiesWithTheirClausesAndPeople() {
        CheckRun run = CheckRun.of("--config", COUNCIL, FIXTURES + "copies");

        assertThat(run.exit()).isZero();
        List<JsonNode> lines = run.lines();
        assertThat(lines).extracting(line -> line.get("verdict").asText())
            .containsExactly("deliver", "flag", "block", "deliver");
        assertThat(lines.get(0).get("findings")).isEmpty();

        JsonNode forward = lines.get(1).get("findings").get(0);
        assertThat(forward.get("rule").asText()).isEqualTo("undisclosed-copy");
        assertThat(forward.get("action").asText()).isEqualTo("flag");
        assertThat(forward.get("clause").asText()).isEqualTo("Thanet 9.1.12");
        assertThat(forward.get("people")).extracting(JsonNode::asText).containsExactly("cllr-raj-patel");
        assertThat(forward.get("tell")).extracting(JsonNode::asText).containsExactly("cllr-ann-smith");
        assertThat(forward.get("summary").asText()).contains("Raj Patel").contains("Ann Smith");
        assertThat(forward.get("evidence")).isNotEmpty();

        JsonNode blind = lines.get(2).get("findings").get(0);
        assertThat(blind.get("rule").asText()).isEqualTo("silent-copy");
        assertThat(blind.get("action").asText()).isEqualTo("block");
        assertThat(blind.get("clause").asText()).isEqualTo("Thanet 10.2.1");
        assertThat(blind.get("people")).extracting(JsonNode::asText).containsExactly("cllr-mary-jones");
        assertThat(blind.get("evidence").toString()).contains("cllr.mary.jones@northbrook.gov.uk");
        assertThat(lines.get(2).get("correspondence").get("recipients").toString())
            .contains("\"address\":\"cllr.mary.jones@northbrook.gov.uk\",\"person\":\"cllr-mary-jones\",\"visibility\":\"blind\"");

        assertThat(lines.get(3).get("correspondence").get("kind").asText()).isEqualTo("other");
        assertThat(lines.get(3).get("findings")).isEmpty();
    }

    @Test
    void judgesAFolderInNameOrderAsOneConversation() {
        CheckRun run = CheckRun.of("--config", COUNCIL, MAIL);

        assertThat(run.exit()).isZero();
        assertThat(run.err()).isEmpty();
        List<JsonNode> lines = run.lines();
        assertThat(lines).extracting(line -> line.get("message").asText()).containsExactly(
            MAIL + "01-member-to-officer.eml",
            MAIL + "02-officer-reply.eml",
            MAIL + "03-officer-bcc-member.eml",
            MAIL + "04-resident-to-member.eml");

        JsonNode enquiry = lines.get(0);
        assertThat(enquiry.get("messageId").asText()).isEqualTo("<20261123101500.enq1@northbrook.gov.uk>");
        assertThat(enquiry.get("verdict").asText()).isEqualTo("deliver");
        assertThat(enquiry.get("findings").isArray()).isTrue();
        assertThat(enquiry.get("findings")).isEmpty();
        JsonNode first = enquiry.get("correspondence");
        assertThat(first.get("sender").asText()).isEqualTo("cllr-ann-smith");
        assertThat(first.get("senderKind").asText()).isEqualTo("member");
        assertThat(first.get("kind").asText()).isEqualTo("member-to-officer");
        assertThat(first.get("verified").asBoolean()).isTrue();
        assertThat(first.get("claimed").isNull()).isTrue();
        assertThat(first.get("thread").asText()).isEqualTo("<20261123101500.enq1@northbrook.gov.uk>");
        assertThat(first.get("recipients")).hasSize(1);
        assertThat(first.get("recipients").get(0).toString())
            .isEqualTo("{\"address\":\"bob.jones@northbrook.gov.uk\",\"person\":\"bob-jones\",\"visibility\":\"to\"}");

        JsonNode reply = lines.get(1).get("correspondence");
        assertThat(reply.get("sender").asText()).isEqualTo("bob-jones");
        assertThat(reply.get("senderKind").asText()).isEqualTo("officer");
        assertThat(reply.get("kind").asText()).isEqualTo("officer-to-member");
        assertThat(reply.get("thread").asText()).isEqualTo(first.get("thread").asText());

        JsonNode silentCopy = lines.get(2).get("correspondence");
        assertThat(silentCopy.get("kind").asText()).isEqualTo("officer-to-member");
        assertThat(silentCopy.get("thread").asText()).isEqualTo("<resurfacing-2027.bob@northbrook.gov.uk>");
        assertThat(silentCopy.get("recipients")).extracting(
                recipient -> recipient.get("address").asText() + " " + recipient.get("person").asText()
                    + " " + recipient.get("visibility").asText())
            .containsExactly(
                "cllr.ann.smith@northbrook.gov.uk cllr-ann-smith to",
                "cllr.raj.patel@northbrook.gov.uk cllr-raj-patel blind");

        JsonNode resident = lines.get(3).get("correspondence");
        assertThat(resident.get("sender").isNull()).isTrue();
        assertThat(resident.get("senderKind").asText()).isEqualTo("external");
        assertThat(resident.get("kind").asText()).isEqualTo("other");
        assertThat(resident.get("verified").asBoolean()).isFalse();
        assertThat(resident.get("claimed").isNull()).isTrue();
        assertThat(resident.get("recipients").get(0).get("person").asText()).isEqualTo("cllr-raj-patel");
    }

    @Test
    void reportsAMembersObligationInAPdfLetterAsHeldWithTheSentenceAndTheFileName(@TempDir Path folder) throws Exception {
        MimeMessage message = TestDocuments.mail("cllr.ann.smith@northbrook.gov.uk", "d.hughes@example.org", "Your fence",
            "Dear Mr Hughes, my letter is attached. Ann", TestDocuments.attachment("Fence.pdf", TestDocuments.PDF,
                TestDocuments.pdf("Dear Mr Hughes,", "I can confirm that the Council will pay for your new fence.",
                    "Yours sincerely,", "Councillor Ann Smith")));
        message.setHeader("Message-ID", "<fence-pdf@northbrook.gov.uk>");
        Path file = folder.resolve("fence.eml");
        try (OutputStream out = Files.newOutputStream(file)) {
            message.writeTo(out);
        }

        CheckRun run = CheckRun.of("--config", COUNCIL, file.toString());

        assertThat(run.exit()).isZero();
        JsonNode line = run.lines().get(0);
        assertThat(line.get("verdict").asText()).isEqualTo("hold");
        JsonNode finding = line.get("findings").get(0);
        assertThat(finding.get("rule").asText()).isEqualTo("obligation-in-member-name");
        assertThat(finding.get("evidence").get(0).asText())
            .isEqualTo("I can confirm that the Council will pay for your new fence. (Fence.pdf)");
    }

    @Test
    void writesExactlyOneCompactJsonObjectPerLine() {
        CheckRun run = CheckRun.of("--config", COUNCIL, MAIL, FIXTURES + "mbox/ward-issue.mbox");

        assertThat(run.out()).endsWith("\n");
        String[] lines = run.out().split("\n");
        assertThat(lines).hasSize(7);
        for (String line : lines) {
            assertThat(line).startsWith("{\"message\":").endsWith("}").doesNotContain("\r");
            try {
                assertThat(JSON.writeValueAsString(JSON.readTree(line))).as("compact").isEqualTo(line);
            } catch (Exception e) {
                throw new AssertionError(line, e);
            }
        }
        assertThat(run.lines()).allSatisfy(line -> {
            assertThat(line.isObject()).isTrue();
            assertThat(line.has("verdict")).isTrue();
            assertThat(line.get("findings").isArray()).isTrue();
            assertThat(line.get("correspondence").fieldNames()).toIterable()
                .containsExactly("sender", "senderKind", "kind", "verified", "claimed", "thread", "recipients");
        });
    }

    @Test
    void outputIsAsciiWithOtherCharactersEscaped(@TempDir Path folder) throws Exception {
        Path message = Files.writeString(folder.resolve("cafe.eml"), "From: cllr.ann.smith@northbrook.gov.uk\n"
            + "To: bob.jones@northbrook.gov.uk\nSubject: =?UTF-8?Q?Caf=C3=A9_licence_=E2=80=93_Dalby_Square?=\n"
            + "Message-ID: <cafe-1@northbrook.gov.uk>\nDate: Mon, 23 Nov 2026 10:15:00 +0000\n\nBody\n");

        CheckRun run = CheckRun.of("--config", COUNCIL, message.toString());

        assertThat(run.out()).contains("\"subject\":\"Caf\\u00E9 licence \\u2013 Dalby Square\"");
        assertThat(run.out().chars()).allMatch(c -> c < 0x80);
        assertThat(run.lines().get(0).get("subject").asText()).isEqualTo("Caf\u00e9 licence \u2013 Dalby Square");
    }

    @Test
    void aForgedMemberAddressIsOnlyAClaimWhenUnauthenticated() {
        String forged = FIXTURES + "forged/forged-member.eml";

        JsonNode outside = CheckRun.of("--config", COUNCIL, "--unauthenticated", forged).lines().get(0);
        JsonNode correspondence = outside.get("correspondence");
        assertThat(correspondence.get("sender").isNull()).isTrue();
        assertThat(correspondence.get("senderKind").asText()).isEqualTo("external");
        assertThat(correspondence.get("kind").asText()).isEqualTo("other");
        assertThat(correspondence.get("verified").asBoolean()).isFalse();
        assertThat(correspondence.get("claimed").asText()).isEqualTo("cllr-ann-smith");

        JsonNode submitted = CheckRun.of("--config", COUNCIL, forged).lines().get(0).get("correspondence");
        assertThat(submitted.get("sender").asText()).isEqualTo("cllr-ann-smith");
        assertThat(submitted.get("senderKind").asText()).isEqualTo("member");
        assertThat(submitted.get("kind").asText()).isEqualTo("member-to-officer");
        assertThat(submitted.get("claimed").isNull()).isTrue();
    }

    @Test
    void splitsAnMboxAndNamesEachMessageByPosition() {
        String mbox = FIXTURES + "mbox/ward-issue.mbox";
        CheckRun run = CheckRun.of("--config", COUNCIL, mbox);

        assertThat(run.exit()).isZero();
        List<JsonNode> lines = run.lines();
        assertThat(lines).extracting(line -> line.get("message").asText())
            .containsExactly(mbox + "#1", mbox + "#2", mbox + "#3");
        assertThat(lines).extracting(line -> line.get("messageId").asText()).containsExactly(
            "<light-1.raj@northbrook.gov.uk>", "<light-2.dan@northbrook.gov.uk>", "<light-3.raj@northbrook.gov.uk>");
        assertThat(lines).extracting(line -> line.get("correspondence").get("kind").asText())
            .containsExactly("member-to-officer", "officer-to-member", "member-external");
        assertThat(lines).extracting(line -> line.get("correspondence").get("sender").asText())
            .containsExactly("cllr-raj-patel", "dan-green", "cllr-raj-patel");
        assertThat(lines.get(1).get("correspondence").get("thread").asText())
            .isEqualTo("<light-1.raj@northbrook.gov.uk>");
        assertThat(lines.get(2).get("correspondence").get("thread").asText())
            .isEqualTo("<light-3.raj@northbrook.gov.uk>");
        assertThat(lines.get(2).get("correspondence").get("recipients").get(0).get("person").isNull()).isTrue();
        assertThat(lines).extracting(line -> line.get("receivedAt").asText())
            .containsExactly("2026-11-23T09:00:00Z", "2026-11-23T15:20:00Z", "2026-11-24T11:00:00Z");
    }

    @Test
    void aMessageThatCannotBeParsedGetsAnErrorLineAndTheOthersAreStillJudged() {
        CheckRun run = CheckRun.of("--config", COUNCIL, MAIL + "01-member-to-officer.eml", FIXTURES + "broken/no-headers.eml",
            FIXTURES + "broken/empty.eml", MAIL + "04-resident-to-member.eml");

        assertThat(run.exit()).isEqualTo(3);
        List<JsonNode> lines = run.lines();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0).get("verdict").asText()).isEqualTo("deliver");
        assertThat(lines.get(0).has("error")).isFalse();
        assertThat(lines.get(3).get("verdict").asText()).isEqualTo("deliver");
        assertThat(lines.get(3).get("correspondence").get("senderKind").asText()).isEqualTo("external");

        JsonNode noHeaders = lines.get(1);
        assertThat(noHeaders.get("message").asText()).isEqualTo(FIXTURES + "broken/no-headers.eml");
        assertThat(noHeaders.get("error").asText()).contains("no header");
        assertThat(noHeaders.get("verdict").isNull()).isTrue();
        assertThat(noHeaders.get("findings")).isEmpty();
        assertThat(noHeaders.has("correspondence")).isFalse();
        assertThat(lines.get(2).get("message").asText()).isEqualTo(FIXTURES + "broken/empty.eml");
        assertThat(lines.get(2).get("error").asText()).startsWith("empty");
    }

    @Test
    void anEmptyMessageInsideAnMboxIsAnErrorForThatMessageOnly(@TempDir Path folder) throws Exception {
        Path mbox = folder.resolve("two.mbox");
        Files.writeString(mbox, "From a@b Mon Nov 23 09:00:00 2026\n"
            + "From cllr.raj.patel@northbrook.gov.uk Mon Nov 23 09:00:00 2026\n"
            + "From: cllr.raj.patel@northbrook.gov.uk\nTo: dan.green@northbrook.gov.uk\nSubject: Hi\n\nHello\n");

        CheckRun run = CheckRun.of("--config", COUNCIL, mbox.toString());

        assertThat(run.exit()).isEqualTo(3);
        assertThat(run.lines()).extracting(line -> line.get("message").asText() + " " + line.has("error"))
            .containsExactly(mbox + "#1 true", mbox + "#2 false");
        assertThat(run.lines().get(1).get("correspondence").get("kind").asText()).isEqualTo("member-to-officer");
    }

    @Test
    void nowFixesTheClockForTheFirstMessageAndLaterOnesUseTheirDateHeaders() {
        String dates = FIXTURES + "dates";

        CheckRun fixed = CheckRun.of("--config", COUNCIL, "--now", "2026-12-01T09:00:00Z", dates);
        assertThat(fixed.exit()).isZero();
        assertThat(fixed.lines()).extracting(line -> line.get("receivedAt").asText())
            .containsExactly("2026-12-01T09:00:00Z", "2026-12-01T09:00:00Z", "2026-12-02T16:30:00Z");

        CheckRun headers = CheckRun.of("--config", COUNCIL, dates);
        assertThat(headers.lines()).extracting(line -> line.get("receivedAt").asText())
            .containsExactly("2026-11-30T11:00:00Z", "2026-11-30T11:00:00Z", "2026-12-02T16:30:00Z");

        CheckRun offset = CheckRun.of("--config", COUNCIL, "--now", "2026-12-01T10:00:00+01:00", dates + "/a-dated.eml");
        assertThat(offset.lines().get(0).get("receivedAt").asText()).isEqualTo("2026-12-01T09:00:00Z");
    }

    @Test
    void anUndatedFirstMessageIsReceivedNowUnlessNowIsGiven() {
        String undated = FIXTURES + "dates/b-undated.eml";

        assertThat(CheckRun.of("--config", COUNCIL, undated).lines().get(0).get("receivedAt").asText())
            .isEqualTo(CheckRun.NOW.toString());
        assertThat(CheckRun.of("--config", COUNCIL, "--now", "2026-12-03T08:00:00Z", undated).lines().get(0)
            .get("receivedAt").asText()).isEqualTo("2026-12-03T08:00:00Z");
    }

    @Test
    void eachRunHasItsOwnStateUnlessAStateDatabaseIsGiven(@TempDir Path folder) throws Exception {
        // The reply names no earlier message: only the thread history (same subject, and its sender
        // took part) puts it in the enquiry's thread.
        Path enquiry = Files.writeString(folder.resolve("1-enquiry.eml"), "From: cllr.ann.smith@northbrook.gov.uk\n"
            + "To: bob.jones@northbrook.gov.uk\nSubject: Bins not collected in Cliftonville\n"
            + "Date: Mon, 23 Nov 2026 10:15:00 +0000\nMessage-ID: <bins-1@northbrook.gov.uk>\n\n"
            + "Bob, the bins in Dalby Square were missed again this week. Ann\n");
        Path reply = Files.writeString(folder.resolve("2-reply.eml"), "From: bob.jones@northbrook.gov.uk\n"
            + "To: cllr.ann.smith@northbrook.gov.uk\nSubject: RE: Bins not collected in Cliftonville\n"
            + "Date: Mon, 23 Nov 2026 16:00:00 +0000\nMessage-ID: <bins-2@northbrook.gov.uk>\n\n"
            + "Councillor, the crew will return tomorrow morning. Bob\n");

        JsonNode together = CheckRun.of("--config", COUNCIL, folder.toString()).lines().get(1);
        assertThat(together.get("correspondence").get("thread").asText()).isEqualTo("<bins-1@northbrook.gov.uk>");

        CheckRun.of("--config", COUNCIL, enquiry.toString());
        JsonNode alone = CheckRun.of("--config", COUNCIL, reply.toString()).lines().get(0);
        assertThat(alone.get("correspondence").get("thread").asText()).isEqualTo("<bins-2@northbrook.gov.uk>");

        String state = "jdbc:h2:mem:check-test-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        CheckRun.of("--config", COUNCIL, "--state", state, "--profile", "thanet", enquiry.toString());
        JsonNode shared = CheckRun.of("--config", COUNCIL, "--state", state, reply.toString()).lines().get(0);
        assertThat(shared.get("correspondence").get("thread").asText()).isEqualTo("<bins-1@northbrook.gov.uk>");
    }

    @Test
    void aReplyWithoutHistoryStartsItsOwnThreadAtTheMessageItAnswers() {
        // Without 01 in the run, 02 has no stored parent: its thread is named after the message it
        // answers, so a later run that includes the parent agrees on the thread id.
        JsonNode reply = CheckRun.of("--config", COUNCIL, MAIL + "02-officer-reply.eml").lines().get(0);
        assertThat(reply.get("correspondence").get("thread").asText())
            .isEqualTo("<20261123101500.enq1@northbrook.gov.uk>");
    }

    @Test
    void aConfigurationMistakeIsOneLineNamingFileAndLine() {
        CheckRun run = CheckRun.of("--config", FIXTURES + "bad-council", MAIL);

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).hasSize(1);
        assertThat(run.err()).startsWith(FIXTURES + "bad-council/directory.yaml:10: unknown key 'ward'");
    }

    @Test
    void aConfigFolderWithoutDirectoryIsAConfigurationError() {
        CheckRun run = CheckRun.of("--config", FIXTURES + "mail", MAIL);

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).containsExactly(
            FIXTURES + "mail/directory.yaml: not found: the config folder must hold directory.yaml");
    }

    @Test
    void anUnknownProfileIsAConfigurationError() {
        CheckRun run = CheckRun.of("--config", COUNCIL, "--profile", "nowhere", MAIL);

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).hasSize(1);
        assertThat(run.err()).contains("nowhere");
    }

    @Test
    void badArgumentsExitWithTwoAndOneLineOnStandardError() {
        assertBadArguments(CheckRun.of("--config", COUNCIL), "check: Missing required parameter: 'PATH'");
        assertBadArguments(CheckRun.of(MAIL), "check: Missing required option: '--config=DIR'");
        assertBadArguments(CheckRun.of("--config", COUNCIL, "--now", "23/11/2026", MAIL),
            "check: Invalid value for option '--now': '23/11/2026' is not an ISO-8601 instant");
        assertBadArguments(CheckRun.of("--config", COUNCIL, FIXTURES + "no-such.eml"),
            "check: " + FIXTURES + "no-such.eml: no such file or folder");
        assertBadArguments(CheckRun.of("--config", COUNCIL, "--colour", MAIL), "check: Unknown option: '--colour'");
        assertBadArguments(CheckRun.of("--config", COUNCIL, "--state", "jdbc:nonsense:x", MAIL),
            "check: --state: cannot open the state database");
    }

    private static void assertBadArguments(CheckRun run, String error) {
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).hasSize(1);
        assertThat(run.err()).startsWith(error);
    }

    @Test
    void helpGoesToStandardOutputAndExitsWithZero() {
        CheckRun run = CheckRun.of("--help");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("Usage: check ").contains("--config=DIR").contains("--unauthenticated")
            .contains("Exit codes:");
    }

    @Test
    void capacityAndItsFindingsAreReported() {
        CheckRun run = CheckRun.of("--config", COUNCIL, FIXTURES + "capacity");

        assertThat(run.exit()).as(run.err()).isZero();
        List<JsonNode> lines = run.lines();
        assertThat(lines).hasSize(2);
        JsonNode ward = lines.get(0);
        assertThat(ward.get("capacity").asText()).isEqualTo("ward");
        assertThat(ward.get("ward").asText()).isEqualTo("Westgate");
        // Tagged and delivered with the statement added, not flagged: the gateway puts it right itself.
        assertThat(ward.get("verdict").asText()).isEqualTo("deliver");
        assertThat(ward.get("findings").findValuesAsText("rule")).containsExactly("capacity-undeclared");
        assertThat(ward.get("findings").findValuesAsText("action")).containsExactly("tag");
        assertThat(ward.get("statement").asText()).contains("Councillor Mary Jones", "ward councillor for Westgate");
        JsonNode campaign = lines.get(1);
        assertThat(campaign.get("capacity").asText()).isEqualTo("party-political");
        assertThat(campaign.get("verdict").asText()).isEqualTo("flag");
        assertThat(campaign.get("findings").findValuesAsText("rule")).contains("party-political-use");
        assertThat(campaign.get("findings").findValuesAsText("clause")).allSatisfy(clause -> assertThat(clause).startsWith("Thanet"));
    }
}

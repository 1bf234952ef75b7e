package org.councilprotocol.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.councilprotocol.config.DirectoryLoaderTest.markedLine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.councilprotocol.model.Action;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Policy profiles: the five shipped councils and the example load and differ where their protocols
 * differ; {@code extends} merges key by key; and every mistake names its file and line.
 */
class ProfileLoaderTest {
    static final List<String> ALL_RULES = List.of("silent-copy", "undisclosed-copy", "obligation-in-member-name",
        "official-letter-in-member-name", "capacity-undeclared", "party-political-use", "holding-reply-incomplete",
        "ooo-no-alternate", "unreadable-attachment");

    @TempDir
    Path folder;

    private Profile shipped(String name) {
        return new ProfileLoader(folder, Set.of()).load(name);
    }

    private Path profileFile(String name, String yaml) throws IOException {
        Path profiles = Files.createDirectories(folder.resolve("profiles"));
        Path file = profiles.resolve(name + ".yaml");
        Files.writeString(file, yaml, StandardCharsets.UTF_8);
        return file;
    }

    private static List<String> grounds(Profile profile) {
        return profile.rules().get("undisclosed-copy").parameters().stringList("grounds");
    }

    private static List<String> allowedRoles(Profile profile) {
        return profile.rules().get("official-letter-in-member-name").parameters().require("allowed")
            .list("allowed", item -> item).stream()
            .flatMap(item -> item.stringList("roles").stream().map(role -> role + "->" + item.string("to")))
            .toList();
    }

    @Nested
    class ShippedProfiles {

        @ParameterizedTest(name = "{0}")
        @CsvSource({
            "dartford,   Dartford,   Dartford Borough Council",
            "dudley,     Dudley,     Dudley Metropolitan Borough Council",
            "thanet,     Thanet,     Thanet District Council",
            "derbyshire, Derbyshire, North East Derbyshire District Council",
            "knutsford,  Knutsford,  Knutsford Town Council"})
        void loadsAndEveryRuleCitesItsCouncilsClauseInPlainWords(String name, String citedAs, String council) {
            Profile profile = shipped(name);

            assertThat(profile.name()).isEqualTo(name);
            assertThat(profile.council()).isEqualTo(council).contains(citedAs);
            assertThat(profile.protocol()).containsIgnoringCase("protocol");
            assertThat(profile.onError()).isEqualTo(Profile.FailureMode.FAIL_OPEN);
            assertThat(profile.sources()).containsExactly("shipped profile " + name + ".yaml");
            assertThat(profile.rules()).isNotEmpty();
            assertThat(profile.rules()).allSatisfy((rule, config) -> {
                assertThat(config.rule()).isEqualTo(rule);
                assertThat(ALL_RULES).contains(rule);
                assertThat(config.clause()).as("clause of %s", rule).startsWith(citedAs + " ")
                    .matches(citedAs + " .*\\d.*");
                assertThat(config.requires()).as("requires of %s", rule)
                    .hasSizeGreaterThan(60)
                    .doesNotContain("\n")
                    .doesNotContain("  ")
                    .endsWith(".");
                assertThat(config.action()).isNotNull();
                assertThat(config.enabled()).isTrue();
                assertThat(profile.rule(rule)).contains(config);
            });
            EnquiryConfig enquiries = profile.enquiries().orElseThrow();
            assertThat(enquiries.clause()).startsWith(citedAs + " ");
            assertThat(enquiries.requires()).hasSizeGreaterThan(60);
            assertThat(enquiries.workingDays()).isEqualTo(10);
            assertThat(enquiries.reminderBefore()).isEqualTo(2);
            assertThat(enquiries.overdueCopy()).containsExactly("manager");
            assertThat(enquiries.digest()).contains(DayOfWeek.MONDAY);
            assertThat(enquiries.closureDays()).isEmpty();
            enquiries.complaints().ifPresent(complaints -> {
                assertThat(complaints.clause()).startsWith(citedAs + " ");
                assertThat(complaints.requires()).hasSizeGreaterThan(40);
            });
        }

        @Test
        void thanetAppliesEveryRuleAndTheOthersLeaveOutTheOnesTheirProtocolsDoNotCover() {
            assertThat(shipped("thanet").rules().keySet()).containsExactlyInAnyOrderElementsOf(ALL_RULES);
            for (String name : List.of("dartford", "dudley", "derbyshire", "knutsford")) {
                assertThat(shipped(name).rules().keySet()).as(name)
                    .containsExactlyInAnyOrder("silent-copy", "undisclosed-copy", "obligation-in-member-name",
                        "official-letter-in-member-name", "capacity-undeclared", "party-political-use",
                        "unreadable-attachment")
                    .doesNotContain("holding-reply-incomplete", "ooo-no-alternate");
            }
        }

        @Test
        void silentCopiesAreBlockedAndObligationsHeldEverywhere() {
            for (String name : List.of("dartford", "dudley", "thanet", "derbyshire", "knutsford")) {
                Profile profile = shipped(name);
                assertThat(profile.rules().get("silent-copy").action()).as(name).isEqualTo(Action.BLOCK);
                assertThat(profile.rules().get("obligation-in-member-name").action()).as(name).isEqualTo(Action.HOLD);
                assertThat(profile.rules().get("official-letter-in-member-name").action()).as(name).isEqualTo(Action.FLAG);
                assertThat(profile.rules().get("capacity-undeclared").parameters().string("statement")).as(name)
                    .contains("{name}", "{ward}").contains(profile.council().replace("North East ", ""));
            }
        }

        @Test
        void undisclosedCopyGroundsFollowEachProtocol() {
            assertThat(grounds(shipped("dudley"))).containsExactlyInAnyOrder("author-consent", "cabinet-member-for-portfolio");
            assertThat(grounds(shipped("thanet")))
                .containsExactlyInAnyOrder("author-consent", "foi-dpa-entitlement", "circulation-list", "meeting-question")
                .doesNotContain("cabinet-member-for-portfolio");
            assertThat(grounds(shipped("knutsford"))).containsExactly("author-consent");
            assertThat(grounds(shipped("dartford"))).isEmpty();
            assertThat(grounds(shipped("derbyshire"))).isEmpty();

            // A copy without a ground is flagged and the member told; "not normally ... exceptionally, and
            // make it clear to the original Member" is a disclosure.
            assertThat(shipped("dudley").rules().get("undisclosed-copy").action()).isEqualTo(Action.FLAG);
            assertThat(shipped("thanet").rules().get("undisclosed-copy").action()).isEqualTo(Action.FLAG);
            assertThat(shipped("knutsford").rules().get("undisclosed-copy").action()).isEqualTo(Action.FLAG);
            assertThat(shipped("dartford").rules().get("undisclosed-copy").action()).isEqualTo(Action.DISCLOSE);
            assertThat(shipped("derbyshire").rules().get("undisclosed-copy").action()).isEqualTo(Action.DISCLOSE);

            assertThat(shipped("thanet").rules().get("undisclosed-copy").parameters()
                .optionalBoolean("member-own-copy-confidential")).contains(true);
            assertThat(shipped("dudley").rules().get("undisclosed-copy").parameters()
                .optionalBoolean("member-own-copy-confidential")).contains(false);
        }

        @Test
        void whoMaySignOfficialLettersFollowsEachProtocol() {
            assertThat(allowedRoles(shipped("thanet"))).containsExactly("leader->anyone");
            assertThat(allowedRoles(shipped("knutsford"))).containsExactly("mayor->anyone");
            assertThat(allowedRoles(shipped("dartford"))).containsExactly("mayor->anyone", "leader->anyone",
                "cabinet->minister", "committee-chair->minister");
            assertThat(allowedRoles(shipped("dudley"))).containsExactly("mayor->anyone", "leader->minister",
                "cabinet->minister", "chair-of-select-committee->minister");
            assertThat(allowedRoles(shipped("derbyshire"))).containsExactly("member->minister");
            assertThat(shipped("derbyshire").rules().get("official-letter-in-member-name").parameters()
                .optionalString("office-heading")).contains("From the Office of Councillor {name}");
            assertThat(shipped("thanet").rules().get("official-letter-in-member-name").parameters()
                .optionalString("office-heading")).isEmpty();
        }

        @Test
        void enquiryTimersDifferWhereTheProtocolsDo() {
            EnquiryConfig thanet = shipped("thanet").enquiries().orElseThrow();
            assertThat(thanet.clause()).isEqualTo("Thanet 9.1.4");
            assertThat(thanet.workingDays()).isEqualTo(10);
            assertThat(thanet.escalateAfter()).isEqualTo(2);
            assertThat(thanet.complaints()).map(EnquiryConfig.ClauseText::clause).contains("Thanet 9.1.7");

            assertThat(shipped("dudley").enquiries().orElseThrow().escalateAfter()).isEqualTo(3);
            assertThat(shipped("dudley").enquiries().orElseThrow().complaints()).isEmpty();
            assertThat(shipped("dartford").enquiries().orElseThrow().complaints())
                .map(EnquiryConfig.ClauseText::clause).contains("Dartford Members 15");
            assertThat(shipped("derbyshire").enquiries().orElseThrow().clause()).isEqualTo("Derbyshire 6.2");
            assertThat(shipped("knutsford").enquiries().orElseThrow().clause()).isEqualTo("Knutsford 4.7");
        }

        @Test
        void thanetOnlyRulesCarryTheirParameters() {
            Profile thanet = shipped("thanet");
            assertThat(thanet.rules().get("holding-reply-incomplete").parameters().stringList("must-state"))
                .containsExactly("reason", "action", "deadline");
            assertThat(thanet.rules().get("ooo-no-alternate").parameters().optionalInt("min-absence-working-days"))
                .contains(1);
            assertThat(thanet.rules().get("silent-copy").clause()).isEqualTo("Thanet 10.2.1");
            assertThat(thanet.rules().get("undisclosed-copy").clause()).isEqualTo("Thanet 9.1.12");
        }
    }

    @Nested
    class ExampleCouncil {

        private Path example() {
            Optional<Path> example = ExampleConfig.folder();
            Assumptions.assumeTrue(example.isPresent(), "rules-config/example not found");
            return example.get();
        }

        @Test
        void keepsThanetsRulesAndClausesButSetsItsOwnCouncilStatementAndClosures() {
            Profile example = new ProfileLoader(example(), Set.of()).load("example");
            Profile thanet = shipped("thanet");

            assertThat(example.name()).isEqualTo("example");
            assertThat(example.council()).isEqualTo("Northbrook District Council");
            assertThat(example.protocol()).isEqualTo(thanet.protocol());
            assertThat(example.rules().keySet()).containsExactlyInAnyOrderElementsOf(thanet.rules().keySet());
            example.rules().forEach((rule, config) -> {
                RuleConfig parent = thanet.rules().get(rule);
                assertThat(config.clause()).as(rule).isEqualTo(parent.clause()).startsWith("Thanet ");
                assertThat(config.requires()).as(rule).isEqualTo(parent.requires());
                assertThat(config.action()).as(rule).isEqualTo(parent.action());
            });
            assertThat(grounds(example)).containsExactlyElementsOf(grounds(thanet));

            String statement = example.rules().get("capacity-undeclared").parameters().string("statement");
            assertThat(statement).contains("Northbrook District Council", "{name}", "{ward}")
                .doesNotContain("Thanet");

            EnquiryConfig enquiries = example.enquiries().orElseThrow();
            assertThat(enquiries.clause()).isEqualTo("Thanet 9.1.4");
            assertThat(enquiries.workingDays()).isEqualTo(10);
            assertThat(enquiries.escalateAfter()).isEqualTo(2);
            assertThat(enquiries.complaints()).isPresent();
            assertThat(enquiries.closureDays()).containsExactly(LocalDate.of(2026, 12, 29), LocalDate.of(2026, 12, 30),
                LocalDate.of(2026, 12, 31));

            assertThat(example.sources()).containsExactly("shipped profile thanet.yaml",
                example().resolve("profiles").resolve("example.yaml").toString());
        }

        @Test
        void councilConfigLoadsTheDirectoryAndItsDefaultProfile() {
            CouncilConfig config = CouncilConfig.load(example(), Optional.empty(), Set.of());
            assertThat(config.folder()).isEqualTo(example());
            assertThat(config.directory().council()).isEqualTo("Northbrook District Council");
            assertThat(config.profile().name()).isEqualTo("example");
            assertThat(config.profile().council()).isEqualTo(config.directory().council());
        }

        @Test
        void councilConfigCanChooseAnotherProfile() {
            CouncilConfig config = CouncilConfig.load(example(), Optional.of("dudley"), Set.of());
            assertThat(config.profile().name()).isEqualTo("dudley");
            assertThat(config.profile().rules().get("silent-copy").clause()).isEqualTo("Dudley 123");
        }
    }

    @Nested
    class Extends {

        @Test
        void childReplacesKeysOneByOneInsideARule() throws IOException {
            profileFile("eastbrook", """
                profile: eastbrook
                extends: dudley
                council: Eastbrook Borough Council
                rules:
                  silent-copy:
                    action: flag
                  undisclosed-copy:
                    grounds: [author-consent]
                  official-letter-in-member-name:
                    action: off
                enquiries:
                  working-days: 15
                  digest: none
                """);
            Profile profile = new ProfileLoader(folder, Set.of()).load("eastbrook");
            Profile dudley = shipped("dudley");

            assertThat(profile.council()).isEqualTo("Eastbrook Borough Council");
            assertThat(profile.protocol()).isEqualTo(dudley.protocol());

            RuleConfig silent = profile.rules().get("silent-copy");
            assertThat(silent.action()).isEqualTo(Action.FLAG);
            assertThat(silent.clause()).isEqualTo("Dudley 123");
            assertThat(silent.requires()).isEqualTo(dudley.rules().get("silent-copy").requires());

            // A list is a value: the child's list replaces the parent's, it is not appended to.
            assertThat(grounds(profile)).containsExactly("author-consent");
            assertThat(profile.rules().get("undisclosed-copy").action()).isEqualTo(Action.FLAG);
            assertThat(profile.rules().get("undisclosed-copy").parameters()
                .optionalBoolean("officers-allowed-unless-confidential")).contains(true);

            // Declared off: still listed, but not applied.
            assertThat(profile.rules()).containsKey("official-letter-in-member-name");
            assertThat(profile.rules().get("official-letter-in-member-name").enabled()).isFalse();
            assertThat(profile.rule("official-letter-in-member-name")).isEmpty();
            assertThat(profile.rule("silent-copy")).isPresent();

            EnquiryConfig enquiries = profile.enquiries().orElseThrow();
            assertThat(enquiries.workingDays()).isEqualTo(15);
            assertThat(enquiries.digest()).isEmpty();
            assertThat(enquiries.clause()).isEqualTo("Dudley 49");
            assertThat(enquiries.escalateAfter()).isEqualTo(3);
        }

        @Test
        void chainOfLocalProfilesListsItsSourcesParentFirst() throws IOException {
            Path base = profileFile("county-base", """
                profile: county-base
                extends: knutsford
                council: County Base Council
                """);
            Path child = profileFile("parish", """
                profile: parish
                extends: county-base
                council: Lower Peover Parish Council
                rules:
                  party-political-use:
                    action: block
                """);
            Profile profile = new ProfileLoader(folder, Set.of()).load("parish");
            assertThat(profile.council()).isEqualTo("Lower Peover Parish Council");
            assertThat(profile.rules().get("party-political-use").action()).isEqualTo(Action.BLOCK);
            assertThat(profile.rules().get("party-political-use").clause()).isEqualTo("Knutsford 14.1");
            assertThat(profile.sources()).containsExactly("shipped profile knutsford.yaml", base.toString(), child.toString());
        }

        @Test
        void aLocalProfileShadowsTheShippedOneOfTheSameName() throws IOException {
            Path file = profileFile("thanet", """
                profile: thanet
                council: Thanet District Council (local copy)
                rules:
                  silent-copy:
                    clause: Thanet 10.2.1
                    requires: Blind copies of a councillor's correspondence are not allowed.
                    action: flag
                """);
            Profile profile = new ProfileLoader(folder, Set.of()).load("thanet");
            assertThat(profile.council()).endsWith("(local copy)");
            assertThat(profile.rules()).containsOnlyKeys("silent-copy");
            assertThat(profile.enquiries()).isEmpty();
            assertThat(profile.sources()).containsExactly(file.toString());
        }

        @Test
        void aRuleFromAnExtensionDetectorIsAcceptedWithItsOwnParameters() throws IOException {
            String yaml = """
                profile: lobbying
                extends: thanet
                council: Northbrook District Council
                rules:
                  planning-lobbying:
                    clause: Northbrook Planning Code 4.2
                    requires: Councillors on the Planning Committee must not lobby officers about live applications.
                    action: flag
                    threshold: 3
                """;
            profileFile("lobbying", yaml);
            Profile profile = new ProfileLoader(folder, Set.of("planning-lobbying")).load("lobbying");
            RuleConfig rule = profile.rules().get("planning-lobbying");
            assertThat(rule.action()).isEqualTo(Action.FLAG);
            assertThat(rule.clause()).isEqualTo("Northbrook Planning Code 4.2");
            assertThat(rule.parameters().optionalInt("threshold")).contains(3);

            // Without the detector that provides it, the same rule is unknown.
            assertThatThrownBy(() -> new ProfileLoader(folder, Set.of()).load("lobbying"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("unknown key 'planning-lobbying'");
        }
    }

    @Nested
    class Errors {

        /** Writes {@code profiles/NAME.yaml}, loads it and checks the error names that file and the marked line. */
        private ConfigException failsAtMarkedLine(String name, String yaml, String... problemParts) throws IOException {
            Path file = profileFile(name, yaml);
            int line = markedLine(yaml);
            ConfigException error = catchThrowableOfType(ConfigException.class,
                () -> new ProfileLoader(folder, Set.of()).load(name));
            assertThat(error).as("loading should fail").isNotNull();
            assertThat(error.file()).isEqualTo(file.toString());
            assertThat(error.line()).as("line of: %s", error.getMessage()).isEqualTo(line);
            assertThat(error.getMessage()).startsWith(file + ":" + line + ": ");
            assertThat(error.problem()).contains(problemParts);
            return error;
        }

        @Test
        void unknownRuleName() throws IOException {
            failsAtMarkedLine("northbrook", """
                profile: northbrook
                extends: thanet
                council: Northbrook District Council
                rules:
                  blind-copy:   # HERE
                    clause: Thanet 10.2.1
                    requires: Blind copies of a councillor's correspondence are not allowed.
                    action: block
                """, "unknown key 'blind-copy' in rules", "silent-copy");
        }

        @Test
        void unknownKeyInsideARule() throws IOException {
            failsAtMarkedLine("northbrook", """
                profile: northbrook
                council: Northbrook District Council
                rules:
                  silent-copy:
                    clause: Thanet 10.2.1
                    requires: Blind copies of a councillor's correspondence are not allowed.
                    action: block
                    grounds: [author-consent]   # HERE
                """, "unknown key 'grounds' in rule silent-copy");
        }

        @Test
        void unknownKeyInsideAnInheritedRule() throws IOException {
            failsAtMarkedLine("northbrook", """
                profile: northbrook
                extends: thanet
                council: Northbrook District Council
                rules:
                  capacity-undeclared:
                    statment: Councillor {name} writes as a ward councillor.   # HERE
                """, "unknown key 'statment' in rule capacity-undeclared");
        }

        @Test
        void unknownAction() throws IOException {
            failsAtMarkedLine("northbrook", """
                profile: northbrook
                extends: thanet
                council: Northbrook District Council
                rules:
                  silent-copy:
                    action: reject   # HERE
                """, "unknown action 'reject' for silent-copy", "off, tag, flag, disclose, hold or block");
        }

        @ParameterizedTest
        @ValueSource(strings = {"9.1.12", "thanet 9.1.12", "Thanet", "Thanet:9.1.12", "'[Thanet 9.1.12]'"})
        void badClause(String clause) throws IOException {
            failsAtMarkedLine("northbrook", """
                profile: northbrook
                council: Northbrook District Council
                rules:
                  silent-copy:
                    clause: %s   # HERE
                    requires: Blind copies of a councillor's correspondence are not allowed.
                    action: block
                """.formatted(clause), "must name the council and the clause number");
        }

        @Test
        void missingRequiresIsReportedAtTheRule() throws IOException {
            failsAtMarkedLine("northbrook", """
                profile: northbrook
                council: Northbrook District Council
                rules:
                  party-political-use:
                    clause: Northbrook 9.4.1   # HERE
                    action: flag
                """, "'requires' is required");
        }

        @Test
        void requiresThatSaysNothing() throws IOException {
            failsAtMarkedLine("northbrook", """
                profile: northbrook
                council: Northbrook District Council
                rules:
                  party-political-use:
                    clause: Northbrook 9.4.1
                    requires: See 9.4.1.   # HERE
                    action: flag
                """, "plain words");
        }

        @Test
        void missingAction() throws IOException {
            failsAtMarkedLine("northbrook", """
                profile: northbrook
                council: Northbrook District Council
                rules:
                  party-political-use:
                    clause: Northbrook 9.4.1   # HERE
                    requires: Council email is not for party politics or campaigning.
                """, "'action' is required");
        }

        @Test
        void profileNameNotMatchingTheFile() throws IOException {
            failsAtMarkedLine("northbrook", """
                # copied from example.yaml and not renamed
                profile: example   # HERE
                extends: thanet
                council: Northbrook District Council
                """, "profile is named 'example' but the file is northbrook.yaml");
        }

        @Test
        void badGroundsValue() throws IOException {
            failsAtMarkedLine("northbrook", """
                profile: northbrook
                extends: thanet
                council: Northbrook District Council
                rules:
                  undisclosed-copy:
                    grounds:
                      - author-consent
                      - councillor-request   # HERE
                """, "'councillor-request' is not one of", "circulation-list");
        }

        @Test
        void badMustStateValue() throws IOException {
            failsAtMarkedLine("northbrook", """
                profile: northbrook
                extends: thanet
                council: Northbrook District Council
                rules:
                  holding-reply-incomplete:
                    must-state: [reason, apology]   # HERE
                """, "'apology' is not one of");
        }

        @Test
        void booleanParameterThatIsNotABoolean() throws IOException {
            failsAtMarkedLine("northbrook", """
                profile: northbrook
                extends: thanet
                council: Northbrook District Council
                rules:
                  undisclosed-copy:
                    officers-allowed-unless-confidential: sometimes   # HERE
                """, "must be true or false");
        }

        @Test
        void allowedLetterWithAnOfficerRole() throws IOException {
            failsAtMarkedLine("northbrook", """
                profile: northbrook
                extends: thanet
                council: Northbrook District Council
                rules:
                  official-letter-in-member-name:
                    allowed:
                      - roles: [leader, chief-executive]   # HERE
                        to: anyone
                """, "'chief-executive' is not a member role");
        }

        @Test
        void allowedLetterToSomeoneElse() throws IOException {
            failsAtMarkedLine("northbrook", """
                profile: northbrook
                extends: thanet
                council: Northbrook District Council
                rules:
                  official-letter-in-member-name:
                    allowed:
                      - roles: [mayor]
                        to: press   # HERE
                """, "'to' must be anyone or minister");
        }

        @Test
        void negativeMinimumAbsence() throws IOException {
            failsAtMarkedLine("northbrook", """
                profile: northbrook
                extends: thanet
                council: Northbrook District Council
                rules:
                  ooo-no-alternate:
                    min-absence-working-days: -1   # HERE
                """, "cannot be negative");
        }

        @Test
        void unknownTopLevelKey() throws IOException {
            failsAtMarkedLine("northbrook", """
                profile: northbrook
                extends: thanet
                council: Northbrook District Council
                enquiry:   # HERE
                  working-days: 5
                """, "unknown key 'enquiry' in a profile");
        }

        @Test
        void badOnError() throws IOException {
            failsAtMarkedLine("northbrook", """
                profile: northbrook
                extends: thanet
                council: Northbrook District Council
                on-error: ignore   # HERE
                """, "on-error must be fail-open or fail-closed");
        }

        @Test
        void zeroWorkingDays() throws IOException {
            failsAtMarkedLine("northbrook", """
                profile: northbrook
                extends: thanet
                council: Northbrook District Council
                enquiries:
                  working-days: 0   # HERE
                """, "working-days must be at least 1");
        }

        @Test
        void reminderAfterTheDueDate() throws IOException {
            failsAtMarkedLine("northbrook", """
                profile: northbrook
                extends: thanet
                council: Northbrook District Council
                enquiries:
                  working-days: 5
                  reminder-before: 5   # HERE
                """, "reminder-before must be between 0 and working-days - 1");
        }

        @Test
        void overdueCopyToSomeoneUnknown() throws IOException {
            failsAtMarkedLine("northbrook", """
                profile: northbrook
                extends: thanet
                council: Northbrook District Council
                enquiries:
                  overdue-copy: [manager, leader]   # HERE
                """, "overdue-copy 'leader' must be one of");
        }

        @Test
        void digestOnAnUnknownDay() throws IOException {
            failsAtMarkedLine("northbrook", """
                profile: northbrook
                extends: thanet
                council: Northbrook District Council
                enquiries:
                  digest: fortnightly   # HERE
                """, "digest must be a day of the week or none");
        }

        @Test
        void badClosureDay() throws IOException {
            failsAtMarkedLine("northbrook", """
                profile: northbrook
                extends: thanet
                council: Northbrook District Council
                enquiries:
                  closure-days:
                    - 2026-12-29
                    - 2026-12-32   # HERE
                """, "must be a date written YYYY-MM-DD", "2026-12-32");
        }

        @Test
        void errorInAnInheritedLocalParentNamesTheParentsFile() throws IOException {
            String parentYaml = """
                profile: district-base
                extends: thanet
                council: District Base
                rules:
                  silent-copy:
                    action: bounce   # HERE
                """;
            Path parent = profileFile("district-base", parentYaml);
            profileFile("northbrook", """
                profile: northbrook
                extends: district-base
                council: Northbrook District Council
                """);
            ConfigException error = catchThrowableOfType(ConfigException.class,
                () -> new ProfileLoader(folder, Set.of()).load("northbrook"));
            assertThat(error).isNotNull();
            assertThat(error.getMessage()).startsWith(parent + ":" + markedLine(parentYaml) + ": ")
                .contains("unknown action 'bounce'");
        }

        @Test
        void circularExtendsNamesTheFileAndTheCircle() throws IOException {
            Path east = profileFile("east", """
                profile: east
                extends: west
                council: East
                """);
            Path west = profileFile("west", """
                profile: west
                extends: east
                council: West
                """);
            ConfigException error = catchThrowableOfType(ConfigException.class,
                () -> new ProfileLoader(folder, Set.of()).load("east"));
            assertThat(error).isNotNull();
            assertThat(error.file()).isIn(east.toString(), west.toString());
            assertThat(error.getMessage()).startsWith(error.file())
                .contains("profiles extend each other in a circle: east -> west -> east");
        }

        @Test
        void profileExtendingItself() throws IOException {
            Path file = profileFile("northbrook", """
                profile: northbrook
                extends: northbrook
                council: Northbrook District Council
                """);
            assertThatThrownBy(() -> new ProfileLoader(folder, Set.of()).load("northbrook"))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(file.toString())
                .hasMessageContaining("northbrook -> northbrook");
        }

        /**
         * BUG (reported): the circle is reported at line 0 of the first profile; the line to fix is the
         * {@code extends:} that closes it (here west.yaml line 2).
         */
        @Test
        void circularExtendsPointsAtTheExtendsThatClosesTheCircle() throws IOException {
            profileFile("east", """
                profile: east
                extends: west
                council: East
                """);
            String west = """
                profile: west
                extends: east   # HERE
                council: West
                """;
            Path westFile = profileFile("west", west);
            ConfigException error = catchThrowableOfType(ConfigException.class,
                () -> new ProfileLoader(folder, Set.of()).load("east"));
            assertThat(error.getMessage()).startsWith(westFile + ":" + markedLine(west) + ": ");
        }

        @Test
        void unknownProfileName() {
            ConfigException error = catchThrowableOfType(ConfigException.class,
                () -> new ProfileLoader(folder, Set.of()).load("northbrook"));
            assertThat(error).isNotNull();
            assertThat(error.getMessage()).startsWith(folder.resolve("profiles").resolve("northbrook.yaml").toString())
                .contains("no such profile: 'northbrook'", "dartford, dudley, thanet, derbyshire, knutsford");
        }

        @Test
        void unknownParentProfile() throws IOException {
            profileFile("northbrook", """
                profile: northbrook
                extends: thanet-2024
                council: Northbrook District Council
                """);
            assertThatThrownBy(() -> new ProfileLoader(folder, Set.of()).load("northbrook"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("no such profile: 'thanet-2024'");
        }

        @Test
        void profileNameThatCannotBeAFileName() {
            assertThatThrownBy(() -> new ProfileLoader(folder, Set.of()).load("../directory"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("'../directory' is not a profile name");
        }

        @Test
        void invalidYamlInAProfile() throws IOException {
            String yaml = """
                profile: northbrook
                council: Northbrook District Council
                rules:
                  silent-copy:
                    clause: Thanet 10.2.1
                    requires: "Blind copies are not allowed.   # HERE
                """;
            Path file = profileFile("northbrook", yaml);
            ConfigException error = catchThrowableOfType(ConfigException.class,
                () -> new ProfileLoader(folder, Set.of()).load("northbrook"));
            assertThat(error).isNotNull();
            assertThat(error.getMessage()).startsWith(file + ":").contains("is not valid YAML");
            assertThat(error.line()).isPositive();
        }

        @Test
        void councilConfigWithoutADirectory() {
            assertThatThrownBy(() -> CouncilConfig.load(folder, Optional.empty(), Set.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessage(folder.resolve("directory.yaml") + ": not found: the config folder must hold directory.yaml");
        }

        @Test
        void councilConfigWhoseDirectoryNamesAMissingProfile() throws IOException {
            Files.writeString(folder.resolve("directory.yaml"), """
                council: Northbrook District Council
                profile: northbrook
                people: []
                """);
            assertThatThrownBy(() -> CouncilConfig.load(folder, Optional.empty(), Set.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("no such profile: 'northbrook'");
        }
    }

    @Test
    void ruleCatalogueKnowsEveryRuleOfTheSpec() {
        assertThat(RuleCatalog.builtIn()).containsExactlyInAnyOrderElementsOf(ALL_RULES);
        assertThat(RuleCatalog.parameters("undisclosed-copy")).containsOnlyKeys("grounds",
            "officers-allowed-unless-confidential", "member-own-copy-confidential");
        assertThat(RuleCatalog.parameters("silent-copy")).containsOnlyKeys("senders");
        assertThat(RuleCatalog.parameters("planning-lobbying")).isNull();
    }
}

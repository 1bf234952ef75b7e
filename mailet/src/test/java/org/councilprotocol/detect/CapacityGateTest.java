package org.councilprotocol.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The classifier skips patterns whose literal gate is absent and searches only near the gate strings
 * ({@link LiteralGate}); this must find exactly what a search of the whole text finds.
 */
class CapacityGateTest {

    @Test
    void gatedSearchFindsWhatAFullSearchFindsInEveryLabelledEmail() {
        List<String> texts = new ArrayList<>();
        List<CapacityFixture.Email> emails = new ArrayList<>(CapacityFixture.corpus());
        emails.addAll(CapacityFixture.probe1());
        emails.addAll(CapacityFixture.probe2());
        emails.addAll(CapacityFixture.freshTune());
        emails.addAll(CapacityFixture.freshDev());
        emails.addAll(CapacityFixture.freshHeldOut());
        for (CapacityFixture.Email email : emails) {
            texts.add(email.subject());
            texts.add(email.body());
            texts.add(email.subject() + "\n" + email.body());
        }
        texts.add(CapacityBenchmark.fiveKilobyteEmail());
        texts.add("");
        texts.add("İSTANBUL twinning visit: the MAYOR'S civic reception"); // lower case changes the length
        texts.add("> > As your ward councillor\n> > for Harbour, I write.");
        for (String text : texts) {
            List<Optional<String>> gated = CapacityClassifier.cueMatches(text, true);
            List<Optional<String>> full = CapacityClassifier.cueMatches(text, false);
            for (int i = 0; i < gated.size(); i++) {
                assertThat(gated.get(i).isPresent()).as("pattern %d on: %s", i, text).isEqualTo(full.get(i).isPresent());
            }
        }
    }

    @Test
    void theGateIsTheLiteralEveryMatchMustContain() {
        // A literal followed by a group of literal alternatives gates on each whole phrase, rarer than the prefix.
        assertThat(LiteralGate.gatesOf("\\b(?:dog (?:fouling|mess)|graffiti)"))
            .containsExactlyInAnyOrder("dog fouling", "dog mess", "graffiti");
        assertThat(LiteralGate.gatesOf("your (?:claim|case)\\b|\\bmy (?:own )?ward")).containsExactlyInAnyOrder("your claim",
            "your case", "ward");
        assertThat(LiteralGate.gatesOf("colou?r")).containsExactly("colo");
        assertThat(LiteralGate.gatesOf("(?<!not )\\bas (?:your|a) ward")).containsExactlyInAnyOrder("as your ward", "as a ward");
        assertThat(LiteralGate.gatesOf("\\b\\QCliftonville\\E[\\s-]+\\QWest\\E\\b")).containsExactly("cliftonville");
        assertThat(LiteralGate.gatesOf("(?i:Greens)\\b|Green(?= party)")).containsExactlyInAnyOrder("greens", "green");
        assertThat(LiteralGate.gatesOf("x{2,}yz")).containsExactly("xyz");
        assertThat(LiteralGate.gatesOf("ab+c")).hasSize(1).first().isIn("ab", "bc");
        assertThat(LiteralGate.gatesOf("Mayor(?:'s)? .{0,30}chain")).containsExactly("mayor");
    }

    @Test
    void aPatternThatNeedNotContainALiteralIsSearchedInFull() {
        assertThat(LiteralGate.gatesOf("a|b?")).isEmpty();
        assertThat(LiteralGate.gatesOf("\\w+ road")).containsExactly(" road");
        assertThat(LiteralGate.gatesOf("(?m)^.{0,40}\\sx+\\s*$")).isEmpty();
        assertThat(LiteralGate.gatesOf("[a-z]+")).isEmpty();
        LiteralGate loose = new LiteralGate(Pattern.compile("\\bdr\\b|x"));
        assertThat(loose.gates()).isEmpty();
        assertThat(loose.find(LiteralGate.Text.of("Box"))).contains("x");
    }
}

package org.councilprotocol.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The look-ahead {@link Starts} puts in front of a pattern names every character a match can start with, and
 * none is put where that is not known: a guarded pattern finds exactly what the pattern finds.
 */
class StartsTest {

    @Test
    void readsTheFirstCharacterOfEveryBranch() {
        assertThat(Starts.of("\\b(?:dentist|doctor|dr\\.? [A-Z]|\\bgp\\b|\\bvets?\\b|appointment)", 0)).hasValue("dgva");
        assertThat(Starts.of("(?<!which |who )\\b(?:i think|perhaps)", 0)).hasValue("ip");
        assertThat(Starts.of("£\\s?\\d|\\bfor (?:new |the )", 0)).hasValue("\\£f");
        assertThat(Starts.of("[,(–-] ?(?:i believe)", 0)).hasValue("[,(–-]");
        assertThat(Starts.of("\\d{2}/\\d{4,5}", 0)).hasValue("\\d");
        assertThat(Starts.of("(?<name>the|a) (?:council)", 0)).hasValue("ta");
        assertThat(Starts.of("\\Qst. albans\\E council", 0)).hasValue("s");
    }

    @Test
    void anOptionalStartAddsWhatFollowsIt() {
        assertThat(Starts.of("(?:very )?(?:good|bad)", 0)).hasValue("vgb");
        assertThat(Starts.of("x{0,3}yz", 0)).hasValue("xy");
        assertThat(Starts.of("a*b+c", 0)).hasValue("ab");
        assertThat(Starts.of("(?:|x)y", 0)).hasValue("xy");
    }

    @Test
    void noLookAheadWhereTheStartIsNotKnown() {
        // Any character, a pattern that may match nothing, inline flags, back-references, unsupported flags.
        assertThat(Starts.of(".{0,40}x", 0)).isEmpty();
        assertThat(Starts.of("(?:a|b)?", 0)).isEmpty();
        assertThat(Starts.of("\\bx?\\b", 0)).isEmpty();
        assertThat(Starts.of("(?i)council", 0)).isEmpty();
        assertThat(Starts.of("(?i:council)", 0)).isEmpty();
        assertThat(Starts.of("(a)\\1", 0)).isEmpty();
        assertThat(Starts.of("council", Pattern.COMMENTS)).isEmpty();
        assertThat(Starts.of("(?:unclosed", 0)).isEmpty();
        // Anchored at the start: Java already tries it at one place only.
        assertThat(Starts.guarded("^(?:please|kindly) ", 0)).isEqualTo("^(?:please|kindly) ");
    }

    @Test
    void onlyWhereEachPlaceCostsMoreThanTheLookAhead() {
        // One or two branches: the look-ahead would be one more test at every place, for nothing.
        assertThat(Starts.guarded("\\byou (?:will|shall) receive", 0)).isEqualTo("\\byou (?:will|shall) receive");
        assertThat(Starts.guarded("\\b(?:will|shall) be", 0)).isEqualTo("\\b(?:will|shall) be");
        // A word list, or a look-behind before the first character.
        assertThat(Starts.guarded("\\b(?:will|shall|'ll) be", 0)).isEqualTo("(?=[ws\\'])(?:\\b(?:will|shall|'ll) be)");
        assertThat(Starts.guarded("(?<!not )\\bas a ward", 0)).isEqualTo("(?=[a])(?:(?<!not )\\bas a ward)");
    }

    @Test
    void aGuardedPatternFindsWhatThePatternFinds() {
        String text = "Dear Dr Patel, my GP appointment is at 10.30; the vet's too. Ref 26/04123/FUL, £ 40 for the new bins."
            + " İSTANBUL, Kelvin \u212Aelvin, the COUNCIL will pay.";
        List<String> regexes = List.of("\\b(?:dentist|doctor|dr\\.? [A-Z]|\\bgp\\b|\\bvets?\\b|appointment)",
            "(?<![\\d/])\\d{2}/\\d{4,5}(?:/\\w+)?\\b(?!/)", "£\\s?\\d|\\bfor (?:new |the |a )|\\bto (?:we|you)",
            "\\b(?:kelvin|istanbul|council)\\b", "(?<verb>will|shall|may) (?<deed>[a-z]+)");
        for (String regex : regexes) {
            for (int flags : new int[] {0, Pattern.CASE_INSENSITIVE, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE}) {
                assertThat(Starts.compile(regex, flags).pattern()).as(regex).startsWith("(?=[");
                assertThat(matches(Starts.compile(regex, flags), text)).as("%s with flags %d", regex, flags)
                    .isEqualTo(matches(Pattern.compile(regex, flags), text));
            }
        }
    }

    private static List<String> matches(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            StringBuilder match = new StringBuilder(matcher.start() + "-" + matcher.end());
            for (int group = 1; group <= matcher.groupCount(); group++) {
                match.append('|').append(matcher.group(group));
            }
            found.add(match.toString());
        }
        return found;
    }
}

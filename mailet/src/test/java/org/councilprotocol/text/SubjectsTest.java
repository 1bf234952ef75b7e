package org.councilprotocol.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Subject lines as thread keys: the prefixes real mail clients add (English, German, Nordic, Dutch,
 * French, Italian, Portuguese), tags added by mail filters, and subjects that only look like replies.
 */
class SubjectsTest {

    static Stream<Arguments> subjectsAndTheirThreadKey() {
        return Stream.of(
            Arguments.of("Potholes on Hill Street", "potholes on hill street"),
            Arguments.of("RE: Potholes on Hill Street", "potholes on hill street"),
            Arguments.of("Re: Potholes on Hill Street", "potholes on hill street"),
            Arguments.of("re:Potholes on Hill Street", "potholes on hill street"),
            Arguments.of("RE : Potholes on Hill Street", "potholes on hill street"),
            Arguments.of("Re[2]: Potholes on Hill Street", "potholes on hill street"),
            Arguments.of("RE[12]:Potholes on Hill Street", "potholes on hill street"),
            Arguments.of("Re(3): Potholes on Hill Street", "potholes on hill street"),
            Arguments.of("FW: Potholes on Hill Street", "potholes on hill street"),
            Arguments.of("Fw: Potholes on Hill Street", "potholes on hill street"),
            Arguments.of("Fwd: Potholes on Hill Street", "potholes on hill street"),
            Arguments.of("FWD: Potholes on Hill Street", "potholes on hill street"),
            Arguments.of("AW: Potholes on Hill Street", "potholes on hill street"),        // German reply
            Arguments.of("AT: Tyllau yn Stryd y Bryn", "tyllau yn stryd y bryn"),          // Welsh reply (Outlook)
            Arguments.of("YML: Tyllau yn Stryd y Bryn", "tyllau yn stryd y bryn"),         // Welsh forward (Outlook)
            Arguments.of("WG: Potholes on Hill Street", "potholes on hill street"),        // German forward
            Arguments.of("SV: Potholes on Hill Street", "potholes on hill street"),        // Swedish/Danish/Norwegian
            Arguments.of("VS: Potholes on Hill Street", "potholes on hill street"),        // Finnish
            Arguments.of("Antw: Potholes on Hill Street", "potholes on hill street"),      // Dutch
            Arguments.of("TR: Potholes on Hill Street", "potholes on hill street"),        // French forward
            Arguments.of("RIF: Potholes on Hill Street", "potholes on hill street"),       // Italian
            Arguments.of("ENC: Potholes on Hill Street", "potholes on hill street"),       // Portuguese forward
            Arguments.of("[EXTERNAL] Potholes on Hill Street", "potholes on hill street"),
            Arguments.of("[EXTERNAL] RE: Potholes on Hill Street", "potholes on hill street"),
            Arguments.of("RE: [EXTERNAL] Potholes on Hill Street", "potholes on hill street"),
            Arguments.of("[EXTERNAL]RE:Potholes on Hill Street", "potholes on hill street"),
            Arguments.of("RE: FW: RE: Potholes on Hill Street", "potholes on hill street"),
            Arguments.of("Re: Re: Re: Re: Potholes on Hill Street", "potholes on hill street"),
            Arguments.of("RE: [EXTERNAL] Fwd:  Potholes on  Hill St", "potholes on hill st"),
            Arguments.of("[EXTERNAL] [SUSPECTED SPAM] Fwd: RE: Potholes on Hill Street", "potholes on hill street"),
            Arguments.of("*** SPAM *** Potholes on Hill Street", "potholes on hill street"),
            Arguments.of("   Potholes \t on   Hill Street  ", "potholes on hill street"),
            Arguments.of("AW: Schlaglöcher in der Hügelstraße", "schlaglöcher in der hügelstraße"),
            Arguments.of("Re: 2026/27 budget consultation", "2026/27 budget consultation"),
            Arguments.of("RE:", ""),
            Arguments.of("", ""),
            // Hard negatives: words that start like a prefix are kept.
            Arguments.of("Reform of street lighting", "reform of street lighting"),
            Arguments.of("Re-surfacing of Hill Street", "re-surfacing of hill street"),
            Arguments.of("Re: Reform of street lighting", "reform of street lighting"),
            Arguments.of("Fwd: Re: Re-surfacing of Hill Street", "re-surfacing of hill street"),
            Arguments.of("Regeneration: town centre masterplan", "regeneration: town centre masterplan"),
            Arguments.of("Trees: tree preservation order 14/2026", "trees: tree preservation order 14/2026"),
            Arguments.of("Response: Local Plan consultation", "response: local plan consultation"),
            Arguments.of("Agenda item 5: Re: budget", "agenda item 5: re: budget"));
    }

    @ParameterizedTest(name = "\"{0}\" -> \"{1}\"")
    @MethodSource("subjectsAndTheirThreadKey")
    void normaliseRemovesReplyAndForwardPrefixesAndTags(String subject, String key) {
        assertThat(Subjects.normalise(subject)).isEqualTo(key);
    }

    @Test
    void normaliseOfNothingIsEmpty() {
        assertThat(Subjects.normalise(null)).isEmpty();
        assertThat(Subjects.isReplyOrForward(null)).isFalse();
    }

    @Test
    void aReplyAndItsOriginalShareAThreadKey() {
        String original = "Section 106 contributions – Northbrook Road development";
        assertThat(Subjects.normalise("RE: FW: [EXTERNAL] " + original)).isEqualTo(Subjects.normalise(original));
        assertThat(Subjects.normalise("re: " + original.toUpperCase())).isEqualTo(Subjects.normalise(original));
    }

    @ParameterizedTest(name = "\"{0}\" is a reply or forward")
    @ValueSource(strings = {
        "RE: Potholes", "Re: Potholes", "re:Potholes", "RE : Potholes", "Re[2]: Potholes", "Re(2): Potholes",
        "FW: Potholes", "Fw: Potholes", "Fwd: Potholes", "FWD:Potholes", "AW: Potholes", "WG: Potholes",
        "AT: Tyllau", "YML: Tyllau",
        "SV: Potholes", "VS: Potholes", "Antw: Potholes", "TR: Potholes", "RIF: Potholes", "ENC: Potholes",
        "  Re: Potholes", "[EXTERNAL] RE: Potholes", "[EXTERNAL]RE: Potholes", "[EXT] [Planning] Fwd: Potholes",
        "RE: FW: RE: Potholes", "Re: Reform of street lighting", "RE:"})
    void repliesAndForwards(String subject) {
        assertThat(Subjects.isReplyOrForward(subject)).isTrue();
    }

    @ParameterizedTest(name = "\"{0}\" is not a reply")
    @ValueSource(strings = {
        "Reform of street lighting", "Re-surfacing of Hill Street", "RE-ALLOCATION of ward budgets",
        "Regeneration: town centre", "Response: Local Plan consultation", "Reminder: Full Council on Thursday",
        "Fwd planning consultation", "Trees: Hill Street", "Trial: food waste collections",
        "Encampment on Hill Street: update", "Antwerp twinning visit", "AWOL bins on Mill Lane",
        "WG meeting: notes", "SV 2026: summer festival", "Svalbard trip", "Potholes (RE: earlier email)",
        "Item 4: RE: budget", "[EXTERNAL] Potholes on Hill Street", "Re - Potholes", "Re Potholes", "",
        "   "})
    void notReplies(String subject) {
        assertThat(Subjects.isReplyOrForward(subject)).isFalse();
    }

    /**
     * BUG (reported): {@code normalise} strips starred filter tags ("*** SPAM ***", "*EXTERNAL*") but
     * {@code isReplyOrForward} does not skip them, so such a reply never gets the subject fallback.
     */
    @Test
    void starredTagsBeforeAReplyPrefix() {
        assertThat(Subjects.isReplyOrForward("*** SPAM *** RE: Potholes on Hill Street")).isTrue();
        assertThat(Subjects.isReplyOrForward("*EXTERNAL* RE: Potholes on Hill Street")).isTrue();
    }

    /** BUG (reported): a no-break space after the prefix (some webmail clients) survives normalisation. */
    @Test
    void noBreakSpaceAfterThePrefix() {
        assertThat(Subjects.normalise("RE:\u00a0Potholes on Hill Street")).isEqualTo("potholes on hill street");
    }
}

package org.councilprotocol.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.councilprotocol.detect.Sentences.Sentence;
import org.junit.jupiter.api.Test;

/** How the enquiry and reply readers cut a writer's words into sentences. */
class SentencesTest {

    private static List<String> sentences(String text) {
        return Sentences.of(text).stream().map(Sentence::text).toList();
    }

    @Test
    void theGreetingAndSignatureAreLeftOut() {
        assertThat(sentences("Dear Cllr Smith,\n\nThe bins are collected on Tuesdays.\n\nKind regards\n\nTom Baker\nWaste Services "
            + "Manager\nNorthbrook District Council\n01843 577000"))
            .containsExactly("The bins are collected on Tuesdays.");
    }

    @Test
    void aGreetingInsideTheFirstSentenceIsKept() {
        assertThat(sentences("Hi Tom, could you check the bins on Park Road?")).containsExactly("Hi Tom, could you check the bins on Park Road?");
    }

    @Test
    void everythingBelowAFirmSignOffIsSignatureEvenAQuestion() {
        assertThat(sentences("Noted, thanks.\n\nBest wishes\nRaj\nRecycle this email?")).containsExactly("Noted, thanks.");
    }

    @Test
    void thanksOpeningANoteIsNotItsSignOff() {
        assertThat(sentences("Thanks!\nCould you also check the drains on Mill Lane?\nAnn"))
            .containsExactly("Thanks!", "Could you also check the drains on Mill Lane?", "Ann");
        assertThat(sentences("Thanks")).containsExactly("Thanks");
    }

    @Test
    void disclaimersAndDeviceFootersAreNotRead() {
        assertThat(sentences("Could you check?\n\nThis email and any attachments are confidential and intended solely for the "
            + "addressee. If you have received this email in error, please notify the sender.\nSent from my iPhone"))
            .containsExactly("Could you check?");
    }

    @Test
    void abbreviationsDoNotEndSentences() {
        assertThat(sentences("Mr. Jones at No. 4 Mill Lane, e.g. the end house, has no bin. The answer is no. Could you help?"))
            .containsExactly("Mr. Jones at No. 4 Mill Lane, e.g. the end house, has no bin.", "The answer is no.", "Could you help?");
    }

    @Test
    void wrappedLinesAreJoinedAndBulletsKeptApart() {
        assertThat(sentences("The following streets were missed:\n- Park Road\n- Mill Lane\n* Dane Road\nCould you send the\ncrew "
            + "back?"))
            .containsExactly("The following streets were missed:", "Park Road", "Mill Lane", "Dane Road", "Could you send the crew back?");
    }

    @Test
    void curlyQuotesAndNonBreakingSpacesArePlain() {
        assertThat(sentences("I\u2019d like\u00a0to know.")).containsExactly("I'd like to know.");
    }

    @Test
    void aVeryLongSentenceIsReadInPieces() {
        List<String> pieces = sentences("word ".repeat(1_000));

        assertThat(pieces).hasSizeGreaterThan(5).allSatisfy(piece -> assertThat(piece.length()).isLessThanOrEqualTo(Sentences.MAX_SENTENCE));
    }

    @Test
    void punctuationAloneIsNoSentence() {
        assertThat(sentences("?!?!... ---\n\n???")).isEmpty();
        assertThat(sentences(null)).isEmpty();
    }

    @Test
    void questionsAreKnownByTheirMark() {
        assertThat(Sentence.of("Is the car park free?").isQuestion()).isTrue();
        assertThat(Sentence.of("(is it free?)").isQuestion()).isTrue();
        assertThat(Sentence.of("It is free.").isQuestion()).isFalse();
    }
}

package org.councilprotocol.cli;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Splitting mbox files (mboxrd, and mboxo as far as it can be read). */
class CheckMboxTest {

    private static List<String> split(String mbox) {
        return Mbox.split(mbox.getBytes(ISO_8859_1)).stream().map(bytes -> new String(bytes, ISO_8859_1)).toList();
    }

    @Test
    void recognisesAnMboxByItsFirstLine() {
        assertThat(Mbox.isMbox("From someone@example.org Mon Nov 23 09:00:00 2026\nFrom: x@y\n".getBytes(ISO_8859_1)))
            .isTrue();
        assertThat(Mbox.isMbox("From: someone@example.org\nTo: x@y\n\nbody\n".getBytes(ISO_8859_1))).isFalse();
        assertThat(Mbox.isMbox("Return-Path: <x@y>\nFrom x@y\n".getBytes(ISO_8859_1))).isFalse();
        assertThat(Mbox.isMbox(new byte[0])).isFalse();
    }

    @Test
    void splitsOnSeparatorLinesAndDropsTheBlankLineBeforeEach() {
        List<String> messages = split("From a@x Mon Nov 23 09:00:00 2026\n"
            + "From: a@x\nSubject: one\n\nfirst body\n\n"
            + "From b@x Mon Nov 23 10:00:00 2026\n"
            + "From: b@x\nSubject: two\n\nsecond body\n\nwith a paragraph\n");

        assertThat(messages).containsExactly(
            "From: a@x\nSubject: one\n\nfirst body\n",
            "From: b@x\nSubject: two\n\nsecond body\n\nwith a paragraph\n");
    }

    @Test
    void unquotesFromLinesTheMboxrdWay() {
        List<String> messages = split("From a@x Mon Nov 23 09:00:00 2026\n"
            + "From: a@x\n\n>From the minutes:\n>>From an earlier email\n> From is not quoted\n>Fromage\n");

        assertThat(messages).containsExactly(
            "From: a@x\n\nFrom the minutes:\n>From an earlier email\n> From is not quoted\n>Fromage\n");
    }

    @Test
    void keepsCrlfLineBreaks() {
        List<String> messages = split("From a@x Mon Nov 23 09:00:00 2026\r\n"
            + "From: a@x\r\n\r\n>From here\r\n\r\n"
            + "From b@x Mon Nov 23 09:00:00 2026\r\nFrom: b@x\r\n\r\nok\r\n");

        assertThat(messages).containsExactly("From: a@x\r\n\r\nFrom here\r\n", "From: b@x\r\n\r\nok\r\n");
    }

    @Test
    void twoSeparatorsInARowGiveAnEmptyMessage() {
        assertThat(split("From a@x Mon Nov 23 09:00:00 2026\nFrom b@x Mon Nov 23 09:00:00 2026\nFrom: b@x\n\nok\n"))
            .containsExactly("", "From: b@x\n\nok\n");
    }
}

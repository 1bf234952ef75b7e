package org.councilprotocol.detect;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Regular expressions written inline where they are read, compiled once: {@code String.matches}
 * compiles its pattern on every call, which costs more than the match itself on a short sentence.
 */
final class Regexes {
    private static final Map<String, Pattern> COMPILED = new ConcurrentHashMap<>();

    private Regexes() {
    }

    /** Whether the whole of {@code text} matches {@code regex}, as {@link String#matches} but compiled once. */
    static boolean matches(String text, String regex) {
        return COMPILED.computeIfAbsent(regex, Pattern::compile).matcher(text).matches();
    }

    /**
     * A pattern tried only where the text goes on with one of {@code letters}, which every match of {@code regex} must
     * start with. Java tries a long alternation's every branch at every place in the text; a one-character look-ahead
     * passes over the places where no branch can start. The letters must be complete, or matches are lost: each pattern
     * given here says beside it which branch each letter is for.
     */
    static Pattern startingWith(String letters, String regex) {
        return Pattern.compile("(?=[" + letters + "])(?:" + regex + ")");
    }

    /** {@link String#replaceAll}, compiled once. */
    static String replaceAll(String text, String regex, String replacement) {
        return COMPILED.computeIfAbsent(regex, Pattern::compile).matcher(text).replaceAll(replacement);
    }
}

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

    /** A pattern for {@code find()}, behind a look-ahead for the characters its matches start with ({@link Starts}). */
    static Pattern compile(String regex) {
        return Starts.compile(regex, 0);
    }

    /** {@link String#replaceAll}, compiled once. */
    static String replaceAll(String text, String regex, String replacement) {
        return COMPILED.computeIfAbsent(regex, Pattern::compile).matcher(text).replaceAll(replacement);
    }

    /** Whether the text contains any of the words: the plain look-up that spares a pattern most texts. */
    static boolean containsAny(String text, String... words) {
        for (String word : words) {
            if (text.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where a character class in a pattern's source ends: the index just after the {@code ]} that closes the
     * class opening at {@code open} (nested classes and escapes included), or -1 when it is never closed. Shared
     * by the readers of pattern sources, {@link LiteralGate} and {@link Starts}.
     */
    static int endOfClass(String regex, int open) {
        int at = open + 1;
        if (at < regex.length() && regex.charAt(at) == '^') {
            at++;
        }
        if (at < regex.length() && regex.charAt(at) == ']') {
            at++;
        }
        int depth = 1;
        while (at < regex.length() && depth > 0) {
            char c = regex.charAt(at);
            if (c == '\\') {
                at += 2;
                continue;
            }
            if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
            }
            at++;
        }
        return depth > 0 ? -1 : at;
    }
}

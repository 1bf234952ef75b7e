package org.councilprotocol.detect;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The characters every match of a pattern starts with, worked out from the pattern's source, and the pattern
 * behind a one-character look-ahead for them. Java tries a pattern at every place in the text, and a long
 * alternation ({@code \b(?:dentist|doctor|appointment|...)}) branch by branch at each; {@code (?=[dal])} in front
 * passes over the places where no branch can start at the cost of one character test. The look-ahead is
 * compiled with the pattern's own flags, so a letter in it matches the same cases as the literal it stands for.
 *
 * <p>Read conservatively: groups, alternations, quantifiers ({@code ?}, {@code *} and {@code {0,}} make what
 * follows a possible start too), classes, escapes, {@code \Q...\E} and zero-width parts (boundaries, anchors,
 * look-arounds) are understood; anything else ({@code .}, back-references, inline flags, a pattern that can
 * match the empty string) leaves the pattern as it is. A pattern is never given a look-ahead that could lose
 * a match.
 */
final class Starts {
    private static final int UNSUPPORTED_FLAGS = Pattern.COMMENTS | Pattern.CANON_EQ | Pattern.LITERAL;

    private final String re;
    private int at;

    private Starts(String re) {
        this.re = re;
    }

    /** At least this many branches tried at each place make a look-ahead worth its own test there. */
    private static final int MIN_BRANCHES = 3;

    /** The pattern with a look-ahead for its first characters in front, where that pays; as compiled otherwise. */
    static Pattern compile(String regex, int flags) {
        return Pattern.compile(guarded(regex, flags), flags);
    }

    /**
     * The source {@link #compile} compiles. The look-ahead costs a test at every place, so it goes only where each place
     * costs more: in front of several branches (a word list) or a look-behind. A pattern that starts with {@code ^}
     * is left as it is: Java tries it at the start of the text only.
     */
    static String guarded(String regex, int flags) {
        if (regex.startsWith("^")) {
            return regex;
        }
        return first(regex, flags).filter(first -> first.branches() >= MIN_BRANCHES || first.lookBehind())
            .map(first -> "(?=[" + String.join("", first.items()) + "])(?:" + regex + ")").orElse(regex);
    }

    /** The first characters of every match, as the inside of a character class; empty when not known. */
    static Optional<String> of(String regex, int flags) {
        return first(regex, flags).map(first -> String.join("", first.items()));
    }

    private static Optional<First> first(String regex, int flags) {
        if ((flags & UNSUPPORTED_FLAGS) != 0) {
            return Optional.empty();
        }
        try {
            Starts starts = new Starts(regex);
            First first = starts.alternation();
            if (starts.at != regex.length() || first == null || first.nullable() || first.items().isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(first);
        } catch (RuntimeException e) {
            // A construct this reader does not know: no look-ahead rather than a wrong one.
            return Optional.empty();
        }
    }

    /**
     * What a part may start with; whether it may match nothing (then what follows it may start the match); how many
     * branches the engine tries at its start; whether a look-behind comes before its first character.
     */
    private record First(Set<String> items, boolean nullable, int branches, boolean lookBehind) {
        First(Set<String> items, boolean nullable) {
            this(items, nullable, items.isEmpty() ? 0 : 1, false);
        }
    }

    private static final First ZERO_WIDTH = new First(Set.of(), true);
    private static final First LOOK_BEHIND = new First(Set.of(), true, 0, true);

    /** {@code null} throughout: a part whose start is not known. */
    private First alternation() {
        Set<String> items = new LinkedHashSet<>();
        boolean nullable = false;
        boolean known = true;
        int branches = 0;
        boolean lookBehind = false;
        while (true) {
            First branch = sequence();
            if (branch == null) {
                known = false;
            } else {
                items.addAll(branch.items());
                nullable |= branch.nullable();
                branches += branch.branches();
                lookBehind |= branch.lookBehind();
            }
            if (at >= re.length() || re.charAt(at) != '|') {
                return known ? new First(items, nullable, branches, lookBehind) : null;
            }
            at++;
        }
    }

    private First sequence() {
        Set<String> items = new LinkedHashSet<>();
        boolean nullable = true;
        boolean known = true;
        int branches = 0;
        boolean lookBehind = false;
        while (at < re.length() && re.charAt(at) != '|' && re.charAt(at) != ')') {
            First atom = atom();
            boolean optional = quantifier();
            if (!nullable) {
                // Already past the first character: the rest is read only to find where the sequence ends.
                continue;
            }
            if (atom == null) {
                known = false;
                nullable = false;
                continue;
            }
            items.addAll(atom.items());
            nullable = atom.nullable() || optional;
            branches += atom.branches();
            lookBehind |= atom.lookBehind();
        }
        return known ? new First(items, nullable, branches, lookBehind) : null;
    }

    /** Whether the quantifier after an atom (if any) lets it match nothing. */
    private boolean quantifier() {
        if (at >= re.length()) {
            return false;
        }
        char c = re.charAt(at);
        boolean optional;
        if (c == '?' || c == '*') {
            optional = true;
            at++;
        } else if (c == '+') {
            optional = false;
            at++;
        } else if (c == '{') {
            int close = re.indexOf('}', at);
            String[] bounds = re.substring(at + 1, close).split(",", -1);
            optional = Integer.parseInt(bounds[0].strip()) == 0;
            at = close + 1;
        } else {
            return false;
        }
        if (at < re.length() && (re.charAt(at) == '?' || re.charAt(at) == '+')) {
            at++;
        }
        return optional;
    }

    private First atom() {
        char c = re.charAt(at);
        switch (c) {
            case '(' -> {
                return group();
            }
            case '[' -> {
                int start = at;
                skipClass();
                return new First(Set.of(re.substring(start, at)), false);
            }
            case '^', '$' -> {
                at++;
                return ZERO_WIDTH;
            }
            case '.' -> {
                at++;
                return null;
            }
            case '\\' -> {
                return escape();
            }
            default -> {
                at++;
                return Character.isSurrogate(c) ? null : literal(c);
            }
        }
    }

    private static First literal(char c) {
        return new First(Set.of(Character.isLetterOrDigit(c) ? String.valueOf(c) : "\\" + c), false);
    }

    private First group() {
        at++;
        boolean zeroWidth = false;
        boolean lookBehind = false;
        if (re.startsWith("?", at)) {
            if (re.startsWith("?:", at)) {
                at += 2;
            } else if (re.startsWith("?=", at) || re.startsWith("?!", at)) {
                at += 2;
                zeroWidth = true;
            } else if (re.startsWith("?<=", at) || re.startsWith("?<!", at)) {
                at += 3;
                zeroWidth = true;
                lookBehind = true;
            } else if (re.startsWith("?<", at)) {
                at = re.indexOf('>', at) + 1;
            } else {
                // Inline flags ("(?i)", "(?i:...)") or an atomic group: not read.
                throw new IllegalArgumentException("group at " + at);
            }
        }
        First inner = alternation();
        if (at >= re.length() || re.charAt(at) != ')') {
            throw new IllegalArgumentException("unclosed group");
        }
        at++;
        return lookBehind ? LOOK_BEHIND : zeroWidth ? ZERO_WIDTH : inner;
    }

    private void skipClass() {
        at = Regexes.endOfClass(re, at);
        if (at < 0) {
            throw new IllegalArgumentException("unclosed class");
        }
    }

    private First escape() {
        char next = re.charAt(at + 1);
        if (next == 'Q') {
            int end = re.indexOf("\\E", at + 2);
            String quoted = end < 0 ? re.substring(at + 2) : re.substring(at + 2, end);
            at = end < 0 ? re.length() : end + 2;
            // "\Q\E" matches nothing; a quantifier after \E applies to the last quoted character only.
            return quoted.isEmpty() || quoted.length() == 1 || Character.isSurrogate(quoted.charAt(0)) ? null
                : literal(quoted.charAt(0));
        }
        at += 2;
        if ("bBAzZG".indexOf(next) >= 0) {
            return ZERO_WIDTH;
        }
        if ("dDwWsShHvV".indexOf(next) >= 0) {
            return new First(Set.of("\\" + next), false);
        }
        if (next == 'p' || next == 'P') {
            int start = at - 2;
            if (at < re.length() && re.charAt(at) == '{') {
                at = re.indexOf('}', at) + 1;
            } else {
                at++;
            }
            return new First(Set.of(re.substring(start, at)), false);
        }
        if (next == 't' || next == 'n' || next == 'r' || next == 'f' || next == 'e' || next == 'a') {
            return new First(Set.of("\\" + next), false);
        }
        if (Character.isLetterOrDigit(next)) {
            // Back-references, \R, \X, \k<name>, character codes: not read.
            throw new IllegalArgumentException("escape \\" + next);
        }
        return literal(next);
    }
}

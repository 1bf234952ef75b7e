package org.councilprotocol.detect;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern with the literal strings one of which every match of it must contain (its gate), worked
 * out from the pattern's own source. Finding a match then costs a few {@code indexOf} calls on the
 * lower-cased text and, only where a gate string occurs, a regular-expression search in a window
 * around it, instead of trying the pattern at every character. Patterns too loose to gate (a gate
 * string shorter than two characters) are searched in full.
 *
 * <p>The gate is read conservatively: literal runs that every match must contain, through groups,
 * alternations ({@code a|b} gates on a string from each branch), quantifiers (optional parts give
 * nothing), {@code \Q...\E}, escapes, classes and look-arounds (zero-width, so they never break a run).
 * Gates are lower case, so a case-insensitive pattern and a case-sensitive one are gated alike.
 */
final class LiteralGate {
    /** A match is at most this far from the gate string it contains (the longest cue is well under it). */
    static final int WINDOW = 120;

    private final Pattern pattern;
    /** The pattern behind a look-ahead for its first characters ({@link Starts}): what the windows are searched with. */
    private final Pattern search;
    private final List<String> gates;
    /** Each gate string's trigrams, hashed as {@link Text} hashes the text's. */
    private final int[][] trigrams;

    LiteralGate(Pattern pattern) {
        this.pattern = pattern;
        this.search = Starts.compile(pattern.pattern(), pattern.flags());
        this.gates = gatesOf(pattern.pattern());
        this.trigrams = gates.stream().map(LiteralGate::trigrams).toArray(int[][]::new);
    }

    Pattern pattern() {
        return pattern;
    }

    /** The gate strings; empty when the pattern is searched in full. */
    List<String> gates() {
        return gates;
    }

    /**
     * A text, its lower case and the set of its three-character sequences (as bits), computed once and
     * shared by every pattern: a gate string with a trigram the text lacks is not looked for at all.
     */
    record Text(String original, String lower, long[] trigrams) {
        static Text of(String text) {
            String lower = text.toLowerCase(Locale.ROOT);
            // Lower-casing a few characters changes the length; positions would not line up, so search in full.
            if (lower.length() != text.length()) {
                return new Text(text, null, null);
            }
            long[] bits = new long[TRIGRAM_BITS / 64];
            for (int i = 0; i + 3 <= lower.length(); i++) {
                int hash = hash(lower.charAt(i), lower.charAt(i + 1), lower.charAt(i + 2));
                bits[hash >>> 6] |= 1L << (hash & 63);
            }
            return new Text(text, lower, bits);
        }

        boolean mayContain(int[] gateTrigrams) {
            for (int hash : gateTrigrams) {
                if ((trigrams[hash >>> 6] & (1L << (hash & 63))) == 0) {
                    return false;
                }
            }
            return true;
        }
    }

    private static final int TRIGRAM_BITS = 1 << 15;

    private static int hash(char a, char b, char c) {
        return ((a * 961 + b * 31 + c) * 0x9E3779B1 >>> 17) & (TRIGRAM_BITS - 1);
    }

    private static int[] trigrams(String gate) {
        int[] hashes = new int[Math.max(0, gate.length() - 2)];
        for (int i = 0; i < hashes.length; i++) {
            hashes[i] = hash(gate.charAt(i), gate.charAt(i + 1), gate.charAt(i + 2));
        }
        return hashes;
    }

    /** The leftmost match's words, or empty. */
    Optional<String> find(Text text) {
        String original = text.original();
        if (original.isEmpty()) {
            return Optional.empty();
        }
        if (gates.isEmpty() || text.lower() == null) {
            Matcher matcher = search.matcher(original);
            return matcher.find() ? Optional.of(matcher.group()) : Optional.empty();
        }
        // Made only once a gate string is found: most patterns' gates are absent from most texts, and a new
        // Matcher clears arrays as large as the pattern's groups.
        Matcher matcher = null;
        int bestStart = -1;
        String best = null;
        for (int g = 0; g < gates.size(); g++) {
            if (!text.mayContain(trigrams[g])) {
                continue;
            }
            String gate = gates.get(g);
            int from = 0;
            int at;
            while ((at = text.lower().indexOf(gate, from)) >= 0) {
                if (matcher == null) {
                    matcher = search.matcher(original).useTransparentBounds(true).useAnchoringBounds(false);
                }
                matcher.region(Math.max(0, at - WINDOW), Math.min(original.length(), at + gate.length() + WINDOW));
                if (matcher.find()) {
                    if (bestStart < 0 || matcher.start() < bestStart) {
                        bestStart = matcher.start();
                        best = matcher.group();
                    }
                    break;
                }
                from = at + 1;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The same search over the whole text, for tests that check the gate loses nothing. */
    Optional<String> findInFull(String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? Optional.of(matcher.group()) : Optional.empty();
    }

    static List<String> gatesOf(String regex) {
        try {
            Set<String> gate = new Parser(regex).parse();
            if (gate == null || gate.isEmpty() || gate.stream().anyMatch(text -> text.length() < 2)) {
                return List.of();
            }
            return List.copyOf(gate);
        } catch (RuntimeException e) {
            // A construct the reader does not know: search in full rather than risk missing a match.
            return List.of();
        }
    }

    /** Reads a regular expression's source for the literal strings every match must contain. */
    private static final class Parser {
        private final String re;
        private int at;

        Parser(String re) {
            this.re = re;
        }

        Set<String> parse() {
            Set<String> gate = alternation().gate();
            if (at != re.length()) {
                throw new IllegalArgumentException("unbalanced at " + at);
            }
            return gate;
        }

        /**
         * What a part of a pattern tells the gate: {@code gate}, the strings one of which every match contains
         * ({@code null}: none, some match need contain no literal); {@code exact}, the few strings it matches,
         * when it matches nothing else ({@code null} otherwise: a class, a repeat, too many strings).
         */
        private record Part(Set<String> gate, Set<String> exact) {
        }

        /** At most this many strings are kept as a part's exact strings. */
        private static final int MAX_EXACT = 32;

        private Part alternation() {
            List<Part> branches = new ArrayList<>();
            branches.add(sequence());
            while (at < re.length() && re.charAt(at) == '|') {
                at++;
                branches.add(sequence());
            }
            Set<String> gate = new LinkedHashSet<>();
            Set<String> exact = new LinkedHashSet<>();
            for (Part branch : branches) {
                if (gate != null && branch.gate() != null) {
                    gate.addAll(branch.gate());
                } else {
                    gate = null;
                }
                if (exact != null && branch.exact() != null && exact.size() + branch.exact().size() <= MAX_EXACT) {
                    exact.addAll(branch.exact());
                } else {
                    exact = null;
                }
            }
            return new Part(gate, exact);
        }

        private record Atom(String literal, Set<String> gate, boolean zeroWidth, Set<String> exact) {
            Atom(String literal, Set<String> gate, boolean zeroWidth) {
                this(literal, gate, zeroWidth, literal == null ? null : Set.of(literal));
            }
        }

        /**
         * A sequence's gate: the best of its runs of atoms that match only a few exact strings (a literal, or a
         * group of literal alternatives: "your (?:claim|case)" gives "your claim" and "your case", rarer than
         * "your "), and of the gates of its groups.
         */
        private Part sequence() {
            Set<String> run = Set.of("");
            Set<String> whole = Set.of("");
            Set<String> best = null;
            while (at < re.length() && re.charAt(at) != '|' && re.charAt(at) != ')') {
                Atom atom = atom();
                int min = quantifier();
                if (atom.zeroWidth()) {
                    continue;
                }
                Set<String> exact = quantified ? null : atom.exact();
                whole = exact == null ? null : concatenation(whole, exact);
                if (exact != null) {
                    Set<String> longer = concatenation(run, exact);
                    if (longer == null) {
                        best = better(best, run);
                        run = exact;
                    } else {
                        run = longer;
                    }
                    continue;
                }
                if (atom.literal() != null && min >= 1) {
                    // "x{2,}yz": the run before ends with "xx", and the last "x" always sits next to "yz".
                    Set<String> repeated = concatenation(run, Set.of(atom.literal().repeat(min)));
                    best = better(best, repeated == null ? run : repeated);
                    run = Set.of(atom.literal());
                    continue;
                }
                best = better(best, run);
                run = Set.of("");
                if (atom.gate() != null && min >= 1) {
                    best = better(best, atom.gate());
                }
            }
            return new Part(better(best, run), whole);
        }

        /** Every string of one set followed by every string of the other; {@code null} when that is too many or either is. */
        private static Set<String> concatenation(Set<String> before, Set<String> after) {
            if (before == null || after == null || before.size() * after.size() > MAX_EXACT) {
                return null;
            }
            Set<String> joined = new LinkedHashSet<>();
            for (String first : before) {
                for (String second : after) {
                    joined.add(first + second);
                }
            }
            return joined;
        }

        private boolean quantified;

        /** The smallest count the quantifier after an atom allows (1 when there is none). */
        private int quantifier() {
            quantified = false;
            if (at >= re.length()) {
                return 1;
            }
            char c = re.charAt(at);
            int min;
            if (c == '?' || c == '*') {
                min = 0;
                at++;
            } else if (c == '+') {
                min = 1;
                at++;
            } else if (c == '{') {
                int close = re.indexOf('}', at);
                String[] bounds = re.substring(at + 1, close).split(",", -1);
                min = Integer.parseInt(bounds[0].strip());
                boolean exactlyOne = bounds.length == 1 && min == 1;
                at = close + 1;
                if (exactlyOne) {
                    skipModifier();
                    return 1;
                }
            } else {
                return 1;
            }
            quantified = true;
            skipModifier();
            return min;
        }

        private void skipModifier() {
            if (at < re.length() && (re.charAt(at) == '?' || re.charAt(at) == '+')) {
                at++;
            }
        }

        private Atom atom() {
            char c = re.charAt(at);
            switch (c) {
                case '(' -> {
                    return group();
                }
                case '[' -> {
                    skipClass();
                    return new Atom(null, null, false);
                }
                case '.' -> {
                    at++;
                    return new Atom(null, null, false);
                }
                case '^', '$' -> {
                    at++;
                    return new Atom(null, null, true);
                }
                case '\\' -> {
                    return escape();
                }
                default -> {
                    at++;
                    return new Atom(String.valueOf(c).toLowerCase(Locale.ROOT), null, false);
                }
            }
        }

        private Atom group() {
            at++;
            boolean zeroWidth = false;
            if (re.startsWith("?", at)) {
                if (re.startsWith("?:", at)) {
                    at += 2;
                } else if (re.startsWith("?=", at) || re.startsWith("?!", at)) {
                    at += 2;
                    zeroWidth = true;
                } else if (re.startsWith("?<=", at) || re.startsWith("?<!", at)) {
                    at += 3;
                    zeroWidth = true;
                } else if (re.startsWith("?<", at)) {
                    at = re.indexOf('>', at) + 1;
                } else {
                    // Inline flags: "(?i)" on their own, or "(?m:...)" around a group.
                    int end = at + 1;
                    while (end < re.length() && Character.isLetter(re.charAt(end)) || end < re.length() && re.charAt(end) == '-') {
                        end++;
                    }
                    if (re.charAt(end) == ')') {
                        at = end + 1;
                        return new Atom(null, null, true);
                    }
                    at = end + 1;
                }
            }
            Part inner = alternation();
            if (at >= re.length() || re.charAt(at) != ')') {
                throw new IllegalArgumentException("unclosed group");
            }
            at++;
            return zeroWidth ? new Atom(null, null, true) : new Atom(null, inner.gate(), false, inner.exact());
        }

        private void skipClass() {
            int end = Regexes.endOfClass(re, at);
            at = end < 0 ? re.length() : end;
        }

        private Atom escape() {
            char next = re.charAt(at + 1);
            if (next == 'Q') {
                int end = re.indexOf("\\E", at + 2);
                String quoted = end < 0 ? re.substring(at + 2) : re.substring(at + 2, end);
                at = end < 0 ? re.length() : end + 2;
                // Treated as one literal atom; a quantifier after \E applies to its last character only,
                // which never happens in the patterns built here.
                return new Atom(quoted.toLowerCase(Locale.ROOT), null, false);
            }
            at += 2;
            if ("bBAzZG".indexOf(next) >= 0) {
                return new Atom(null, null, true);
            }
            if ("wWdDsShHvVRX".indexOf(next) >= 0 || Character.isDigit(next)) {
                return new Atom(null, null, false);
            }
            if (next == 'p' || next == 'P') {
                if (at < re.length() && re.charAt(at) == '{') {
                    at = re.indexOf('}', at) + 1;
                } else {
                    at++;
                }
                return new Atom(null, null, false);
            }
            if (next == 'u' || next == 'x' || next == 'k' || next == 't' || next == 'n' || next == 'r' || next == 'f'
                || next == 'e' || next == 'a' || next == 'c' || next == '0') {
                // Character codes and the like: not worth reading; they break the run.
                skipCode(next);
                return new Atom(null, null, false);
            }
            return new Atom(String.valueOf(next).toLowerCase(Locale.ROOT), null, false);
        }

        private void skipCode(char kind) {
            switch (kind) {
                case 'u' -> at += 4;
                case 'x' -> at = re.charAt(at) == '{' ? re.indexOf('}', at) + 1 : at + 2;
                case 'k' -> at = re.indexOf('>', at) + 1;
                case 'c' -> at += 1;
                case '0' -> {
                    while (at < re.length() && re.charAt(at) >= '0' && re.charAt(at) <= '7') {
                        at++;
                    }
                }
                default -> {
                }
            }
        }

        /** The more selective of two gates: the one whose shortest string is longer, then the one with fewer strings. */
        private static Set<String> better(Set<String> best, Set<String> candidate) {
            if (candidate == null || candidate.isEmpty() || candidate.contains("")) {
                return best;
            }
            if (best == null) {
                return candidate;
            }
            int bestShortest = best.stream().mapToInt(String::length).min().orElse(0);
            int candidateShortest = candidate.stream().mapToInt(String::length).min().orElse(0);
            // Longer strings are rarer: "papers|report" gates better than "the ", though it is two strings.
            if (candidateShortest != bestShortest) {
                return candidateShortest > bestShortest ? candidate : best;
            }
            return candidate.size() < best.size() ? candidate : best;
        }
    }
}

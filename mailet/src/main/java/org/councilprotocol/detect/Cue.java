package org.councilprotocol.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.councilprotocol.detect.Sentences.Sentence;

/**
 * A pattern the enquiry and reply readers look for in a sentence, with the literal words one of which every
 * match contains ({@link LiteralGate#gatesOf}): a sentence without any of them is passed over with a few
 * {@code contains} calls instead of a regular-expression search. A word list written as one long alternation
 * ({@code (?:could you|are you free|...)}) is also kept as one small pattern per alternative, each behind its own
 * literal words, so that only the alternatives whose words the sentence contains are tried: trying a long
 * alternation at every character is what costs time. Splitting is exact: {@code P(?:A|B)S} matches where
 * {@code P(?:A)S} or {@code P(?:B)S} does, with the same groups; only {@code (?:...)} groups with no quantifier
 * after them are split.
 *
 * <p>Patterns are written in lower case and matched ignoring ASCII case: the text is plain (curly quotes
 * straightened) and the word lists are English.
 */
final class Cue {
    static final int FLAGS = Pattern.CASE_INSENSITIVE;
    private static final int MAX_BRANCHES = 64;
    private static final int MAX_DEPTH = 1;

    /** One alternative and the words one of which it needs; no words: always tried. */
    private record Branch(Pattern pattern, String[] gates) {
        boolean mayMatch(String lower) {
            if (gates.length == 0) {
                return true;
            }
            for (String gate : gates) {
                if (lower.contains(gate)) {
                    return true;
                }
            }
            return false;
        }
    }

    private final Pattern pattern;
    private final List<String> gates;
    private final List<Branch> branches;

    private Cue(Pattern pattern, List<String> gates, List<String> alternatives) {
        this.pattern = pattern;
        this.gates = gates;
        List<Branch> compiled = new ArrayList<>();
        for (String alternative : alternatives) {
            compiled.add(new Branch(Starts.compile(alternative, FLAGS), LiteralGate.gatesOf(alternative).toArray(String[]::new)));
        }
        this.branches = List.copyOf(compiled);
    }

    static Cue of(String regex) {
        Pattern pattern = Pattern.compile(regex, FLAGS);
        List<String> alternatives = split(regex, 0);
        return new Cue(pattern, LiteralGate.gatesOf(regex), alternatives.size() > MAX_BRANCHES ? List.of(regex) : alternatives);
    }

    /** The whole pattern, as written. */
    Pattern pattern() {
        return pattern;
    }

    boolean in(Sentence sentence) {
        if (!mayMatch(sentence.lower())) {
            return false;
        }
        for (Branch branch : branches) {
            if (branch.mayMatch(sentence.lower()) && branch.pattern().matcher(sentence.text()).find()) {
                return true;
            }
        }
        return false;
    }

    /** The leftmost match in the sentence, if any. */
    Optional<Matcher> matcher(Sentence sentence) {
        if (!mayMatch(sentence.lower())) {
            return Optional.empty();
        }
        Matcher best = null;
        for (Branch branch : branches) {
            if (!branch.mayMatch(sentence.lower())) {
                continue;
            }
            Matcher matcher = branch.pattern().matcher(sentence.text());
            if (matcher.find() && (best == null || matcher.start() < best.start())) {
                best = matcher;
            }
        }
        return Optional.ofNullable(best);
    }

    /** A matcher over the sentence for each alternative that may match it, to be searched with {@code find()}. */
    List<Matcher> matchers(Sentence sentence) {
        if (!mayMatch(sentence.lower())) {
            return List.of();
        }
        List<Matcher> matchers = new ArrayList<>(2);
        for (Branch branch : branches) {
            if (branch.mayMatch(sentence.lower())) {
                matchers.add(branch.pattern().matcher(sentence.text()));
            }
        }
        return matchers;
    }

    boolean mayMatch(String lower) {
        if (gates.isEmpty()) {
            return true;
        }
        for (String gate : gates) {
            if (lower.contains(gate)) {
                return true;
            }
        }
        return false;
    }

    /** The sentence with every match of this cue blanked out (for phrases that look like asks and are not). */
    Sentence without(Sentence sentence) {
        if (!in(sentence)) {
            return sentence;
        }
        String text = sentence.text();
        Matcher matcher = pattern.matcher(text);
        if (!matcher.find()) {
            return sentence;
        }
        StringBuilder out = new StringBuilder();
        int at = 0;
        do {
            out.append(text, at, matcher.start()).append(' ');
            at = matcher.end();
        } while (matcher.find());
        return Sentence.of(out.append(text.substring(at)).toString().strip());
    }

    // ---- splitting an alternation into its alternatives

    static List<String> split(String regex, int depth) {
        List<String> top = topLevel(regex);
        if (top.size() > 1) {
            return splitEach(top, depth);
        }
        if (depth >= MAX_DEPTH) {
            return List.of(regex);
        }
        int[] group = widestAlternationGroup(regex);
        if (group == null) {
            return List.of(regex);
        }
        String prefix = regex.substring(0, group[0]);
        String suffix = regex.substring(group[1] + 1);
        List<String> rebuilt = new ArrayList<>();
        for (String alternative : topLevel(regex.substring(group[0] + 3, group[1]))) {
            rebuilt.add(prefix + "(?:" + alternative + ")" + suffix);
        }
        return splitEach(rebuilt, depth + 1);
    }

    private static List<String> splitEach(List<String> regexes, int depth) {
        List<String> all = new ArrayList<>();
        for (String regex : regexes) {
            all.addAll(split(regex, depth));
            if (all.size() > MAX_BRANCHES) {
                return regexes;
            }
        }
        return all;
    }

    /** The regex cut at its top-level bars. */
    private static List<String> topLevel(String regex) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                i = classEnd(regex, i);
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                parts.add(regex.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(regex.substring(start));
        return parts;
    }

    /** The top-level, unrepeated {@code (?:...)} group with an alternation in it whose content is longest; null if none. */
    private static int[] widestAlternationGroup(String regex) {
        int[] best = null;
        int depth = 0;
        int open = -1;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                i = classEnd(regex, i);
            } else if (c == '(') {
                if (depth == 0) {
                    open = i;
                }
                depth++;
            } else if (c == ')') {
                depth--;
                if (depth == 0 && regex.startsWith("(?:", open) && unrepeated(regex, i + 1)
                    && topLevel(regex.substring(open + 3, i)).size() > 1 && (best == null || i - open > best[1] - best[0])) {
                    best = new int[] {open, i};
                }
            }
        }
        return best;
    }

    /**
     * No quantifier after the group. An optional group is not split either: {@code P(?:A)?S} would match as
     * {@code P(?:A|B)?S} does, but with {@code A} skipped where the whole would have taken {@code B}, and the
     * readers read the groups of a match.
     */
    private static boolean unrepeated(String regex, int after) {
        if (after >= regex.length()) {
            return true;
        }
        char next = regex.charAt(after);
        return next != '*' && next != '+' && next != '{' && next != '?';
    }

    private static int classEnd(String regex, int open) {
        int i = open + 1;
        if (i < regex.length() && regex.charAt(i) == '^') {
            i++;
        }
        if (i < regex.length() && regex.charAt(i) == ']') {
            i++;
        }
        for (; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == ']') {
                return i;
            }
        }
        return regex.length() - 1;
    }
}

package org.councilprotocol.detect;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.councilprotocol.detect.Sentences.Sentence;

/**
 * A pattern the enquiry and reply readers look for in a sentence, with the literal words one of which
 * every match contains ({@link LiteralGate#gatesOf}): a sentence without any of them is passed over with
 * a few {@code contains} calls instead of a regular-expression search.
 */
final class Cue {
    static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private final Pattern pattern;
    private final List<String> gates;

    private Cue(Pattern pattern) {
        this.pattern = pattern;
        this.gates = LiteralGate.gatesOf(pattern.pattern());
    }

    static Cue of(String regex) {
        return new Cue(Pattern.compile(regex, FLAGS));
    }

    Pattern pattern() {
        return pattern;
    }

    boolean in(Sentence sentence) {
        return matcher(sentence).isPresent();
    }

    /** The first match in the sentence, if any. */
    Optional<Matcher> matcher(Sentence sentence) {
        if (!mayMatch(sentence.lower())) {
            return Optional.empty();
        }
        Matcher matcher = pattern.matcher(sentence.text());
        return matcher.find() ? Optional.of(matcher) : Optional.empty();
    }

    Optional<String> find(Sentence sentence) {
        return matcher(sentence).map(Matcher::group);
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
    String without(String text, String lower) {
        if (!mayMatch(lower)) {
            return text;
        }
        Matcher matcher = pattern.matcher(text);
        if (!matcher.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        int at = 0;
        do {
            out.append(text, at, matcher.start()).append(' ');
            at = matcher.end();
        } while (matcher.find());
        return out.append(text.substring(at)).toString();
    }
}

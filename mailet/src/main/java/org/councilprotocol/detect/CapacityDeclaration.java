package org.councilprotocol.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds the words in a message that already say a member writes as a ward councillor (Dartford
 * Correspondence 4, Dudley 127, Thanet 10.2.5, Derbyshire 9.3, Knutsford 12.5 ask for such a statement):
 * "as your ward councillor", "in my capacity as a ward member", "ward councillor for Harbour",
 * "Councillor for Harbour" with one of the member's wards, "From the Office of Councillor Ann Smith", or the
 * profile's own {@code capacity-undeclared} statement however it was re-wrapped. Everything in the message
 * is read, the quoted history included, with quotation markers and line breaks ignored; a statement with
 * "not" just before it ("I am not writing as your councillor") does not count.
 */
final class CapacityDeclaration {
    private CapacityDeclaration() {
    }

    /** Ward-capacity statements, in the words members use. */
    static final List<LiteralGate> DECLARATIONS = Stream.of(
        Pattern.compile("(?<!not )(?<!n't )\\bas (?:your|a|the|one of (?:your|the)(?: two| three)?) (?:local |ward |elected |district )*"
            + "(?:councillors?|members?|cllrs?)\\b(?! of\\b)(?!\\s+(?:asked|said|agreed|requested|wanted|suggested|know|knew|will"
            + "|would|have|had|did|do|can|could|may|might|are|were)\\b)(?: for [A-Z][\\w' -]{2,40}?(?=[,.;\\n]| and | in ))?",
            Pattern.CASE_INSENSITIVE),
        Pattern.compile("\\bin my (?:capacity|role) as (?:a |your |the |one of the )?(?:local |ward )*(?:councillor|member)\\b",
            Pattern.CASE_INSENSITIVE),
        Pattern.compile("\\bin (?:an individual|a personal) capacity as (?:a |your |the )?ward (?:councillor|member)\\b",
            Pattern.CASE_INSENSITIVE),
        Pattern.compile("\\bfrom the office of (?:councillor|cllr\\.?) [A-Z][\\w'-]+(?: [A-Z][\\w'-]+)?", Pattern.CASE_INSENSITIVE),
        Pattern.compile("\\bward (?:councillor|member)s? for [A-Z][\\w' -]{2,40}?(?=[,.;\\n]|$| in | and not)",
            Pattern.CASE_INSENSITIVE | Pattern.MULTILINE)).map(LiteralGate::new).toList();

    /**
     * The statements naming one of the member's own wards ("Councillor for Harbour", "Harbour ward member",
     * "one of Harbour's councillors", "one of your Harbour councillors").
     */
    static List<LiteralGate> ownWards(List<String> wards) {
        List<LiteralGate> patterns = new ArrayList<>();
        for (String ward : wards) {
            String name = CapacityCues.wardRegex(ward);
            patterns.add(new LiteralGate(Pattern.compile("\\b(?:ward )?councillor,? (?:for )?(?:the )?" + name + "(?: ward)?\\b",
                Pattern.CASE_INSENSITIVE)));
            patterns.add(new LiteralGate(Pattern.compile("\\b" + name + " ward (?:councillor|member)\\b", Pattern.CASE_INSENSITIVE)));
            patterns.add(new LiteralGate(Pattern.compile("\\b(?:one of )?the (?:ward )?councillors? for " + name + "\\b",
                Pattern.CASE_INSENSITIVE)));
            patterns.add(new LiteralGate(Pattern.compile("\\b(?:one of )?" + name + "'s (?:ward )?councillors?\\b",
                Pattern.CASE_INSENSITIVE)));
            patterns.add(new LiteralGate(Pattern.compile("\\b(?:one of )?your " + name + "(?:'s)? (?:ward )?councillors?\\b",
                Pattern.CASE_INSENSITIVE)));
        }
        return List.copyOf(patterns);
    }

    /** The first statement found, as written; empty when there is none. */
    static Optional<String> find(List<LiteralGate> ownWards, String text, Optional<String> statement) {
        String flat = flatten(text);
        LiteralGate.Text flatText = LiteralGate.Text.of(flat);
        List<LiteralGate> patterns = new ArrayList<>();
        statement.map(CapacityDeclaration::statementPattern).ifPresent(patterns::add);
        patterns.addAll(DECLARATIONS);
        patterns.addAll(ownWards);
        for (LiteralGate pattern : patterns) {
            if (pattern.find(flatText).isEmpty()) {
                continue;
            }
            // Rare: something like a statement is there; read every occurrence for a negation before it.
            Matcher matcher = pattern.pattern().matcher(flat);
            while (matcher.find()) {
                if (!NEGATED.matcher(flat.substring(Math.max(0, matcher.start() - 30), matcher.start())).find()) {
                    return Optional.of(matcher.group().strip());
                }
            }
        }
        return Optional.empty();
    }

    /** "not writing as your councillor", "I'm not, as your ward member, ...": no statement. */
    private static final Pattern NEGATED = Pattern.compile("\\b(?:not|n't|never)\\b(?:\\s+\\w+){0,2}[\\s,]*$",
        Pattern.CASE_INSENSITIVE);

    /** Quotation markers and line breaks removed, so a statement re-wrapped or quoted in a reply still reads as one. */
    static String flatten(String text) {
        StringBuilder flat = new StringBuilder(text.length());
        boolean lineStart = true;
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (lineStart && (c == '>' || c == ' ' || c == '\t')) {
                continue;
            }
            lineStart = c == '\n' || c == '\r';
            if (Character.isWhitespace(c) || c == '\u00a0') {
                space = true;
                continue;
            }
            if (space && flat.length() > 0) {
                flat.append(' ');
            }
            space = false;
            flat.append(c);
        }
        if (space && flat.length() > 0) {
            flat.append(' ');
        }
        return flat.toString();
    }

    private static final Map<String, LiteralGate> STATEMENTS = new ConcurrentHashMap<>();

    private static LiteralGate statementPattern(String statement) {
        return STATEMENTS.computeIfAbsent(statement, text -> {
            StringBuilder regex = new StringBuilder();
            Matcher placeholder = Pattern.compile("\\{(?:name|ward)\\}").matcher(text);
            int at = 0;
            while (placeholder.find()) {
                regex.append(literal(text.substring(at, placeholder.start()))).append(".{1,80}?");
                at = placeholder.end();
            }
            regex.append(literal(text.substring(at)));
            return new LiteralGate(Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        });
    }

    private static String literal(String text) {
        String[] words = text.strip().split("\\s+");
        StringBuilder regex = new StringBuilder(text.isEmpty() || !Character.isWhitespace(text.charAt(0)) ? "" : "\\s*");
        for (int i = 0; i < words.length; i++) {
            if (words[i].isEmpty()) {
                continue;
            }
            if (regex.length() > 0 && !regex.toString().endsWith("\\s*")) {
                regex.append("\\s+");
            }
            regex.append(Pattern.quote(words[i]));
        }
        if (!text.isEmpty() && Character.isWhitespace(text.charAt(text.length() - 1))) {
            regex.append("\\s*");
        }
        return regex.toString();
    }
}

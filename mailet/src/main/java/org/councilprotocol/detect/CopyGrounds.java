package org.councilprotocol.detect;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.councilprotocol.model.Directory;
import org.councilprotocol.model.Person;
import org.councilprotocol.model.Role;

/**
 * The grounds on which the protocols allow an officer to copy a member's correspondence to another
 * member, each read from the words of the message: the author's consent, their circulation list,
 * the Cabinet member for the subject, a question asked at a meeting, an entitlement in law.
 */
final class CopyGrounds {
    private static final String COPY_VERB = "(?:copy|cc|c\\.c\\.|include|share|forward|pass|send|circulate|show)";
    private static final Pattern CONSENT = Pattern.compile(String.join("|",
        "\\bplease\\s+(?:do\\s+)?(?:also\\s+)?" + COPY_VERB + "\\b",
        "\\bhappy\\s+for\\s+(?:this|it|you|my\\s+(?:email|message|letter))\\s+to\\s+(?:go|be\\s+(?:shared|copied|forwarded|passed|sent|circulated)|" + COPY_VERB + ")",
        "\\bhappy\\s+(?:for\\s+you\\s+)?to\\s+(?:have\\s+)?(?:cllr|councillor)\\b",
        "\\bfeel\\s+free\\s+to\\s+" + COPY_VERB + "\\b",
        "\\byou\\s+(?:can|may|are\\s+welcome\\s+to)\\s+(?:also\\s+)?" + COPY_VERB + "\\b",
        "\\b(?:copying|cc'?ing|cc-ing|including)\\s+(?:in\\s+)?(?:cllr|councillor|my|the|other|ward)\\b[^.\\n]{0,60}\\b(?:is|would\\s+be)\\s+fine",
        "\\b(?:fine|ok|okay)\\s+(?:for\\s+you\\s+)?to\\s+" + COPY_VERB + "\\b",
        "\\bno\\s+objection\\s+to\\s+(?:this|it|you)\\s+(?:being\\s+)?(?:shared|copied|forwarded|passed|" + COPY_VERB + ")",
        "\\bi\\s+(?:consent|agree)\\s+to\\s+(?:this|it|my\\s+\\w+)\\s+being\\s+(?:shared|copied|forwarded|passed)"),
        Pattern.CASE_INSENSITIVE);
    private static final Pattern REFUSAL = Pattern.compile(String.join("|",
        "\\b(?:please\\s+)?(?:do\\s+not|don't|dont|not\\s+to|never)\\s+(?:\\w+\\s+){0,2}" + COPY_VERB,
        "\\bnot\\s+for\\s+(?:wider\\s+|onward\\s+|further\\s+)?circulation\\b",
        "\\bwithout\\s+my\\s+(?:consent|permission|agreement)\\b",
        "\\b(?:would\\s+not|wouldn't|am\\s+not|i'm\\s+not)\\s+(?:be\\s+)?happy\\s+for\\b",
        "\\bkeep\\s+(?:this|it)\\s+(?:between\\s+us|to\\s+yourself|confidential)\\b"),
        Pattern.CASE_INSENSITIVE);
    private static final Pattern EVERYONE = Pattern.compile(
        "\\b(?:other|fellow|all|any)\\s+(?:members|councillors|colleagues)\\b|\\bwhoever\\b|\\banyone\\b|\\bcolleagues\\b",
        Pattern.CASE_INSENSITIVE);
    private static final Pattern WARD_COLLEAGUES = Pattern.compile(
        "\\b(?:my\\s+|the\\s+other\\s+|other\\s+)?ward\\s+(?:colleagues?|members|councillors)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern CIRCULATION = Pattern.compile(
        "^\\s*(?:circulation(?:\\s+list)?|distribution(?:\\s+list)?|copy\\s+to|copies\\s+to|cc)\\s*:\\s*(.+)$",
        Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);
    private static final Pattern MEETING_QUESTION = Pattern.compile(String.join("|",
        "\\bquestions?\\s+(?:that\\s+)?(?:you\\s+|cllr\\s+\\w+\\s+|councillor\\s+\\w+\\s+)?(?:asked|raised|put|tabled)\\s+(?:at|during|in)\\s+(?:the\\s+|last\\s+\\w+'?s?\\s+)?(?:[\\w&-]+\\s+){0,4}(?:meeting|council|cabinet|committee|scrutiny|panel)\\b",
        "\\bin\\s+(?:answer|response|reply)\\s+to\\s+(?:the|your|a)\\s+question\\s+(?:\\w+\\s+){0,3}(?:at|during)\\s+(?:the\\s+)?(?:[\\w&-]+\\s+){0,4}(?:meeting|council|cabinet|committee|scrutiny|panel)\\b"),
        Pattern.CASE_INSENSITIVE);
    private static final Pattern ENTITLEMENT = Pattern.compile(String.join("|",
        "\\b(?:entitled|has\\s+a\\s+(?:legal\\s+)?right|have\\s+a\\s+(?:legal\\s+)?right)\\s+to\\s+[^.]{0,80}?\\bunder\\s+(?:the\\s+)?(?:freedom\\s+of\\s+information|foi\\b|data\\s+protection|uk\\s+gdpr|gdpr|environmental\\s+information)",
        "\\bunder\\s+(?:the\\s+)?(?:freedom\\s+of\\s+information(?:\\s+act)?|foi(?:a)?|data\\s+protection(?:\\s+act)?(?:\\s+2018)?|uk\\s+gdpr|gdpr)\\b[^.]{0,80}?\\b(?:entitled|right\\s+to)\\b"),
        Pattern.CASE_INSENSITIVE);
    private static final Set<String> PORTFOLIO_STOP_WORDS = Set.of("and", "the", "for", "of", "services", "service",
        "portfolio", "council", "with", "holder");

    private CopyGrounds() {
    }

    /** Members the author agreed to share with, and the words that said so; empty when no consent. */
    record Consent(Set<Person> members, boolean anyone, String words) {
        boolean covers(Person member) {
            return anyone || members.contains(member);
        }
    }

    static Optional<Consent> consent(Directory directory, Person author, String authorWords) {
        for (String sentence : sentences(authorWords)) {
            Matcher consent = CONSENT.matcher(sentence);
            if (!consent.find() || REFUSAL.matcher(sentence).find()) {
                continue;
            }
            Set<Person> named = new LinkedHashSet<>(People.membersMentioned(directory, sentence));
            named.remove(author);
            boolean ward = WARD_COLLEAGUES.matcher(sentence).find();
            if (ward) {
                directory.people().stream()
                    .filter(Person::isMember)
                    .filter(member -> !member.equals(author) && member.wards().stream().anyMatch(author.wards()::contains))
                    .forEach(named::add);
            }
            boolean anyone = named.isEmpty() && !ward || EVERYONE.matcher(sentence).find() && !ward;
            return Optional.of(new Consent(named, anyone, sentence.strip()));
        }
        return Optional.empty();
    }

    /** Whether the author's text refuses sharing outright ("please do not share this"). */
    static Optional<String> refusal(String authorWords) {
        return sentences(authorWords).stream().filter(sentence -> REFUSAL.matcher(sentence).find()).findFirst()
            .map(String::strip);
    }

    /** The author's circulation list line naming the member, if any. */
    static Optional<String> circulationList(Directory directory, Person member, String authorWords) {
        Matcher line = CIRCULATION.matcher(authorWords);
        while (line.find()) {
            if (People.membersMentioned(directory, line.group(1)).contains(member)) {
                return Optional.of(line.group().strip());
            }
        }
        return Optional.empty();
    }

    /** The member is in the Cabinet and the correspondence is about one of their portfolios. */
    static Optional<String> cabinetPortfolio(Person member, String subjectAndText) {
        if (!member.hasRole(Role.CABINET)) {
            return Optional.empty();
        }
        for (String portfolio : member.portfolios()) {
            for (String word : portfolio.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
                if (word.length() >= 4 && !PORTFOLIO_STOP_WORDS.contains(word)
                    && Pattern.compile("\\b" + Pattern.quote(word), Pattern.CASE_INSENSITIVE).matcher(subjectAndText).find()) {
                    return Optional.of("Cllr " + member.name() + " is the Cabinet member for " + portfolio
                        + ", which this correspondence concerns (\"" + word + "\")");
                }
            }
        }
        return Optional.empty();
    }

    static Optional<String> meetingQuestion(String officerWords) {
        return first(MEETING_QUESTION, officerWords);
    }

    static Optional<String> entitlement(String officerWords) {
        return first(ENTITLEMENT, officerWords);
    }

    private static Optional<String> first(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? Optional.of(matcher.group().strip()) : Optional.empty();
    }

    static List<String> sentences(String text) {
        return List.of(text.replaceAll("\\s*\\n\\s*\\n\\s*", ".\n").split("(?<=[.!?])\\s+|\\n(?=\\s*[-*•])"));
    }
}

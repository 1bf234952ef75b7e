package org.councilprotocol.detect;

import java.util.ArrayList;
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
        "\\b(?:don't|do\\s+not)\\s+mind\\s+(?:if\\s+)?(?:you\\s+)?(?:also\\s+)?" + COPY_VERB + "\\b",
        "\\bi\\s+(?:consent|agree)\\s+to\\s+(?:this|it|my\\s+\\w+)\\s+being\\s+(?:shared|copied|forwarded|passed)"),
        Pattern.CASE_INSENSITIVE);
    /** "Please send me...", "please copy me in": the author asking for something, not agreeing to a copy. */
    private static final Pattern TO_THE_AUTHOR = Pattern.compile(
        "^\\s*(?:in\\s+)?(?:(?:it|this|them|that|these|those)\\s+)?(?:back\\s+)?(?:on\\s+)?(?:to\\s+)?(?:me|us|myself)\\b",
        Pattern.CASE_INSENSITIVE);
    /** What is to be shared: this correspondence, not "the costs" or "my thanks". */
    private static final Pattern THIS_CORRESPONDENCE = Pattern.compile(
        "\\b(?:this|it|my\\s+(?:e-?mail|message|letter|enquiry|query|note|request|correspondence|concerns?))\\b",
        Pattern.CASE_INSENSITIVE);
    private static final Pattern OBJECT_AFTER = Pattern.compile(
        "^\\s*(?:on\\s+|in\\s+)?(?:this|it|my\\s+(?:e-?mail|message|letter|enquiry|query|note|request|correspondence|concerns?))\\b",
        Pattern.CASE_INSENSITIVE);
    /** Someone named after the verb ("to the housing team", "with the police"): consent for them only. */
    private static final Pattern SOMEONE = Pattern.compile("\\b(?:to|with)\\s+(?!me\\b|us\\b|myself\\b)\\w+",
        Pattern.CASE_INSENSITIVE);
    private static final Pattern COUNCILLORS = Pattern.compile(
        "\\b(?:councillors|cllrs|members(?!\\s+of\\s+the\\s+public))\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern REFUSAL = Pattern.compile(String.join("|",
        "\\b(?:please\\s+)?(?:do\\s+not|don't|dont|not\\s+to|never|must\\s+not|mustn't|should\\s+not|shouldn't|may\\s+not)"
            + "\\s+(?!hesitate\\b|mind\\b)(?:\\w+\\s+){0,2}" + COPY_VERB,
        "\\bnot\\s+for\\s+(?:wider\\s+|onward\\s+|further\\s+|general\\s+)?circulation\\b",
        "\\bwithout\\s+my\\s+(?:consent|permission|agreement)\\b",
        "(?:\\bnot|n't)\\s+(?:be\\s+)?(?:\\w+\\s+)?happy\\s+(?:for|to|with|about)\\b",
        "\\bkeep\\s+(?:this|it)\\s+(?:between\\s+us|to\\s+yourself|confidential)\\b"),
        Pattern.CASE_INSENSITIVE);
    private static final Pattern EVERYONE = Pattern.compile(
        // Not "your colleagues": said to an officer, that means other officers.
        "\\b(?:other|fellow|all|any)\\s+(?:members|councillors|colleagues)\\b|\\bwhoever\\b|\\banyone\\b"
            + "|\\bcolleagues\\s+on\\s+the\\s+council\\b|\\b(?:council|councillor|member)\\s+colleagues\\b",
        Pattern.CASE_INSENSITIVE);
    private static final Pattern WARD_COLLEAGUES = Pattern.compile(
        "\\b(?:my\\s+|the\\s+other\\s+|other\\s+)?ward\\s+(?:colleagues?|members|councillors)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern CIRCULATION = Pattern.compile(
        "^[ \\t]*+(?:circulation(?:[ \\t]+list)?|distribution(?:[ \\t]+list)?|copy[ \\t]+to|copies[ \\t]+to|cc)[ \\t]*+:[ \\t]*+(.+)$",
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
        // Every sentence that consents counts: "Please copy this to the housing team. Please also copy in Cllr Patel."
        Set<Person> members = new LinkedHashSet<>();
        boolean anyone = false;
        List<String> words = new ArrayList<>();
        for (String sentence : sentences(authorWords)) {
            Matcher consent = CONSENT.matcher(sentence);
            if (!consent.find() || REFUSAL.matcher(sentence).find()) {
                continue;
            }
            String after = sentence.substring(consent.end());
            if (TO_THE_AUTHOR.matcher(after).find()) {
                continue;
            }
            // Members named from the consent on: "Cllr Patel raised this, so please share it with ..." does
            // not consent to a copy for Cllr Patel.
            String consented = sentence.substring(consent.start());
            Set<Person> named = new LinkedHashSet<>(People.membersMentioned(directory, consented));
            named.remove(author);
            boolean ward = WARD_COLLEAGUES.matcher(consented).find();
            if (ward) {
                directory.people().stream()
                    .filter(Person::isMember)
                    .filter(member -> !member.equals(author) && member.wards().stream().anyMatch(author.wards()::contains))
                    .forEach(named::add);
            }
            boolean everyone = !ward && (EVERYONE.matcher(consented).find() || COUNCILLORS.matcher(consented).find());
            if (named.isEmpty() && !ward && !everyone) {
                // No member named: consent only if it is this correspondence that may be passed on, and
                // then to anyone unless the author said to whom ("to the housing team").
                Matcher object = OBJECT_AFTER.matcher(after);
                boolean objectAfter = object.find();
                if (!objectAfter && !THIS_CORRESPONDENCE.matcher(consent.group()).find()) {
                    continue;
                }
                everyone = !SOMEONE.matcher(objectAfter ? after.substring(object.end()) : after).find();
            }
            members.addAll(named);
            anyone |= everyone;
            words.add(sentence.strip());
        }
        return words.isEmpty() ? Optional.empty() : Optional.of(new Consent(members, anyone, String.join(" ", words)));
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
        // The Leader and Deputy Leader sit in the Cabinet too (Dudley 7), with any portfolio they hold.
        if (!member.hasRole(Role.CABINET) && !member.hasRole(Role.LEADER) && !member.hasRole(Role.DEPUTY_LEADER)) {
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
        // Word processors and phones write curly apostrophes: "don’t share" is "don't share".
        String plain = text.replace('\u2019', '\'').replace('\u2018', '\'');
        // Paragraph breaks end sentences. (The look-behind keeps this linear on long runs of white space.)
        return List.of(plain.replaceAll("(?<!\\s)\\s*\\n\\s*\\n\\s*", ".\n").split("(?<=[.!?])\\s++|\\n(?=[ \\t]*+[-*•])"));
    }
}

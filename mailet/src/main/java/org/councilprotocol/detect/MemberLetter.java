package org.councilprotocol.detect;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.councilprotocol.model.Person;
import org.councilprotocol.model.SenderKind;
import org.councilprotocol.text.Sentences;

/**
 * A message read as a letter: whose name it goes out in, what it commits the Council to, and
 * whether it speaks formally for the Council. Read once per message and shared by the
 * {@code obligation-in-member-name} and {@code official-letter-in-member-name} detectors.
 *
 * <p>A letter is in a member's name when a member sends it, or when it is signed by or headed with
 * a member's name (an officer sending the Leader's letter, a member writing from a private address).
 * Only the writer's own words count: quoted history and forwarded messages are someone else's, and an
 * attached letter signed by an officer is the officer's.
 */
public record MemberLetter(Optional<Person> member, String namedBy, List<Commitment> commitments, List<String> officialWords,
                           boolean toMinister, boolean ownOfficeHeading) {

    public MemberLetter {
        commitments = List.copyOf(commitments);
        officialWords = List.copyOf(officialWords);
    }

    static final MemberLetter NOT_A_MEMBER = new MemberLetter(Optional.empty(), "", List.of(), List.of(), false, false);

    /** One text that goes out with the message: its own words, or an attached letter. */
    public record Source(String name, String text) {
    }

    /** A name line, "Councillor Ann Smith" or "Cllr Raj Patel, Leader of the Council", not a sentence about a councillor. */
    private static final Pattern SIGNATURE_LINE = Pattern.compile("^(?:from the office of )?(?:councillor|cllr\\.?)\\s+[\\p{L}'.-]+"
        + "(?:\\s+[\\p{L}'.-]+){0,3}\\s*(?:[,(\u2013-].{0,70})?$");
    private static final Pattern ROLE_LINE = Pattern.compile("\\b(?:councillor|cllr|leader of the council|mayor|cabinet member"
        + "|portfolio holder|chair(?:man|woman)? of)\\b");
    private static final Pattern SALUTATION = Pattern.compile("^(?:dear|to|hi|hello|attn|for the attention of)\\b");
    private static final Pattern OFFICER_TITLE = Pattern.compile("\\b(?:officer|manager|director|head of|chief executive"
        + "|team leader|solicitor|clerk|surveyor|engineer|co-?ordinator|administrator|adviser|advisor|assistant)\\b");
    private static final int SIGNATURE_LINES = 12;
    private static final int HEADING_LINES = 6;

    private static final Pattern SPEAKS_FOR_COUNCIL = Regexes.compile("\\b(?:on behalf of|for and on behalf of) (?:the |this |\\w+ )?"
        + "(?:district |borough |county |city |town |parish )?(?:council|authority)\\b|\\b(?:formally|officially) (?:inform|notify|advise)"
        + "\\w*\\b|\\b(?:inform|notify|advise|tell) you (?:formally|officially)\\b|\\b(?:the council|\\w+ (?:district |borough )?council)"
        + " (?:has )?(?:now )?(?:formally )?resolved\\b|\\bthe council (?:has no objection|raises no objection|does not object"
        + "|formally objects|objects to)\\b|\\b(?:i am|i'm) writing (?:to you )?"
        + "(?:formally |officially )?(?:for|on behalf of) the council\\b|\\bnotice is (?:hereby )?given\\b|\\b(?:formal|official)"
        + " (?:notice|notification|response|position|decision|view) of (?:the council|(?:\\w+ ){0,2}council)\\b|\\bthe council's (?:formal |official )"
        + "(?:position|response|decision|view) is\\b|\\bthe council has (?:now )?(?:decided|resolved|determined|concluded|chosen"
        + "|refused|rejected|declined)\\b|\\b(?:your|the|this) (?:\\w+ ){0,2}?(?:application|request|appeal|objection|complaint"
        + "|representation|bid) (?:has|have) (?:now )?been (?:refused|rejected|declined|turned down|dismissed|upheld|approved"
        + "|granted)\\b|\\bi (?:write|am writing) to (?:formally )?(?:inform|notify|advise|tell) you (?:formally )?(?:that|of)"
        + " (?:the council|\\w+ district council|\\w+ council|its)\\b"
        // A consultation answered for the Council: "the Council's response to your consultation", "sets out the position of…".
        + "|\\b(?:the council's|\\w+ (?:district |borough )?council's) (?:formal |official )?(?:response|reply|submission"
        + "|representations?) (?:to|on) (?:your |the |this )?(?:[\\w-]+ ){0,3}?consultation\\b|\\b(?:sets?|setting) out the (?:formal"
        + " |official )?(?:position|response|views?) of (?:the council|(?:\\w+ ){0,2}council)\\b");
    /**
     * Every way of speaking for the Council above contains one of these: a sentence with none of them (most) is not
     * searched, since the pattern's word-led branches are tried at every word.
     */
    private static final String[] SPEAKS_WORDS = {"council", "authority", "formally", "officially", "notice", "been",
        "writ"};
    private static final Pattern COURTESY = Regexes.compile("\\b(?:congratulat\\w*|thank\\w*|welcome\\w*|condolence\\w*|sympath\\w*"
        + "|invit(?:e|ing) you|invitation|best wishes|celebrat\\w*|birthday|anniversary|centenary|honour|privilege|delighted to (?:attend|join|present)"
        + "|pleasure|proud|admiration|appreciat\\w*|good luck|well done)\\b");
    /** "You may have seen in the paper that the Council has decided…": news passed on, not the Council speaking. */
    private static final Pattern NEWS = Regexes.compile("\\b(?:seen|read|heard|noticed|reported|says?|said|told|tells|according to"
        + "|in the (?:local )?(?:paper|press|news|gazette))\\b");
    private static final Pattern MINISTER = Regexes.compile("\\b(?:dear minister|dear secretary of state|rt\\.? hon\\.?|minister (?:of|for)"
        + "|secretary of state for|parliamentary under-secretary|minister of state)\\b");

    /** Reads the message's own text and attached letters; empty unless the letter is in a member's name. */
    static MemberLetter read(MessageContext context, List<Source> sources) {
        SenderKind senderKind = context.correspondence().senderKind();
        Optional<Person> member = Optional.empty();
        String namedBy = "";
        if (senderKind == SenderKind.MEMBER) {
            member = context.correspondence().senderPerson();
            namedBy = "sent by " + People.describe(member.orElseThrow());
        } else {
            for (Source source : sources) {
                Optional<Person> signed = signedOrHeaded(context, source.text());
                if (signed.isPresent()) {
                    member = signed;
                    namedBy = "signed by or headed with the name of Cllr " + signed.get().name()
                        + (source.name().equals(Commitment.MESSAGE) ? "" : " in " + source.name());
                    break;
                }
            }
        }
        if (member.isEmpty()) {
            return NOT_A_MEMBER;
        }
        Commitments reader = Commitments.forCouncil(context.directory().council());
        List<Commitment> commitments = new ArrayList<>();
        List<String> official = new ArrayList<>();
        boolean minister = false;
        boolean officeHeading = false;
        Optional<String> heading = context.profile().rule("official-letter-in-member-name")
            .flatMap(rule -> rule.parameters().optionalString("office-heading"));
        for (Source source : sources) {
            if (!source.name().equals(Commitment.MESSAGE) && signedByOfficerOnly(context, source.text())) {
                continue;
            }
            String lower = source.text().toLowerCase(Locale.ROOT);
            minister |= MINISTER.matcher(lower).find();
            if (heading.isPresent()) {
                String expected = heading.get().replace("{name}", member.get().name()).toLowerCase(Locale.ROOT).strip();
                officeHeading |= firstLines(lower, HEADING_LINES).contains(expected);
            }
            for (Sentences.Sentence sentence : Sentences.of(source.text())) {
                String text = sentence.text();
                String normal = Commitments.normalise(text);
                reader.readNormal(normal).ifPresent(kind -> commitments.add(new Commitment(kind, text, source.name())));
                if (!Regexes.containsAny(normal, SPEAKS_WORDS)) {
                    continue;
                }
                Matcher speaks = SPEAKS_FOR_COUNCIL.matcher(normal);
                if (speaks.find() && !COURTESY.matcher(normal).find() && !NEWS.matcher(normal.substring(0, speaks.start())).find()) {
                    official.add(source.name().equals(Commitment.MESSAGE) ? text : text + " (" + source.name() + ")");
                }
            }
        }
        return new MemberLetter(member, namedBy, commitments, official, minister, officeHeading);
    }

    /** The member whose name signs the end of the text or heads its start ("Cllr Raj Patel, Leader of the Council"). */
    static Optional<Person> signedOrHeaded(MessageContext context, String text) {
        List<String> lines = nonBlankLines(text);
        List<String> candidates = new ArrayList<>(lines.subList(0, Math.min(HEADING_LINES, lines.size())));
        candidates.addAll(lines.subList(Math.max(0, lines.size() - SIGNATURE_LINES), lines.size()));
        for (int i = 0; i < candidates.size(); i++) {
            String line = candidates.get(i).toLowerCase(Locale.ROOT);
            if (SALUTATION.matcher(line).find() || line.length() > 80) {
                continue;
            }
            boolean titled = SIGNATURE_LINE.matcher(line).find();
            boolean nextIsRole = i + 1 < candidates.size() && ROLE_LINE.matcher(candidates.get(i + 1).toLowerCase(Locale.ROOT)).find();
            if (titled || nextIsRole) {
                Optional<Person> member = People.membersMentioned(context.directory(), line).stream().findFirst();
                if (member.isPresent()) {
                    return member;
                }
            }
        }
        return Optional.empty();
    }

    /** An attached letter that an officer signs and no member does: the officer's letter, passed on. */
    private static boolean signedByOfficerOnly(MessageContext context, String text) {
        if (signedOrHeaded(context, text).isPresent()) {
            return false;
        }
        List<String> lines = nonBlankLines(text);
        List<String> signature = lines.subList(Math.max(0, lines.size() - SIGNATURE_LINES), lines.size());
        for (String line : signature) {
            String lower = line.toLowerCase(Locale.ROOT);
            if (line.length() <= 80 && (OFFICER_TITLE.matcher(lower).find() || context.directory().people().stream()
                    .filter(Person::isOfficer).anyMatch(officer -> lower.contains(officer.name().toLowerCase(Locale.ROOT))))) {
                return true;
            }
        }
        return false;
    }

    private static List<String> nonBlankLines(String text) {
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    private static String firstLines(String text, int count) {
        List<String> lines = nonBlankLines(text);
        return String.join("\n", lines.subList(0, Math.min(count, lines.size())));
    }

    /** Whether any member role in {@code roles} ("member" meaning any member) is held by the letter's member. */
    boolean memberHolds(Set<String> roles) {
        return member.map(person -> roles.contains("member") || person.roles().stream().anyMatch(role -> roles.contains(role.id())))
            .orElse(false);
    }
}

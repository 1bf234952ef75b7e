package org.councilprotocol.detect;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.mail.MessagingException;

import org.councilprotocol.config.RuleConfig;
import org.councilprotocol.model.Capacity;
import org.councilprotocol.model.Participant;
import org.councilprotocol.model.Person;
import org.councilprotocol.model.Role;
import org.councilprotocol.model.SenderKind;

/**
 * Reads the capacity in which a verified member writes: as ward councillor, Cabinet member, committee
 * member or chair, Mayor, party politician, or privately (Dartford Correspondence 4, Dudley 127,
 * Thanet 10.2.5, Derbyshire 9.3, Knutsford 12.5 ask a member writing as a ward councillor to say so;
 * Dartford Use of Council resources 2, Dudley 131, Thanet 9.4.1, Derbyshire 5.7, Knutsford 14.1 forbid
 * council mail for party politics).
 *
 * <h2>Method</h2>
 * Weighted evidence, in three layers.
 * <ol>
 *   <li><b>Words.</b> The member's own new words are read in three zones: the subject, the body and the
 *       signature, which starts after a sign-off ("Kind regards") or at the line where the member signs their
 *       name ("Ann", "Cllr Li Chen", "Tom Evans, Mayor"); the quoted history is not read (it is someone else's
 *       words, or the member's earlier ones). Each row of {@link CapacityCues} counts once, in full in the
 *       subject or body, half in the signature alone; a personal cue with "not" just before it ("not to me
 *       personally") does not count. An election imprint ("Promoted by ... on behalf of ...") is strong party
 *       evidence: only campaign material carries one; so are three different election words ("seats",
 *       "candidates", "leaflets") in one message, whether or not a party is named. The member saying in their
 *       own words that they write as ward councillor ("as your local councillor", "one of Harbour's
 *       councillors") is strong ward evidence, half in the signature.</li>
 *   <li><b>The directory.</b> The member's own wards, named, and a street are places (see below); words of
 *       the member's portfolios ("housing" for Housing) and of what such a portfolio covers
 *       ({@link CapacityCues#PORTFOLIO_AREAS}: "temporary accommodation" for Housing, "footfall" for
 *       Regeneration) are Cabinet evidence; party names weigh little alone, much in a campaigning sentence, most
 *       for the member's own party, which also counts when it signs the message ("Dane Valley Labour").</li>
 *   <li><b>The situation.</b> Only a member with an executive role (cabinet, leader, deputy leader) can write
 *       in a Cabinet capacity; civic evidence counts a fifth for a member who is not the Mayor; committee
 *       evidence counts a quarter more for a committee or select committee chair. Then:
 *       <ul>
 *         <li><i>Whose case is it?</i> A person named with a title outside the greeting ("Mrs Abebe"), people
 *             in need, the member acting for someone ("I rang", "with her permission") are ward work. Words for a
 *             problem or a service alone (litter, damp, bin collections), from a Cabinet member, with no resident,
 *             place or case in sight, are the service that member answers for: Cabinet evidence.</li>
 *         <li><i>A place is where, not what.</i> The member's ward and its streets count in full for ward work
 *             only when no other capacity explains the message better; otherwise half (a campaign names the ward
 *             it is fought in; a Cabinet scheme or a committee's site can sit in the member's own ward).</li>
 *         <li><i>The member's own affairs.</i> When the member says the message is about their own home,
 *             application or account, the council words in it (a case officer, a reference) are about that:
 *             every other capacity counts half.</li>
 *         <li><i>Private mail.</i> When nothing shows a capacity, and nothing in the subject or body is council or
 *             party business or names the council, and the message goes to someone outside the council or only
 *             to members, it is personal. To officers such a message stays {@link Capacity#NONE}.</li>
 *       </ul></li>
 * </ol>
 * The capacity with the highest total wins; below {@value #MIN_SCORE} nothing shows a capacity and the
 * reading is {@link Capacity#NONE}, which adds no statement and raises no flag. Ties go to the less serious
 * reading, in the order ward, Cabinet, committee, civic, personal, party-political.
 *
 * <p>How well this does is measured by {@code CapacityBenchmark} (test sources) on labelled sets, one of them
 * written before this version and never tuned on; it is still a word-and-rule model and misreads wording
 * it has no cue for. Patterns are searched through {@link LiteralGate}, so a 5 KB message costs well under
 * a millisecond.
 *
 * <h2>Rules for the hard cases</h2>
 * <ul>
 *   <li>A Cabinet member writing about a pothole, a repair or a constituent in their own ward writes as
 *       ward councillor: individual casework (a resident, a street, "my constituent") is ward evidence, and
 *       outweighs the portfolio's words. Policy, strategy, budgets and reports to Cabinet are Cabinet
 *       business even when the scheme is in the member's own ward, which is then only its place.</li>
 *   <li>A ward email that mentions a party ("the Conservative group at County raised it too") or the Cabinet
 *       ("the Cabinet decides in February") is ward mail: a party name alone weighs little; only campaigning
 *       words or an imprint make it party-political.</li>
 *   <li>A committee chair writing about their committee's business (its agenda, its meeting, who may
 *       speak, its report) writes as chair, even to a resident about an application in their own ward:
 *       committee. A member who does not chair, helping a resident take part ("you can register to speak"),
 *       writes as ward councillor, unless they say they write as a member of the committee.</li>
 *   <li>The Mayor writes as Mayor about civic engagements; the Mayor's own ward casework is ward mail
 *       and the Mayor's party business is party-political. Charity fundraising for the Mayor's charity
 *       is civic; fundraising for a party is party-political.</li>
 *   <li>A member's own home, bin, council tax or planning application is personal, even to an officer.</li>
 * </ul>
 *
 * <p>The {@link CapacityReading#declaration() declaration} is read separately by {@link CapacityDeclaration}.
 */
public final class CapacityClassifier {
    /** Below this total nothing in the words shows a capacity. */
    static final double MIN_SCORE = 2.0;
    private static final double SIGNATURE_FACTOR = 0.5;
    private static final double NOT_MAYOR_CIVIC_FACTOR = 0.2;
    private static final double CHAIR_COMMITTEE_FACTOR = 1.25;
    private static final int MAX_EVIDENCE = 6;
    /** A member saying in their own words that they write as ward councillor: the plainest evidence there is. */
    private static final double DECLARED_WEIGHT = 5;
    /** Different election words ("seats", "candidates", "leaflets") from which a message shows a campaign. */
    private static final int ELECTORAL_MIN = 3;
    /** How much other evidence counts when the member says the message is about their own affairs. */
    private static final double OWN_AFFAIRS_FACTOR = 0.5;
    /** How much a place counts for ward work when something else explains the message better. */
    private static final double PLACE_FACTOR = 0.5;
    /** Less council or party business than this, to someone outside or to members only, is private mail. */
    private static final double PRIVATE_MAX = MIN_SCORE;
    private static final List<Capacity> TIE_ORDER = List.of(Capacity.WARD, Capacity.CABINET, Capacity.COMMITTEE,
        Capacity.CIVIC, Capacity.PERSONAL, Capacity.PARTY_POLITICAL);

    private static final Pattern REPLY_PREFIX = Pattern.compile("^\\s*(?:(?:re|fw|fwd|aw|wg|sv|tr)\\s*:\\s*)+", Pattern.CASE_INSENSITIVE);

    /** What the directory says about one member, as patterns, worked out once per member. */
    private record Compiled(List<LiteralGate> wards, List<LiteralGate> portfolioWords, List<String> portfolioNames,
                            List<LiteralGate> portfolioAreas, List<String> portfolioAreaNames, Optional<Pattern> ownParty,
                            List<LiteralGate> ownWardDeclarations, Pattern nameLine) {
    }

    private static final Map<Person, Compiled> COMPILED = new ConcurrentHashMap<>();
    private static final int MAX_COMPILED = 2_000;

    private static final Set<String> PORTFOLIO_STOP_WORDS = Set.of("and", "the", "for", "of",
        "services", "service", "portfolio", "council", "with", "holder", "development", "management");

    private CapacityClassifier() {
    }

    /**
     * Who a member's message goes to, as far as it bears on the capacity: someone outside the council (a
     * resident, an organisation, family and friends), officers (or the council's own mailboxes), members.
     */
    record Audience(boolean outside, boolean officers, boolean members) {
        /** Not known: the words alone decide. */
        static final Audience UNKNOWN = new Audience(false, false, false);

        static Audience of(List<Participant> recipients) {
            return new Audience(recipients.stream().anyMatch(Participant::isExternal),
                recipients.stream().anyMatch(r -> r.isOfficer() || r.person().isEmpty() && r.councilAddress()),
                recipients.stream().anyMatch(Participant::isMember));
        }

        /** Only members: colleagues, the party group, or friends who happen to be councillors. */
        boolean membersOnly() {
            return members && !outside && !officers;
        }
    }

    /** The capacity of this message: {@link CapacityReading#NONE} unless the sender is a verified member. */
    public static CapacityReading read(MessageContext context) {
        if (context.correspondence().senderKind() != SenderKind.MEMBER) {
            return CapacityReading.NONE;
        }
        Optional<Person> member = context.correspondence().senderPerson().filter(Person::isMember);
        if (member.isEmpty()) {
            return CapacityReading.NONE;
        }
        Optional<String> statement = Optional.ofNullable(context.profile().rules().get(CapacityUndeclaredDetector.RULE))
            .flatMap(CapacityClassifier::statement);
        return read(member.get(), Audience.of(context.correspondence().recipients()), subject(context),
            context.text().authorText(), context.text().allText(), statement);
    }

    private static Optional<String> statement(RuleConfig rule) {
        try {
            return rule.parameters().optionalString("statement");
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The reading for a verified member's words.
     *
     * @param authorText the member's own new words (no quoted history)
     * @param allText    everything the message carries, quoted history included (read for a declaration)
     * @param statement  the profile's capacity statement, with its {@code {name}} and {@code {ward}} placeholders
     */
    static CapacityReading read(Person member, String subject, String authorText, String allText, Optional<String> statement) {
        return read(member, Audience.UNKNOWN, subject, authorText, allText, statement);
    }

    /** The reading for a verified member's words to this audience. */
    static CapacityReading read(Person member, Audience audience, String subject, String authorText, String allText,
                                Optional<String> statement) {
        Compiled compiled = compiled(member);
        String cleanSubject = cleanSubject(subject);
        Scored scored = score(member, audience, compiled, cleanSubject, authorText);
        Scores scores = scored.scores();
        Capacity best = decide(scores);
        Optional<String> declaration = CapacityDeclaration.find(compiled.ownWardDeclarations(),
            cleanSubject + "\n" + (allText == null ? "" : allText), statement);
        if (best == Capacity.NONE && (audience.outside() || audience.membersOnly()) && scores.business() < PRIVATE_MAX
            && !CapacityCues.COUNCIL.matcher(cleanSubject + "\n" + authorBody(member, compiled, authorText)).find()) {
            // Nothing about the council or a party, to someone outside the council or to colleagues: private mail.
            List<String> evidence = new ArrayList<>(scores.evidence(Capacity.PERSONAL));
            evidence.add("Nothing in it is council or party business");
            evidence.add(audience.outside() ? "Written to someone outside the council" : "Written to members only");
            return new CapacityReading(Capacity.PERSONAL, Optional.empty(), evidence, declaration);
        }
        if (best == Capacity.NONE) {
            return new CapacityReading(Capacity.NONE, scored.namedWard(), List.of(), declaration);
        }
        List<String> evidence = new ArrayList<>(scores.evidence(best));
        if (best == Capacity.COMMITTEE && chairs(member)) {
            evidence.add("Cllr " + member.name() + " chairs a committee");
        }
        Optional<String> ward = scored.namedWard();
        if (ward.isEmpty() && best == Capacity.WARD && !member.wards().isEmpty()) {
            ward = Optional.of(joined(member.wards()));
        }
        return new CapacityReading(best, ward, evidence, declaration);
    }

    /** Each capacity's total for a member's words, after the role gates and weights: for the benchmark's explanations. */
    static Map<Capacity, Double> totals(Person member, Audience audience, String subject, String authorText) {
        Scores scores = score(member, audience, compiled(member), cleanSubject(subject), authorText).scores();
        Map<Capacity, Double> totals = new EnumMap<>(Capacity.class);
        TIE_ORDER.forEach(capacity -> totals.put(capacity, scores.total(capacity)));
        return totals;
    }

    /** One capacity's evidence for a member's words, strongest first: for explanations. */
    static List<String> evidenceFor(Person member, Audience audience, String subject, String authorText, Capacity capacity) {
        return score(member, audience, compiled(member), cleanSubject(subject), authorText).scores().evidence(capacity);
    }

    static Optional<String> declaration(Person member, String text, Optional<String> statement) {
        return CapacityDeclaration.find(compiled(member).ownWardDeclarations(), text, statement);
    }

    private static String cleanSubject(String subject) {
        return REPLY_PREFIX.matcher(subject == null ? "" : subject).replaceFirst("").strip();
    }

    private static boolean executive(Person member) {
        return member.hasRole(Role.CABINET) || member.hasRole(Role.LEADER) || member.hasRole(Role.DEPUTY_LEADER);
    }

    private static boolean chairs(Person member) {
        return member.hasRole(Role.COMMITTEE_CHAIR) || member.hasRole(Role.CHAIR_OF_SELECT_COMMITTEE);
    }

    /** The highest total, ties to the less serious reading; {@link Capacity#NONE} below {@value #MIN_SCORE}. */
    private static Capacity decide(Scores scores) {
        Capacity best = Capacity.NONE;
        double bestScore = 0;
        for (Capacity capacity : TIE_ORDER) {
            double score = scores.total(capacity);
            if (score > bestScore) {
                best = capacity;
                bestScore = score;
            }
        }
        return bestScore < MIN_SCORE ? Capacity.NONE : best;
    }

    private record Scored(Scores scores, Optional<String> namedWard) {
    }

    /** The member's words as the classifier reads them: subject, body (to the sign-off) and signature. */
    private record Zones(LiteralGate.Text subject, LiteralGate.Text body, LiteralGate.Text signature, String own) {
    }

    private static Scored score(Person member, Audience audience, Compiled compiled, String cleanSubject, String authorText) {
        String own = authorText == null ? "" : authorText;
        String[] split = zones(own, compiled.nameLine());
        Zones zones = new Zones(LiteralGate.Text.of(cleanSubject), LiteralGate.Text.of(split[0]), LiteralGate.Text.of(split[1]),
            own);
        Scores scores = new Scores();
        words(zones, scores);
        Optional<String> namedWard = directory(member, compiled, zones, scores);
        situation(member, zones, scores);
        return new Scored(scores, namedWard);
    }

    /** The cue table: each cue once, in full in the subject or body, half in the signature alone. */
    private static void words(Zones zones, Scores scores) {
        for (CapacityCues.Cue cue : CapacityCues.WORDS) {
            Optional<String> inBody = find(cue.pattern(), zones.body());
            Optional<String> inSubject = find(cue.pattern(), zones.subject());
            if (cue.capacity() == Capacity.PERSONAL) {
                inBody = inBody.filter(found -> !negated(zones.body().original(), found));
            }
            if (inBody.isPresent() || inSubject.isPresent()) {
                double weight = inBody.isPresent() && inSubject.isPresent() ? cue.weight() * 1.5 : cue.weight();
                scores.add(cue.capacity(), cue.key(), weight, quote(inBody.or(() -> inSubject).get()));
            } else {
                find(cue.pattern(), zones.signature()).ifPresent(found -> scores.add(cue.capacity(), cue.key(),
                    cue.weight() * SIGNATURE_FACTOR, quote(found) + " (signature)"));
            }
        }
        if (CapacityCues.KISS.matcher(lastLines(zones.own(), 3)).find()) {
            scores.add(Capacity.PERSONAL, "kiss", 3, "\"x\" (a kiss after the name)");
        }
        find(CapacityCues.IMPRINT, zones.body(), zones.signature()).ifPresent(imprint -> scores.add(Capacity.PARTY_POLITICAL,
            "imprint", 8, quote(imprint) + " (an election imprint)"));
    }

    /** What the directory knows: the member's wards, portfolios and party, and a street; returns the first ward named. */
    private static Optional<String> directory(Person member, Compiled compiled, Zones zones, Scores scores) {
        find(CapacityCues.STREET, zones.subject(), zones.body())
            .ifPresent(street -> scores.add(Capacity.WARD, "street", 2, quote(street) + " (a street)"));
        Optional<String> namedWard = Optional.empty();
        for (int i = 0; i < compiled.wards().size(); i++) {
            Optional<String> found = find(compiled.wards().get(i), zones.subject(), zones.body());
            if (found.isPresent()) {
                scores.add(Capacity.WARD, "ward:" + i, 3, quote(found.get()) + " (Cllr " + member.name() + "'s ward)");
                String ward = member.wards().get(i);
                namedWard = namedWard.or(() -> Optional.of(ward));
            } else if (find(compiled.wards().get(i), zones.signature()).isPresent()) {
                scores.add(Capacity.WARD, "ward:" + i, 3 * SIGNATURE_FACTOR, quote(member.wards().get(i)) + " (Cllr "
                    + member.name() + "'s ward, signature)");
            }
        }
        for (int i = 0; i < compiled.portfolioWords().size(); i++) {
            Optional<String> found = find(compiled.portfolioWords().get(i), zones.subject(), zones.body());
            if (found.isPresent()) {
                scores.add(Capacity.CABINET, "portfolio:" + i, 2.5, quote(found.get()) + " (Cllr " + member.name()
                    + "'s portfolio: " + compiled.portfolioNames().get(i) + ")");
            }
        }
        for (int i = 0; i < compiled.portfolioAreas().size(); i++) {
            Optional<String> found = find(compiled.portfolioAreas().get(i), zones.subject(), zones.body());
            if (found.isPresent()) {
                scores.add(Capacity.CABINET, "area:" + i, 2, quote(found.get()) + " (the business of Cllr " + member.name()
                    + "'s portfolio: " + compiled.portfolioAreaNames().get(i) + ")");
            }
        }
        // The member saying, in their own words, that they write as ward councillor ("one of Harbour's councillors").
        List<LiteralGate> statements = new ArrayList<>(CapacityDeclaration.DECLARATIONS);
        statements.addAll(compiled.ownWardDeclarations());
        for (LiteralGate statement : statements) {
            Optional<String> inBody = find(statement, zones.subject(), zones.body());
            if (inBody.isPresent()) {
                scores.add(Capacity.WARD, "declared", DECLARED_WEIGHT, quote(inBody.get()) + " (says they write as ward councillor)");
                break;
            }
            find(statement, zones.signature()).ifPresent(found -> scores.add(Capacity.WARD, "declared", DECLARED_WEIGHT * SIGNATURE_FACTOR,
                quote(found) + " (signature)"));
        }
        partyCues(member, compiled, zones.subject(), zones.body(), scores);
        compiled.ownParty().flatMap(party -> firstMatch(party, zones.signature().original()))
            .ifPresent(party -> scores.add(Capacity.PARTY_POLITICAL, "party:signature", 2, quote(party) + " (Cllr " + member.name()
                + "'s party, signature)"));
        List<String> electoral = CapacityCues.ELECTORAL.stream()
            .flatMap(word -> find(word, zones.subject(), zones.body()).stream()).toList();
        if (electoral.size() >= ELECTORAL_MIN) {
            scores.add(Capacity.PARTY_POLITICAL, "electoral", 3, quote(String.join(", ", electoral)) + " (election words)");
        }
        return namedWard;
    }

    /** Who the member is and whose case it is: the role gates, then what a place, a service or the member's own affairs show. */
    private static void situation(Person member, Zones zones, Scores scores) {
        someoneNamed(zones.body().original()).ifPresent(person -> scores.add(Capacity.WARD, "someone", 2,
            quote(person) + " (someone the message is about)"));
        if (executive(member) && scores.onlyOf(Capacity.WARD, CapacityCues::isTopic)) {
            // A service with no resident, place or case in sight: the Cabinet member's own business.
            scores.move(Capacity.WARD, Capacity.CABINET);
        }
        if (!executive(member)) {
            scores.scale(Capacity.CABINET, 0);
        }
        if (!member.hasRole(Role.MAYOR)) {
            scores.scale(Capacity.CIVIC, NOT_MAYOR_CIVIC_FACTOR);
        }
        if (chairs(member)) {
            scores.scale(Capacity.COMMITTEE, CHAIR_COMMITTEE_FACTOR);
        }
        if (scores.sum(Capacity.PERSONAL, CapacityCues::isOwnAffairs) > 0) {
            // The member's own home, application or account: the council words are about it.
            TIE_ORDER.stream().filter(capacity -> capacity != Capacity.PERSONAL)
                .forEach(capacity -> scores.scale(capacity, scores.factor(capacity) * OWN_AFFAIRS_FACTOR));
        }
        // A place (the ward, a street) shows ward work only when nothing else explains the message better: a
        // campaign names the ward it is fought in, a Cabinet scheme or a committee's site can sit in it.
        double work = scores.sum(Capacity.WARD, key -> !CapacityCues.isPlace(key)) * scores.factor(Capacity.WARD);
        if (TIE_ORDER.stream().anyMatch(capacity -> capacity != Capacity.WARD && scores.total(capacity) > work)) {
            scores.scaleKeys(Capacity.WARD, CapacityCues::isPlace, PLACE_FACTOR);
        }
    }

    /** Party names: weak alone, strong in a campaigning sentence, strongest for the member's own party. */
    private static void partyCues(Person member, Compiled compiled, LiteralGate.Text subject, LiteralGate.Text body,
                                  Scores scores) {
        if (CapacityCues.PARTY_GATES.stream().allMatch(party -> find(party, subject, body).isEmpty())) {
            return;
        }
        for (String sentence : sentences(subject.original() + "\n" + body.original())) {
            Matcher campaigning = CapacityCues.CAMPAIGNING.matcher(sentence);
            boolean campaigns = campaigning.find();
            for (Map.Entry<String, Pattern> party : CapacityCues.PARTIES.entrySet()) {
                Matcher named = party.getValue().matcher(sentence);
                if (!named.find()) {
                    continue;
                }
                boolean own = compiled.ownParty().map(pattern -> pattern == party.getValue()).orElse(false);
                String key = "party:" + party.getKey();
                if (campaigns) {
                    scores.add(Capacity.PARTY_POLITICAL, key, own ? 4 : 2, quote(named.group()) + (own ? " (Cllr "
                        + member.name() + "'s party)" : "") + " with " + quote(campaigning.group()));
                } else {
                    scores.add(Capacity.PARTY_POLITICAL, key, own ? 1 : 0.5, quote(named.group()));
                }
            }
        }
    }

    private static Compiled compiled(Person member) {
        Compiled found = COMPILED.get(member);
        if (found != null) {
            return found;
        }
        if (COMPILED.size() > MAX_COMPILED) {
            COMPILED.clear();
        }
        List<LiteralGate> wards = member.wards().stream().map(CapacityCues::phrase).map(LiteralGate::new).toList();
        List<LiteralGate> portfolioWords = new ArrayList<>();
        List<String> portfolioNames = new ArrayList<>();
        List<LiteralGate> portfolioAreas = new ArrayList<>();
        List<String> portfolioAreaNames = new ArrayList<>();
        for (String portfolio : member.portfolios()) {
            List<String> areas = new ArrayList<>();
            for (String word : portfolio.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
                if (word.length() >= 4 && !PORTFOLIO_STOP_WORDS.contains(word)) {
                    portfolioWords.add(new LiteralGate(Pattern.compile("\\b" + Pattern.quote(word) + "\\w*", Pattern.CASE_INSENSITIVE)));
                    portfolioNames.add(portfolio);
                    Optional.ofNullable(CapacityCues.PORTFOLIO_AREAS.get(word)).ifPresent(areas::add);
                }
            }
            if (!areas.isEmpty()) {
                portfolioAreas.add(new LiteralGate(Pattern.compile("\\b(?:" + String.join("|", areas) + ")",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
                portfolioAreaNames.add(portfolio);
            }
        }
        Optional<Pattern> ownParty = member.party().flatMap(CapacityCues::partyPattern);
        Compiled compiled = new Compiled(wards, List.copyOf(portfolioWords), List.copyOf(portfolioNames),
            List.copyOf(portfolioAreas), List.copyOf(portfolioAreaNames), ownParty, CapacityDeclaration.ownWards(member.wards()),
            nameLine(member));
        COMPILED.put(member, compiled);
        return compiled;
    }

    /**
     * A line that is the member signing: their first name, full name or initial and surname, with "Cllr" or
     * "Councillor" before it and a title after a comma or bar ("Ann", "Cllr Li Chen", "Tom Evans, Mayor").
     */
    private static Pattern nameLine(Person member) {
        String name = member.name() == null ? "" : member.name().strip();
        if (name.isEmpty()) {
            return Pattern.compile("(?!)");
        }
        String[] names = name.split("\\s+");
        String first = Pattern.quote(names[0]);
        String last = Pattern.quote(names[names.length - 1]);
        String initial = Pattern.quote(names[0].substring(0, 1));
        return Pattern.compile("^\\s*(?:(?i:cllr|councillor)\\.?\\s+)?(?:" + first + "(?:\\s+\\S+)*?\\s+" + last + "|" + first
            + "|" + initial + "\\.?\\s*" + last + ")\\s*(?:[,|\u2013-]\\s*.{0,80})?[.!]?\\s*$");
    }

    /** The body (up to and including the sign-off or the member's name) and the signature block after it. */
    private static String[] zones(String authorText, Pattern nameLine) {
        List<String> lines = authorText.lines().toList();
        int nonBlankFromEnd = 0;
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            if (++nonBlankFromEnd > 8) {
                break;
            }
            if (CapacityCues.SIGN_OFF.matcher(lines.get(i)).matches() || nameLine.matcher(lines.get(i)).matches()) {
                return new String[] {String.join("\n", lines.subList(0, i + 1)), String.join("\n", lines.subList(i + 1, lines.size()))};
            }
        }
        return new String[] {authorText, ""};
    }

    private static String authorBody(Person member, Compiled compiled, String authorText) {
        return zones(authorText == null ? "" : authorText, compiled.nameLine())[0];
    }

    /** The first person named with a title outside the greeting line ("Dear Mrs Hughes" names the reader). */
    private static Optional<String> someoneNamed(String body) {
        String afterGreeting = body.stripLeading();
        int greetingEnd = afterGreeting.indexOf('\n');
        if (greetingEnd >= 0 && greetingEnd < 60) {
            afterGreeting = afterGreeting.substring(greetingEnd);
        } else {
            afterGreeting = afterGreeting.replaceFirst("^(?:Dear|Hi|Hello|Morning|Good morning)\\b[^,.!?-]{0,40}", "");
        }
        Matcher named = CapacityCues.TITLED_PERSON.matcher(afterGreeting);
        return named.find() ? Optional.of(named.group()) : Optional.empty();
    }

    private static boolean negated(String text, String found) {
        int at = text.indexOf(found);
        return at > 0 && CapacityCues.NEGATED.matcher(text.substring(Math.max(0, at - 30), at)).find();
    }

    private static List<String> sentences(String text) {
        return List.of(text.split("(?<=[.!?])\\s+|\\n\\s*\\n"));
    }

    private static Optional<String> find(LiteralGate pattern, LiteralGate.Text text) {
        return pattern.find(text).map(String::strip);
    }

    private static Optional<String> firstMatch(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? Optional.of(matcher.group()) : Optional.empty();
    }

    /** The first text's match, else the second's. */
    private static Optional<String> find(LiteralGate pattern, LiteralGate.Text first, LiteralGate.Text second) {
        return find(pattern, first).or(() -> find(pattern, second));
    }

    private static String lastLines(String text, int count) {
        List<String> lines = text.lines().filter(line -> !line.isBlank()).toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - count), lines.size()));
    }

    /** Each cue's first match in a text: gated (as the classifier reads) or by a search of the whole text. For tests. */
    static List<Optional<String>> cueMatches(String text, boolean gated) {
        LiteralGate.Text prepared = LiteralGate.Text.of(text);
        List<LiteralGate> patterns = new ArrayList<>();
        CapacityCues.WORDS.forEach(cue -> patterns.add(cue.pattern()));
        patterns.addAll(CapacityDeclaration.DECLARATIONS);
        patterns.addAll(CapacityCues.PARTY_GATES);
        patterns.add(CapacityCues.STREET);
        patterns.add(CapacityCues.IMPRINT);
        patterns.addAll(CapacityCues.ELECTORAL);
        CapacityCues.PORTFOLIO_AREAS.values().forEach(areas -> patterns.add(new LiteralGate(Pattern.compile("\\b(?:" + areas + ")",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE))));
        List<Optional<String>> matches = new ArrayList<>();
        for (LiteralGate pattern : patterns) {
            matches.add(gated ? pattern.find(prepared) : pattern.findInFull(text));
        }
        return matches;
    }

    private static String quote(String words) {
        String flat = words.replaceAll("\\s+", " ").strip();
        return "\"" + (flat.length() > 80 ? flat.substring(0, 77) + "..." : flat) + "\"";
    }

    private static String joined(List<String> wards) {
        return wards.size() == 1 ? wards.get(0)
            : String.join(", ", wards.subList(0, wards.size() - 1)) + " and " + wards.get(wards.size() - 1);
    }

    private static String subject(MessageContext context) {
        try {
            String subject = context.submission().message().getSubject();
            return subject == null ? "" : subject;
        } catch (MessagingException e) {
            return "";
        }
    }

    /** Totals and the evidence behind them, per capacity; each cue counts once, at its strongest. */
    private static final class Scores {
        private record Hit(double weight, String evidence) {
        }

        private final Map<Capacity, Map<String, Hit>> hits = new EnumMap<>(Capacity.class);
        private final Map<Capacity, Double> factors = new EnumMap<>(Capacity.class);

        void add(Capacity capacity, String key, double weight, String evidence) {
            hits.computeIfAbsent(capacity, k -> new LinkedHashMap<>())
                .merge(key, new Hit(weight, evidence), (old, hit) -> hit.weight() > old.weight() ? hit : old);
        }

        void scale(Capacity capacity, double factor) {
            factors.put(capacity, factor);
        }

        double factor(Capacity capacity) {
            return factors.getOrDefault(capacity, 1.0);
        }

        /** Scales some of a capacity's evidence, chosen by key. */
        void scaleKeys(Capacity capacity, Predicate<String> keys, double factor) {
            Map<String, Hit> some = hits.get(capacity);
            if (some != null) {
                some.replaceAll((key, hit) -> keys.test(key) ? new Hit(hit.weight() * factor, hit.evidence()) : hit);
            }
        }

        /** Whether a capacity has evidence and all of it is of one kind, chosen by key. */
        boolean onlyOf(Capacity capacity, Predicate<String> keys) {
            Map<String, Hit> some = hits.getOrDefault(capacity, Map.of());
            return !some.isEmpty() && some.keySet().stream().allMatch(keys);
        }

        /** Moves all of one capacity's evidence to another. */
        void move(Capacity from, Capacity to) {
            Map<String, Hit> moved = hits.remove(from);
            if (moved != null) {
                moved.forEach((key, hit) -> add(to, key, hit.weight(), hit.evidence()));
            }
        }

        /** The weight of some of a capacity's evidence, chosen by key, before the role factors. */
        double sum(Capacity capacity, Predicate<String> keys) {
            return hits.getOrDefault(capacity, Map.of()).entrySet().stream().filter(entry -> keys.test(entry.getKey()))
                .mapToDouble(entry -> entry.getValue().weight()).sum();
        }

        /** All evidence of council or party business (every capacity but personal), before the role factors. */
        double business() {
            return hits.entrySet().stream().filter(entry -> entry.getKey() != Capacity.PERSONAL)
                .flatMap(entry -> entry.getValue().values().stream()).mapToDouble(Hit::weight).sum();
        }

        double total(Capacity capacity) {
            double factor = factors.getOrDefault(capacity, 1.0);
            return hits.getOrDefault(capacity, Map.of()).values().stream().mapToDouble(Hit::weight).sum() * factor;
        }

        List<String> evidence(Capacity capacity) {
            return hits.getOrDefault(capacity, Map.of()).values().stream()
                .sorted(Comparator.comparingDouble(Hit::weight).reversed())
                .limit(MAX_EVIDENCE)
                .map(Hit::evidence)
                .toList();
        }
    }
}

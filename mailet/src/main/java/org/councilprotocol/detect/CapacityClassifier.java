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
 * Weighted evidence. Each capacity has cues ({@link CapacityCues}: words and phrases, each counted once
 * however often it appears) with a weight; cues found in the subject or the member's own new words count in
 * full, cues only in the signature block (after the sign-off) count half, and the quoted history counts not
 * at all (it is someone else's words, or the member's earlier ones). The directory adds cues of its own:
 * <ul>
 *   <li>the member's own wards, named: ward evidence (another member's ward is no evidence);</li>
 *   <li>words of the member's portfolios ("housing" for Housing): Cabinet evidence;</li>
 *   <li>party names: weak party evidence alone, strong when a sentence also campaigns ("vote",
 *       "leaflet", "candidate", "campaign", "re-elect", "fund"...), stronger for the member's own party.</li>
 * </ul>
 * and the member's roles gate or weight whole capacities: only a member with an executive role
 * (cabinet, leader, deputy leader) can write in a Cabinet capacity; civic evidence counts a fifth for a
 * member who is not the Mayor; committee evidence counts a quarter more for a committee or select
 * committee chair. Election context (polling day, postal votes, a by-election) is weak party evidence,
 * since council business shares it; when the rest of the party evidence (canvassing, leaflets, candidates,
 * the party's own meetings) reaches {@value #CAMPAIGNING_MIN}, the member's ward and its streets count
 * half, because a campaigning email names them as the ground it is fought on. The capacity with the
 * highest total wins; below {@value #MIN_SCORE} nothing shows a capacity and the reading is
 * {@link Capacity#NONE}. Ties go to the less serious reading, in the order ward, Cabinet, committee,
 * civic, personal, party-political.
 *
 * <p>How well this does is measured by {@code CapacityBenchmark} (test sources) on a labelled corpus and
 * later probes; it is a word-list model and misses wording it has no cue for (those messages are
 * read as {@code NONE}, which adds no statement and raises no flag). Patterns are searched through
 * {@link LiteralGate}, so a 5 KB message costs well under a millisecond.
 *
 * <h2>Rules for the hard cases</h2>
 * <ul>
 *   <li>A Cabinet member writing about a pothole, a repair or a constituent in their own ward writes as
 *       ward councillor: individual casework (a resident, a street, "my constituent") is ward evidence, and
 *       outweighs the portfolio's words. Policy, strategy, budgets and reports to Cabinet are Cabinet
 *       business even when the scheme is in the member's own ward.</li>
 *   <li>A ward email that mentions a party ("the Conservative group at County raised it too") is ward
 *       mail: a party name alone weighs little; only campaigning words make it party-political.</li>
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
    /** Campaigning evidence (not mere election context) from which place names count as the battleground. */
    private static final double CAMPAIGNING_MIN = 4.0;
    private static final List<Capacity> TIE_ORDER = List.of(Capacity.WARD, Capacity.CABINET, Capacity.COMMITTEE,
        Capacity.CIVIC, Capacity.PERSONAL, Capacity.PARTY_POLITICAL);

    private static final Pattern REPLY_PREFIX = Pattern.compile("^\\s*(?:(?:re|fw|fwd|aw|wg|sv|tr)\\s*:\\s*)+", Pattern.CASE_INSENSITIVE);

    /** What the directory says about one member, as patterns, worked out once per member. */
    private record Compiled(List<LiteralGate> wards, List<LiteralGate> portfolioWords, List<String> portfolioNames,
                            Optional<Pattern> ownParty, List<LiteralGate> ownWardDeclarations) {
    }

    private static final Map<Person, Compiled> COMPILED = new ConcurrentHashMap<>();
    private static final int MAX_COMPILED = 2_000;

    private static final Set<String> PORTFOLIO_STOP_WORDS = Set.of("and", "the", "for", "of",
        "services", "service", "portfolio", "council", "with", "holder", "development", "management");

    private CapacityClassifier() {
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
        return read(member.get(), subject(context), context.text().authorText(), context.text().allText(), statement);
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
        Compiled compiled = compiled(member);
        String cleanSubject = cleanSubject(subject);
        Scored scored = score(member, compiled, cleanSubject, authorText);
        Scores scores = scored.scores();
        Capacity best = decide(scores);
        Optional<String> declaration = CapacityDeclaration.find(compiled.ownWardDeclarations(),
            cleanSubject + "\n" + (allText == null ? "" : allText), statement);
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
    static Map<Capacity, Double> totals(Person member, String subject, String authorText) {
        Scores scores = score(member, compiled(member), cleanSubject(subject), authorText).scores();
        Map<Capacity, Double> totals = new EnumMap<>(Capacity.class);
        TIE_ORDER.forEach(capacity -> totals.put(capacity, scores.total(capacity)));
        return totals;
    }

    /** One capacity's evidence for a member's words, strongest first: for explanations. */
    static List<String> evidenceFor(Person member, String subject, String authorText, Capacity capacity) {
        return score(member, compiled(member), cleanSubject(subject), authorText).scores().evidence(capacity);
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

    private static Scored score(Person member, Compiled compiled, String cleanSubject, String authorText) {
        String own = authorText == null ? "" : authorText;
        String[] zones = zones(own);
        LiteralGate.Text body = LiteralGate.Text.of(zones[0]);
        LiteralGate.Text subjectText = LiteralGate.Text.of(cleanSubject);
        LiteralGate.Text signature = LiteralGate.Text.of(zones[1]);

        Scores scores = new Scores();
        for (CapacityCues.Cue cue : CapacityCues.WORDS) {
            Optional<String> inBody = find(cue.pattern(), body);
            Optional<String> inSubject = find(cue.pattern(), subjectText);
            if (inBody.isPresent() || inSubject.isPresent()) {
                double weight = inBody.isPresent() && inSubject.isPresent() ? cue.weight() * 1.5 : cue.weight();
                scores.add(cue.capacity(), cue.key(), weight, quote(inBody.or(() -> inSubject).get()));
            } else {
                find(cue.pattern(), signature).ifPresent(found -> scores.add(cue.capacity(), cue.key(),
                    cue.weight() * SIGNATURE_FACTOR, quote(found) + " (signature)"));
            }
        }
        if (CapacityCues.KISS.matcher(lastLines(own, 3)).find()) {
            scores.add(Capacity.PERSONAL, "kiss", 3, "\"x\" (a kiss after the name)");
        }
        LiteralGate.Text words = LiteralGate.Text.of(cleanSubject + "\n" + zones[0]);
        find(CapacityCues.STREET, words).ifPresent(street -> scores.add(Capacity.WARD, "street", 2, quote(street) + " (a street)"));
        Optional<String> namedWard = Optional.empty();
        for (int i = 0; i < compiled.wards().size(); i++) {
            Optional<String> found = find(compiled.wards().get(i), words);
            if (found.isPresent()) {
                scores.add(Capacity.WARD, "ward:" + i, 3, quote(found.get()) + " (Cllr " + member.name() + "'s ward)");
                String ward = member.wards().get(i);
                namedWard = namedWard.or(() -> Optional.of(ward));
            } else if (find(compiled.wards().get(i), signature).isPresent()) {
                scores.add(Capacity.WARD, "ward:" + i, 3 * SIGNATURE_FACTOR, quote(member.wards().get(i)) + " (Cllr " + member.name()
                    + "'s ward, signature)");
            }
        }
        for (int i = 0; i < compiled.portfolioWords().size(); i++) {
            Optional<String> found = find(compiled.portfolioWords().get(i), words);
            if (found.isPresent()) {
                scores.add(Capacity.CABINET, "portfolio:" + i, 2.5, quote(found.get()) + " (Cllr " + member.name() + "'s portfolio: "
                    + compiled.portfolioNames().get(i) + ")");
            }
        }
        partyCues(member, compiled, words, scores);
        if (scores.campaigning() >= CAMPAIGNING_MIN) {
            // A campaigning email names the member's ward and its streets as the ground it is fought on.
            scores.scaleKeys(Capacity.WARD, key -> key.startsWith("ward:") || key.equals("street"), 0.5);
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
        return new Scored(scores, namedWard);
    }

    /** Party names: weak alone, strong in a campaigning sentence, strongest for the member's own party. */
    private static void partyCues(Person member, Compiled compiled, LiteralGate.Text words, Scores scores) {
        if (CapacityCues.PARTY_GATES.stream().allMatch(party -> party.find(words).isEmpty())) {
            return;
        }
        for (String sentence : sentences(words.original())) {
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
        for (String portfolio : member.portfolios()) {
            for (String word : portfolio.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
                if (word.length() >= 4 && !PORTFOLIO_STOP_WORDS.contains(word)) {
                    portfolioWords.add(new LiteralGate(Pattern.compile("\\b" + Pattern.quote(word) + "\\w*", Pattern.CASE_INSENSITIVE)));
                    portfolioNames.add(portfolio);
                }
            }
        }
        Optional<Pattern> ownParty = member.party().flatMap(CapacityCues::partyPattern);
        Compiled compiled = new Compiled(wards, List.copyOf(portfolioWords), List.copyOf(portfolioNames), ownParty,
            CapacityDeclaration.ownWards(member.wards()));
        COMPILED.put(member, compiled);
        return compiled;
    }

    /** The body (up to and including the sign-off) and the signature block after it. */
    private static String[] zones(String authorText) {
        List<String> lines = authorText.lines().toList();
        int nonBlankFromEnd = 0;
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            if (++nonBlankFromEnd > 8) {
                break;
            }
            if (CapacityCues.SIGN_OFF.matcher(lines.get(i)).matches()) {
                return new String[] {String.join("\n", lines.subList(0, i + 1)), String.join("\n", lines.subList(i + 1, lines.size()))};
            }
        }
        return new String[] {authorText, ""};
    }

    private static List<String> sentences(String text) {
        return List.of(text.split("(?<=[.!?])\\s+|\\n\\s*\\n"));
    }

    private static Optional<String> find(LiteralGate pattern, LiteralGate.Text text) {
        return pattern.find(text).map(String::strip);
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

        /** Scales some of a capacity's evidence, chosen by key. */
        void scaleKeys(Capacity capacity, Predicate<String> keys, double factor) {
            Map<String, Hit> some = hits.get(capacity);
            if (some != null) {
                some.replaceAll((key, hit) -> keys.test(key) ? new Hit(hit.weight() * factor, hit.evidence()) : hit);
            }
        }

        /** Party-political evidence other than election context (polling day, postal votes), which council business shares. */
        double campaigning() {
            return hits.getOrDefault(Capacity.PARTY_POLITICAL, Map.of()).entrySet().stream()
                .filter(entry -> !entry.getKey().equals(CapacityCues.ELECTION_CONTEXT.key()))
                .mapToDouble(entry -> entry.getValue().weight()).sum();
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

package org.councilprotocol.detect;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

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
 * Weighted evidence. Each capacity has cues (words and phrases, each counted once however often it
 * appears) with a weight; cues found in the subject or the member's own new words count in full, cues
 * only in the signature block (after the sign-off) count half, and the quoted history counts not at all
 * (it is someone else's words, or the member's earlier ones). The directory adds cues of its own:
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
 * two later probes; it is a word-list model and misses wording it has no cue for (those messages are
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
 * <p>The {@link CapacityReading#declaration() declaration} is read separately, from everything in the
 * message including the quoted history ("&gt;" lines, HTML blockquotes, forwarded messages), with
 * quotation markers and line breaks ignored: a ward-capacity statement ("as your ward councillor",
 * "in my capacity as a ward member", "ward councillor for Harbour", "Councillor for Harbour" with one of
 * the member's wards, "From the Office of Councillor Ann Smith"), or the profile's own
 * {@code capacity-undeclared} statement however it was re-wrapped.
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

    private record Cue(Capacity capacity, double weight, LiteralGate pattern) {
    }

    private static final List<Cue> CUES = new ArrayList<>();
    private static final String ELECTION_CONTEXT_KEY;

    static {
        // ---- ward: the member's own patch, its residents and their problems
        cue(Capacity.WARD, 3, "my (?:own )?ward|(?:your|the|a|our|my|one of (?:your|the)) (?:local )?ward (?:councillor|member)s?"
            + "|ward (?:councillor|member)s?");
        cue(Capacity.WARD, 3, "your (?:local )?councillors?|as (?:a|the) local (?:councillor|member)|local councillor");
        cue(Capacity.WARD, 3, "constituents?|casework");
        cue(Capacity.WARD, 3, "(?:my|ward|advice|drop-in) surger(?:y|ies)|surgeries");
        cue(Capacity.WARD, 2, "(?:in|across|round|around) the ward|(?:house|home|street|people)s? in the ward");
        cue(Capacity.WARD, 2, "on behalf of (?:a|one of|my|the) (?:family|resident|constituent|tenant|household)s?");
        cue(Capacity.WARD, 1.5, "residents?");
        cue(Capacity.WARD, 1.5, "neighbou?rs?|neighbourhood");
        cue(Capacity.WARD, 1, "tenants?");
        cue(Capacity.WARD, 1.5, "pot-?holes?");
        cue(Capacity.WARD, 1.5, "fly-?tipp(?:ing|ed|ers)|dumped|rubbish");
        cue(Capacity.WARD, 1.5, "street ?lights?|street lighting|lamp ?posts?");
        cue(Capacity.WARD, 1.5, "dog (?:fouling|mess|poo)|graffiti|litter(?:ing)?|vandal\\w*");
        cue(Capacity.WARD, 1.5, "anti-social behaviour|\\basb\\b|youths|police community support|patrols?");
        cue(Capacity.WARD, 1.5, "noise|late-night|takeaway");
        cue(Capacity.WARD, 1.5, "verges?|pavements?|footpaths?|kerbs?|hedges?|overgrown|street trees?|tree roots?");
        cue(Capacity.WARD, 1.5, "rats|pest control|vermin|droppings");
        cue(Capacity.WARD, 1.5, "damp|mould|leaks?\\b|repairs? (?:team|manager)|break-in");
        cue(Capacity.WARD, 1.5, "(?:bin|refuse|recycling|green bin|grey bin) collections?|missed (?:bin|collection)s?"
            + "|your (?:green |grey |recycling )?bin");
        cue(Capacity.WARD, 1.5, "parking (?:team|restriction|on)|parked|speed(?:ing| checks)|crossing patrol|near misses");
        cue(Capacity.WARD, 1.5, "sewage|drains?|flooding|pumping station");
        cue(Capacity.WARD, 1.5, "play ?ground|play area|the park\\b|open space|recreation ground|\\brec\\b");
        cue(Capacity.WARD, 1.5, "bus (?:shelter|stop|service)|the number \\d+\\b");
        cue(Capacity.WARD, 1.5, "environmental health|enforcement (?:team|officers?)|planning enforcement");
        cue(Capacity.WARD, 1.5, "electoral services|polling station");
        cue(Capacity.WARD, 1.5, "I(?:'ve| have) (?:reported|raised|asked|passed|chased|spoken|written|contacted"
            + "|been in touch|looked into)");
        cue(Capacity.WARD, 1, "I(?:'ll| will) (?:chase|let you know|keep you (?:posted|updated)|get back to|visit|update you"
            + "|share their reply)"
            + "|(?:promised|told) (?:the |a )?(?:residents?|them|him|her) (?:an update|I'd|I would|I'll)");
        cue(Capacity.WARD, 1.5, "thank(?:s| you) for (?:your email|getting in touch|letting me know|raising|contacting me|telling me"
            + "|inviting me round|meeting me)");
        // Representing people: the member's own words for casework.
        cue(Capacity.WARD, 3, "(?:the )?people I represent|my residents|on your behalf|taken (?:it|this|the matter) up"
            + "|I(?:'ve| have) logged|logged (?:it|this)|I(?:'m| am) (?:pushing|pressing|lobbying) for");
        cue(Capacity.WARD, 2, "give me a (?:ring|call)|I (?:went|walked|drove) (?:and had a look|round|down|past|to see)"
            + "|had a look at|(?:pop|call) round|I'll get (?:straight )?back onto");
        cue(Capacity.WARD, 2, "your (?:claim|case|appeal|tenancy|complaint|query|enquiry|benefit|repair|road|street|estate|block|area)"
            + "|housing benefit|universal credit|council tax (?:reduction|support)|benefits team|backdated");
        cue(Capacity.WARD, 1.5, "alley(?:way)?s?|broken glass|kicked in|hanging (?:about|around)|loitering|drug dealing|burglar\\w*"
            + "|break-ins?|traffic calming|yellow lines|overhanging|weeds|grass cutting|street cleaning|bulky waste|blocked"
            + "|abandoned|needles|shopping trolleys");
        cue(Capacity.WARD, 1.5, "number \\d+\\b|no\\. \\d+\\b");
        // ---- cabinet: portfolio business, the executive's decisions, policy and strategy (executive roles only)
        cue(Capacity.CABINET, 4, "cabinet member(?: for)?|portfolio(?: holder)?s?|leader of (?:the )?(?:council|\\w+ (?:district|borough))"
            + "|as (?:the )?leader"
            + "|deputy leader");
        cue(Capacity.CABINET, 2.5, "cabinet");
        cue(Capacity.CABINET, 3, "forward plan|key decisions?|scheme of delegation|corporate plan");
        cue(Capacity.CABINET, 3, "medium-term financial|\\bmtfs\\b|budget (?:report|papers|session|gap)|balanced budget|fees and charges"
            + "|finance settlement|council tax (?:rise|increase|levels?)|\\d(?:\\.\\d+)?% (?:council tax|rise)");
        cue(Capacity.CABINET, 2, "strateg(?:y|ies)");
        cue(Capacity.CABINET, 2, "polic(?:y|ies)");
        cue(Capacity.CABINET, 1.5, "programme");
        cue(Capacity.CABINET, 1.5, "consultation");
        cue(Capacity.CABINET, 2, "district-wide|across the district|every household in the district|the district's"
            + "|(?:the )?council's (?:plans?|policy|approach|programme|response|case|housing|own buildings)");
        cue(Capacity.CABINET, 2, "ministers?|government|devolution|combined authority|homes england|environment agency|levelling up");
        cue(Capacity.CABINET, 1.5, "funding|\\bbids?\\b|partnership|registered providers?|working group");
        cue(Capacity.CABINET, 1.5, "contracts?|options appraisal|in-house|re-?tender\\w*|the market");
        cue(Capacity.CABINET, 1.5, "savings|overspend|targets?|performance|net zero|action plan|equality impact assessment");
        cue(Capacity.CABINET, 3, "(?:general |earmarked )?reserves|s151|section 151|capital programme|revenue budget"
            + "|business case|balance (?:next year|the budget)|spending review");
        cue(Capacity.CABINET, 2, "(?:portfolio|cabinet|lead member|pre-cabinet|leader's) briefing|pre-cabinet|head of service"
            + "|service plan|kpis?|delegated decision|decision notice|keen in principle|(?:bringing|bring) a (?:paper|report)"
            + "|the (?:report|paper) is finalised|pledge");
        cue(Capacity.CABINET, 2, "(?:agreed|approved|decided) by (?:the )?cabinet|cabinet (?:has )?(?:agreed|approved|decided|discussed)"
            + "|(?:go|goes|going|bring (?:\\w+ ){0,2}|report(?:ed)?) to cabinet|sign it off|portfolio briefing");
        // The executive answering a committee: accepting or rejecting its recommendations is Cabinet business.
        cue(Capacity.CABINET, 4, "(?:accept|reject|agree to|respond to)(?: \\w+){0,5} recommendations"
            + "|accept (?:\\w+ ){0,2}of the \\w+|my (?:full |formal )?response (?:will|to)");
        // ---- committee: meetings, papers, chairing, scrutiny, quasi-judicial work
        cue(Capacity.COMMITTEE, 4, "(?:planning|licensing|standards|audit(?: and governance)?|general purposes|overview and scrutiny"
            + "|scrutiny|select|appeals|governance)(?: sub-)? committee|sub-committee|scrutiny (?:panel|review|inquiry|committee)"
            + "|task and finish group");
        cue(Capacity.COMMITTEE, 3, "as (?:the )?chair(?:man)? of|chair(?:man)?,? (?:of )?(?:the )?(?:\\w+ ){0,3}(?:committee|panel)"
            + "|(?:as|because) I chair|chair's briefing|as chair\\b|with you as chair|chair of the");
        cue(Capacity.COMMITTEE, 2, "committee(?:'s)?|panel\\b|the meeting\\b|special meeting|members of the committee");
        cue(Capacity.COMMITTEE, 2.5, "agenda");
        cue(Capacity.COMMITTEE, 2.5, "(?:draft )?minutes of|correct record");
        cue(Capacity.COMMITTEE, 2.5, "quorum|quorate");
        cue(Capacity.COMMITTEE, 2.5, "democratic services|committee clerk|the clerk");
        cue(Capacity.COMMITTEE, 2.5, "site visits?");
        cue(Capacity.COMMITTEE, 2.5, "declar(?:e|ation of) (?:an )?interest|leave the room");
        cue(Capacity.COMMITTEE, 2.5, "apologies|substitute");
        cue(Capacity.COMMITTEE, 2.5, "hearing(?: bundle| procedure)?");
        cue(Capacity.COMMITTEE, 2.5, "work programme|terms of reference|call-in");
        cue(Capacity.COMMITTEE, 2.5, "(?:give|giving|written|take|taking) evidence|evidence session|evidence from");
        cue(Capacity.COMMITTEE, 2, "recommendations?");
        cue(Capacity.COMMITTEE, 2.5, "register (?:with democratic services|to speak)|(?:speak|speaking) at (?:the )?(?:meeting|committee)"
            + "|(?:three|3) minutes|objectors");
        cue(Capacity.COMMITTEE, 2.5, "late representations?|update sheet|(?:officer's|committee|case officer's) report|case officer");
        cue(Capacity.COMMITTEE, 2.5, "material considerations?|open mind|predetermin\\w+|vote on (?:it|applications)");
        cue(Capacity.COMMITTEE, 2, "items? \\d+|the (?:papers|report) (?:for|to)|papers");
        cue(Capacity.COMMITTEE, 1.5, "planning training|training session");
        cue(Capacity.COMMITTEE, 3, "scrutiny(?! (?:panel|review|inquiry|committee))"
            + "|(?:taxi|licensing|appeals?|appointments|grievance|standards|sub-) ?panel"
            + "|external auditor|value for money (?:findings|conclusion)|main item|our next meeting|(?:lines of|line of) questioning"
            + "|briefing note for members|sit on (?:the |friday's |monday's |\\w+'s )?\\w+ ?(?:panel|committee)");
        cue(Capacity.COMMITTEE, 2, "officer(?:'s)? recommendation|publish(?:ed)? the (?:update|report|agenda)|shortlisted candidates"
            + "|the report for|\\b\\d{2}/\\d{4,5}(?:/\\w+)?\\b");
        // ---- civic: the Mayor's office
        cue(Capacity.CIVIC, 4, "mayor(?:'s|s)?\\b|mayoral|mayoress|mayor-making");
        cue(Capacity.CIVIC, 3, "consorts?|civic|parlour|lord-lieutenant|lieutenancy|freedom of the (?:district|borough|town)"
            + "|citizenship ceremony|twinning|twin town|regalia|badge of office|chains? of office|the chain\\b|chaplain");
        cue(Capacity.CIVIC, 2, "remembrance|wreath|march past|parade");
        cue(Capacity.CIVIC, 2, "ceremony|reception|presiding");
        cue(Capacity.CIVIC, 2, "100th birthday|centenar\\w+|golden wedding|diamond wedding");
        cue(Capacity.CIVIC, 2, "present (?:the|a|their)|presentation|officially open|ribbon|unveil|plaque");
        cue(Capacity.CIVIC, 2, "flag raising|raise the .{0,30}flag|royal");
        cue(Capacity.CIVIC, 2, "engagements?|my office|my secretary");
        cue(Capacity.CIVIC, 2, "charity (?:appeal|ball|quiz|golf)|charities");
        cue(Capacity.CIVIC, 2, "on behalf of the (?:whole )?district|across the district|the district's best wishes");
        // ---- party-political: campaigning, elections, the party's own business
        cue(Capacity.PARTY_POLITICAL, 4, "canvass\\w*|door-?knock\\w*|knocking up|get out the vote|walk sheets");
        cue(Capacity.PARTY_POLITICAL, 4, "election (?:leaflets?|literature|agent|campaign)|campaign (?:fund|committee|plan|strategy|trail)"
            + "|fighting fund|campaigns?\\b(?= properly| starts)");
        cue(Capacity.PARTY_POLITICAL, 4, "phone bank\\w*|rosettes?|hustings|nomination papers|comrades|in solidarity");
        cue(Capacity.PARTY_POLITICAL, 4, "target seats?|(?:win|hold|keep|gain) (?:this|the|our|a) seat|win .{0,20} back"
            + "|(?:lost|won) last time");
        cue(Capacity.PARTY_POLITICAL, 4, "re-?elect(?:ed|ion)?"
            + "|vote (?:for me|conservative|labour|liberal democrat|lib dem|green|reform|independent)"
            + "|please vote|your vote|for your (?:support|vote)");
        cue(Capacity.PARTY_POLITICAL, 4, "(?:our|the|new) candidates?|selection (?:meeting|committee)|for selection"
            + "|standing (?:again|for)");
        cue(Capacity.PARTY_POLITICAL, 3, "(?:party|association|branch|group) (?:meeting|members|membership|office|whip|stall)"
            + "|(?:constituency|local) party|membership (?:renewals?|card|leaflets)|party membership|group whip|new members");
        cue(Capacity.PARTY_POLITICAL, 4, "\\bclp\\b|constituency (?:labour )?party|ward party|manifesto|campaign launch"
            + "|party conference|selection timetable|(?:parliamentary|prospective|our|the) candidate|\\bppc\\b"
            + "|nominations?\\b(?! for the mayor)"
            + "|tellers?\\b|telling at|committee room|activists?|get the vote out|\\bgotv\\b");
        cue(Capacity.PARTY_POLITICAL, 3, "branch (?:agm|chair(?:man)?|secretary|treasurer|officers?)|\\bagm\\b|(?:blue|red|orange|yellow)"
            + " (?:team|rosettes?|leaflets?)|door-to-door|doorstep|(?:going to be|it'll be|it will be) (?:tight|close)|marginal"
            + "|\\d[\\d,]* votes|we can (?:do|win) this"
            + "|the (?:labour|conservative|lib dem|liberal democrat|green|reform|independent) group's"
            + "|record my vote for the motion|subscriptions? (?:can be|are due)");
        // Election context: council business shares these words (a polling station's ramp), so they are not campaigning.
        ELECTION_CONTEXT_KEY = cue(Capacity.PARTY_POLITICAL, 1.5, "postal vot(?:e|es|ers)|polling day|by-election|elections?"
            + "|polling stations?");
        cue(Capacity.PARTY_POLITICAL, 2, "supporters|voters?|volunteers");
        cue(Capacity.PARTY_POLITICAL, 2, "posters?|garden stakes|window bills?");
        cue(Capacity.PARTY_POLITICAL, 1.5, "leaflets?|leafleting|deliver(?:ing|y)? rounds?|printer|print run");
        cue(Capacity.PARTY_POLITICAL, 2, "the other lot|opponents?|the opposition|our line|voting together|two-horse race");
        cue(Capacity.PARTY_POLITICAL, 1.5, "donat\\w+|fundrais\\w+");
        cue(Capacity.PARTY_POLITICAL, 1, "press release|social media|media list");
        // ---- personal: family, friends, the member's own home, health, money and business
        cue(Capacity.PERSONAL, 5, "(?:writing|write) as a (?:private )?(?:resident|individual)|rather than as (?:a |your )?councillor"
            + "|in a (?:personal|private) capacity|not casework|about my own|my own (?:home|house|bin|property|council tax|car|account)"
            + "|(?:application|extension|works|planning permission) (?:for|at|to|on) my (?:home|house|property|garden)");
        cue(Capacity.PERSONAL, 3, "my (?:wife|husband|partner|son|daughter|children|kids|mum|mother|dad|father|sister|brother|nan|gran"
            + "|grandson|granddaughter|grandchildren|family|cousin|auntie|aunt|uncle)\\b|(?:our|his|her) (?:daughter|son|dad|mum)\\b");
        cue(Capacity.PERSONAL, 3, "my (?:practice|shop|business|landlord|flat|boiler|mortgage|passport|car|bike|locker|membership|plot"
            + "|home insurance|blood test|prescription|fixed rate|old (?:bank )?account|new account|architect)");
        cue(Capacity.PERSONAL, 3, "\\b(?:mum|dad|auntie|nan)\\b|\\blove,|^\\s*love\\b");
        cue(Capacity.PERSONAL, 2, "birthday party|wedding|hen (?:do|weekend|party)|book club");
        cue(Capacity.PERSONAL, 2, "dinner|lunch|curry|pudding|lasagne|bottle of");
        cue(Capacity.PERSONAL, 2, "holiday|cottage|booking|book the|travel on");
        cue(Capacity.PERSONAL, 2, "dentist|doctor|dr\\.? [A-Z]|\\bgp\\b|\\bvets?\\b|appointment|check-up|injections?");
        cue(Capacity.PERSONAL, 2, "mortgage|remortgag\\w+|insurance|claim|loss adjuster|direct debit|bounced|bank transfer|pay by");
        cue(Capacity.PERSONAL, 2, "invoice|business account|place the order|stock|for sale|asking £");
        cue(Capacity.PERSONAL, 2, "\\bmot\\b|passport|tracker|tickets? for|football|the match|golf club|allotments?|subscription|bike");
        cue(Capacity.PERSONAL, 2, "catch-up|at mine|come round|cheers|thanks mate|surprise|can't wait");
        cue(Capacity.PERSONAL, 4, "for me personally|(?:me|myself|I) personally|my own(?! ward)(?: \\w+){0,3}");
        cue(Capacity.PERSONAL, 3, "my (?:\\w+ )?(?:permit|policy|subscription|operation|knee|hip|back|card|order|lesson|van|phone"
            + "|laptop|gym|membership|insurance|contract renewal)\\b|refund|charged twice|duplicate payment|shop around"
            + "|gym|recover(?:ing)? from|school concert|policy (?:renews|number)");
        cue(Capacity.PERSONAL, 1.5, "at home|my home|our (?:cat|dog|puppy|kitten)|dogs? allowed|children's? school|parents' evening");
    }

    /** Adds a cue; returns the key its evidence is scored under. */
    private static String cue(Capacity capacity, double weight, String regex) {
        CUES.add(new Cue(capacity, weight, new LiteralGate(Pattern.compile("\\b(?:" + regex + ")",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.MULTILINE))));
        return "cue:" + (CUES.size() - 1);
    }

    /** A street or place with a capitalised name ("14 Northdown Road", "Harbour Court"): a resident's address. */
    private static final LiteralGate STREET = gate(Pattern.compile(
        "\\b(?:\\d+[a-z]? )?(?:[A-Z][a-z]+ ){1,2}(?:Road|Street|Lane|Avenue|Close|Gardens|Terrace|Court|Parade|Way|Crescent|Drive"
            + "|Square|Grove|Rise|Place|Mews|Walk|Flats)\\b"));

    /** A kiss after the name ("Ann x", "Mary (Lily's nan) x") in the last lines: family and friends. */
    private static final Pattern KISS = Pattern.compile("(?m)^.{0,40}\\sx+\\s*$");

    /** Words that make a sentence naming a party a campaigning one. */
    private static final Pattern CAMPAIGNING = Pattern.compile(
        "\\b(?:vot(?:e|es|ed|ing|ers?)|re-?elect\\w*|elections?|campaign\\w*|canvass\\w*|leaflets?|candidates?|posters?"
            + "|supporters|seats?|win|winning|fund\\w*|donat\\w+|branch|association|selection|rosettes?|membership|stall|rounds)\\b",
        Pattern.CASE_INSENSITIVE);

    /** UK parties as members write them: the name a directory gives, and the words that mean it. */
    private static final Map<String, Pattern> PARTIES = new LinkedHashMap<>();

    static {
        PARTIES.put("labour", Pattern.compile("\\b(?:labour|lab)\\b(?!\\s+(?:market|costs?|shortages?|force))", Pattern.CASE_INSENSITIVE));
        PARTIES.put("conservative", Pattern.compile("\\b(?:conservatives?|tor(?:y|ies))\\b", Pattern.CASE_INSENSITIVE));
        PARTIES.put("liberal democrat", Pattern.compile("\\b(?:liberal democrats?|lib ?dems?)\\b", Pattern.CASE_INSENSITIVE));
        PARTIES.put("green", Pattern.compile(
            "\\b(?:green party|(?i:greens)\\b(?! ?keeper)|Green(?= (?:councillors?|candidates?|members?|vote)))"));
        PARTIES.put("reform", Pattern.compile("\\bReform(?: UK)?\\b"));
        PARTIES.put("plaid cymru", Pattern.compile("\\bplaid(?: cymru)?\\b", Pattern.CASE_INSENSITIVE));
        PARTIES.put("snp", Pattern.compile("\\b(?:snp|scottish national party)\\b", Pattern.CASE_INSENSITIVE));
        PARTIES.put("independent", Pattern.compile("\\bIndependents?\\b(?= (?:candidates?|councillors?|group|members?)|\\s+in)"));
    }

    /** Whether a text names any party at all, cheaply, before the sentence-by-sentence reading. */
    private static final List<LiteralGate> PARTY_GATES = PARTIES.values().stream().map(LiteralGate::new).toList();

    private static final Pattern SIGN_OFF = Pattern.compile(
        "^\\s*(?:(?:kind|best|warm|warmest|many|with(?: best| warm| many)?|all the)\\s+)?(?:regards|wishes|thanks|thank you)\\b.{0,12}$"
            + "|^\\s*(?:yours(?: sincerely| faithfully| truly)?|thanks|cheers|love|best|regards|in solidarity|with thanks|thanks mate"
            + "|avec .{0,40})[,.!]?\\s*$|^\\s*--\\s*$",
        Pattern.CASE_INSENSITIVE);

    private static final Pattern REPLY_PREFIX = Pattern.compile("^\\s*(?:(?:re|fw|fwd|aw|wg|sv|tr)\\s*:\\s*)+", Pattern.CASE_INSENSITIVE);

    /** Ward-capacity statements, in the words members use. */
    private static final List<LiteralGate> DECLARATIONS = Stream.of(
        Pattern.compile("(?<!not )(?<!n't )\\bas (?:your|a|the|one of (?:your|the)(?: two| three)?) (?:local |ward |elected |district )*"
            + "(?:councillors?|members?|cllrs?)\\b(?! of\\b)(?: for [A-Z][\\w' -]{2,40}?(?=[,.;\\n]| and | in ))?",
            Pattern.CASE_INSENSITIVE),
        Pattern.compile("\\bin my (?:capacity|role) as (?:a |your |the |one of the )?(?:local |ward )*(?:councillor|member)\\b",
            Pattern.CASE_INSENSITIVE),
        Pattern.compile("\\bin (?:an individual|a personal) capacity as (?:a |your |the )?ward (?:councillor|member)\\b",
            Pattern.CASE_INSENSITIVE),
        Pattern.compile("\\bfrom the office of (?:councillor|cllr\\.?) [A-Z][\\w'-]+(?: [A-Z][\\w'-]+)?", Pattern.CASE_INSENSITIVE),
        Pattern.compile("\\bward (?:councillor|member)s? for [A-Z][\\w' -]{2,40}?(?=[,.;\\n]|$| in | and not)",
            Pattern.CASE_INSENSITIVE | Pattern.MULTILINE)).map(LiteralGate::new).toList();

    private record Compiled(List<LiteralGate> wards, List<LiteralGate> portfolioWords, List<String> portfolioNames,
                            Optional<Pattern> ownParty, List<LiteralGate> ownWardDeclarations) {
    }

    private static final Map<Person, Compiled> COMPILED = new ConcurrentHashMap<>();
    private static final int MAX_COMPILED = 2_000;

    private static final java.util.Set<String> PORTFOLIO_STOP_WORDS = java.util.Set.of("and", "the", "for", "of",
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
            .flatMap(rule -> statement(rule));
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
        String cleanSubject = REPLY_PREFIX.matcher(subject == null ? "" : subject).replaceFirst("").strip();
        Scored scored = score(member, compiled, cleanSubject, authorText);
        Scores scores = scored.scores();
        Capacity best = decide(scores);
        Optional<String> declaration = declaration(member, compiled, cleanSubject + "\n" + (allText == null ? "" : allText), statement);
        if (best == Capacity.NONE) {
            return new CapacityReading(Capacity.NONE, scored.namedWard(), List.of(), declaration);
        }
        List<String> evidence = new ArrayList<>(scores.evidence(best));
        boolean chair = member.hasRole(Role.COMMITTEE_CHAIR) || member.hasRole(Role.CHAIR_OF_SELECT_COMMITTEE);
        if (best == Capacity.COMMITTEE && chair) {
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
        String cleanSubject = REPLY_PREFIX.matcher(subject == null ? "" : subject).replaceFirst("").strip();
        Scores scores = score(member, compiled(member), cleanSubject, authorText).scores();
        Map<Capacity, Double> totals = new EnumMap<>(Capacity.class);
        TIE_ORDER.forEach(capacity -> totals.put(capacity, scores.total(capacity)));
        return totals;
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
        for (int c = 0; c < CUES.size(); c++) {
            Cue cue = CUES.get(c);
            String key = "cue:" + c;
            Optional<String> inBody = find(cue.pattern(), body);
            Optional<String> inSubject = find(cue.pattern(), subjectText);
            if (inBody.isPresent() || inSubject.isPresent()) {
                double weight = inBody.isPresent() && inSubject.isPresent() ? cue.weight() * 1.5 : cue.weight();
                scores.add(cue.capacity(), key, weight, quote(inBody.or(() -> inSubject).get()));
            } else {
                find(cue.pattern(), signature).ifPresent(found -> scores.add(cue.capacity(), key, cue.weight() * SIGNATURE_FACTOR,
                    quote(found) + " (signature)"));
            }
        }
        if (KISS.matcher(lastLines(own, 3)).find()) {
            scores.add(Capacity.PERSONAL, "kiss", 3, "\"x\" (a kiss after the name)");
        }
        String wordsOnly = cleanSubject + "\n" + zones[0];
        LiteralGate.Text words = LiteralGate.Text.of(wordsOnly);
        find(STREET, words).ifPresent(street -> scores.add(Capacity.WARD, "street", 2, quote(street) + " (a street)"));
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

        boolean executive = member.hasRole(Role.CABINET) || member.hasRole(Role.LEADER) || member.hasRole(Role.DEPUTY_LEADER);
        if (!executive) {
            scores.scale(Capacity.CABINET, 0);
        }
        if (!member.hasRole(Role.MAYOR)) {
            scores.scale(Capacity.CIVIC, NOT_MAYOR_CIVIC_FACTOR);
        }
        boolean chair = member.hasRole(Role.COMMITTEE_CHAIR) || member.hasRole(Role.CHAIR_OF_SELECT_COMMITTEE);
        if (chair) {
            scores.scale(Capacity.COMMITTEE, CHAIR_COMMITTEE_FACTOR);
        }

        return new Scored(scores, namedWard);
    }

    /** Party names: weak alone, strong in a campaigning sentence, strongest for the member's own party. */
    private static void partyCues(Person member, Compiled compiled, LiteralGate.Text words, Scores scores) {
        if (PARTY_GATES.stream().allMatch(party -> party.find(words).isEmpty())) {
            return;
        }
        for (String sentence : sentences(words.original())) {
            Matcher campaigning = CAMPAIGNING.matcher(sentence);
            boolean campaigns = campaigning.find();
            for (Map.Entry<String, Pattern> party : PARTIES.entrySet()) {
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

    static Optional<String> declaration(Person member, String text, Optional<String> statement) {
        return declaration(member, compiled(member), text, statement);
    }

    private static Optional<String> declaration(Person member, Compiled compiled, String text, Optional<String> statement) {
        String flat = flatten(text);
        LiteralGate.Text flatText = LiteralGate.Text.of(flat);
        List<LiteralGate> patterns = new ArrayList<>();
        statement.map(CapacityClassifier::statementPattern).ifPresent(patterns::add);
        patterns.addAll(DECLARATIONS);
        patterns.addAll(compiled.ownWardDeclarations());
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

    private static Compiled compiled(Person member) {
        Compiled found = COMPILED.get(member);
        if (found != null) {
            return found;
        }
        if (COMPILED.size() > MAX_COMPILED) {
            COMPILED.clear();
        }
        List<LiteralGate> wards = member.wards().stream().map(CapacityClassifier::phrase).map(LiteralGate::new).toList();
        List<LiteralGate> portfolioWords = new ArrayList<>();
        List<String> portfolioNames = new ArrayList<>();
        for (String portfolio : member.portfolios()) {
            for (String word : portfolio.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
                if (word.length() >= 4 && !PORTFOLIO_STOP_WORDS.contains(word)) {
                    portfolioWords.add(gate(Pattern.compile("\\b" + Pattern.quote(word) + "\\w*", Pattern.CASE_INSENSITIVE)));
                    portfolioNames.add(portfolio);
                }
            }
        }
        Optional<Pattern> ownParty = member.party().flatMap(CapacityClassifier::partyPattern);
        List<LiteralGate> ownWardDeclarations = new ArrayList<>();
        for (String ward : member.wards()) {
            String name = wardRegex(ward);
            ownWardDeclarations.add(gate(Pattern.compile("\\b(?:ward )?councillor,? (?:for )?(?:the )?" + name + "(?: ward)?\\b",
                Pattern.CASE_INSENSITIVE)));
            ownWardDeclarations.add(gate(Pattern.compile("\\b" + name + " ward (?:councillor|member)\\b", Pattern.CASE_INSENSITIVE)));
            ownWardDeclarations.add(gate(Pattern.compile("\\b(?:one of )?the (?:ward )?councillors? for " + name + "\\b",
                Pattern.CASE_INSENSITIVE)));
        }
        Compiled compiled = new Compiled(wards, List.copyOf(portfolioWords), List.copyOf(portfolioNames), ownParty,
            List.copyOf(ownWardDeclarations));
        COMPILED.put(member, compiled);
        return compiled;
    }

    /** The pattern for a party the directory names, from the known parties or, failing that, its own words. */
    private static Optional<Pattern> partyPattern(String party) {
        String key = party.toLowerCase(Locale.ROOT).replace("the ", "").replace(" party", "").replaceAll("s$", "").strip();
        for (Map.Entry<String, Pattern> known : PARTIES.entrySet()) {
            if (key.equals(known.getKey()) || key.startsWith(known.getKey()) || known.getKey().startsWith(key)) {
                return Optional.of(known.getValue());
            }
        }
        return key.isEmpty() ? Optional.empty() : Optional.of(phrase(party));
    }

    private static Pattern phrase(String words) {
        return Pattern.compile("\\b" + wardRegex(words) + "\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static String wardRegex(String ward) {
        String[] parts = ward.strip().split("[\\s-]+");
        StringBuilder regex = new StringBuilder();
        for (String part : parts) {
            if (regex.length() > 0) {
                regex.append("[\\s-]+");
            }
            regex.append(Pattern.quote(part));
        }
        return regex.toString();
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
            if (SIGN_OFF.matcher(lines.get(i)).matches()) {
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

    private static LiteralGate gate(Pattern pattern) {
        return new LiteralGate(pattern);
    }

    private static String lastLines(String text, int count) {
        List<String> lines = text.lines().filter(line -> !line.isBlank()).toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - count), lines.size()));
    }

    /** Each cue's first match in a text: gated (as the classifier reads) or by a search of the whole text. For tests. */
    static List<Optional<String>> cueMatches(String text, boolean gated) {
        LiteralGate.Text prepared = LiteralGate.Text.of(text);
        List<Optional<String>> matches = new ArrayList<>();
        for (Cue cue : CUES) {
            matches.add(gated ? cue.pattern().find(prepared) : cue.pattern().findInFull(text));
        }
        for (LiteralGate pattern : DECLARATIONS) {
            matches.add(gated ? pattern.find(prepared) : pattern.findInFull(text));
        }
        for (LiteralGate pattern : PARTY_GATES) {
            matches.add(gated ? pattern.find(prepared) : pattern.findInFull(text));
        }
        matches.add(gated ? STREET.find(prepared) : STREET.findInFull(text));
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
        void scaleKeys(Capacity capacity, java.util.function.Predicate<String> keys, double factor) {
            Map<String, Hit> some = hits.get(capacity);
            if (some != null) {
                some.replaceAll((key, hit) -> keys.test(key) ? new Hit(hit.weight() * factor, hit.evidence()) : hit);
            }
        }

        /** Party-political evidence other than election context (polling day, postal votes), which council business shares. */
        double campaigning() {
            return hits.getOrDefault(Capacity.PARTY_POLITICAL, Map.of()).entrySet().stream()
                .filter(entry -> !entry.getKey().equals(ELECTION_CONTEXT_KEY))
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

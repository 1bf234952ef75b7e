package org.councilprotocol.detect;

import static org.councilprotocol.model.Capacity.CABINET;
import static org.councilprotocol.model.Capacity.CIVIC;
import static org.councilprotocol.model.Capacity.COMMITTEE;
import static org.councilprotocol.model.Capacity.PARTY_POLITICAL;
import static org.councilprotocol.model.Capacity.PERSONAL;
import static org.councilprotocol.model.Capacity.WARD;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.councilprotocol.model.Capacity;

/**
 * The words {@link CapacityClassifier} reads, as a table: each row is a cue, the capacity it is evidence
 * for and its weight. A cue counts once however often it appears. Rows are grouped by capacity and, within
 * a capacity, by what they show; the patterns are case-insensitive and start at a word boundary.
 */
final class CapacityCues {
    /** One row of the table; {@code key} names it in a reading's scores. */
    record Cue(String key, Capacity capacity, double weight, LiteralGate pattern) {
    }

    private CapacityCues() {
    }

    private static int rows;

    private static Cue row(Capacity capacity, double weight, String regex) {
        return row("cue:", capacity, weight, regex);
    }

    /** The member saying the message is about their own affairs: see {@link #isOwnAffairs}. */
    private static Cue own(Capacity capacity, double weight, String regex) {
        return row("own:", capacity, weight, regex);
    }

    /**
     * Whether evidence is the member saying a message is about their own home, application or account, or that
     * they write privately: the council words in such a message (a case officer, a reference) are about it.
     */
    static boolean isOwnAffairs(String key) {
        return key.startsWith("own:");
    }

    /** A cue that names a problem or a service, not whose case it is: see {@link #isTopic}. */
    private static Cue topic(Capacity capacity, double weight, String regex) {
        return row("topic:", capacity, weight, regex);
    }

    /** A cue that names where, not what: see {@link #isPlace}. */
    private static Cue place(Capacity capacity, double weight, String regex) {
        return row("place:", capacity, weight, regex);
    }

    private static Cue row(String kind, Capacity capacity, double weight, String regex) {
        return new Cue(kind + rows++, capacity, weight, new LiteralGate(Pattern.compile("\\b(?:" + regex + ")",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.MULTILINE)));
    }

    /**
     * Whether evidence names a problem or a service (potholes, litter, damp, bin collections) rather than
     * someone's case, a place or the member acting for someone: from a Cabinet member, such words alone are
     * the service they answer for; with a resident, a street or casework they are the resident's problem.
     */
    static boolean isTopic(String key) {
        return key.startsWith("topic:");
    }

    /**
     * Whether evidence names a place rather than what is done there: the member's ward ("my ward", its name)
     * or a street. Ward work and campaigning both happen somewhere, and a Cabinet scheme can sit in the
     * member's own ward, so a place shows ward work only as far as nothing else explains the message.
     */
    static boolean isPlace(String key) {
        return key.startsWith("place:") || key.startsWith("ward:") || key.equals("street");
    }

    static final List<Cue> WORDS = List.of(
        // ---- ward: the member's own patch, its residents and their problems
        place(WARD, 3, "my (?:own )?ward"),
        row(WARD, 3, "(?:your|the|a|our|my|one of (?:your|the)) (?:local )?ward (?:councillor|member)s?|ward (?:councillor|member)s?"),
        row(WARD, 3, "your (?:local )?councillors?|as (?:a|the) local (?:councillor|member)|local councillor"),
        row(WARD, 3, "constituents?|casework"),
        row(WARD, 3, "(?:my|ward|advice|drop-in) surger(?:y|ies)|surgeries"),
        row(WARD, 2, "(?:in|across|round|around) the ward|(?:house|home|street|people)s? in the ward"),
        row(WARD, 2, "on behalf of (?:a|one of|my|the) (?:family|resident|constituent|tenant|household)s?"),
        row(WARD, 1.5, "residents?"),
        row(WARD, 1.5, "neighbou?rs?|neighbourhood"),
        row(WARD, 1, "tenants?"),
        // The problems residents bring: what a case is about (see isTopic).
        topic(WARD, 1.5, "pot-?holes?"),
        topic(WARD, 1.5, "fly-?tipp(?:ing|ed|ers)|dumped|rubbish"),
        topic(WARD, 1.5, "street ?lights?|street lighting|lamp ?posts?"),
        topic(WARD, 1.5, "dog (?:fouling|mess|poo)|graffiti|litter(?:ing)?|vandal\\w*"),
        topic(WARD, 1.5, "anti-social behaviour|\\basb\\b|youths|police community support|patrols?"),
        topic(WARD, 1.5, "noise|late-night|takeaway"),
        topic(WARD, 1.5, "verges?|pavements?|footpaths?|kerbs?|hedges?|overgrown|street trees?|tree roots?"),
        topic(WARD, 1.5, "rats|pest control|vermin|droppings"),
        topic(WARD, 1.5, "damp|mould|leaks?\\b|repairs? (?:team|manager)|break-in"),
        topic(WARD, 1.5, "(?:bin|refuse|recycling|green bin|grey bin) collections?|missed (?:bin|collection)s?"
            + "|your (?:green |grey |recycling )?bin"),
        topic(WARD, 1.5, "parking (?:team|restriction|on)|parked|speed(?:ing| checks)|crossing patrol|near misses"),
        topic(WARD, 1.5, "sewage|drains?|flooding|pumping station"),
        topic(WARD, 1.5, "play ?ground|play area|the park\\b|open space|recreation ground|\\brec\\b"),
        topic(WARD, 1.5, "bus (?:shelter|stop|service)|the number \\d+\\b"),
        topic(WARD, 1.5, "environmental health|enforcement (?:team|officers?)|planning enforcement"),
        topic(WARD, 1.5, "electoral services|polling station"),
        row(WARD, 1.5, "I(?:'ve| have)(?: (?:now|also|already|just))? (?:reported|raised|asked|passed|chased|spoken|written"
            + "|contacted|been in touch|looked into|(?:had|got) (?:a )?(?:reply|response|answer) from|heard back from)"),
        // People coming to the member: the start of a case.
        row(WARD, 1.5, "(?:have|has|'ve) (?:rung|called|phoned|emailed|contacted|been in touch with|written to) me"
            + "|(?:people|residents|families|those) living (?:round|around|near|next to|by|on|in) the"),
        // Acting for someone, and the register of a reply to someone with a problem.
        row(WARD, 1.5, "I rang|I(?:'ve| have) rung|I(?:'ll| will) ring|I spoke to|could someone|can someone|I said I'd"
            + "|I asked (?:whether|if|them|for)\\b|I(?:'ll| will) take (?:it|this) (?:to|up with)|(?:bring|brought) you a case"
            + "|a family of (?:three|four|five|six|seven|eight|\\d+)"
            + "|I(?:'m| am) sorry (?:to hear|you|it|that)|you're (?:quite |absolutely )?right|you are (?:quite |absolutely )?right"
            + "|you shouldn't have"),
        // People a member helps: those who cannot manage a problem on their own.
        row(WARD, 1.5, "pensioners?|elderly|disabled|wheelchair|mobility scooter|housebound|(?:she's|she is|he's|he is) \\d{2}\\b"
            + "|householders|shopkeepers|traders"),
        row(WARD, 1, "I(?:'ll| will) (?:chase|let you know|keep you (?:posted|updated)|get back to|visit|update you"
            + "|share their reply)"
            + "|(?:promised|told) (?:the |a )?(?:residents?|them|him|her) (?:an update|I'd|I would|I'll)"),
        row(WARD, 1.5, "thank(?:s| you) for (?:your email|getting in touch|letting me know|raising|contacting me|telling me"
            + "|inviting me round|meeting me)"),
        // Representing people: the member's own words for casework.
        row(WARD, 3, "(?:the )?people I represent|my residents|on your behalf|taken (?:it|this|the matter) up"
            + "|I(?:'ve| have) logged|logged (?:it|this)|I(?:'m| am) (?:pushing|pressing|lobbying) for"),
        row(WARD, 2, "give me a (?:ring|call)|I (?:went|walked|drove) (?:and had a look|round|down|past|to see)"
            + "|had a look at|(?:pop|call) round|I'll get (?:straight )?back onto"),
        row(WARD, 2, "your (?:claim|case|appeal|tenancy|complaint|query|enquiry|benefit|repair|road|street|estate|block|area)"
            + "|housing benefit|universal credit|council tax (?:reduction|support)|benefits team|backdated"),
        topic(WARD, 1.5, "alley(?:way)?s?|broken glass|kicked in|hanging (?:about|around)|loitering|drug dealing|burglar\\w*"
            + "|break-ins?|traffic calming|yellow lines|overhanging|weeds|grass cutting|street cleaning|bulky waste|blocked"
            + "|abandoned|needles|shopping trolleys"),
        row(WARD, 1.5, "number \\d+\\b|no\\. \\d+\\b"),
        // One household's case: the resident came to the member, who acts with their leave and passes it on.
        row(WARD, 2.5, "(?:came|coming|come) to see me|with (?:your|her|his|their) permission|(?:she|he)(?:'s| is) happy for me to"
            + "|your (?:application|banding|son|daughter|husband|wife|children|landlord|neighbour'?s?|flat|house|garden|drive)\\b"),
        row(WARD, 1.5, "(?:tree|planning|housing|parking|waste|highways?|noise|tenancy|neighbourhood|estates|property|parks?"
            + "|coastal|benefits|revenues|allocations) (?:officers?|team|people)\\b|tree preservation|\\btpo\\b"
            + "|I(?:'ll| will) pass (?:it|this|them|that) (?:straight |on )?(?:to|on)|drop me a line"),
        // ---- cabinet: portfolio business, the executive's decisions, policy and strategy (executive roles only)
        row(CABINET, 4, "cabinet member(?: for)?|portfolio(?: holder)?s?|leader of (?:the )?(?:council|\\w+ (?:district|borough))"
            + "|as (?:the )?leader(?!,? (?:could|can|would|will|might) you)"
            + "|deputy leader"),
        row(CABINET, 2.5, "cabinet"),
        // The executive's title where a signature puts it: "Raj Patel, Leader", "Leader, Northbrook District Council".
        row(CABINET, 4, "(?<=, )leader\\b|^\\s*(?:deputy )?leader(?=,|\\s*$)"),
        row(CABINET, 3, "forward plan|key decisions?|scheme of delegation|corporate plan"),
        row(CABINET, 3, "medium-term financial|\\bmtfs\\b|budget (?:report|papers|session|gap)|balanced budget|fees and charges"
            + "|finance settlement|council tax (?:rise|increase|levels?)|\\d(?:\\.\\d+)?% (?:council tax|rise)"),
        row(CABINET, 2, "strateg(?:y|ies)"),
        row(CABINET, 2, "polic(?:y|ies)"),
        row(CABINET, 1.5, "programme"),
        row(CABINET, 1.5, "consultation"),
        row(CABINET, 2, "district-wide|across the district|every household in the district|the district's"
            + "|(?:the )?council's (?:plans?|policy|approach|programme|response|case|housing|own buildings)"),
        row(CABINET, 2, "ministers?|government|devolution|combined authority|homes england|environment agency|levelling up"),
        row(CABINET, 1.5, "funding|\\bbids?\\b|partnership|registered providers?|working group"),
        row(CABINET, 1.5, "contracts?|options appraisal|in-house|re-?tender\\w*|the market"),
        row(CABINET, 1.5, "savings|overspend|targets?|performance|net zero|action plan|equality impact assessment"),
        row(CABINET, 3, "(?:general |earmarked )?reserves|s151|section 151|capital programme|revenue budget"
            + "|business case|balance (?:next year|the budget)|spending review"),
        row(CABINET, 2, "(?:portfolio|cabinet|lead member|pre-cabinet|leader's) briefing|pre-cabinet|head of service"
            + "|service plan|kpis?|delegated decision|decision notice|keen in principle|(?:bringing|bring) a (?:paper|report)"
            + "|the (?:report|paper) is finalised|pledge"),
        row(CABINET, 2, "(?:agreed|approved|decided) by (?:the )?cabinet|cabinet (?:has )?(?:agreed|approved|decided|discussed)"
            + "|(?:go|goes|going|bring (?:\\w+ ){0,2}|report(?:ed)?) to cabinet|sign it off|portfolio briefing"),
        // The executive member deciding: approving, steering, signing off (executive roles only, like every Cabinet cue).
        row(CABINET, 2.5, "(?:I'm|I am) (?:happy|content|comfortable|not comfortable|not prepared|minded) (?:for|with|signing)"
            + "|(?:happy|content|fine) for (?:the|this|it|that|them)\\b"
            + "|content for|I want (?:the|us|a|an|it|this|to see)\\b|sign(?:ing)? (?:it |this |that )?off|decision (?:report|paper)"
            + "|go(?:es)? out to tender|tender(?:ing|ed)?\\b|procurement|the administration|administration's"),
        row(CABINET, 2, "pay (?:offer|award|claim)|(?:the|trade) unions|shared services?|chief executives|(?:cost|costed) (?:it|this)"
            + "|sickness absence|\\bHR\\b|staffing"
            + "|(?:your|the|an|amended) motion|the budget\\b"),
        // The executive answering a committee: accepting or rejecting its recommendations is Cabinet business.
        row(CABINET, 4, "(?:accept|reject|agree to|respond to)(?: \\w+){0,5} recommendations"
            + "|accept (?:\\w+ ){0,2}of the \\w+|my (?:full |formal )?response (?:will|to)"),
        // ---- committee: meetings, papers, chairing, scrutiny, quasi-judicial work
        row(COMMITTEE, 4, "(?:planning|licensing|standards|audit(?: and governance)?|general purposes|overview and scrutiny"
            + "|scrutiny|select|appeals|governance)(?: sub-)? committee|sub-committee|scrutiny (?:panel|review|inquiry|committee)"
            + "|task and finish group"),
        row(COMMITTEE, 3, "as (?:the )?chair(?:man)? of|chair(?:man)?,? (?:of )?(?:the )?(?:\\w+ ){0,3}(?:committee|panel)"
            + "|(?:as|because) I chair|chair's briefing|as chair\\b|with you as chair|chair of the"),
        row(COMMITTEE, 2, "committee(?:'s)?|panel\\b|the meeting\\b|special meeting|members of the committee"
            + "|the (?:january|february|march|april|may|june|july|september|october|november|december|next) meeting\\b"),
        row(COMMITTEE, 3, "call for evidence|evidence (?:session|gathering|day)|(?:expert )?witnesses"),
        row(COMMITTEE, 4, "as a (?:committee|panel) member|(?:whether|if) (?:I|to) sit\\b|should I sit|sit on (?:the|this) (?:item"
            + "|application)|predetermin\\w*|been lobbied|was lobbied|step(?:ped)? down for the item|come to committee"),
        row(COMMITTEE, 2.5, "agenda"),
        row(COMMITTEE, 2.5, "(?:draft )?minutes of|correct record"),
        row(COMMITTEE, 2.5, "quorum|quorate"),
        row(COMMITTEE, 2.5, "democratic services|committee clerk|the clerk"),
        row(COMMITTEE, 2.5, "site visits?"),
        row(COMMITTEE, 2.5, "declar(?:e|ation of) (?:an )?interest|leave the room"),
        // Apologies for absence, not "with my apologies" when declining an invitation.
        row(COMMITTEE, 2.5, "apologies (?:for|to)\\b|(?:send|give|sends|gives) (?:my |his |her |their )?apologies|substitute"),
        row(COMMITTEE, 2.5, "hearing(?: bundle| procedure)?"),
        row(COMMITTEE, 2.5, "work programme|terms of reference|call-in"),
        row(COMMITTEE, 2.5, "(?:give|giving|written|take|taking) evidence|evidence session|evidence from"),
        row(COMMITTEE, 2, "recommendations?"),
        row(COMMITTEE, 2.5, "register (?:with democratic services|to speak)|(?:speak|speaking) at (?:the )?(?:meeting|committee)"
            + "|(?:three|3) minutes|objectors"),
        row(COMMITTEE, 2.5, "late representations?|update sheet|(?:officer's|committee|case officer's) report|case officer"),
        row(COMMITTEE, 2.5, "material considerations?|open mind|predetermin\\w+|vote on (?:it|applications)"),
        row(COMMITTEE, 2, "items? \\d+|the (?:papers|report) (?:for|to)|papers"),
        row(COMMITTEE, 1.5, "planning training|training session"),
        // Committees named without the word ("ahead of Audit and Governance"), and what only a meeting does.
        row(COMMITTEE, 3, "audit and governance|overview and scrutiny|general purposes|internal audit|(?:limited|reasonable|substantial)"
            + " assurance|exempt (?:item|report|information|session)|private session|exclude the (?:press|public)"),
        row(COMMITTEE, 2.5, "(?:report|it) (?:be |being |just )?noted|the chair\\b|vice-chair"),
        row(COMMITTEE, 1.5, "(?:move|moved|second|seconded) (?:it|that)\\b"),
        // A committee hearing from a witness or a Cabinet member: the session, members' questions.
        row(COMMITTEE, 2.5, "(?:your|the) appearance|members (?:have agreed|would like|will want|are (?:particularly |very )?interested)"
            + "|webcast|minutes to open|the session\\b"),
        row(COMMITTEE, 3, "scrutiny(?! (?:panel|review|inquiry|committee))"
            + "|(?:taxi|licensing|appeals?|appointments|grievance|standards|sub-) ?panel"
            + "|external auditor|value for money (?:findings|conclusion)|main item|our next meeting|(?:lines of|line of) questioning"
            + "|briefing note for members|sit on (?:the |friday's |monday's |\\w+'s )?\\w+ ?(?:panel|committee)"),
        row(COMMITTEE, 2, "officer(?:'s)? recommendation|publish(?:ed)? the (?:update|report|agenda)|shortlisted candidates"
            + "|the report for"),
        // A planning application's reference ("25/00877"), not part of a date ("14/03/1961"): searched in full, as it
        // has no letters to look for.
        row(COMMITTEE, 2, "(?<![\\d/])\\d{2}/\\d{4,5}(?:/\\w+)?\\b(?!/)"),
        // ---- civic: the Mayor's office
        row(CIVIC, 4, "mayor(?:'s|s)?\\b|mayoral|mayoress|mayor-making"),
        row(CIVIC, 3, "consorts?|civic|parlour|lord-lieutenant|lieutenancy|freedom of the (?:district|borough|town)"
            + "|citizenship ceremony|twinning|twin town|regalia|badge of office|chains? of office|the chain\\b|chaplain"),
        row(CIVIC, 2, "remembrance|wreath|march past|parade"),
        row(CIVIC, 2, "ceremony|reception|presiding"),
        row(CIVIC, 2, "100th birthday|centenar\\w+|golden wedding|diamond wedding"),
        row(CIVIC, 2, "present (?:the|a|their)|presentation|officially open|ribbon|unveil|plaque"),
        row(CIVIC, 2, "flag raising|raise the .{0,30}flag|royal"),
        row(CIVIC, 2, "engagements?|my office|my secretary"),
        // The Mayor's diary: invitations accepted and declined.
        row(CIVIC, 4, "while I(?:'m| am) (?:the )?mayor|(?:my|the) (?:mayoral )?year in office|my mayoral year"
            + "|represent the whole (?:district|borough|town)|(?:chains?|badge) of office|\\bchain not\\b|robes"),
        row(CIVIC, 2, "switch(?:ing)?-on|lights switch"),
        // The Mayor chairs the full Council (an ordinary member's "report to Full Council" counts a fifth).
        row(CIVIC, 3, "full council|(?:through|from|address(?:ing)?) the chair\\b|standing orders|points? of order"),
        row(CIVIC, 3, "(?:accept|decline|turn down)(?: the| their| an?| his| her)?(?: \\w+){0,3} (?:invitation|dinner|service|reception"
            + "|lunch|luncheon|ball|event)s?\\b"),
        // The Mayor accepting an invitation.
        row(CIVIC, 2, "(?:delighted to|honoured to|pleased to|very happy to|glad to) (?:attend|open|visit|present|join|judge"
            + "|welcome|lay|host|call in|come)"),
        row(CIVIC, 2, "charity (?:appeal|ball|quiz|golf|fun day|day|walk|auction|dinner)|charities|in aid of"),
        row(CIVIC, 3, "my (?:chosen )?charit(?:y|ies)|mayor's charit(?:y|ies)"),
        row(CIVIC, 2, "on behalf of the (?:whole )?district|across the district|the district's best wishes"),
        // ---- party-political: campaigning, elections, the party's own business
        row(PARTY_POLITICAL, 4, "canvass\\w*|door-?knock\\w*|knocking up|get out the vote|walk sheets"),
        row(PARTY_POLITICAL, 4, "election (?:leaflets?|literature|agent|campaign)|campaign (?:fund|committee|plan|strategy|trail)"
            + "|fighting fund|campaigns?\\b(?= properly| starts)"),
        row(PARTY_POLITICAL, 4, "phone bank\\w*|rosettes?|hustings|nomination papers|comrades|in solidarity"),
        row(PARTY_POLITICAL, 4, "target seats?|(?:win|hold|keep|gain) (?:this|the|our|a) seat|win .{0,20} back"
            + "|(?:lost|won) last time"),
        row(PARTY_POLITICAL, 4, "re-?elect(?:ed|ion)?"
            + "|vote (?:for me|conservative|labour|liberal democrat|lib dem|green|reform|independent)"
            + "|please vote|your vote|(?:for|count on|ask(?:ing)? for|earn) your (?:support|vote)"),
        row(PARTY_POLITICAL, 4, "(?:our|the|new) candidates?|selection (?:meeting|committee)|for selection"
            + "|standing (?:again|for)|select(?:ing|ion of)? (?:our |the |a )?(?:\\w+ )?candidates?"
            + "|put (?:my|his|her|their|your) names? forward"),
        // Standing for election: seats, candidates, the other parties.
        row(PARTY_POLITICAL, 4, "stand in (?:may|every seat|the election)|in every seat|seats where|(?:putting|put|fielding|field)"
            + " up candidates|fielding candidates|candidates in (?:every|each|the|\\d+)|(?:the|both) (?:old|big|main|other) parties"
            + "|(?:party|campaign) (?:headquarters|hq)|crowdfunder|new (?:\\w+ )?branch|branch launch(?:es)?"),
        // The party group on the council: its line, its position, its amendment.
        row(PARTY_POLITICAL, 3, "(?:our|the) group(?:'s)? (?:line|position|amendment|view)|group line"),
        // Delivering the party's literature: doors, helpers, rounds.
        row(PARTY_POLITICAL, 3, "\\d[\\d,]* doors|helpers|(?:out|help(?:ing)?|volunteers?) deliver(?:ing)?|deliver(?:ing)? (?:the )?"
            + "(?:leaflets|newsletters?|rounds?)|imprint"),
        row(PARTY_POLITICAL, 3, "(?:party|association|branch|group) (?:meeting|members|membership|office|whip|stall)"
            + "|(?:constituency|local) party|membership (?:renewals?|card|leaflets)|party membership|group whip|new members"),
        row(PARTY_POLITICAL, 4, "\\bclp\\b|constituency (?:labour )?party|ward party|manifesto|campaign launch"
            + "|party conference|selection timetable|(?:parliamentary|prospective|our|the) candidate|\\bppc\\b"
            + "|nominations? (?:open|close|form|papers|day)|close of nominations|(?:sign|signed|signing) (?:the |my |his |her |their )?"
            + "nomination"
            + "|tellers?\\b|telling at|committee room|activists?|get the vote out|\\bgotv\\b"),
        row(PARTY_POLITICAL, 3, "branch (?:agm|chair(?:man)?|secretary|treasurer|officers?)|\\bagm\\b|(?:blue|red|orange|yellow)"
            + " (?:team|rosettes?|leaflets?)|door-to-door|doorstep|(?:going to be|it'll be|it will be) (?:tight|close)|marginal"
            + "|\\d[\\d,]* votes|we can (?:do|win) this"
            + "|the (?:labour|conservative|lib dem|liberal democrat|green|reform|independent) group's"
            + "|record my vote for the motion|subscriptions? (?:can be|are due)"),
        // Election context: council business shares these words (a polling station's ramp), so they weigh little alone;
        // local elections in England are in May.
        row(PARTY_POLITICAL, 1.5, "postal vot(?:e|es|ers)|polling day|by-election|elections?|polling stations?"
            + "|(?:before|in|until|after) May\\b|on \\d{1,2}(?:st|nd|rd|th)? May\\b"),
        row(PARTY_POLITICAL, 2, "supporters|voters?|volunteers"),
        row(PARTY_POLITICAL, 4, "(?:willing|going|agreed|want|wants|ready) to stand\\b|stand (?:as|for) (?:an? )?(?:independent|candidate"
            + "|councillor)s?\\b|who (?:can|will) deliver\\b|delivery (?:team|network|rounds?)|bundles? (?:of leaflets)?"),
        row(PARTY_POLITICAL, 3, "(?:women's|youth|young members'?|students'|members') forum|(?:a|the) (?:labour|conservative|lib dem"
            + "|liberal democrat|green|reform|independent) (?:council|government|administration|group) (?:has|have) delivered"),
        row(PARTY_POLITICAL, 2, "posters?|garden stakes|window bills?"),
        row(PARTY_POLITICAL, 1.5, "leaflets?|leafleting|deliver(?:ing|y)? rounds?|printer|print run"),
        row(PARTY_POLITICAL, 2, "the other lot|opponents?|the opposition|our line|voting together|two-horse race"),
        row(PARTY_POLITICAL, 1.5, "donat\\w+|fundrais\\w+"),
        row(PARTY_POLITICAL, 1, "press release|social media|media list"),
        // ---- personal: family, friends, the member's own home, health, money and business
        // The member's own affairs, said outright: these outweigh the council words that come with them.
        own(PERSONAL, 8, "(?:writing|write) as a (?:private )?(?:resident|individual)|rather than as (?:a |your )?councillor"
            + "|as (?:your|a) (?:next-door )?neighbour|not as (?:your|a) (?:local |ward )?councillor"
            + "|in a (?:personal|private) capacity|not casework|about my own|my own (?:home|house|bin|property|council tax|car|account)"
            + "|(?:application|extension|works|permission|conversion) (?:\\w+ ){0,4}(?:for|at|to|on) my (?:own )?(?:home|house|property"
            + "|garden|flat)\\b"),
        row(PERSONAL, 3, "my (?:wife|husband|partner|son|daughter|children|kids|mum|mother|dad|father|sister|brother|nan|gran"
            + "|grandson|granddaughter|grandchildren|family|cousin|auntie|aunt|uncle)\\b|(?:our|his|her) (?:daughter|son|dad|mum)\\b"),
        // The member as a landlord of their own property.
        row(PERSONAL, 3, "the (?:flat|house|property|properties) I (?:let|rent out|own)|my (?:tenants?|letting agent|buy-to-let"
            + "|rental (?:flat|property))\\b"),
        row(PERSONAL, 3, "my (?:practice|shop|business|landlord|flat|boiler|mortgage|passport|car|bike|locker|membership|plot"
            + "|home insurance|blood test|prescription|fixed rate|old (?:bank )?account|new account|architect)"),
        row(PERSONAL, 3, "\\b(?:mum|dad|auntie|nan)\\b|\\blove,|^\\s*love\\b"),
        row(PERSONAL, 2, "birthday party|wedding|hen (?:do|weekend|party)|book club"),
        row(PERSONAL, 2, "dinner|lunch|curry|pudding|lasagne|bottle of"),
        row(PERSONAL, 2, "holiday|cottage|booking|book the|travel on"),
        row(PERSONAL, 2, "dentist|doctor|dr\\.? [A-Z]|\\bgp\\b|\\bvets?\\b|appointment|check-up|injections?"),
        row(PERSONAL, 2, "mortgage|remortgag\\w+|insurance|claim|loss adjuster|direct debit|bounced|bank transfer|pay by"),
        row(PERSONAL, 2, "invoice|business account|place the order|stock|for sale|asking £"),
        row(PERSONAL, 2, "\\bmot\\b|passport|tracker|tickets? for|football(?! (?:league|club|pitch|pitches|ground))|the match"
            + "|golf club|allotments?|subscription|bike"),
        row(PERSONAL, 2, "catch-up|at mine|come round|cheers|thanks mate|surprise|can't wait"),
        row(PERSONAL, 4, "for me personally|(?:me|myself|I) personally|my own (?:money|time|pocket|expense|family|children|garden"
            + "|driveway|roof|kitchen|bathroom|bank)\\b"),
        row(PERSONAL, 3, "my (?:\\w+ )?(?:permit|policy|subscription|operation|knee|hip|back|card|order|lesson|van|phone"
            + "|laptop|gym|membership|insurance|contract renewal)\\b|refund|charged twice|duplicate payment|shop around"
            + "|gym|recover(?:ing)? from|school concert|policy (?:renews|number)"),
        row(PERSONAL, 1.5, "at home|my home|our (?:cat|dog|puppy|kitten)|dogs? allowed|children's? school|parents' evening"),
        // The member arranging their own property's repairs: when they are in, where the key is.
        row(PERSONAL, 2.5, "(?:I'm|I am) (?:in|home|around) (?:most|all|every|on)\\b|the spare key|my spare key")
    );

    /** A street or place with a capitalised name ("14 Northdown Road", "Harbour Court"): a resident's address. */
    static final LiteralGate STREET = new LiteralGate(Pattern.compile(
        "\\b(?:\\d+[a-z]? )?(?:[A-Z][a-z]+ ){1,2}(?:Road|Street|Lane|Avenue|Close|Gardens|Terrace|Court|Parade|Way|Crescent|Drive"
            + "|Square|Grove|Rise|Place|Mews|Walk|Flats)\\b"));

    /** A kiss after the name ("Ann x", "Mary (Lily's nan) x") in the last lines: family and friends. */
    static final Pattern KISS = Pattern.compile("(?m)^.{0,40}\\sx+\\s*$|[.!?]\\s*x{1,4}\\s*\\z|\\sx{2,4}\\s*\\z");

    /**
     * The imprint UK election law requires on campaign material ("Promoted by J. Mensah on behalf of the
     * Labour Party, 14 Hall Road"): only party and candidate material carries one.
     */
    static final LiteralGate IMPRINT = new LiteralGate(Pattern.compile(
        "\\b(?:promoted|published|printed)(?: and (?:promoted|published|printed))? by\\b.{3,80}?\\bon behalf of\\b",
        Pattern.CASE_INSENSITIVE | Pattern.DOTALL));

    /** Words that put a message in council or party business, whatever its capacity. */
    static final Pattern COUNCIL = Pattern.compile("\\b(?:council(?:s|lors?|'s)?|cllrs?|district|borough|ward|committee|cabinet"
        + "|mayor|officers?|chief executives?|local authority|parish|party)\\b", Pattern.CASE_INSENSITIVE);

    /** Someone named with a title ("Mrs Abebe", "Mr Petar Dimitrov"): outside the greeting, the person a case is about. */
    static final Pattern TITLED_PERSON = Pattern.compile("\\b(?:Mrs|Mr|Ms|Miss|Dr)\\.? [A-Z][a-z'-]+");

    /** "not to me personally", "not my own": a personal cue with a negation just before it does not count. */
    static final Pattern NEGATED = Pattern.compile("\\b(?:not|n't|never)\\b(?:\\s+\\w+){0,3}[\\s,]*$", Pattern.CASE_INSENSITIVE);

    /** Words only elections use: three different ones in a message show a campaign, party named or not. */
    static final List<LiteralGate> ELECTORAL = Stream.of("vot(?:e|es|ed|ing|ers?)", "re-?elect\\w*", "elections?", "campaign\\w*",
        "canvass\\w*", "leaflets?", "candidates?", "posters?", "seats?", "rosettes?", "polling")
        .map(word -> new LiteralGate(Pattern.compile("\\b" + word + "\\b", Pattern.CASE_INSENSITIVE))).toList();

    /** Words that make a sentence naming a party a campaigning one. */
    static final Pattern CAMPAIGNING = Pattern.compile(
        "\\b(?:vot(?:e|es|ed|ing|ers?)|re-?elect\\w*|elections?|campaign\\w*|canvass\\w*|leaflets?|candidates?|posters?"
            + "|supporters|seats?|win|winning|fund\\w*|donat\\w+|branch|(?<!housing )association|selection|rosettes?|membership|stall"
            + "|rounds)\\b",
        Pattern.CASE_INSENSITIVE);

    /** UK parties as members write them: the name a directory gives, and the words that mean it. */
    static final Map<String, Pattern> PARTIES = new LinkedHashMap<>();

    static {
        PARTIES.put("labour", Pattern.compile("\\b(?:labour|lab)\\b(?!\\s+(?:market|costs?|shortages?|force))", Pattern.CASE_INSENSITIVE));
        PARTIES.put("conservative", Pattern.compile("\\b(?:conservatives?|tor(?:y|ies))\\b", Pattern.CASE_INSENSITIVE));
        PARTIES.put("liberal democrat", Pattern.compile("\\b(?:liberal democrats?|lib ?dems?)\\b", Pattern.CASE_INSENSITIVE));
        PARTIES.put("green", Pattern.compile(
            "\\b(?:green party|(?i:greens)\\b(?! ?keeper)|Green(?= (?:councillors?|candidates?|members?|vote)))"));
        PARTIES.put("reform", Pattern.compile("\\bReform(?: UK)?\\b"));
        PARTIES.put("plaid cymru", Pattern.compile("\\bplaid(?: cymru)?\\b", Pattern.CASE_INSENSITIVE));
        PARTIES.put("snp", Pattern.compile("\\b(?:snp|scottish national party)\\b", Pattern.CASE_INSENSITIVE));
        PARTIES.put("independent", Pattern.compile("\\bIndependents?\\b(?= (?:candidates?|councillors?|group|members?)|\\s+in)"
            + "|(?<=[A-Z][a-z]{1,30} )Independents\\b"));
    }

    /**
     * What common UK portfolios cover, by a word of the portfolio's name: a Cabinet member's portfolio is named
     * by its business as often as by its title ("temporary accommodation" for Housing, "footfall" for
     * Regeneration). Only the member's own portfolios, from the directory, are read.
     */
    static final Map<String, String> PORTFOLIO_AREAS = Map.ofEntries(
        Map.entry("housing", "homes|homeless\\w*|tenanc(?:y|ies)|landlords|lettings?|allocations|temporary accommodation"
            + "|housing register|rough sleep\\w*|voids|nominations? (?:rights|agreement)"),
        Map.entry("environment", "climate|carbon|net zero|emissions|trees|biodiversity|air quality|flood\\w*|wildlife|nature"),
        Map.entry("climate", "climate|carbon|net zero|emissions|trees|biodiversity|air quality|flood\\w*|wildlife|nature"),
        Map.entry("waste", "bins|recycling|refuse|collections|litter|fly-tipping|street cleansing|food waste|garden waste|fleet"),
        Map.entry("recycling", "bins|recycling|refuse|collections|litter|fly-tipping|street cleansing|food waste|garden waste|fleet"),
        Map.entry("regeneration", "regeneration|town centres?|high streets?|heritage|shopfronts?|footfall|vacan(?:cy|t) (?:rates?|shops?"
            + "|units?)|empty shops|masterplan|investment|scheme"),
        Map.entry("economic", "businesses|jobs|skills|investment|employers|economy"),
        Map.entry("economy", "businesses|jobs|skills|investment|employers|economy"),
        Map.entry("tourism", "tourism|tourists?|visitors?|visitor economy|seafront|festivals?|attractions?|destination"),
        Map.entry("culture", "arts?\\b|culture|cultural|museums?|theatres?|heritage|libraries|creative|festivals?"),
        Map.entry("leisure", "leisure centres?|sports?|swimming|pools?|parks|playing fields"),
        Map.entry("finance", "budgets?|reserves|council tax|savings|procurement|treasury|assets|audit"),
        Map.entry("resources", "budgets?|reserves|savings|procurement|assets|staff|workforce|\\bHR\\b|\\bICT\\b|digital"),
        Map.entry("planning", "local plan|planning policy|design code|five-year (?:housing )?supply|housing numbers|building control"),
        Map.entry("transport", "buses|bus services|transport|cycling|car parks?|parking|traffic|electric vehicles?|\\bEV\\b"),
        Map.entry("safety", "community safety|anti-social behaviour|\\bCCTV\\b|police|crime"),
        Map.entry("health", "health|wellbeing|\\bGPs?\\b|social prescribing|physical activity"));

    /** Whether a text names any party at all, cheaply, before the sentence-by-sentence reading. */
    static final List<LiteralGate> PARTY_GATES = PARTIES.values().stream().map(LiteralGate::new).toList();

    static final Pattern SIGN_OFF = Pattern.compile(
        "^\\s*(?:(?:kind|best|warm|warmest|many|with(?: best| warm| many)?|all the)\\s+)?(?:regards|wishes|thanks|thank you)\\b.{0,12}$"
            + "|^\\s*(?:yours(?: sincerely| faithfully| truly)?|thanks|cheers|love|best|regards|in solidarity|with thanks|thanks mate"
            + "|avec .{0,40})[,.!]?\\s*$|^\\s*--\\s*$",
        Pattern.CASE_INSENSITIVE);

    /** The pattern for a party the directory names, from the known parties or, failing that, its own words. */
    static Optional<Pattern> partyPattern(String party) {
        String key = party.toLowerCase(Locale.ROOT).replace("the ", "").replace(" party", "").replaceAll("s$", "").strip();
        for (Map.Entry<String, Pattern> known : PARTIES.entrySet()) {
            if (key.equals(known.getKey()) || key.startsWith(known.getKey()) || known.getKey().startsWith(key)) {
                return Optional.of(known.getValue());
            }
        }
        return key.isEmpty() ? Optional.empty() : Optional.of(phrase(party));
    }

    static Pattern phrase(String words) {
        return Pattern.compile("\\b" + wardRegex(words) + "\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    static String wardRegex(String ward) {
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
}

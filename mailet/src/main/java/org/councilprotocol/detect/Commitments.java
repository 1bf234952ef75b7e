package org.councilprotocol.detect;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.councilprotocol.detect.Commitment.Kind;

/**
 * Reads one sentence for a commitment of the Council. It models who is bound (the Council by any of
 * its names, "we", officers, or the writer acting on the Council's behalf), whether the wording binds
 * (a firm "will", an agreement, a confirmation, an instruction) and whether the deed is one (paying,
 * waiving, agreeing, doing work) or only talk (considering, keeping someone updated, raising it).
 * Words that take the binding away are read for their scope: a negation between the party and the
 * deed, a condition on a decision not yet taken, a question, the writer's own hopes or efforts, or
 * someone else's words reported.
 *
 * <p>Rules first: each finding quotes the sentence that made it and a council's IT team can see why a letter
 * was held. On sentences written blind the rules found about two commitments in three, so a trained model
 * ({@link CommitmentModel}) reads what they leave, but only plain statements that bind: a sentence with a
 * question, a condition, a negation, a hedge, a report, a notice or a promise only of talk stays the rules'
 * to judge, because their reading of scope is what keeps false alarms down.
 */
public final class Commitments {
    private static final Map<String, Commitments> BY_COUNCIL = new ConcurrentHashMap<>();

    /** Deeds that cost the Council money. */
    private static final Set<String> MONEY = words("pay", "refund", "reimburse", "compensate", "fund", "cover", "contribute",
        "award", "grant", "meet", "bear", "foot", "match", "sponsor", "subsidise", "underwrite", "settle", "donate", "allocate",
        "release", "transfer", "credit", "indemnify", "buy", "purchase", "repay", "invest", "spend", "finance", "lend", "absorb",
        "shoulder", "bankroll", "top", "reimburse", "insure", "ringfence", "earmark");
    /** Deeds that give up something owed to the Council. */
    private static final Set<String> WAIVE = words("waive", "write", "cancel", "scrap", "drop", "freeze", "reduce", "halve",
        "discount", "exempt", "withdraw", "suspend", "relax", "forgo", "forego", "remit");
    /** Deeds that make or change a contract, lease, licence or formal agreement. */
    private static final Set<String> AGREE = words("accept", "approve", "sign", "extend", "renew", "terminate", "honour",
        "lease", "hire", "adopt", "sell", "license", "licence", "agree", "allow", "permit", "authorise", "authorize", "admit",
        "guarantee", "indemnify", "exchange");
    /** Verbs after "will" that promise talk or process, not a deed. */
    private static final Set<String> TALK = words("be", "need", "want", "know", "think", "see", "hear", "feel", "hope",
        "like", "love", "try", "aim", "seek", "look", "consider", "review", "decide", "discuss", "assess", "investigate",
        "examine", "explore", "study", "research", "monitor", "watch", "respond", "reply", "write", "contact", "call", "ring",
        "phone", "email", "e-mail", "update", "inform", "notify", "advise", "explain", "publish", "consult", "meet", "visit",
        "inspect", "survey", "check", "chase", "raise", "ask", "request", "attend", "come", "go", "listen", "learn", "work",
        "engage", "help", "welcome", "note", "speak", "talk", "tell", "say", "forward", "pass", "copy", "add", "remind",
        "book", "find", "argue", "campaign", "fight", "press", "lobby", "push", "oppose", "canvass", "stand", "win", "vote",
        "knock", "report", "record", "log", "acknowledge", "treat", "process", "determine", "conclude", "confirm", "follow",
        "share", "circulate", "present", "propose", "recommend", "suggest", "receive", "expect", "require", "deal", "address",
        "tackle", "prioritise", "endeavour", "strive", "support", "continue", "remain", "stay", "wait", "leave", "bring",
        "reconsider", "revisit", "discuss", "debate", "scrutinise", "challenge", "question", "answer", "keep", "hold", "make",
        "take", "put", "get", "do", "give", "send", "offer", "provide", "arrange", "deliver", "open", "close", "run", "set",
        "start", "begin", "let", "lend", "apply", "charge", "pursue", "enforce", "recover", "fine", "prosecute", "levy", "impose",
        "bill", "invoice", "penalise", "issue", "remember", "struggle", "manage", "fail", "refuse", "decline",
        "resist", "object", "appeal", "invite", "thank", "congratulate", "celebrate", "mark", "host", "organise", "plan",
        "schedule", "reschedule", "postpone", "agree", "accept", "allow", "permit", "sign", "ensure", "resolve", "blame",
        "advertise", "announce", "publicise", "stay", "end");
    /** The money a deed with a talk verb takes on: "deal with the disposal costs", "take care of the bill". */
    private static final String COSTS = "(?:the |any |all |your |their )?(?:[\\w-]+ ){0,2}?(?:costs?|bill|fees?|expenses?|invoice|tab"
        + "|charges?)\\b";
    /** Land or a place held for someone: "hold the depot site for the land trust", "keep the pitch for you". */
    private static final String RESERVED = "^(?:the|your|this|that|a|our) (?:[\\w'-]+ ){0,3}?(?:site|land|plot|pitch|unit|room|hall"
        + "|space|flat|house|home|property|building|garage|stall|mooring|allotment|depot|premises|shop|kiosk|tenancy|offer|slot)"
        + "(?: [\\w'-]+){0,3}? for (?:you|your|the|them|him|her|their)\\b";
    /** Talk verbs that are deeds with the right object: "keep the pool open", "make good", "give you £50". */
    private static final Map<String, Pattern> DEED_WHEN = Map.ofEntries(
        Map.entry("keep", Pattern.compile("^(?:\\S+ ){0,5}?(?:open|free|running|going|frozen|unchanged|the same|at £)"
            + "|^(?:on )?(?:paying|funding|covering|running|providing|subsidising|collecting|opening|gritting|cleaning|emptying"
            + "|maintaining)\\b"
            + "|^(?:your|the) (?:flat|home|house|tenancy|pitch|plot|stall|place|room|mooring|allotment) (?:open |available )?for you\\b"
            + "|^(?:\\S+ ){1,8}?(?:locked|unlocked|lit|manned|staffed|trained on|switched on|in place|gritted)\\b|" + RESERVED)),
        Map.entry("knock", Pattern.compile("^(?:£?\\d[\\d,.]*%? |a (?:bit|third|quarter|half|fifth|tenth) |some |the £?\\w+ )?off\\b")),
        Map.entry("write", Pattern.compile("^off\\b")),
        Map.entry("raise", Pattern.compile("^(?:a |an |the )?(?:credit note|purchase order|refund|cheque|payment)\\b")),
        Map.entry("hold", Pattern.compile("^(?:\\S+ ){0,5}?(?:open|the price|the rate|at £|the booking|frozen)|" + RESERVED)),
        Map.entry("make", Pattern.compile("^(?:good|a start on|a (?:\\w+ )?(?:payment|contribution|grant|donation|offer|refund)|the (?:[\\w-]+ ){0,3}?"
            + "(?:payment|repairs?|contribution|offer|loan|grant|award|refund)|(?:it|the \\w+|them) (?:safe|good|watertight|accessible)|an? (?:\\w+ )?(?:award|offer))")),
        Map.entry("take", Pattern.compile("^(?:over|back|on|down|away|(?:full )?responsibility|(?:enforcement |legal |immediate )?action"
            + "|(?:\\S+ ){1,8}?(?:off|down|away|out)\\b|care of " + COSTS + ")"
            // "take the apprentice on permanently" (a post), "taking the cost of the treatment on itself" (a cost).
            + "|^(?:\\S+ ){1,4}?on (?:permanently|full-time|part-time|as an?|at the|for (?:a|another|the)|from)\\b"
            + "|^" + COSTS + "(?: [\\w'-]+){0,6}? on (?:itself|ourselves|board)\\b")),
        Map.entry("see", Pattern.compile("^to it\\b|^that (?:[\\w'£,.-]+ ){1,8}?(?:is|are|gets?) (?:\\w+ )?(?:paid|refunded|repaired"
            + "|replaced|fixed|waived|credited|cleared|collected|reinstated|done)\\b")),
        Map.entry("deal", Pattern.compile("^with " + COSTS)),
        Map.entry("look", Pattern.compile("^after " + COSTS)),
        Map.entry("stand", Pattern.compile("^(?:the|any|all|your) (?:\\w+ )?(?:costs?|bill|expense)")),
        Map.entry("put", Pattern.compile("^(?:in|up|right|back)\\b|^(?:\\S+ ){1,5}?(?:in|into|up|on|back|in place|outside|along|beside"
            + "|across|around|next to)\\b|^(?:\\S+ ){1,7}?through (?:in |on |with )?(?:this|the|next|our)\\b")),
        Map.entry("get", Pattern.compile("^(?:\\S+ ){1,7}?(?:fixed|sorted|repaired|done|resurfaced|cleared|replaced|installed|removed"
            + "|mended|filled|emptied|collected|cut|trimmed|painted|cleaned|lifted|towed|moved|taken away|processed|paid|refunded"
            + "|credited|issued|actioned|approved|waived|cancelled|reinstated)\\b|^(?:the |a |some )?"
            + "(?:crew|team|gang|contractors?|men|lads|someone|operatives?|engineers?)\\b(?! together)")),
        Map.entry("do", Pattern.compile("^(?:the (?:\\w+ )?(?:works?|repairs?|job|resurfacing|clearance|patching))\\b")),
        Map.entry("give", Pattern.compile("^(?:you |them |him |her |the [\\w-]+ )?until (?:[\\w-]+ ){1,4}?to (?:pay|clear|settle)\\b"
            // A break from paying: "give the farm tenant a rent holiday", "a repayment break of three months".
            + "|\\b(?:rent|fee|charge|payment|repayment|licence fee)[ -](?:holiday|free period|break|reduction|discount|waiver)\\b"
            // Something of the Council's given away: "…six laptops from our old stock", "the display cabinet to the museum trust".
            + "|\\bfrom (?:our|the council's|its) (?:old |spare |surplus |own )?(?:stock|stores?|depot|collection|surplus|fleet)\\b"
            + "|^(?!(?:your |the |our )?(?:details|letter|information|views?|comments?|feedback|message|name|number|address|report"
            + "|petition|complaint|advice|support|notice|consideration|thought|update|thanks|assurance)\\b)(?:the|our|its|an?) (?:[\\w'-]+ ){0,8}?to"
            + " (?:the )?(?:[\\w'-]+ ){0,4}?(?:trust|club|school|charity|group|association|society|hub|centre|museum|foundation|cic|library)\\b"
            + "|£|\\b(?:relief|discount|refund|grant|free|use of|licence|permission|compensation|funding"
            + "|extension|reduction|rebate|credit|priority|a (?:new|replacement))\\b")),
        Map.entry("send", Pattern.compile("^(?:an? |the )?(?:[\\w-]+ )?(?:engineer|electrician|plumber|operative|crew|team|gang|glazier"
            + "|locksmith|joiner)s? (?:out|round|over|to (?:[\\w'-]+ ){1,3}?(?:road|lane|street|avenue|close|drive|park|estate|court"
            + "|square|way|hill|crescent|terrace|gardens|site|depot|beach|seafront|promenade))\\b|^(?:someone|somebody|a crew|a team|an? (?:[\\w-]+ )?(?:engineer|operative))"
            + "(?: (?:out|round|over|along))?(?: [\\w-]+){0,3}? to (?:take|clear|fix|repair|remove|board|make|mend|secure|empty|collect"
            + "|replace|pump|restore|switch)\\b"
            + "|^(?:you )?(?:an? |the )?(?:cheque|payment|refund|crew|team|gang|out (?:a|the) (?:crew|team|gang)"
            + "|someone to (?:fix|repair|clear|collect|remove))\\b")),
        Map.entry("offer", Pattern.compile("^(?!(?:you |them |him |her |residents )?(?:an? |the |some |any |more |further |our |its )?"
            + "(?:advice|support|information|details|update|meeting|help|guidance|opportunity|chance|response|assistance|feedback"
            + "|comments?|views?|thoughts|apology|apologies|sympathy|condolences|congratulations|reassurance|visit)\\b)")),
        Map.entry("provide", Pattern.compile("^(?!(?:you |them |him |her |residents |me )?(?:with )?(?:an? |the |some |any |more"
            + " |further |our |its |full )?(?:advice|support|information|details|update|meeting|help|guidance|opportunity|chance"
            + "|response|assistance|feedback|comments?|views?|answer|reply|explanation|report|briefing|clarity|assurance)\\b)")),
        Map.entry("arrange", Pattern.compile("^(?:for|to (?:pay|refund|repair|replace|remove|collect|clear|install))\\b")),
        Map.entry("deliver", Pattern.compile("^(?!(?:the |our |a |some |more )?(?:leaflets|newsletters?|flyers|letters|a talk"
            + "|a presentation|the message|a speech|surveys?)\\b)")),
        Map.entry("open", Pattern.compile("^(?!(?:a |the )?(?:consultation|discussion|dialogue|conversation|debate)\\b)")),
        Map.entry("close", Pattern.compile("^(?!(?:the |this |your )?(?:case|complaint|enquiry|matter|consultation)\\b)")),
        Map.entry("run", Pattern.compile("^(?!(?:a |the )?(?:consultation|survey|session|workshop|review)\\b)")),
        Map.entry("set", Pattern.compile("^up\\b(?! (?:a |the )?(?:meeting|call|visit))")),
        Map.entry("start", Pattern.compile("^(?:the |on |on the )?(?:work|works|repairs?|resurfacing|building|construction"
            + "|installing|planting|clearing|site|job|scheme|demolition|felling|patching)\\b")),
        Map.entry("begin", Pattern.compile("^(?:the |on |on the )?(?:work|works|repairs?|resurfacing|building|construction"
            + "|installing|planting|clearing|site|job|scheme|demolition|felling|patching)\\b")),
        Map.entry("let", Pattern.compile("^(?:the|your) (?:unit|land|hall|premises|shop|kiosk|garage|site|building|plot|room)|^you (?!know)"
            // "We'll let the £35 late fee go": a charge given up.
            + "|^(?:the |your |this |that )?(?:£\\S+ )?(?:[\\w-]+ ){0,3}?(?:fee|fine|charge|penalty|debt|arrears|invoice|rent) go\\b")),
        Map.entry("lend", Pattern.compile(".")),
        Map.entry("stay", Pattern.compile("^(?:open|free|in place|the same|unchanged|frozen|at £)")),
        Map.entry("end", Pattern.compile("^(?!up\\b)")),
        Map.entry("issue", Pattern.compile("^(?:you )?(?:a |the |your )?(?:refund|payment|cheque|credit|licence|permit|grant|voucher)")),
        Map.entry("agree", Pattern.compile("^(?:to |your |the )")),
        Map.entry("exchange", Pattern.compile("^contracts\\b")),
        Map.entry("pick", Pattern.compile("^up (?:the |your |any |all |their )?(?:[\\w'-]+ ){0,2}?(?:tab|bill|costs?|invoice|expenses?|fees?"
            + "|charges?)\\b")),
        Map.entry("accept", Pattern.compile("^(?!that\\b|it\\b|this is|the point|your point|your concerns?|(?:your |an |the )?apolog)")),
        Map.entry("allow", Pattern.compile("^(?:you|your|the|them|him|her|residents|traders|it)\\b")),
        Map.entry("permit", Pattern.compile("^(?:you|your|the|them|him|her|it)\\b")),
        Map.entry("sign", Pattern.compile("^(?:off )?(?:the|your|a|this) (?:\\w+ )?(?:contract|lease|licence|agreement|order|deed)")),
        Map.entry("ensure", Pattern.compile("\\b(?:is|are|gets?|will be) (?:\\w+ )?(?:paid|repaired|replaced|fixed|refunded|waived"
            + "|resurfaced|cleared|installed|completed|done)\\b")),
        Map.entry("resolve", Pattern.compile("^(?:the|this|your) (?:\\w+ )?(?:damp|leak|flooding|problem with the)")));
    /** With these deeds the Council gives up a claim when it will not do them: "will not charge you". */
    private static final Pattern FORBEARANCE = Regexes.compile("^(?:charg|bill|invoic|pursu|enforc|recover|fin(?:e|ing)\\b|prosecut"
        + "|levy|impos|penalis|seek|claim|collect|ask(?:ing)? (?:you )?(?:for|to pay)|apply (?:\\w+ )?(?:charges?|fees?|penalt|damages"
        + "|interest|the)|take (?:any )?(?:further )?(?:enforcement |legal )?action|issue (?:a |any )?(?:fine|penalty|pcn|ticket)"
        + "|send(?:ing)? (?:you )?(?:an? |any )?(?:invoice|bill)|sell (?:it|them|the)\\b|put (?:it|them|the \\w+) on the market"
        + "|dispose of|chas(?:e|ing) (?:you |them |him |her )?(?:for )?(?:the |your |any |this |that |their )?(?:[\\w'£,.-]+ ){0,4}?"
        + "(?:arrears|debt|rent|fees?|charges?|invoice|bill|money|balance|payment|£))");
    /** What the Council promises not to do to someone: "…will not be sold", "we will not charge you". */
    private static final Pattern FORBORNE = Regexes.compile("^(?:[\\w'-]+ ){0,8}?(?:will|shall) not (?:be (?:sold|charged|closed"
        + "|demolished|billed|pursued|enforced|evicted|fined|prosecuted|built on|developed|withdrawn|cut)|(?:sell|charge|close|demolish"
        + "|bill|pursue|enforce|evict|fine|prosecute|build on|develop|withdraw|cut)\\b)");
    /** "whether the Council will pay": asked, not promised. */
    private static final String[] ACTS = {"confirm", "agre", "accept", "approv", "authori", "guarante", "undertak", "commit",
        "offer", "award", "grant", "waiv", "sanction", "sign", "pledg", "promis", "assur", "given", "giving", "ok'", "okay", "okd",
        "consent"};
    private static final Set<String> ASKING = words("whether", "if", "why", "how", "when", "what", "which", "whatever", "unless");
    private static final String[] CONDITIONS = {"if ", "unless", "provided", "providing", "subject to", "assuming", "condition",
        "as long as", "in the event", "should ", "once", "until", "pending"};
    /** Deeds that state a decision in the present tense ("the fee is waived") only with "been" or "being". */
    private static final Set<String> ROUTINE = words("issued", "given", "credited", "processed", "returned", "made", "sent", "arranged",
        "paid", "released", "allocated", "reduced");
    private static final String[] DONE_WORDS = {"given", "processed", "issued", "returned", "dropped", "arranged", "made", "frozen", "capped", "approved", "awarded", "agreed", "waived", "granted", "accepted", "written off",
        "cancel", "refunded", "authoris", "authoriz", "signed off", "paid", "reimbursed", "honoured", "upheld", "allocated",
        "released", "scrapped", "reduced", "halved", "suspended", "renewed", "extended", "free of charge", "credited", "struck off",
        "wiped", "knocked off", "voided", "quashed", "rescinded", "abolished", "withdrawn", "lifted", "revoked"};

    /** Someone else's words: "officers say the Council will…", "according to the letter…", "I'm told…". */
    private static final Pattern REPORTED = Regexes.compile("\\b(?:says|said|(?:they|officers|he|she|you) say|told|tells|wrote|writes|written|stated"
        + "|thinks|believes|reckons|assumes"
        + "|states|informed|informs|explained|explains|mentioned|indicated|reported|reports|claims?|claimed"
        + "|\\b(?:head|director|chief executive|clerk|solicitor|lawyer|colleague)(?: of [\\w'-]+(?: [\\w'-]+)?)? (?:has|have|had)"
        + " (?:now |already |just )?(?:confirmed|advised|told|assured|indicated)"
        + "|according to|i understand (?:that|from|the|officers)|my understanding|understanding from|given to understand|i understood|been told|i'm told|i am told|i gather|apparently"
        + "|reportedly|(?:your|their|his|her|its|[a-z]+'s) (?:\\w+ )?(?:announcement|statement|press release|news)|(?:they|he|she"
        + "|you|it|the company|the operator|the government) (?:has |have |had )?announced"
        + "|i(?:'ve| have)? heard|i hear that|(?<!to )record(?:s|ed)? that|resolved that|recommends?|recommended|proposes?"
        + "|proposed|suggests?|suggested|(?:the|his|her|their|that|its|[a-z]+'s)"
        + " (?:\\w+ ){0,2}?(?:letter|e-?mail|reply|response|report|minutes|notice|decision)(?: \\w+){0,6}? (?:says|said|states|stated"
        + "|confirms|confirmed|explains|explained|sets? out|makes? clear|promised|is that)|in (?:his|her|their|the officer's"
        + "|the council's|the director's|that|the) (?:letter|e-?mail|reply|response)|decision,?(?: [\\w,']+){0,10}? is that"
        + "|(?:officers?|they|he|she|the (?:\\w+ )?(?:team|department|officer|director|manager|contractor|service|services)|[a-z]+"
        + " (?:from|at) (?:the )?\\w+|[a-z]+ services|the [a-z]+ manager) (?:have |has |had )?(?:now )?(?:confirmed|agreed|promised"
        + "|advised|said|tell|tells|assured|assures))\\b");
    /** The writer's own hope, belief or effort; not when it sits in a clause about something else ("which I think…"). */
    private static final Pattern HEDGED_BY_WRITER = Regexes.compile("^(?:option|scenario|alternative) [a-z0-9]{1,2} ?[:.)-]"
        + "|\\b(?:concerned|worried|fears?|feared|afraid|anxious|alarmed) (?:that\\b|(?=(?:we|the|it|they|this|there|our|ndc)\\b))"
        // The writer's doubt, confidence or warning against assuming: a forecast, not the Council's word.
        + "|\\bi (?:don't|do not|didn't|did not) (?:think|believe|expect|reckon|imagine|suppose)\\b|\\b(?:i am|i'm|we are|we're)"
        + " (?:\\w+ )?(?:confident|certain|optimistic)\\b|\\b(?:can't|cannot|don't|do not|shouldn't|should not|mustn't) (?:yet )?"
        + "(?:take (?:it|that) as read|assume|take (?:it|that) for granted|bank on|count on)\\b|\\bthe (?:risk|danger|fear|worry) (?:is )?that\\b"
        + "|(?<!which |who |that )\\b(?:i think|i believe|i feel|i reckon|in my (?:view|opinion)"
        + "|i hope|i'm hoping|i am hoping|hopefully|i expect|i'd expect|i would expect|i'd like to see|i would like to see"
        + "|i want to see|i wish|ideally|i'm sure|i am sure|i trust|i suspect|i doubt|my hope is|it would be|it'd be|it is likely"
        + "|it's likely|it is possible|it's possible|perhaps|maybe|possibly|probably|i'd urge|i would urge|i urge|calling on"
        + "|calling for|(?:i'll|i will|i shall|i'm going to|i am going to|let me) (?:\\w+ ){0,2}?(?:ask|press|push|raise|chase"
        + "|request|recommend|suggest|speak|see|find out|check|try|do my best|lobby|argue|make the case|take (?:it|this|that) up"
        + "|follow (?:it|this|that) up|pass|forward|mention|put|seek|write to|contact|query|look)"
        + "|i'm asking|i am asking|i've asked|i have asked|i'm pushing|i am pushing|i'm pressing|i am pressing|i'm lobbying"
        + "|i've requested|i have requested|i'd support|i would support|i support|i'd welcome|i would welcome|i'd like the council"
        + "|i would like the council|i want the council|no guarantee|no promises?|not promising|can't promise|cannot promise"
        + "|can't guarantee|cannot guarantee|not (?:able|in a position) to (?:\\w+ )?(?:promise|guarantee|confirm|say|commit|tell|announce"
        + "|state|report)|unable to|(?:can't|cannot) (?:yet )?(?:tell you|confirm)|there's (?:a|every|some|a good|a fair|a real"
        + "|a reasonable|a decent|a strong) chance|there is (?:a|every|some|a good|a fair|a real|a reasonable|a decent|a strong) chance"
        // The writer warning against a reading: "don't take my visit as a sign that…", "what I can't do is tell you…".
        + "|what i (?:can't|cannot|am unable to) do is|(?:wouldn't|would not|don't|do not) want (?:you|anyone|residents|people)"
        + " to (?:think|assume|believe|imagine|get the impression)|(?:don't|do not) (?:take|read|treat|see) (?:\\w+ ){0,6}?as"
        + " (?:a |an |any )?(?:sign|signal|indication|hint)|chances are|with any luck|(?:budget|funds?|funding|money|resources|time|weather)"
        + " permitting|depending on|dependent on|depends on"
        + "|not saying|isn't saying|i'm not sure|i am not sure|not certain|can't say|cannot say|too early to say|fingers crossed"
        + "|i'm hopeful|i am hopeful|hopeful that|with luck|touch wood|all being well|no position to|yeah right|as if|right, because"
        + "|because obviously"
        + "|(?:cannot|can't|not|unable to|don't|do not|won't|will not) (?:\\w+ ){0,7}?(?:guarantee|promise|assurance|commitment"
        + "|confirmation|approval"
        + "|commit|undertaking)|(?:nothing|none of) (?:\\w+ ){0,9}?(?:guarantee|promise|assurance|commitment|undertaking))\\b");
    private static final Pattern APPROVAL_PENDING = Regexes.compile("\\b(?:if|unless|provided|providing|subject to|assuming"
        + "|on condition|as long as|in the event|should (?:the|cabinet|committee|it|members|officers|funding)|once|pending)\\b"
        + "[^.;]{0,90}?\\b(?:approv\\w*|agree\\w*|cabinet|committee|budget|funding|funds?|money|officers?|decides?|decision"
        + "|available|permits?|allows?|sign(?:ed)?[- ]off|consult\\w*|elected|votes?|legal|business case|successful|contract"
        + "|council meeting|full council|resolution|process|liable|liability|proves?|shown?|evidence)"
        // "Until" waits on a decision only when one is named: "until Cabinet has agreed it", not "until the hall committee
        // finds its feet" or "until the funding runs out", which bound a promise in time.
        + "|\\buntil\\b[^.;]{0,90}?\\b(?:approv\\w*|agree\\w*|decides?|decided|decision|sign(?:ed)?[- ]off|votes?|voted|confirm\\w*"
        + "|consult\\w*|consider\\w*|resolution|resolved|business case|available|successful|legal|(?:cabinet|committee|panel|board"
        + "|council) (?:has )?(?:meets?|met)|proves?|shown?|evidence)");

    private static final Pattern AFTERTHOUGHT_HEDGE = Regexes.compile("[,(–-] ?(?:i (?:believe|think|understand|hope|gather|expect)"
        + "|(?:officers?|they|he|she) (?:tell|told|say|said)|so i'm told|so i am told|apparently|i'm told|according to \\w+"
        + "|depending on|dependent on|(?:budget|funds?|funding|money|resources|time|weather) permitting"
        + "|(?:said|says|claimed|claims|wrote|writes|announced|insisted|promised) (?:the|a|an|his|her|their|its|[a-z]+'s)"
        + "|(?:the|a|an|his|her|their|its) (?:[\\w'-]+ ){0,2}?(?:said|says|claimed|claims|wrote|announced|insisted))\\b");

    private static final Pattern PASSIVE_FUTURE = Regexes.compile("\\b(?:will|shall|'ll) (?<adverbs>(?:(?:not|never|now|also|then"
        + "|still|definitely|certainly|all|both|either|fully|soon|shortly|gladly|then|therefore|of course|automatically|immediately"
        + "|promptly),? )*)be (?:\\w+ly )?(?<participle>[a-z-]+)(?<rest>.*)");
    private static final Set<String> IRREGULAR = words("paid", "made", "done", "given", "kept", "held", "met", "sent", "built",
        "cut", "put", "set", "taken", "written", "shown", "told", "sold", "let", "brought", "laid", "relaid", "rebuilt", "run",
        "left", "dealt", "spent", "lent", "repaid", "borne", "overturned", "withdrawn", "forgiven", "undertaken", "granted");
    private static final Pattern PERFECT_PASSIVE = Regexes.compile("(?:\\b(?:your|the|this|a|an|our|their|his|her|its|any)"
        + " (?:[\\w'£,.-]+ ){0,4}?|^(?:[\\w'£,.-]+ ){0,3}?)(?<thing>hire(?! company| firm)|membership(?! of)|subscription|sale|tenancy|booking|registration|grant|claim|refund|payment|compensation|fee|fees|charge|charges|fine|penalty|pcn|invoice"
        + "|bill|arrears|debt|quote|quotation|tender|contract|lease|bid|funding|award|discount|rebate|application|request|licence"
        + "|permit|relief|loan|rent|deposit|approval|sign-off|authori[sz]ation|consent|permission|reimbursement|overpayment|easement"
        + "|tax|surcharge|interest|account(?= (?:[\\w'-]+ ){0,2}?(?:has|have) been credited)"
        + "|(?:enforcement|abatement|penalty|closure|prohibition|breach of condition) notice)"
        + ",?(?: [\\w'£,.-]+){0,8}? (?<!would |could |should |might |must |may )(?:has|have|is|are) (?:now |also |already )?"
        + "(?<aux>been |being )?(?:\\w+ly )?"
        + "(?<deed>approved|awarded|agreed|waived|granted|accepted|written off|cancell?ed|refunded|authori[sz]ed|signed off|paid"
        + "|reimbursed|honoured|upheld|allocated|released|scrapped|reduced|halved|suspended|renewed|extended|free of charge|given"
        + "|processed|issued|returned|dropped|arranged|sent|made|frozen|set aside|capped|credited(?: back)?|struck off|wiped"
        + "|knocked off|voided|quashed|rescinded|abolished|withdrawn|lifted|revoked)\\b");
    private static final Pattern NO_CHARGE = Regexes.compile("\\b(?:you (?:will|'ll|shall) not (?:be (?:charged|billed|invoiced"
        + "|asked to pay|liable)|need to pay|have to pay)|you won't (?:be (?:charged|billed|invoiced|asked to pay|liable)|need to pay"
        + "|have to pay)|there (?:will|'ll) be no (?:charge|fee|cost)|no (?:further |more |additional |extra )?(?:charges?|fees?|penalt(?:y|ies)|interest|fines?) will be (?:made|levied"
        + "|applied|added|charged|imposed)"
        + "|consider (?:the|your|this|that) (?:[\\w-]+ ){0,4}?(?:charge|fee|fine|pcn|debt|invoice|bill|arrears|penalty|surcharge)"
        + "(?: [\\w'-]+){0,6}? (?:scrapped|waived|cancelled|written off|gone|sorted|wiped|struck off|dropped|void|withdrawn)|(?:fee|fees|charge|charges|fine|penalty|debt|bill|invoice|arrears|premium|rent)"
        + "(?: \\S+){0,2}? no longer (?:applies|apply|stands|due|payable)|(?:is|are) no longer (?:payable|due|owed|owing)"
        + "|you (?:now )?owe (?:us |the council )?nothing|(?:there's|there is) no need (?:to|2) pay|no need (?:to|2) pay"
        + "|you (?:don't|do not) (?:need|have) to pay|(?:it's|its|it is) on (?:us|the council|the house|ndc)|got it covered"
        + "|(?:will not|won't) be (?:recovered|charged|pursued|collected|enforced|claimed|invoiced|billed)(?: from you)?"
        + "|(?:(?:at|with|for) no (?:extra |additional )?(?:charge|cost)(?: to you)?|free of charge),? (?:which|as|and|-) i(?: have|'ve)?"
        + " (?:now |already )?(?:arranged|agreed|authori[sz]ed|approved)|forget (?:about )?the (?:\\S+ ){0,4}?(?:charge|fee|bill|fine|invoice)|(?:is|are)(?<!(?:floor|choice|decision|call|pleasure|stage|turn) (?:is|are)) yours (?:from|for|at|on|rent)"
        + "|^(?:not a penny|nothing) (?:will|is going to) be (?:charged|billed|invoiced)\\b"
        + "|^no (?:charge|fee|bill|cost) (?:for|on) (?:the |your |this )?(?:[\\w'-]+ ){0,4}?[\\w'-]+(?::| -|;)"
        + "|\\b(?:it|this one|that one|rent|costs?|bills?|fees?|charges?|deposit|tab|hire|invoice|repairs?|skip|postage|replacement|tea"
        + "|refreshments)"
        + "(?: [\\w'-]+){0,5}?(?:'s| is| are) (?:all )?on (?:us|the council|the house|ndc)\\b(?!'s)"
        + "|(?:\\S+ )(?:is|are) (?:hereby )?(?:granted|varied|amended|approved|agreed|extended|renewed),? (?:and|so|from|for|until"
        + "|with|on)\\b)");
    /** The writer has had a charge taken away: "I've had the £90 fee struck off", "I have got your fine cancelled". */
    private static final Pattern HAD_IT_WAIVED = Regexes.compile("\\bi(?: have|'ve)? (?:now |just |already )?(?:had|got) (?:the |your"
        + " |that |this |those )?(?:[\\w'£,.-]+ ){0,4}?(?:fee|fees|charge|charges|fine|penalty|pcn|debt|arrears|invoice|bill|rent"
        + "|interest|surcharge) (?:[\\w'-]+ ){0,3}?(?:waived|cancell?ed|struck off|wiped|written off|scrapped|dropped|refunded|reduced"
        + "|halved|knocked off|withdrawn|removed|quashed)\\b");
    /** A charge that falls, said as a fact to come: "your rent will drop by £12 a week". */
    private static final Pattern CHARGE_FALLS = Regexes.compile("\\b(?:your|the|this|that) (?:[\\w'-]+ ){0,3}?(?:rent|fee|fees|charge"
        + "|charges|bill|premium|price|cost|rate) (?:(?:will|is going to|shall) (?:now |also |then )?(?:drop|fall|come down|go down"
        + "|decrease|reduce)|(?:now )?(?:drops|falls|comes down|goes down|is (?:now )?(?:cut|reduced|lowered))) (?:by|to) (?:£|\\d|half"
        + "|a (?:third|quarter|half))");
    /** A terse award: "the contract for the Wi-Fi goes to Beacon Networks", not "goes to tender" or "to the lowest bidder". */
    private static final Pattern GOES_TO = Regexes.compile("\\b(?:the|this|our) (?:[\\w'-]+ ){0,3}?(?:contract|tender|concession"
        + "|franchise|lease)(?: (?:for|to run|at|on|of)(?: [\\w'-]+){1,6}?)? (?:goes|will go|is going|has gone) to (?!tender|cabinet"
        + "|committee|consultation|a vote|auction|market|appeal|court|the (?:cabinet|committee|panel|board|vote|market|next|lowest"
        + "|highest|best|winning|successful|preferred|cheapest)|whoever|whichever|whatever)[a-z]");
    /** A formal offer of the Council's stated as a sum: "our offer to the parish council is £15,000 a year". */
    private static final Pattern OFFER_IS = Regexes.compile("\\b(?:our|the council's|the authority's|ndc's|northbrook's) (?:final |formal"
        + " |revised |improved |best |firm )?(?:offer|contribution)(?: [\\w'-]+){0,6}? (?:is|stands at|remains|will be) (?:now )?£");
    /** "We give you our assurance that the footpath will reopen": the Council's word given for a deed in the clause after. */
    private static final Pattern ASSURANCE = Regexes.compile("\\b(?:we|the council|ndc|northbrook(?: district)?(?: council)?) (?:can )?"
        + "(?:give|gives|offer|offers) (?:you )?(?:our|its|the council's|a|an) (?:firm |full |absolute |formal |solemn )?(?:assurance"
        + "|guarantee|undertaking|word|commitment|pledge|promise) that (?<clause>.*)|\\byou have (?:our|the council's|ndc's) (?:firm "
        + "|full |absolute |formal )?(?:assurance|guarantee|undertaking|word|commitment|pledge|promise) that (?<clause2>.*)");
    private static final Pattern CLAUSE_DEED = Regexes.compile("\\b(?:will|shall) (?:\\w+ly )?(?<be>be )?(?<verb>[a-z]+)(?<rest>.*)");
    private static final Pattern YOU_RECEIVE = Regexes.compile("\\byou(?:'ll| will| shall)(?: now| also| then| shortly| soon)?"
        + " (?:receive|get|be getting|be receiving|be (?:paid|refunded|reimbursed|compensated|offered|given|awarded|rehoused|granted|sent"
        + "|allocated))"
        + "(?: [\\w'-]+){0,4}? (?:refund|grant|payment|compensation|reimbursement|£\\s?\\d|rebate|discount|credit|cheque|award"
        + "|replacement|sum|funding|voucher|contribution|goodwill|new (?:home|property|boiler|kitchen|bathroom|windows?|fence|bin)"
        + "|(?:next|first) (?:[\\w'-]+ ){0,2}?(?:house|home|flat|property|bungalow|tenancy|pitch|plot|allotment|stall|mooring|unit))");
    /** Something of the Council's given away in two words: "the £750 grant is yours", "the room at Kestrel Court is yours". */
    private static final Pattern IS_YOURS = Regexes.compile("\\b(?:grant|money|payment|refund|room|flat|house|home|bungalow|pitch|plot"
        + "|stall|allotment|unit|lease|tenancy|licence|contract|funding|award|mooring|hut|place|booking|keys?|shop|kiosk|site|space"
        + "|garage|cheque|compensation)(?: [\\w'-]+){0,4}? (?:is|are) (?:now |all )?yours\\b(?! to (?:decide|choose|make))");
    /** A decision stated as made: "it has been agreed that the club can use the pavilion rent-free". */
    private static final Pattern IT_IS_AGREED = Regexes.compile("\\bit (?:has|have) (?:now |also )?been (?:agreed|decided|approved"
        + "|confirmed|resolved|settled|arranged) that (?<clause>.*)");
    /** What such a clause grants: the Council's deed, or leave to use something of the Council's for nothing. */
    private static final Pattern GRANTED_USE = Regexes.compile("\\b(?:can|may|will be able to|is free to|are free to) (?:now |also )?"
        + "(?:use|have|keep|hire|book|rent|occupy|park|stay)\\b.*\\b(?:free|rent-free|free of charge|at no (?:cost|charge)|without"
        + " charge|for nothing|until|from|for (?:the|a|another|\\d))");
    /** Leave granted in so many words: "permission is hereby given for the fun run to use the car park". */
    private static final Pattern LEAVE_GIVEN = Regexes.compile("\\b(?:permission|consent|approval|authority|authori[sz]ation"
        + "|dispensation|leave) (?:is|are) (?:hereby |now )?(?:given|granted)\\b");
    /** "Consider your £1,200 grant approved": the writer's word that it is done. */
    private static final Pattern CONSIDER_DONE = Regexes.compile("\\bconsider (?:the|your|this|that) (?:[\\w'£,.-]+ ){0,4}?(?<thing>"
        + "grant|application|claim|refund|request|booking|licence|permit|lease|extension|payment|loan|contract|bid|quote|quotation"
        + "|tender|tenancy|transfer|exemption|discount|reduction|relief|award|compensation) (?:[\\w'-]+ ){0,5}?(?<deed>approved|agreed"
        + "|granted|accepted|awarded|renewed|extended|signed off|authori[sz]ed|confirmed|refunded|paid|reimbursed|waived"
        + "|cancell?ed|written off)\\b");
    /** Money on its way to the reader: "it'll be in your account by Friday". */
    private static final Pattern IN_YOUR_ACCOUNT = Regexes.compile("(?:\\b(?:it|the (?:[\\w'-]+ ){0,2}?(?:money|payment|refund|grant"
        + "|cheque|compensation|sum|funds?))|£\\s?\\d[\\d,.]*) (?:will|shall|should) (?:now |also )?(?:be|go|arrive|land|reach you) (?:paid )?"
        + "(?:back )?(?:in|into) your (?:bank )?account\\b|\\b(?:cheque|payment|refund|compensation) (?:[\\w'£,.-]+ ){0,4}?(?:is|are)"
        + " (?:now )?(?:in the post|on (?:its|their) way)\\b");
    /** A grant raised: "the regeneration grant to the project is increased to £60,000". */
    private static final Pattern GRANT_RAISED = Regexes.compile("\\b(?:grant|funding|award|contribution|allocation|loan|compensation"
        + "|offer)(?: [\\w'£,.-]+){0,6}? (?:has been|have been|is|are|is being|are being) (?:now |also )?(?:increased|raised|topped up"
        + "|doubled|uplifted)\\b");
    /** Somebody else's money or grant: "the Government grant to the Council has been increased". */
    private static final Pattern OTHERS_MONEY = Regexes.compile("\\b(?:government|lottery|county|arts council|sport england|to the council"
        + "|to us|to ndc|our (?:grant|funding|allocation) from)\\b");
    /** A concession of the Council's stated as fact: "carers park free in all our car parks". */
    private static final Pattern FREE_IN_OURS = Regexes.compile("\\b(?:park|parks|travel|travels|swim|swims|play|plays|enter|enters|use"
        + "|uses|hire|hires|go|goes|get in|gets in|train|trains) (?:for )?free (?:of charge )?(?:in|at|on|to) (?:all |any |each of |every )?"
        + "(?:our|the council's|ndc's|council|northbrook's) ");
    /** Money to someone from the Council: "the Society will receive £3,600 from the Council". */
    private static final Pattern FROM_COUNCIL = Regexes.compile("\\b(?:will|shall|'ll) (?:now |also |then )?(?:receive|get"
        + "|be (?:given|paid|awarded|sent)) (?:[\\w'-]+ ){0,3}?£\\s?\\d[\\d,.]*(?:k\\b| million)? (?:[\\w'-]+ ){0,2}?from (?:the council"
        + "|the authority|the district council|us|ndc)\\b");
    /** The Council taking a cost on: "…funded by NDC", "send the bill to us". */
    private static final Pattern COUNCIL_PAYS = Regexes.compile("(?<!was |were |been |had been |should be |would be |could be |might be |must be |ought to be )\\b(?:funded|paid for|met|covered"
        + "|underwritten|financed)(?: in full| entirely| fully)? by (?:the council|the authority|the district council|us|ndc)\\b"
        + "|\\b(?:bill|invoice|costs?|account) (?:[\\w'-]+ ){0,8}?(?:will (?:now )?)?(?:come|comes|go|goes) to (?:us|the council|ndc)\\b"
        + "|\\b(?:bill|invoice|cost|costs) (?:is|are) ours\\b|\\bsend (?:the |your |us the )?"
        + "(?:bill|invoice|account) (?:to|for) (?:us|the council|ndc)\\b");
    private static final Pattern WRITER_ACTS = Regexes.compile("\\bi(?: (?:can|am|'m|have|'ve|hereby|now|formally|therefore|also"
        + "|pleased|happy|delighted|able|to|would like to|do|herewith|just|already|personally))* (?<act>confirm|agre|accept|approv"
        + "|authori[sz]|guarante|undertak|commit|offer|award|grant|waiv|sanction|sign off|pledg|promis|sign|assur|ok'|okay'|okd|okay(?=ed)|consent"
        + "|given (?:the )?(?:go-ahead|green light|approval|sign-off)|giving (?:the )?(?:go-ahead|green light|approval))"
        + "(?:e|es|ed|ing|d|s|ted|ting)?\\b(?<rest>.*)");
    /** "I write on behalf of the Council to grant your stall a pitch": the letter itself does the deed. */
    private static final Pattern WRITES_FOR = Regexes.compile("\\bi (?:am )?writ(?:e|ing) (?:to you )?(?:on behalf of|for and on"
        + " behalf of|for) (?:the |this |\\w+ )?(?:district |borough |county )?(?:council|authority),? (?:to|in order to) (?<verb>[a-z]+)"
        + "(?<rest>.*)");
    private static final Pattern ON_BEHALF = Regexes.compile("\\b(?:on behalf of|for and on behalf of|on the part of) (?:the |this"
        + " |\\w+ )?(?:district |borough |county |city |town |parish )?(?:council|authority)\\b|\\bas (?:the )?(?:cabinet member"
        + "|portfolio holder|leader|lead member|chair(?:man|woman)?)\\b|\\bon the council's behalf\\b");
    /**
     * What the writer's act is about, when it is the Council's business: "your quotation", "the lease" (a determiner at
     * most three words before one of these nouns), a sum, "for the new roof", "that the Council will…". The nouns are
     * looked up word by word ({@link #councilObject}): a regex trying the noun list after every determiner was the
     * costliest step in reading a long letter.
     */
    private static final Set<String> OBJECT_NOUNS = words("quote", "quotation", "tender", "application", "claim", "grant",
        "invoice", "fee", "charge", "terms", "offer", "proposal", "bid", "extension", "payment", "refund", "works", "contract",
        "lease", "licence", "compensation", "variation", "estimate", "funding", "budget", "spend", "expenditure", "order",
        "booking", "arrears", "rent", "reduction", "discount", "relief", "settlement");
    /** Nouns that name the Council's business only with the word after them: "request for", "sum of". */
    private static final Map<String, String> OBJECT_PHRASES = Map.of("request", "for", "sum", "of");
    private static final Set<String> DETERMINERS = words("your", "the", "this", "a", "an", "their", "his", "her", "its");
    private static final Pattern COUNCIL_OBJECT = Regexes.compile("£\\s?\\d|^ (?:the council|ndc|the authority|northbrook) to\\b"
        + "|\\bfor (?:new |the |a |an |\\w+ )|\\b(?:that|to) (?:we|the council|ndc"
        + "|the authority) (?:will|shall)\\b|\\bthat (?:[\\w'-]+ ){1,6}?(?:will|shall) be (?:\\w+ )?\\w+(?:ed|en|id)\\b"
        + "|\\bthat you (?:will|shall) (?:get|receive|be (?:given|offered|allocated)) (?:the |a |an )?(?:[\\w'-]+ ){0,3}?(?:house|home"
        + "|flat|property|bungalow|tenancy|pitch|plot|allotment|stall|mooring|unit|place)\\b");
    private static final Pattern WRITER_OPINION = Regexes.compile("\\bi (?:\\w+ )?agree(?:d)? with (?:you|your|him|her|them|the"
        + " (?:point|view|comments?|concerns?)|everything|what|that|this|residents|much)\\b|\\bi (?:\\w+ )?(?:agree|accept|confirm)"
        + "(?:d)? (?:that (?:you|it|this|there|i|the (?:situation|problem|road|issue|delay))|the point|your point|your concerns?"
        + "|receipt|i)\\b|\\bi (?:\\w+ )?(?:agree|accept)(?:d)? (?:it|this|that)(?: is| was|'s)\\b|\\bi can confirm (?:that )?"
        + "(?:i|i'll|i will|the meeting|the surgery)\\b|\\bconfirm (?:that )?(?:the council|we|ndc|the authority) (?:has|have) (?:now )?"
        + "received\\b|\\bconfirm receipt\\b");

    private static final Pattern YOU_ARE_INSTRUCTED = Regexes.compile("\\byou (?:are|have been) (?:hereby |now |formally )?"
        + "(?:instructed|authori[sz]ed|directed|cleared|given (?:the )?(?:go-ahead|green light|approval))\\b");
    private static final Pattern WRITER_DIRECTS = Regexes.compile("\\bi(?:'ve|'m| have| am)?(?: \\w+){0,2}? (?:hereby )?(?:instruct"
        + "|authori[sz]e|direct|order|mandate|told|tell)(?:s|d|ed|ing)? (?<who>you|the contractors?|contractors|officers|staff"
        + "|(?:the )?(?:[\\w-]+ ){0,3}?(?:team|crew|gang|department|contractor|firm|company|services|officers|manager|room|centre"
        + "|desk|unit|section|office|wardens|rangers|staff|solicitors|lawyers|depot|yard|finance|legal|estates|payroll|accounts"
        + "|engineers?|surveyors|valuers|caretakers?|revenues|benefits))(?:, [^,]{1,50},)?(?: \\w+){0,3}? (?:not )?to"
        + " (?<verb>[a-z]+)(?<rest>.*)");
    private static final Pattern WRITER_WANTS = Regexes.compile("\\bi(?: want| need| expect| require|'d like| would like)(?: the| you| them| our| your"
        + "| [\\w'-]+){1,5}? to (?<verb>[a-z]+)(?<rest>.*)");
    /** Spending named in a command: "…and charge it to our housing service", "book the hours to the housing account". */
    private static final Pattern CHARGED_TO = Regexes.compile("\\bcode (?:it|them|this|that) to\\b|\\b(?:bill|invoice) (?:the|our|my)"
        + " (?:[\\w-]+ ){0,3}?(?:account|budget|fund)\\b|\\bsend (?:the |your )?(?:bill|invoice) to (?:the |our |my )?(?:[\\w-]+ ){0,3}?"
        + "(?:account|budget|fund)\\b|\\b(?:charge|book|put) (?:it|them|this|that|the (?:\\w+ )?(?:hours|cost"
        + "|costs|bill|invoice|overtime)) to (?:the |our |my |your )?(?:[\\w-]+ ){0,3}?(?:account|budget|fund|service|council|department)"
        + "|\\b(?:charge|book|put) (?:it|them|this|that|the (?:\\w+ )?(?:hours|cost|costs|bill|invoice|overtime)) to my (?:ward )?"
        + "(?:portfolio|ward)\\b|\\bat the council's expense\\b|\\bput (?:the )?(?:overtime|cost|costs"
        + "|hours|bill) down to (?:us|the council|our|my|the)\\b|(?:^|, |and |then )(?:please )?(?:invoice|bill) (?:us|ndc|the council"
        + "|the authority|northbrook)\\b");
    private static final Pattern WANTS_DONE = Regexes.compile("\\bi (?:want|need|expect) (?:the |your |those |all |this |that )"
        + "(?:[\\w'-]+ ){0,6}?(?:painted(?: over)?|cleared|repaired|fixed|removed|done|replaced|cleaned|cut back|collected|emptied"
        + "|lifted|installed|resurfaced|paid|refunded)\\b");
    private static final Pattern THIS_IS_INSTRUCTION = Regexes.compile("\\b(?:consider|take|treat) this (?:my |our |the council's"
        + " |formal |written |official )*(?:approval|authori[sz]ation|go-ahead|instruction|agreement|consent|permission|licence) (?:to|for)\\b"
        + "|\\b(?:consider|take|treat|accept) (?:this|the present)"
        + " (?:e-?mail|letter|message|note)(?: as| to be)? (?:your |my |the council's |a |an |formal |official |written |final"
        + " )*(?:instruction|authori[sz]ation|authority|approval|go-ahead|order|confirmation|acceptance|agreement"
        + "|permission|consent|licence)\\b"
        + "|\\bthis (?:e-?mail|letter|message|note) (?:is|serves as|constitutes|represents|acts as|will serve as) (?:your |my"
        + " |the council's |a |an |formal |official |written |final )*(?:instruction|authori[sz]ation|authority|order"
        + "|confirmation|acceptance|approval|go-ahead|agreement)\\b|\\b(?:(?:let )?this (?:e-?mail|letter|message|note) (?:serve|stand|be"
        + "|is|serves|stands|constitutes|represents) (?:as )?|(?:consider|take|treat) this (?:e-?mail|letter|message|note) as )(?:the council's|our|the authority's|ndc's) (?:firm |formal |written "
        + "|official |full )*(?:commitment|undertaking|guarantee|assurance|promise|offer)\\b|\\byou have (?:my|the council's|our|the|full) (?:full )?"
        + "(?:go-ahead|approval|authority|authori[sz]ation|permission|green light|sign-off|blessing) to\\b");
    /** "…this letter is not the Council's commitment", "should this letter be taken as…": not one. */
    private static final Pattern SOFTENED_LETTER = Regexes.compile("\\b(?:is not|isn't|not be|nor|never|no|cannot|can't|should|would"
        + "|might|may) (?:\\w+ ){0,2}?(?:serve|stand|be|constitute|represent|as|taken)\\b");
    private static final Pattern POLITE = Regexes.compile("^(?:(?:please|kindly|so|ok|okay|right|now|then|and|can you|could you"
        + "|would you|will you|can you please|could you please)[,]? )*");
    private static final Pattern GO_AHEAD = Regexes.compile("^(?:proceed|go ahead|crack on)(?:[.!?]*$| (?:now|immediately|straight away"
        + "|as planned|as quoted|asap)\\b| with\\b| and (?:start|order|pay|carry out|install|begin|commence|invoice|issue|complete"
        + "|book the (?:contractor|crew|firm|works|job|team)|get|send|arrange|hire|instruct|commission|buy|purchase|put)\\b)");
    private static final Pattern DELEGATED = Regexes.compile("^(?:tell|get|instruct|have|authori[sz]e|ask) (?:the )?(?:[\\w-]+ ){0,4}?"
        + "(?:not )?to (?<verb>[a-z]+)(?<rest>.*)|^arrange for (?:the )?(?:[\\w'-]+ ){0,5}?to (?:be )?(?<verb2>[a-z]+)(?<rest2>.*)"
        + "|^make sure (?:that )?(?:the )?(?:[\\w'£,.-]+ ){0,4}?(?:payment|grant|refund|money|cheque|invoice)\\b.*"
        + "|^have (?:the |your |our )?(?:[\\w-]+ ){0,2}?(?:crew|team|gang|contractors?|lads|men|operatives|officers|staff|wardens"
        + "|rangers) (?<verb3>[a-z]+)(?<rest3>.*)");
    /** "Tell electoral services that the polling station is moving": staff told of a Council act they are to carry out. */
    private static final Pattern TELL_THAT = Regexes.compile("^tell (?:the )?(?:[\\w-]+ ){0,3}?(?:services|team|officers|department"
        + "|contractors?|crew|staff|manager|office|section|unit) that (?<clause>.*)");
    /** The act in the clause: its subject must not be the reader, the writer or someone outside the Council. */
    private static final Pattern TOLD_DEED = Regexes.compile("^(?!(?:i|you|he|she|they|residents|the (?:resident|developer|landlord"
        + "|owner|tenant|applicant|club|school)s?)\\b)(?:[\\w'-]+ ){1,6}?(?:is|are|will be|will|is to|are to) (?<verb>[a-z]+)(?<rest>.*)");
    private static final Pattern READERS_OWN = Regexes.compile("^(?:pay|renew|settle|clear|top up|submit|return|complete|register"
        + "|book|cancel|apply for|send|bring|fill in|update) (?:all |off )?your\\b");
    private static final Pattern CREW_TO =
 Regexes.compile("^(?:the )?(?:crew|team|gang|contractors?|operatives?|workmen|men)"
        + " to (?<verb>[a-z]+)(?<rest>.*)");
    private static final Pattern NOUN_THEN_VERB = Regexes.compile("^ (?:[\\w'-]+ ){0,2}(?:have|has|had|are|is|was|were|will|would"
        + "|can|could|may|might)\\b");
    private static final Pattern DO_NOT_CHARGE = Regexes.compile("(?:,|\\band) (?:please )?(?:don't|do not) (?:charge|bill|invoice|fine"
        + "|penalise|chase|pursue)\\b");
    private static final Pattern BARE_IMPERATIVE = Regexes.compile("^(?<verb>[a-z]+)\\b(?<rest>.*)");
    /** Words that start a sentence without being a command, whatever follows. */
    private static final Set<String> NOT_COMMANDS = words("i", "we", "you", "the", "a", "an", "it", "this", "that", "there",
        "they", "he", "she", "my", "our", "your", "their", "his", "her", "if", "when", "as", "thank", "thanks", "sorry", "yes",
        "no", "just", "also", "however", "unfortunately", "sadly", "hopefully", "dear", "hi", "hello", "regards", "many", "best",
        "kind", "yours", "following", "further", "in", "on", "at", "for", "with", "to", "from", "by", "of", "once", "after",
        "before", "while", "although", "because", "since", "so", "but", "and", "or", "not", "all", "some", "any", "each",
        "every", "both", "what", "which", "who", "why", "how", "where", "will", "would", "can", "could", "should", "may",
        "might", "must", "shall", "do", "does", "did", "is", "are", "was", "were", "has", "had", "let", "see", "note",
        "feel", "don't", "find", "look", "remember", "bear", "sorry", "under", "during", "within", "between", "having",
        "despite", "given", "until", "unless", "whilst", "though", "over", "throughout");
    /** A name before a request or command ("Dan, get the crew to…"), or a role addressed with a colon ("Contractor: remove…"). */
    private static final Pattern VOCATIVE = Regexes.compile("^(?:(?:(?:hi|hello|dear|morning|good morning|afternoon) )?[a-z]+(?: [a-z]+)?,"
        + " (?=please|pls|can you|could you|would you|kindly|i |[a-z]+ (?:the|our|your|a|an|legal|finance|them|mr|mrs|ms|£|someone"
        + "|somebody|out|round)\\b)"
        + "|(?:contractors?|crew|team|gang|officers|staff|supplier|all staff|site manager|foreman|action(?: for [a-z]+)?"
        + "|green light(?: from me)?|go-ahead(?: from me)?): )");
    private static final Pattern SALUTATION = Regexes.compile("^(?:hi|hello|dear|morning|good morning|afternoon|good afternoon)"
        + "\\b[^,.!]{0,40}[,.!] ");

    private static final Map<String, String> TYPOS = Map.ofEntries(Map.entry("counsil", "council"), Map.entry("councl", "council"),
        Map.entry("concil", "council"), Map.entry("coucil", "council"), Map.entry("councill", "council"),
        Map.entry("procede", "proceed"), Map.entry("pls", "please"), Map.entry("plz", "please"),
        Map.entry("dont", "don't"), Map.entry("wont", "won't"), Map.entry("cant", "can't"), Map.entry("doesnt", "doesn't"),
        Map.entry("isnt", "isn't"), Map.entry("agred", "agreed"), Map.entry("recieve", "receive"), Map.entry("wil", "will"),
        Map.entry("liscence", "licence"), Map.entry("refnd", "refund"), Map.entry("dw", "don't worry"), Map.entry("u", "you"),
        Map.entry("ur", "your"),
        Map.entry("youll", "you'll"), Map.entry("well", "well"), Map.entry("thats", "that's"), Map.entry("waved", "waived"),
        Map.entry("agres", "agrees"), Map.entry("agress", "agrees"), Map.entry("aggrees", "agrees"),
        Map.entry("ring-fence", "ringfence"), Map.entry("ring-fenced", "ringfenced"), Map.entry("ring-fencing", "ringfencing"));

    /** Contractions spelt out so that "I'm authorising" and "I am authorising" read alike. */
    private static final Map<String, String> CONTRACTIONS = Map.of("i'm", "i am", "i've", "i have", "we're", "we are",
        "we've", "we have", "you're", "you are", "they're", "they are", "ive", "i have", "im", "i am");

    private final Pattern party;
    /** The council's own name as the model reads it ({@link CommitmentModel#councilWords}). */
    private final Set<String> councilWords;
    /** The council's full name, lower case: "northbrook district council" is ours, "the parish council" is not. */
    private final String councilName;
    /** "I have arranged for the Council to pay…": the writer binding the Council through someone else. */
    private final Pattern arrangedFor;
    /** The trained reader and how sure it must be; the shared model unless a split is being left out to test it. */
    private final Supplier<CommitmentModel> model;
    private final double firm;

    private Commitments(String council) {
        this(council, CommitmentModel::shared, MODEL_FIRM);
    }

    private Commitments(String council, Supplier<CommitmentModel> model, double firm) {
        this.model = model;
        this.firm = firm;
        String parties = councilParties(council);
        councilWords = CommitmentModel.councilWords(council);
        councilName = council.toLowerCase(Locale.ROOT);
        // Run on every sentence that may commit: behind a look-ahead for the letters the names start with (Starts).
        party = Regexes.compile("\\b(?:" + parties + ")\\b");
        arrangedFor = Regexes.compile("\\bi(?:'ve| have)? (?:now |already |just )?(?:arranged|authori[sz]ed|agreed|secured"
            + "|made sure|ensured|sorted it) (?:for |that |with )?(?:" + parties + ") (?:to|will) (?<verb>[a-z]+)(?<rest>.*)");
    }

    /** The reader for one council: its own name is a party as much as "the Council". */
    public static Commitments forCouncil(String council) {
        return BY_COUNCIL.computeIfAbsent(council, Commitments::new);
    }

    /** A reader with another model and firmness, to choose them on a split the model was not trained on. */
    static Commitments withModel(String council, CommitmentModel model, double firm) {
        return new Commitments(council, () -> model, firm);
    }

    /** The commitment a sentence makes, if it makes one. */
    public Optional<Kind> read(String sentence) {
        return readNormal(normalise(sentence));
    }

    /** {@link #read} of a sentence already {@link #normalise normalised}. */
    Optional<Kind> readNormal(String normal) {
        // The fourth tune split's constructions: sentences that only look like commitments, and asides that hide one.
        if (notACommitment(normal)) {
            return Optional.empty();
        }
        String unhidden = withoutAside(normal);
        if (unhidden != null) {
            return readNormal(unhidden);
        }
        if (politeWithApproval(normal)) {
            return Optional.of(Kind.INSTRUCTION);
        }
        // "…2 cars stuck. get the crew out there": a full stop before a lower-case word still ends a sentence.
        // Most sentences have no such stop inside them, and then the split leaves the sentence whole; the look-up for
        // words that may commit is then made once for the rules and the model.
        boolean may = mayCommit(normal);
        if (Regexes.containsAny(normal, ". ", "! ", "? ")) {
            for (String text : LOWER_CASE_SENTENCE.split(normal)) {
                Optional<Kind> kind = readOne(text, mayCommit(text));
                if (kind.isPresent()) {
                    return kind;
                }
            }
        } else {
            Optional<Kind> kind = readOne(normal, may);
            if (kind.isPresent()) {
                return kind;
            }
        }
        // Wording no rule was written for: the trained model, asked only about plain statements.
        // The model first (a few microseconds): most sentences it rejects need no reading of their scope.
        if (may && !notPlain(normal) && model.get().probability(normal, councilWords) >= firm
                && scopeLeftToModel(normal) && !otherCouncil(normal)) {
            return Optional.of(Kind.UNDERTAKING);
        }
        return Optional.empty();
    }

    /**
     * Why the model was not asked about a sentence the rules found nothing in, or "" when it was: the first gate that
     * stopped it. For the report of misreadings ({@code ObligationMisreadings}), not for judging.
     */
    String modelGate(String sentence) {
        String normal = normalise(sentence);
        if (!mayCommit(normal)) {
            return "no word that may commit";
        }
        if (notPlain(normal)) {
            return "not plain";
        }
        if (isQuestion(normal)) {
            return "question";
        }
        if (hedged(normal, normal.length())) {
            return "hedged";
        }
        if (!BINDING_MARK.matcher(normal).find()) {
            return "nothing binding";
        }
        if (noticeOrThanks(normal)) {
            return "notice or thanks";
        }
        if (promisesOnlyTalk(normal)) {
            return "only talk";
        }
        if (bindsSomeoneElse(normal)) {
            return "someone else bound";
        }
        if (notTheModels(normal)) {
            return "the writer's own or another body's";
        }
        return otherCouncil(normal) ? "another council" : "";
    }

    /** The model's probability for a sentence (the report of misreadings). */
    double modelProbability(String sentence) {
        return model.get().probability(normalise(sentence), councilWords);
    }

    /** How sure the model must be to add a commitment the rules did not find (see {@link CommitmentModel}). */
    static final double MODEL_FIRM = 0.7;

    /**
     * Words that take a sentence out of the model's hands: a question, a condition, a negation, a softened or hedged
     * claim, someone else's words, a request. The rules read their scope; the model cannot, so it is not asked.
     */
    private static final Set<String> NOT_PLAIN = words("if", "unless", "whether", "provided", "providing", "should", "might",
        "may", "could", "would", "must", "hope", "hoping", "hopefully", "think", "believe", "expect", "say", "says", "said",
        "told", "tells", "according", "understand", "suggest", "suggests", "suggested", "suggestion", "recommend",
        "recommends", "recommended", "recommendation", "propose", "proposes", "proposed", "proposal", "ask", "asked", "asking",
        "raise", "consider", "considering", "perhaps", "maybe", "probably", "possibly", "pending", "once", "until", "urge",
        "support", "want", "wish", "like", "no", "not", "never", "cannot", "unable", "nothing");

    /**
     * Uses of those words that neither condition, hedge nor negate the sentence: the month of May, "until 5pm", "once a
     * week", a negation inside a relative clause ("residents who cannot…"), "at no cost", "no later than".
     */
    private static final Pattern HARMLESS = Regexes.compile("\\b(?:\\d{1,2}(?:st|nd|rd|th)? may|may \\d{1,4}|(?:in|from|until|by|of"
        + "|since|early|late|mid|end of|during) may)\\b|\\buntil (?:\\d|(?:the )?(?:end|start|beginning|close) of|further notice|easter"
        + "|christmas|spring|summer|autumn|winter|next|then|midnight|noon|january|february|march|april|june|july|august|september"
        + "|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|\\bonce (?:a|an|every|per|more"
        + "|again)\\b|\\b(?:who|which) (?:cannot|can't|could not|couldn't|do not|don't|does not|doesn't|are not|aren't|is not|isn't"
        + "|have not|haven't|has not|hasn't|did not|didn't)\\b|\\b(?:at|with|for) no (?:extra |additional |further )?(?:[\\w-]+ )?"
        + "(?:cost|charge|fee|deduction)s?\\b|\\bwith no change to the (?:[\\w-]+ )?(?:fare|fee|price|rent|charge)s?\\b"
        // Nothing to pay said in other ways, and money to expect: a negation or "expect" that states the commitment.
        + "|\\b(?:there's|there is) nothing (?:extra |more |further )?to pay\\b|\\bpays? nothing(?: extra| more)?\\b"
        + "|\\b(?:won't|wont|will not) cost (?:you|u) (?:a penny|anything|a thing)\\b|\\bno (?:[\\w-]+ )?(?:charge|fee)s? (?:will be"
        + "|is|are) (?:made|payable|charged|due)\\b|\\bno need to (?:re-?apply|apply again|invoice|pay)\\b"
        // "…, as you asked": the reader's request granted; "until after Christmas", "until your appeal is heard": forbearance
        // for a time; "no further letters will be sent": recovery stopped.
        + "|\\bas you (?:asked|requested|suggested)\\b|, not (?:the |your |their |our )?[\\w'-]+(?: [\\w'-]+){0,2}[.!]?$|\\buntil (?:after|your (?:appeal|review|hearing)|the (?:appeal|review|hearing|sale"
        + "|outcome))\\b|\\bno further (?:letters|reminders|action|penalties|charges|interest) will be\\b"
        + "|(?:^|\\bso |\\band |- )expect (?:[\\w,]+ ){0,3}?£|\\bno (?:later|sooner) than\\b|^no (?:extra |additional )?(?:charge|cost|fee) (?:for|to)\\b|\\braise (?:a |an |the )?"
        + "(?:credit note|purchase order|order for|refund|cheque|payment)|^consider (?:it|this|that) (?:done|sorted)\\b");

    /** Whether a word of {@link #NOT_PLAIN} (or "subject to", a "?", an "n't") is in the sentence: one pass over its words. */
    private static boolean notPlain(String sentence) {
        // The words HARMLESS can take away; "expect" only where money is expected, "asked" only "as you asked": "we expect to
        // hear by Friday" is a hedge whatever else the sentence says, and erasing is the dearest part of this look-up.
        String normal = Regexes.containsAny(sentence, "may", "until", "once", "no ", "n't", "not", "raise", "consider",
                "nothing", "as you ") || sentence.contains("expect") && sentence.contains("£")
            ? HARMLESS.matcher(sentence).replaceAll(" ")
            : sentence;
        if (normal.indexOf('?') >= 0 || normal.contains("n't") || normal.contains("subject to")) {
            return true;
        }
        int start = 0;
        for (int i = 0; i <= normal.length(); i++) {
            if (i == normal.length() || !Character.isLetter(normal.charAt(i))) {
                if (i > start && NOT_PLAIN.contains(normal.substring(start, i))) {
                    return true;
                }
                start = i + 1;
            }
        }
        return false;
    }

    /** Another council by its kind ("the parish council will pay"): the model reads every council as ours. */
    private static final Pattern OTHER_COUNCIL = Regexes.compile("\\b(?:parish|town|county|city|borough|district|unitary"
        + "|neighbouring|community|arts) councils?\\b");

    private boolean otherCouncil(String normal) {
        return normal.contains(" council") && OTHER_COUNCIL.matcher(normal.replace(councilName, "")).find();
    }

    /**
     * A formal notice, thanks or other courtesy, or a covering note ("please find attached"): "I write on behalf of the
     * Council to inform you…" tells of a decision rather than committing to one, which is the official-letter rule's
     * business, not this one's.
     */
    private static final Pattern NOTICE_OR_THANKS = Regexes.compile("\\b(?:i|we) (?:write|am writing|are writing|wanted to write)\\b"
        + "|\\bformal(?:ly)? notice\\b|\\b(?:give|gives|giving) notice\\b|\\b(?:inform|notify|advise) you\\b|\\bthank"
        + "|\\bfind (?:attached|enclosed)\\b|\\b(?:congratulat|celebrat|condolence)\\w*|\\b(?:anniversary|birthday|sympathy"
        + "|best wishes)\\b");
    /** The writer's own letter of confirmation, not of notice: "I write on behalf of the Council to confirm that…". */
    private static final Pattern WRITE_TO_CONFIRM = Regexes.compile("\\b(?:write|am writing|are writing) (?:on behalf of [\\w ]{3,40}? )?"
        + "to confirm (?:that )?(?!(?:receipt|that (?:we|i) (?:have )?received))");
    private static final Pattern COURTESY = Regexes.compile("thank|congratulat|celebrat|condolence|anniversary|birthday|sympathy"
        + "|best wishes");
    /** Where a courtesy's clause ends and another begins. */
    private static final Pattern CLAUSE_AFTER_COURTESY = Regexes.compile("(?:, and | - |; )(?:by the way,? |also,? |yes,? )?");
    /**
     * Something that binds: a promise, a performative, a decision done, a request or an order. Without one a sentence
     * describes ("the scheme is in the capital programme", "the plans are available") and the model is not asked.
     */
    private static final Pattern BINDING_MARK = Regexes.compile("\\b(?:will|shall|going to|hereby|confirm\\w*|agree\\w*"
        + "|approv\\w*|authori[sz]\\w*|undertak\\w*|commit(?!tee)\\w*|guarantee\\w*|promis\\w*|assur\\w*|accept\\w*|award\\w*"
        + "|grant\\w*|waiv\\w*|sign\\w*|yours|go-?ahead|go ahead|please|consider|(?:i|we) (?:have|had)|(?:has|have) been(?! [a-z]+ing\\b)"
        + "|is being|are being|get|make sure|sort\\w*|(?:is|are) (?:now )?(?:settled|decided|final)"
        // A concession or payment stated as fact: "…with no admin fee", "so expect £48 back", "has gone back onto your card".
        + "|with no (?:extra |additional |further )?(?:[\\w-]+ )?(?:charge|fee)s?|nothing to pay"
        + "|(?:^|so |and )expect (?:[\\w,]+ ){0,3}?£|(?:has|have|is|are) (?:now )?(?:gone|going) (?:back|through|into your)"
        + "|goes back to|pays? nothing|no need to (?:invoice|pay|re-?apply)|(?:is|are|been) (?:now )?(?:reinstated|lifted|paused"
        + "|extended|scrapped|knocked off)|(?:is|are) meeting the|taken the decision)\\b|^[a-z]+ (?:the|a|an|this|that|these|those|all|our|your|it|them|mr|mrs|ms|miss|dr)\\b"
        // A command to a role ("Contractor: clear and resurface the steps…") and a matter settled ("Done, the Okafors are…").
        + "|^(?:contractors?|crews?|team|depot|gang|operatives|estates|finance) ?: [a-z]+ (?:and [a-z]+ )?(?:the|a|an|all|our|it|them)\\b"
        + "|^(?:done|sorted)[,:;.!] ");
    private static final Pattern PROMISED_VERB = Regexes.compile("\\b(?:will|shall|going to) (?:(?:now|also|then|still|certainly"
        + "|definitely|always|be happy to|be glad to) )?(?<verb>[a-z]+)");

    /** Money in what follows a verb that is a deed with the right object: "put £2,000 towards", "see you right on the cost". */
    private static final Pattern MONEY_WORDS = Regexes.compile("£|\\b(?:cost|costs|bill|fee|fees|charge|payment|cash|funding|refund"
        + "|money|grant|rent)\\b");

    private static final Pattern PURPOSE = Regexes.compile("^(?:[\\w'-]+ ){0,6}?(?:in order )?to (?!(?:you|them|him|her|us|me|it|the|a|an|your|their|our|my|his|its|this|that"
        + "|all|any|some|everyone|residents)\\b)(?<verb>[a-z]+)\\b");

    /** The Council's money named beside a promise: "…at the Council's expense", "…and pay for their dinner". */
    private static final Pattern COST_BORNE = Regexes.compile("\\b(?:at (?:the council's|our|its own|the authority's|ndc's) (?:own )?(?:cost|expense)|paid for (?:from|by|out of) (?:our|the council"
        + "|its|ndc|us|my)|and (?:then )?(?:pay|refund|reimburse|cover|fund) )");

    /** A promise that costs the reader nothing: "…, and there's nothing to pay", "…issued without a further inspection charge". */
    private static final Pattern NOTHING_TO_PAY = Regexes.compile("\\b(?:nothing (?:extra |more )?to pay|with no (?:extra |additional"
        + " |further )?(?:[\\w-]+ )?(?:charge|fee)s?|without (?:a |any )?(?:extra |additional |further )(?:[\\w-]+ )?(?:charge|fee)s?"
        + "|no (?:[\\w-]+ )?(?:charge|fee)s?"
        + " (?:will be|is) (?:made|payable)|no change to the (?:[\\w-]+ )?(?:fare|fee|price|rent|charge)s?)\\b");
    /** Something given, let or settled beside a promise that looks like talk. */
    private static final Pattern DEAL_MADE = Regexes.compile("\\bfree (?:replacement|copy|place|use)\\b|\\b(?:on|under) a"
        + " (?:[\\w-]+ )?(?:lease|tenancy)\\b|\\bat a peppercorn\\b|\\btenancy (?:\\w+ ){0,4}?will pass\\b|\\binto your (?:bank )?account\\b"
        + "|\\b(?:is|are) (?:now )?(?:lifted|withdrawn|reinstated|cancelled) (?:as of|from|with effect from) today\\b"
        + "|^(?:recovery|enforcement|collection|proceedings|action|court action)(?: \\w+){0,3}? (?:is|are|has been|have been) (?:now )?"
        + "(?:paused|suspended|on hold|halted)\\b");
    /** "Let you know", "keep you posted": news of the money promised, not the money. */
    private static final Pattern KEPT_INFORMED = Regexes.compile("^(?:you|us|them|him|her|residents|everyone) (?:know|posted|updated"
        + "|informed|in the loop|up to date)\\b");
    /** A service run on a timetable from a date: "every Wednesday evening from September", "on Thursdays from January". */
    private static final Pattern SCHEDULE = Regexes.compile("\\b(?:every (?:\\w+ ){0,2}?(?:day|week|month|morning|afternoon|evening"
        + "|night|weekend|fortnight|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|weekly|monthly|daily|fortnightly"
        + "|weekday|on (?:mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays|weekdays))\\b");
    /** When such a service starts or how long it runs. */
    private static final Pattern SCHEDULE_FROM = Regexes.compile("\\b(?:from|starting|while|throughout)\\b");

    /** "We will keep an eye on it", "we will let you know": every promise in the sentence is of talk, not a deed. */
    private static boolean promisesOnlyTalk(String text) {
        if (Regexes.containsAny(text, "cost", "expense", "paid", "pay", "refund", "reimburse", "cover", "fund", "charge", "fee",
                "nothing", "fare") && (COST_BORNE.matcher(text).find() || NOTHING_TO_PAY.matcher(text).find())) {
            return false;
        }
        if (Regexes.containsAny(text, "free", "lease", "tenancy", "peppercorn", "account", "today", "paused", "suspended", "on hold",
                "halted") && DEAL_MADE.matcher(text).find()) {
            // "…will send you a free replacement", "…let the weighbridge house on a 25-year lease", "…is lifted as of today".
            return false;
        }
        if (Regexes.containsAny(text, "every", "weekly", "monthly", "daily", "fortnightly", "days") && SCHEDULE.matcher(text).find()
                && SCHEDULE_FROM.matcher(text).find()) {
            // "The youth bus will visit Garlinge every Wednesday from September": a service on a timetable, not talk.
            return false;
        }
        Matcher promised = PROMISED_VERB.matcher(text);
        boolean any = false;
        while (promised.find()) {
            String verb = lemma(promised.group("verb"));
            Pattern deedWhen = DEED_WHEN.get(verb);
            String rest = text.substring(promised.end()).strip();
            if (!TALK.contains(verb) || deedWhen != null && !KEPT_INFORMED.matcher(rest).lookingAt()
                    && (deedWhen.matcher(rest).find() || MONEY_WORDS.matcher(rest).find())) {
                return false;
            }
            // "The team will visit on Tuesday to register residents": talk that comes to do something else.
            Matcher purpose;
            if (rest.contains("to ") && (purpose = PURPOSE.matcher(rest)).find() && !TALK.contains(lemma(purpose.group("verb")))) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /**
     * The rest of what makes a sentence the model's to judge, once {@link #mayCommit} and {@link #notPlain} have let it
     * through: not a question, hedge or report; binding, not a notice or thanks, nor a promise only of talk.
     */
    private boolean scopeLeftToModel(String normal) {
        return !isQuestion(normal) && !hedged(normal, normal.length()) && BINDING_MARK.matcher(normal).find()
            && !noticeOrThanks(normal) && !promisesOnlyTalk(normal) && !bindsSomeoneElse(normal) && !notTheModels(normal);
    }

    private static final Pattern PARTY_BINDS = Regexes.compile(" (?:will|shall|is going to|are going to)\\b");

    /**
     * A notice or thanks, unless what it tells is the Council's own promise: "I am writing to tell you that we will put £2,000
     * towards the kitchen" commits, "I write to inform you that the depot will close" tells.
     */
    private boolean noticeOrThanks(String normal) {
        Matcher notice = NOTICE_OR_THANKS.matcher(normal);
        if (!notice.find()) {
            return false;
        }
        if (normal.contains("confirm") && WRITE_TO_CONFIRM.matcher(normal).find()) {
            // "I am writing on behalf of the Council to confirm that the recharge has been cancelled": a confirmation.
            return false;
        }
        if (COURTESY.matcher(notice.group()).lookingAt()) {
            // "Congratulations on the new baby, and by the way your refund has gone through": the courtesy ends at the
            // clause break; what follows is read on its own.
            Matcher next = CLAUSE_AFTER_COURTESY.matcher(normal).region(notice.end(), normal.length());
            if (next.find()) {
                return noticeOrThanks(normal.substring(next.end()));
            }
        }
        Matcher promise = party.matcher(normal).useTransparentBounds(true).region(notice.end(), normal.length());
        Matcher binds = PARTY_BINDS.matcher(normal);
        while (promise.find()) {
            if (binds.region(promise.end(), normal.length()).lookingAt()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Someone outside the Council, or the reader, as the one who is bound: "the Rotary Club will refund…", "the police have
     * agreed to cover…", "you will pay your share…", "your rent will rise…". The rules read who is bound; the model sees
     * words of paying and promising wherever they stand, so it is not asked.
     */
    private static final Pattern OTHERS_BOUND = Regexes.compile("(?:^|, |; | - | and | but )(?:as (?:a |an )?[\\w' -]{1,30}?, )?"
        + "(?:the|your|their|a|an|this|that|his|her|its) (?:[\\w'-]+ ){0,4}?(?:police|club|clubs|association|society|trust|company"
        + "|owner|owners|landlord|landlords|developer|developers|tenant|tenants|leaseholder|leaseholders|resident|residents|applicant"
        + "|applicants|school|church|charity|government|operator|insurer|insurers|nhs|group|partnership|board|agency|business"
        + "|businesses|shop|pub|family|neighbour|neighbours|buyer|seller|organisers?|promoter|agent|utility|rotary|federation"
        + "|league|network rail|water company|fire service|fire brigade|fire and rescue|ambulance service|hospital|surgery"
        + "|housing association|university|college)(?: [\\w'-]+){0,3}? (?:will|shall|has agreed|have agreed|has promised|have promised"
        + "|is paying|are paying|is covering|are covering|is going to|are going to|must|has to|have to|needs? to|is to|are to"
        + "|is responsible|are responsible)\\b|\\byou (?:will|shall|must|have to|need to|are required to|are expected to"
        + "|are liable|will have to|will need to) (?!receive|get|be (?:given|paid|refunded|reimbursed|compensated|offered|awarded"
        + "|granted|sent|rehoused|allowed|exempt|able|entitled)|not (?:be (?:charged|billed|asked)|need|have to))"
        + "|\\b(?:rent|rents|fee|fees|charge|charges|bill|bills|tax|price|prices|costs?|premium|rates?|fares?)(?: [\\w'-]+){0,3}?"
        + " (?:(?:will|shall|is going to|are going to|is set to|are set to) (?:\\w+ )?(?:rise|increase|go up|double)|(?:has been|have been"
        + "|is|are|was|were) (?:increased|raised|put up|doubled))\\b"
        + "|\\bour (?:[\\w'-]+ )?(?:grant|funding|allocation|award|money|settlement) from\\b"
        + "|\\b(?:will|shall|is going to|would) (?:only |just |also )?(?:increase|raise|push up|add to|drive up) (?:the |their |its |our"
        + " |your |overall )?(?:[\\w-]+ )?(?:costs?|bills?|price|fees?|charges?)\\b");

    /** The reader asked for their own papers: "please send your last three bank statements to the benefits team". */
    private static final Pattern READER_SENDS = Regexes.compile("^(?:please |kindly |can you |could you )*(?:send|provide|bring"
        + "|return|complete|fill in|submit|forward|email|post|upload) (?:us |me )?(?:your|the completed|a copy of your|copies of your)\\b");

    private static boolean bindsSomeoneElse(String normal) {
        return OTHERS_BOUND.matcher(normal).find() || READER_SENDS.matcher(normal).lookingAt();
    }


    /** A request to an officer: "can you please…", "could you…", "please…". */
    private static final Pattern POLITE_REQUEST = Regexes.compile("^(?:[a-z]+, )?(?:(?:can|could|would|will) you (?:please |kindly )?"
        + "|please |kindly )(?!(?:tell|let|check|confirm|find|remind|send me|update|look|ask|see|explain|advise|chase|forward|clarify"
        + "|say|think|consider|keep me|copy)\\b)[a-z]+");
    /** The writer's grounds for it: the spend approved or already funded. */
    private static final Pattern APPROVAL_GIVEN = Regexes.compile("\\b(?:i have (?:already |now |just )?(?:approved|authori[sz]ed"
        + "|signed off|okayed|signed it off)\\b|(?:it's|it is|they're|they are|this is|that is|the (?:cost|work|works|spend) is) (?:already"
        + " |now |fully )?(?:funded|approved|budgeted|paid for|signed off)\\b)");

    /**
     * "Could you arrange for the refund to go out this week, as I've already approved it": a request that carries out a
     * Council action the writer has approved. Not when a condition hangs on it or the approval is denied.
     */
    private static boolean politeWithApproval(String normal) {
        // A request opens the sentence: only its first words are looked at before anything else is.
        String opening = normal.length() > 40 ? normal.substring(0, 40) : normal;
        return Regexes.containsAny(opening, "you ", "please", "kindly") && Regexes.containsAny(normal, "approved", "authori",
            "signed off", "signed it off", "okayed", "funded", "budgeted", "paid for")
            && POLITE_REQUEST.matcher(normal).lookingAt() && APPROVAL_GIVEN.matcher(normal).find()

            && !Regexes.containsAny(normal, CONDITIONS) && !Regexes.containsAny(normal, "whether", "have i", "has it been", "n't", " not ");
    }

    private static final Pattern LOWER_CASE_SENTENCE = Regexes.compile("(?<=[a-z0-9][.!?]) (?=[a-z])");

    private Optional<Kind> readOne(String text, boolean mayCommit) {
        Optional<Kind> later = text.isEmpty() ? Optional.empty() : laterReadings(text);
        if (later.isPresent()) {
            return later;
        }
        if (text.isEmpty() || !mayCommit) {
            return Optional.empty();
        }
        Optional<Kind> instruction = instruction(text);
        if (instruction.isPresent()) {
            return instruction;
        }
        // "I need the lift working by Friday, so call the engineer out and bill the housing account": the command comes second.
        int so = text.lastIndexOf(", so ");
        int semicolon = text.lastIndexOf("; ");
        if ((so > 0 || semicolon > 0) && !Regexes.containsAny(text, CONDITIONS) && !isQuestion(text)
                && !HEDGED_BY_WRITER.matcher(text).find()) {
            Optional<Kind> second = instruction(so > semicolon ? text.substring(so + 5) : text.substring(semicolon + 2));
            if (second.isPresent()) {
                return second;
            }
        }
        if (isQuestion(text) || Regexes.containsAny(text, CONDITIONS) && APPROVAL_PENDING.matcher(text).find()) {
            return Optional.empty();
        }
        for (Reading reading : readings(text)) {
            if (!hedged(text, reading.start())) {
                return Optional.of(reading.kind());
            }
        }
        return Optional.empty();
    }

    private record Reading(Kind kind, int start) {
    }

    private List<Reading> readings(String text) {
        // Below, a matcher is made only once its cheap word check has passed ("Matcher m; if (words && (m = …).find())"):
        // most sentences fail most checks, and a new Matcher clears arrays as large as its pattern's groups.
        List<Reading> readings = new ArrayList<>();
        Matcher parties = party.matcher(text);
        while (parties.find()) {
            String before = text.substring(0, parties.start());
            if (before.endsWith("count on ") || before.endsWith("rely on ")) {
                // "You can count on the Council to have it cleaned" promises as firmly as "the Council will".
                String after = text.substring(parties.end()).strip();
                if (after.startsWith("to ")) {
                    councilBound("will " + after.substring(3), parties.group(), text)
                        .ifPresent(kind -> readings.add(new Reading(kind, parties.start())));
                    continue;
                }
            }
            if (!askedBefore(text, parties.start()) && !deniedBefore(before)) {
                councilBound(text.substring(parties.end()), parties.group(), text)
                    .ifPresent(kind -> readings.add(new Reading(kind, parties.start())));
            }
        }
        Matcher passive = PASSIVE_FUTURE.matcher(text);
        for (int from = 0; text.contains(" be ") && from < text.length() && passive.find(from); from = passive.end("participle")) {
            passiveDeed(text.substring(0, passive.start()), passive.group("adverbs"), passive.group("participle"),
                passive.group("rest"), text).ifPresent(kind -> readings.add(new Reading(kind, passive.start())));
        }
        Matcher perfect;
        if (Regexes.containsAny(text, DONE_WORDS) && (perfect = PERFECT_PASSIVE.matcher(text)).find() && !NEGATION.matcher(perfect.group()).find()
                && !askedBefore(text, perfect.start()) && !doneByOthers(text.substring(perfect.end()))
                && (perfect.group("aux") != null || !ROUTINE.contains(perfect.group("deed")))
                && (!Regexes.matches(perfect.group("deed"), "withdrawn|lifted|revoked") || Regexes.matches(perfect.group("thing"),
                ".*(?:notice|fine|penalty|pcn|charges?|surcharge|debt|invoice|bill|interest|tax)"))) {
            readings.add(new Reading(kindOfDone(perfect.group("thing"), perfect.group("deed")), perfect.start()));
        }
        settledReadings(text, readings);
        Matcher noCharge = NO_CHARGE.matcher(text);
        if (Regexes.containsAny(text, "charge", "pay", "fee", "cost", "billed", "invoiced", "liable", "owe", "yours", "granted", "varied",
                "amended", "approved", "agreed", "extended", "renewed", "on us", "on the house", "on the council", "penny", "covered", "recovered", "forget",
                "no longer", "penalty", "wiped", "struck") && noCharge.find() && !doneByOthers(text.substring(noCharge.end()))) {
            readings.add(new Reading(Kind.WAIVER, noCharge.start()));
        }
        Matcher fromCouncil;
        if (text.contains("£") && text.contains(" from ") && (fromCouncil = FROM_COUNCIL.matcher(text)).find() && !NEGATION.matcher(text.substring(0, fromCouncil.start()))
                .find()) {
            readings.add(new Reading(Kind.PAYMENT, fromCouncil.start()));
        }
        Matcher councilPays;
        if (Regexes.containsAny(text, " by ", "bill", "invoice", "account", "cost") && (councilPays = COUNCIL_PAYS.matcher(text)).find()
                && !NEGATION.matcher(text.substring(0, councilPays.start())).find()) {
            readings.add(new Reading(Kind.PAYMENT, councilPays.start()));
        }
        Matcher hadIt;
        if (Regexes.containsAny(text, "had ", "got ") && (hadIt = HAD_IT_WAIVED.matcher(text)).find()) {
            readings.add(new Reading(Kind.WAIVER, hadIt.start()));
        }
        Matcher falls;
        if (Regexes.containsAny(text, "drop", "fall", "down", "decrease", "reduce", "cut", "lower") && (falls = CHARGE_FALLS.matcher(text)).find()) {
            readings.add(new Reading(Kind.WAIVER, falls.start()));
        }
        Matcher goesTo;
        if (Regexes.containsAny(text, "contract", "tender", "concession", "franchise", "lease") && Regexes.containsAny(text, "go") && (goesTo = GOES_TO.matcher(text)).find()) {
            readings.add(new Reading(Kind.AGREEMENT, goesTo.start()));
        }
        Matcher offerIs;
        if (text.contains("£") && Regexes.containsAny(text, "offer", "contribution") && (offerIs = OFFER_IS.matcher(text)).find()) {
            readings.add(new Reading(Kind.PAYMENT, offerIs.start()));
        }
        Matcher assurance;
        if (Regexes.containsAny(text, "assurance", "guarantee", "undertaking", "word", "commitment", "pledge", "promise") && (assurance = ASSURANCE.matcher(text)).find()) {
            Matcher clause = CLAUSE_DEED.matcher(assurance.group("clause") != null ? assurance.group("clause") : assurance.group("clause2"));
            if (clause.find() && !clause.group("verb").equals("not") && (clause.group("be") != null
                    ? passiveDeed("", "", clause.group("verb"), clause.group("rest"), text).isPresent()
                    : deed(lemma(clause.group("verb")), clause.group("rest").strip(), "", text).isPresent())) {
                readings.add(new Reading(Kind.UNDERTAKING, assurance.start()));
            }
        }
        Matcher receive;
        if (Regexes.containsAny(text, "you will", "you shall") && (receive = YOU_RECEIVE.matcher(text)).find()) {
            readings.add(new Reading(Kind.PAYMENT, receive.start()));
        }
        Matcher arranged;
        if (Regexes.containsAny(text, "arranged", "authori", "agreed", "secured", "made sure", "ensured", "sorted it") && (arranged = arrangedFor.matcher(text)).find()) {
            deed(lemma(arranged.group("verb")), arranged.group("rest").strip(), "", text)
                .ifPresent(kind -> readings.add(new Reading(kind, arranged.start())));
        }
        Matcher writesFor;
        if (text.contains("writ") && (writesFor = WRITES_FOR.matcher(text)).find() && isDeedVerb(lemma(writesFor.group("verb")))
                && !TALK.contains(lemma(writesFor.group("verb")))) {
            deed(lemma(writesFor.group("verb")), writesFor.group("rest").strip(), "", text)
                .ifPresent(kind -> readings.add(new Reading(kind, writesFor.start())));
        }
        Matcher yours;
        if (text.contains("yours") && (yours = IS_YOURS.matcher(text)).find() && plainlyStated(text, yours)) {
            readings.add(new Reading(Kind.UNDERTAKING, yours.start()));
        }
        Matcher agreed;
        if (text.contains(" been ") && (agreed = IT_IS_AGREED.matcher(text)).find() && plainlyStated(text, agreed) && (GRANTED_USE.matcher(agreed.group("clause")).find()
                || promisedByCouncil(agreed.group("clause"), text))) {
            readings.add(new Reading(Kind.AGREEMENT, agreed.start()));
        }
        Matcher leave;
        if (Regexes.containsAny(text, "given", "granted") && (leave = LEAVE_GIVEN.matcher(text)).find() && plainlyStated(text, leave)
                && !doneByOthers(text.substring(leave.end()))) {
            readings.add(new Reading(Kind.AGREEMENT, leave.start()));
        }
        Matcher consider;
        if (text.contains("consider") && (consider = CONSIDER_DONE.matcher(text)).find() && plainlyStated(text, consider)) {
            readings.add(new Reading(kindOfDone(consider.group("thing"), consider.group("deed")), consider.start()));
        }
        Matcher account;
        if (Regexes.containsAny(text, " account", "in the post", "on its way", "on their way") && (account = IN_YOUR_ACCOUNT.matcher(text)).find() && plainlyStated(text, account)) {
            readings.add(new Reading(Kind.PAYMENT, account.start()));
        }
        Matcher raised;
        if (Regexes.containsAny(text, "increased", "raised", "topped up", "doubled", "uplifted") && (raised = GRANT_RAISED.matcher(text)).find() && plainlyStated(text, raised)
                && !OTHERS_MONEY.matcher(text).find()) {
            readings.add(new Reading(Kind.PAYMENT, raised.start()));
        }
        Matcher free;
        if (text.contains("free") && (free = FREE_IN_OURS.matcher(text)).find() && plainlyStated(text, free)
                && !Regexes.matches(text.substring(0, free.start()), ".*\\b(?:used to|would|could|should|might|ought to|once)\\b.*")) {
            readings.add(new Reading(Kind.WAIVER, free.start()));
        }
        Matcher acts;
        if ((text.startsWith("i ") || text.contains(" i ")) && Regexes.containsAny(text, ACTS) && (acts = WRITER_ACTS.matcher(text)).find() && !WRITER_OPINION.matcher(text).find() && !NEGATION.matcher(text.substring(0, acts.start("rest"))).find()
                && (ON_BEHALF.matcher(text).find() || councilObject(acts.group("rest")))) {
            readings.add(new Reading(kindOfAct(acts.group("act"), acts.group("rest")), acts.start()));
        }
        return readings;
    }

    /** A charge given up in so many words: "your stall is exempted from the market levy", "…is exempt from the fee until May". */
    private static final Pattern EXEMPTED = Regexes.compile("\\b(?:is|are|has been|have been|will be) (?:now |also |hereby )?"
        + "(?:exempted|exempt(?=[^.;]*\\b(?:until|for (?:the|this|next|another|\\d)|from now)))(?: in full)? from (?:the |any |all |your"
        + " |this |our )?(?:[\\w'-]+ ){0,3}?(?:levy|fees?|charges?|rent|rates|tax|surcharge|fines?|penalty|payment|deposit)\\b");
    /** A rent-free period stated as fact: "every tenant gets the first month rent-free", "the first three months' rent is free". */
    private static final Pattern RENT_FREE = Regexes.compile("\\b(?:gets?|will get|will have|receives?|will receive|(?:is|are|will be)"
        + " given) (?:the |their |your |its |a )?(?:first |next )?(?:[\\w'-]+ ){0,3}?(?:rent-free|rent free|free of charge)\\b"
        + "|\\b(?:first|next) (?:[\\w-]+ ){0,2}?(?:months?|weeks?|years?|seasons?)'?s?'? (?:rent|hire|fees?|charges?)(?: [\\w'-]+){0,5}?"
        + " (?:is|are) (?:free|waived)\\b");
    /**
     * Leave to use something for nothing: "the bowls club can have the green rent-free", "the gallery may show its work in the
     * foyer free of charge", "you're welcome to borrow our staging, free of charge". "May" here gives leave; it is not a hedge.
     */
    private static final Pattern PERMITTED_FREE = Regexes.compile("(?<!\\bi )\\b(?:can|may|(?:is|are) (?:very )?welcome to|(?:is|are)"
        + " free to|(?:has|have) (?:my|our|the council's) (?:permission|blessing) to) (?:now |also |still )?(?:use|have|keep|hire|book"
        + "|rent|occupy|park|stay|show|display|borrow|hold|store|leave|moor|remain|exhibit|put|place|set up|run|continue|rehearse|perform|play|meet|trade|sell|train|practise"
        + "|practice|fish|camp|graze|film|pitch|stage|host)\\b"
        + "(?: [\\w'£,.-]+){0,12}? (?:free of charge|rent-free|rent free|at no (?:extra |additional )?(?:cost|charge)|without charge"
        + "|for free|free)\\b");
    /** The Council's offer of a post or a place still open: "your offer of a seasonal lifeguard post stands". */
    private static final Pattern OFFER_STANDS = Regexes.compile("\\b(?:our|the council's|your|the) offer (?:of|for) (?:a|an|the)"
        + " (?:[\\w'-]+ ){0,3}?(?:post|job|place|tenancy|flat|house|home|pitch|plot|lease|grant|role|position|apprenticeship|contract"
        + "|loan|unit)(?: [\\w'£,.-]+){0,5}? (?:still )?stands\\b");
    /** The member's own Council fund spent: "I'm putting £400 of my ward budget towards the float". */
    private static final Pattern WARD_MONEY = Regexes.compile("\\bi (?:am |will |shall |have |had )?(?:now |also |happily |gladly"
        + " |already )?(?:putting|put|giving|give|allocating|allocate|allocated|using|use|spending|spend|spent|contribut\\w*|donat\\w*"
        + "|award\\w*|granting|grant|committing|commit|committed) (?:£\\s?[\\d,.]+k?|[\\w-]+ pounds) (?:of|from|out of) (?:my|the)"
        + " (?:ward|locality|members'?|member's|portfolio|community) (?:budget|fund|grant|allocation)\\b");
    /** Money the reader is told to look for from the Council: "expect £300 from us by Friday". */
    private static final Pattern EXPECT_FROM = Regexes.compile("^(?:so |and |please )?(?:you can |you will |you should )?expect (?:a |an"
        + " |the |your )?(?:[\\w-]+ )?(?:£\\s?\\d[\\d,.]*|refund|cheque|payment|credit|compensation)(?: [\\w'£,.-]+){0,4}? from (?:us"
        + "|the council|ndc|northbrook|the authority|our)\\b");
    /** A sum awarded in the passive: "the community fridge has been awarded £1,800 from the ward members' fund". */
    private static final Pattern AWARDED_SUM = Regexes.compile("\\b(?:has|have) (?:now |just |also )?been (?:awarded|granted|given"
        + "|allocated|offered) £\\s?\\d[\\d,.]*(?:k\\b)?(?<rest>.*)");
    /** Whose money it is, when a sum awarded says: the Council's funds, not a lottery's or another body's. */
    private static final Pattern OUR_FUND = Regexes.compile("\\b(?:by|from) (?:the |our |my )?(?:council|ndc|northbrook|us|ward"
        + "|members'?|member's|locality|portfolio|mayor's)\\b");
    /** A charge the Council holds where it is: "your beach hut fee won't go up next year". */
    private static final Pattern FEE_HELD = Regexes.compile("\\b(?:your|our) (?:[\\w'-]+ ){0,3}?(?:rent|fee|fees|charge|charges|price"
        + "|prices|rates?) (?:will not|shall not) (?:go up|rise|increase|change)\\b(?! by| much| more| as)");
    /**
     * A statement settled by the writer in the same breath: "…; that's agreed", "That's settled, then: the club keeps the green
     * at the current rent", "…; I've arranged it".
     */
    private static final Pattern SETTLED = Regexes.compile("(?:^|[;:,.] |- )(?:that(?:'s| is) (?:all )?(?:agreed|settled|approved"
        + "|decided|confirmed|final|a done deal)|it(?:'s| is) (?:all )?(?:agreed|settled)|i(?: have|'ve)? (?:already |now |personally )?"
        + "(?:arranged|agreed|approved|authori[sz]ed|signed off|okayed) (?:it|this|that))(?:,? then)?(?:[.!:]|$)"
        + "|^(?:agreed|settled|approved) ?[-:;] ");
    /** What a settled statement must have for it to be a deed: a promise or a present grant, with what is given. */
    private static final Pattern SETTLED_DEED = Regexes.compile("\\b(?:will|shall|keeps?|gets?|is to|are to|can|stays?|goes|go|pays"
        + "|covers|funds|meets)\\b");
    /** A grant stated in two words: "fee waived", "refund approved", not "fee waived?" or "no fee waived". */
    private static final Pattern ELLIPTICAL_GRANT = Regexes.compile("(?:^|[,;:-] )(?:the |your |that |this )?(?:[\\w'£-]+ )?(?:fee|fine"
        + "|charge|penalty|rent|pcn|invoice|refund|grant|claim|deposit|permit|licence|booking) (?:is )?(?:waived|refunded|cancelled"
        + "|written off|scrapped|approved|granted|agreed)(?:[,.;!]|$)");
    /** A place or sum held for the reader: "your berth is guaranteed for next season at the same fee". */
    private static final Pattern GUARANTEED = Regexes.compile("\\b(?:your|the|their|its) (?:[\\w'-]+ ){0,3}?(?:berth|place|pitch|plot"
        + "|stall|mooring|tenancy|job|post|booking|slot|funding|grant|space|seat|allotment|unit|contract|lease) (?:is|are) (?:now |also )?"
        + "guaranteed\\b");
    private static final Pattern SETTLED_GOODS = Regexes.compile("£|\\b(?:rent|fee|fees|leave|pay|wages?|salary|grant|lease|free"
        + "|refund|contract|every|daily|weekly|monthly)\\b");

    /** Words without which none of the readings below can match ("£" and "not" included), by their length. */
    private static final String[][] SETTLED_WORDS = byLength("agreed", "settled", "approved", "decided", "confirmed", "final",
        "deal", "arranged", "authorised", "authorized", "off", "okayed", "exempt", "exempted", "free", "rent-free", "cost", "charge",
        "stands", "not", "waived", "refunded", "cancelled", "canceled", "scrapped", "granted", "guaranteed");

    private static String[][] byLength(String... words) {
        int longest = Arrays.stream(words).mapToInt(String::length).max().orElse(0);
        String[][] table = new String[longest + 1][];
        for (int length = 0; length <= longest; length++) {
            int size = length;
            table[length] = Arrays.stream(words).filter(word -> word.length() == size).toArray(String[]::new);
        }
        return table;
    }

    /**
     * Whether the sentence has one of those words: one pass over its words, as a letter has many sentences and a list of
     * thirty look-ups over each was a measurable part of reading it.
     */
    private static boolean hasSettledWord(String text) {
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (c == '£') {
                return true;
            }
            boolean inWord = Character.isLetter(c) || c == '-';
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                int length = i - start;
                if (length < SETTLED_WORDS.length) {
                    for (String word : SETTLED_WORDS[length]) {
                        if (text.regionMatches(start, word, 0, length)) {
                            return true;
                        }
                    }
                }
                start = -1;
            }
        }
        return false;
    }

    /** Readings of a statement the writer settles, a sum awarded, a charge held or exempted, leave given for nothing. */
    private void settledReadings(String text, List<Reading> readings) {
        // "Until Easter" and "once a week" bound these grants in time; only a condition or a question takes them away.
        if (!hasSettledWord(text) || Regexes.containsAny(text, "if ", "unless", "provided", "providing", "subject to",
                "assuming", "as long as", "in the event", "condition", "pending", "should ")) {
            return;
        }
        // Each reading below is tried only when its words are there; the question is asked only of those that match.
        List<Reading> found = new ArrayList<>();
        settledOnes(text, found);
        if (!found.isEmpty() && !isQuestion(text)) {
            readings.addAll(found);
        }
    }

    private void settledOnes(String text, List<Reading> readings) {

        Matcher settled = SETTLED.matcher(text);
        if (Regexes.containsAny(text, "agreed", "settled", "approved", "decided", "confirmed", "final", "done deal", "arranged",
                "authori", "signed off", "okayed") && settled.find()) {
            String clause = settled.start() == 0 ? text.substring(settled.end()) : text.substring(0, settled.start());
            clause = clause.strip();
            // "Agreed - NDC pays for the signs": a bare word of assent settles only what the Council itself does.
            boolean bare = settled.start() == 0 && !settled.group().startsWith("that") && !settled.group().startsWith("it")
                && !settled.group().startsWith("i ");
            if (!clause.isEmpty() && !clause.startsWith("i ") && !NEGATION.matcher(clause).find() && !bindsSomeoneElse(clause)
                    && (!bare || party.matcher(clause).find())

                    && SETTLED_DEED.matcher(clause).find() && (SETTLED_GOODS.matcher(clause).find() || !promisesOnlyTalk(clause))
                    && !hedged(clause, clause.length())) {
                readings.add(new Reading(Kind.AGREEMENT, 0));
            }
        }
        if (text.contains("exempt")) {
            addPlain(text, EXEMPTED, Kind.WAIVER, readings);
        }
        if (Regexes.containsAny(text, "free", "no cost", "no charge", "no extra", "no additional", "without charge")
                && !Regexes.matches(text, ".*\\b(?:used to|would|could|should|might|ought to)\\b.*")) {
            addPlain(text, RENT_FREE, Kind.WAIVER, readings);
            addPlain(text, PERMITTED_FREE, Kind.AGREEMENT, readings);
        }
        if (text.contains("stands")) {
            addPlain(text, OFFER_STANDS, Kind.AGREEMENT, readings);
        }
        if (Regexes.containsAny(text, "waived", "refunded", "cancelled", "written off", "scrapped", "approved", "granted", "agreed")) {
            addPlain(text, ELLIPTICAL_GRANT, Kind.WAIVER, readings);
        }
        if (text.contains("guaranteed")) {
            addPlain(text, GUARANTEED, Kind.AGREEMENT, readings);
        }
        if (text.contains("£") && Regexes.containsAny(text, "ward", "locality", "members", "member's", "portfolio", "community")) {
            addPlain(text, WARD_MONEY, Kind.PAYMENT, readings);
        }
        if (text.contains("expect") && text.contains(" from ")) {
            addPlain(text, EXPECT_FROM, Kind.PAYMENT, readings);
        }
        Matcher awarded;
        if (text.contains("£") && text.contains(" been ") && (awarded = AWARDED_SUM.matcher(text)).find() && plainlyStated(text, awarded)) {
            String rest = awarded.group("rest");
            if (!Regexes.containsAny(rest, " by ", " from ") || OUR_FUND.matcher(rest).find()) {
                readings.add(new Reading(Kind.PAYMENT, awarded.start()));
            }
        }
        Matcher held;
        if (Regexes.containsAny(text, "will not go", "will not rise", "will not increase", "will not change", "shall not") && (held = FEE_HELD.matcher(text)).find()
                && !NEGATION.matcher(text.substring(0, held.start())).find() && !askedInClause(text.substring(0, held.start()))) {
            // The negation is the promise here: only one before the charge takes it away.
            readings.add(new Reading(Kind.WAIVER, held.start()));
        }

    }

    /** A reading for the pattern's first match, when it is neither negated nor asked about. */
    private static void addPlain(String text, Pattern pattern, Kind kind, List<Reading> readings) {
        Matcher match = pattern.matcher(text);
        if (match.find() && plainlyStated(text, match)) {
            readings.add(new Reading(kind, match.start()));
        }
    }

    // Constructions of the fourth tune split (tune4, 2026-11-29), each read in other words in CommitmentsTest. They are
    // new readings beside the ones above, each tried only when the words it needs are in the sentence.

    /**
     * Sentences that only look like commitments, whatever else they say: an apology accepted, the writer's own money,
     * a habit of the Council's ("undertakes a review every autumn"), what used to be, someone else's hope, a decision not
     * yet made, or an officer's promise reported by name ("Carol has confirmed that…").
     */
    private static final Pattern NOT_A_COMMITMENT = Regexes.compile("\\b(?:my own (?:money|pocket|funds?|savings)"
        + "|out of my (?:own )?pocket)\\b|\\bundertakes? (?:a|an) (?:[\\w-]+ ){0,2}?(?:review|survey|inspection|audit|assessment"
        + "|consultation|check)\\b|^(?:[\\w'-]+ ){1,4}?used to (?:be|have|get|pay|charge|cost|run|offer)\\b|\\b(?:is|are|was|were)"
        + " (?:still )?hoping (?:that )?(?:we|the council|ndc|the authority)\\b|\\bno decision (?:has|have) (?:yet )?been (?:made"
        + "|taken)\\b|\\bunder no circumstances (?:can|could|will|would|shall) i (?:\\w+ )?(?:promise|guarantee|commit|say|confirm"
        + "|agree)\\b|\\b(?:it's|it is|that's|that is) (?:a matter )?for (?:the )?(?:[\\w'-]+ ){0,2}?(?:landowner|owner|landlord|developer"
        + "|county|police|panel|inspector|hr|court|insurers?|school|club) (?:to|not)\\b|^(?<name>[a-z]+) (?:has|have) (?:now |already |just )?(?:confirmed|promised|assured|said|told)\\b");
    private static final Set<String> NOT_NAMES = words("i", "we", "it", "this", "that", "there", "which", "who", "ndc", "northbrook",
        "council", "she", "he", "they", "officers");

    private static boolean notACommitment(String text) {
        int space = text.indexOf(' ');
        boolean nameHas = space > 0 && (text.startsWith(" has ", space) || text.startsWith(" have ", space));
        if (!nameHas && !Regexes.containsAny(text, "circumstances", "s for ", "is for ", "my own", "pocket", "undertake", "used to",
                "hoping", "no decision")) {
            return false;
        }
        Matcher not = NOT_A_COMMITMENT.matcher(text);
        return not.find() && (not.group("name") == null || !NOT_NAMES.contains(not.group("name")));
    }

    /** "As I said on the doorstep, …": the writer's own earlier word restated, not someone else's reported. */
    private static final Pattern RESTATED = Regexes.compile("^as i (?:said|promised|mentioned|told you|explained)(?: [^,]{0,40})?, ");
    /** "The Council will pay for it - how could we not, when…": a question asked only to say yes. */
    private static final Pattern RHETORICAL = Regexes.compile(" - (?:how|why) (?:could|would|should) (?:we|it|the council|i|they) not\\b.*$");
    /** "The Council - and I've cleared this with the Leader - will meet the cost": the writer's own aside. */
    private static final Pattern ASIDE = Regexes.compile(" - (?:and |as )?(?:i have (?:cleared|checked|agreed|confirmed)|as (?:agreed"
        + "|promised))[^-]{0,60} - ");

    /** "Please accept my apologies…": a courtesy, not a contract accepted; what follows a semicolon is read on its own. */
    private static final Pattern APOLOGY = Regexes.compile("^(?:please |kindly )?accept (?:my|our) (?:sincere |heartfelt |humble "
        + "|deepest )?(?:apolog|thanks|condolences|sympathy|best wishes)[^;]*(?:; |$)");

    /** The sentence without an opening or aside that hides its commitment from the readings, or null when it has none. */
    private static String withoutAside(String normal) {
        if (normal.contains("accept")) {
            Matcher apology = APOLOGY.matcher(normal);
            if (apology.lookingAt()) {
                return normal.substring(apology.end());
            }
        }
        if (normal.startsWith("as i ")) {
            Matcher restated = RESTATED.matcher(normal);
            if (restated.lookingAt()) {
                return normal.substring(restated.end());
            }
        }
        if (normal.endsWith("?") && normal.contains(" not")) {
            Matcher rhetorical = RHETORICAL.matcher(normal);
            if (rhetorical.find()) {
                return normal.substring(0, rhetorical.start()) + ".";
            }
        }
        if (normal.contains(" - ")) {
            Matcher aside = ASIDE.matcher(normal);
            if (aside.find()) {
                return normal.substring(0, aside.start()) + " " + normal.substring(aside.end());
            }
        }
        return null;
    }

    /** "X is to jet the culvert", "the chairs are to go to St Anne's hall rather than to auction": an arranged act. */
    private static final Pattern IS_TO = Regexes.compile("^(?!(?:i|you|he|she|they|we|it|this|that|there|what|which|who|my|your"
        + "|his|her|their)\\b)(?<subject>(?:[\\w'&.-]+ ){1,8}?)(?:is|are) (?:now )?to (?<be>be )?(?<verb>[a-z]+)(?<rest>.*)");
    /** Subjects of "is to" that name an aim or a question, not someone who acts: "the aim is to cut fees". */
    private static final Pattern ABSTRACT_SUBJECT = Regexes.compile("\\b(?:aim|plan|idea|point|problem|issue|answer|question|hope"
        + "|intention|goal|purpose|priority|task|job|trick|challenge|key|option|proposal|suggestion|thing|step|best|decision|way"
        + "|objective|ambition|target|role|duty|danger|risk|only|first|next|last|alternative|choice|request|ask|advice|rule|policy)s? $");
    /** Who may be told what to do by "is to": a contractor or a crew of the Council's, by name or by trade. */
    private static final Pattern CONTRACTOR = Regexes.compile("\\b(?:crews?|teams?|gangs?|contractors?|operatives|wardens|rangers"
        + "|drainage|roofing|paving|surfacing|civils|builders|construction|fencing|scaffolding|lifts|demolition|electrical|plumbing"
        + "|cleaning|landscapes?|landscaping|highways|ltd|limited|plc|sons)\\b");
    private static final Pattern GOES_AS_GIFT = Regexes.compile("^ to (?!auction|tender|cabinet|committee|council|the (?:cabinet"
        + "|committee|council|panel|board|vote|meeting|auction|tip))(?:[\\w'-]+ ){1,6}?.*\\b(?:rather than|free|for nothing|as a gift"
        + "|on loan|to keep)\\b");

    /** "Under no circumstances are Apex to touch the signal box", "Greenline is not, under any circumstances, to spray…". */
    private static final Pattern NO_CIRCUMSTANCES = Regexes.compile("\\bunder no circumstances (?:is|are|should|must|may|can|will"
        + "|shall) (?!(?:i|you|he|she|they|your|my|his|her|their|residents)\\b)(?:[\\w'&.-]+ ){1,8}?(?:to )?[a-z]+"
        + "|^(?!(?:i|you|he|she|they)\\b)(?:[\\w'&.-]+ ){1,6}?(?:is|are) not,? under any circumstances,? to [a-z]+");

    /** A note's heading before the commands in it: "Actions from today: 1) refund…", "To do (Dan): patch…". */
    private static final Pattern ACTION_HEADING = Regexes.compile("^(?:actions?(?: (?:from|after|for) (?!me\\b|myself\\b)[\\w' ]{1,25}?)?"
        + "|to-?do(?: \\((?!me\\b)[\\w ]{1,20}\\))?|to do(?: \\((?!me\\b)[\\w ]{1,20}\\))?) ?: (?:\\d[.)] )?");
    /** An outcome written as a note: "Outcome: complaint upheld, £150 goodwill payment, …". */
    private static final Pattern OUTCOME_NOTE = Regexes.compile("^(?:outcome|decision|resolution|agreed|settlement|result): (?!.*\\b"
        + "(?:no decision|pending|awaited|not|tbc|to be confirmed|for discussion|rejected|declined)\\b).*\\b(?:upheld|£\\s?\\d|refund|payment|waived"
        + "|compensation|goodwill|granted)\\b");
    /** "NB: no charge for the second inspection, as…", "…on its way, no charge.": a waiver said in two words. */
    private static final Pattern NO_CHARGE_NOTE = Regexes.compile("(?:^|[,;:] |- )no (?:charge|fee|cost|deposit|call-out fee)"
        + "(?: (?:for|on) (?:the |your |this |his |her )?[^,;.]{1,50})?(?:, (?:as|because|since|given)\\b|[.!]?$)");

    /** A charge the Council will not pursue, said with a negation: "we won't be chasing…", "no deposit will be needed". */
    private static final Pattern NOT_PURSUED = Regexes.compile("\\b(?:we|the council|ndc|the authority) (?:will|shall) not (?:be )?"
        // Chasing money, not an answer: "we won't be chasing the arrears", not "…chasing the contractor for an answer".
        + "(?:chas(?:e|ing)(?=[^.;]*?\\b(?:arrears|debts?|fees?|charges?|rent|money|payments?|balance|invoices?|bills?|penalt(?:y|ies)|fines?"
        + "|costs?|overpayments?|sums?|amounts?|deposits?|you|them|him|her|it|this|that)\\b(?! for (?:an? )?(?:answer|reply|response|update"
        + "|decision|date|report)))|ask(?:ing)? you for|serv(?:e|ing) (?:the |an? |any )?(?:[\\w-]+ )?notice|recover(?:ing)?|pursu(?:e|ing)"
        + " (?:you|the|your|this|that|it|any))\\b|\\b(?:we|the council|ndc|the authority) (?:will|shall) take no (?:further )?"
        + "(?:enforcement |legal )?action\\b|\\bno (?:further )?(?:enforcement |legal )?action will be taken\\b|\\b(?:nobody|no-one"
        + "|no one) (?:from|at|in) (?:the council|ndc|the authority) (?:will|shall) (?:be )?(?:ask(?:ing)? you for|chas|pursu|bill"
        + "|invoic|charg)|\\byou (?:do not|don't|no longer) owe (?:us|the council|ndc) (?:anything|a penny|any)\\b(?! yet)|\\bnothing (?:further"
        + " |more |else )?is (?:now )?(?:owed|owing|due|payable) (?:on|for)\\b|^not (?:one|a single) penny (?:of|for) (?:[\\w'-]+ ){0,5}?"
        + "(?:will|shall|is going to) (?:fall to|be (?:charged|billed|passed on|recovered|asked))|\\b(?:the|your) (?:[\\w'-]+ ){0,2}?"
        + "(?:club|group|society|family|school|tenants?|charity|association|trust) will not (?:be )?(?:pay(?:ing)?|be charged|have to"
        + " pay) (?:any |a penny |anything )?(?:rent|fees?|charges?|hire|for)\\b|\\b(?:your|the) (?:[\\w'-]+ ){0,2}?(?:rent|fees?"
        + "|charges?|rates?|premium|service charge) will not (?:be )?(?:go(?:ing)? up|ris(?:e|ing)|increas(?:e|ing))\\b|^no (?:deposit"
        + "|fee|charge|payment|hire fee|bond) will be (?:needed|required|payable|asked for|taken|charged)\\b|\\b(?:fees?|charges?|costs?"
        + "|bill|invoice) (?:[\\w'-]+ ){0,2}?will not be passed on to (?:you|your|the)\\b|\\bno question of (?:the council|us|ndc|we"
        + "|the authority) not (?:pay|cover|refund|meet|fund|repair|replac)");

    /** Leave to use something of the Council's: "the choir can use the council chamber on Tuesday evenings from September". */
    private static final Pattern CAN_USE = Regexes.compile("(?:^|^(?:yes|fine|ok|okay|right|good news)[,!]?(?: -)? (?<bare>(?:[\\w'&-]+ )"
        + "{0,3})?|^from now on,? (?<bare2>(?:[\\w'&-]+ ){0,3})?)(?!(?:anyone|everyone|residents|people|customers|visitors|nobody|no one"
        + "|i|we|they|he|she|it|dogs|children)\\b)(?:you|your (?:[\\w'-]+ ){0,3}?[\\w'-]+|the (?:[\\w'-]+ ){0,3}?[\\w'-]+)? ?can (?:now "
        + "|also |still |certainly |happily )?(?<verb>use|borrow|have|keep|leave|put|stay|park|store|moor|set up|hold|run|site|place"
        + "|graze|pitch|display)\\b(?<rest>.*)");
    /** What makes such leave a grant rather than a rule anyone may read: a term, a place of ours, no charge. */
    private static final Pattern LEAVE_TERMS = Regexes.compile("\\b(?:free|for nothing|rent-free|without (?:any )?(?:charge|deduction"
        + "|fee)|over the|for the (?:next|first|rest|whole)|for (?:its|their) |until (?:the end of|easter|christmas|(?:next )?(?:january"
        + "|february|march|april|may|june|july|august|september|october|november|december))|on (?:the same terms|\\w+"
        + " (?:evenings|mornings|afternoons|nights))|as (?:it|they) (?:is|are)|an extra|another|a further|our|the council's|all"
        + " (?:summer|year|winter|day|week|weekend))\\b");
    private static final Pattern TALK_TO_HAVE = Regexes.compile("^ (?:a|your|my|our|their) (?:say|look|chat|word|think|copy|go|try"
        + "|support|view)\\b");
    /** "The Council is content for the festival to run until 11pm", "it's fine by me, and by the Council, for…". */
    private static final Pattern CONTENT_FOR = Regexes.compile("\\b(?:the council|ndc|the authority|we) (?:is|are) (?:quite "
        + "|perfectly |more than |very )?(?:content|happy|fine|comfortable|agreeable) for (?:[\\w'-]+ ){1,5}?to (?<verb>[a-z]+)"
        + "|\\bfine by (?:me,? and (?:by )?)?(?:the council|us|ndc),? for (?:[\\w'-]+ ){1,5}?to (?<verb2>[a-z]+)");
    private static final Set<String> USE_VERBS = words("use", "hold", "run", "stay", "park", "put", "keep", "store", "close", "have",
        "borrow", "moor", "site", "trade", "hire", "occupy", "stage", "fly", "hang");
    /** "You're welcome to the spare slabs at the depot", "feel free to put your tables out all summer". */
    private static final Pattern WELCOME_TO = Regexes.compile("\\byou are (?:very |more than |most )?welcome to (?:the|our|any|those"
        + "|these|all the) (?!(?:[\\w-]+ )?(?:meeting|surgery|event|session|party|launch|forum|consultation|opening|ceremony"
        + "|reception|talk)\\b)|^(?:please )?feel free to (?:put|use|borrow|keep|leave|park|store|set up|help yourself to|moor|hold"
        + "|run) (?!.*\\b(?:my|me)\\b)(?=.*\\b(?:free|for nothing|until|from|over the|all (?:summer|year|winter|day|week|weekend)"
        + "|no (?:[\\w-]+ ){0,3}?(?:fee|charge)|our|the council's)\\b)");

    /** Staff terms and appointments: "the crews will get double time", "you're appointed as the Council's tree officer". */
    private static final Pattern STAFF_TERMS = Regexes.compile("\\b(?:will (?:each |all |also |now )?(?:get|receive|be paid|be given)"
        + "|(?:is|are) (?:each )?(?:to get|to receive|to be paid|to act up|getting)) (?:[\\w'£,.-]+ ){0,10}?(?:double time|time and a half"
        + "|days? off in lieu|time off in lieu|honorarium|pay rise|allowance|bonus|enhancement|acting-up|back pay|market supplement"
        + "|overtime)\\b|\\b(?:allowance|honorarium|overtime rate|enhancement|supplement|mileage rate) (?:[\\w'-]+ ){0,2}?(?:goes|will go"
        + "|is going|rises|will rise|is rising) (?:up )?(?:to|by)\\b|\\bconsider yourself (?:hired|appointed|engaged|taken on|employed"
        + "|reinstated)\\b|(?:^|, )(?!i\\b|we\\b)(?:you|[\\w'&-]+(?: [\\w'&-]+){0,3}) (?:are|is) (?:now |hereby |formally )?appointed"
        + " (?:as|to)\\b(?=.*\\b(?:our|the council's|ndc's|council|at the fee|on the terms|salary|from (?:next|monday|\\d))\\b)");

    /** Council property given away: "our old laptops are being donated to…", "tell stores to hand the lamps over … for nothing". */
    private static final Pattern GIFT = Regexes.compile("\\b(?:our|the council's|ndc's) (?:[\\w'-]+ ){0,4}?(?:is|are) (?:being |to be "
        + "|now being )?(?:donated|given|gifted|handed over|passed on|loaned|lent) to\\b|\\b(?:is|are) being (?:sold|donated|gifted|given"
        + "|handed over) to (?:[\\w'-]+ ){0,5}?for (?:a pound|£1\\b|nothing|a nominal|a peppercorn|free)|^(?:please |kindly )?(?:(?:tell"
        + "|ask|get|have|instruct) (?:the )?(?:[\\w'-]+ ){1,3}?to )?(?:hand|give|release|donate|pass) (?:[\\w'£,.-]+ ){1,10}?(?:over |on )?"
        + "to (?!me\\b|us\\b|my\\b)(?:[\\w'-]+ ){1,6}?(?:for nothing|free(?: of charge)?|as a gift|at no cost|for free|on permanent loan"
        + "|to keep)\\b|^(?:please )?let (?!me\\b|us\\b|'s\\b)(?:[\\w'-]+ ){1,4}?keep (?:the|our|that|this|those) (?!peace|faith|hope"
        + "|change)|^(?:please |just )?keep the (?:[\\w'£,.-]+ ){0,4}?(?:we|the council|i) (?:lent|loaned|gave|overpaid|paid) you\\b");

    /** Money said in other ways: "are getting £600 from us", "we owe you £75", "the £540 is cancelled", "ours to bear". */
    private static final Pattern MONEY_SAID = Regexes.compile("\\b(?:is|are) getting (?:[\\w'-]+ ){0,3}?£\\s?\\d[\\d,.]*k? (?:[\\w'-]+ )"
        + "{0,2}?from (?:the council|us|ndc|the authority)\\b|\\b(?:we|the council|ndc|the authority) owes? you (?:£|the £|a refund"
        + "|money)|\\b(?:payment|refund|compensation|grant|contribution|award|sum) of £\\s?\\d[\\d,.]*k? (?:[\\w'-]+ ){0,3}?(?:will|shall)"
        + " (?:now )?be (?:made|paid|sent|issued|credited|transferred)\\b|£\\s?\\d[\\d,.]*k? (?:will|shall) (?:now )?be (?:added to"
        + "|put towards|taken off|knocked off|deducted from|credited to) (?:your|the)\\b|\\bthe £\\s?\\d[\\d,.]*k? (?:[\\w'-]+ ){0,3}?"
        + "(?:is|are|has been|have been) (?:now )?(?:cancell?ed|written off|waived|wiped|scrapped|refunded|struck off)\\b|£\\s?\\d"
        + "[\\d,.]*k?\\b.{0,60}?\\b(?:comes?|is|are) (?:given )?with no strings\\b|\\b(?:is|are) ours to (?:bear|pay|cover|meet|absorb"
        + "|swallow)\\b|\\b(?:we|the council|ndc) will (?:take|absorb|swallow|bear) the (?:hit|loss|cost|shortfall) (?:on|of)\\b"
        + "|\\bwill\\b.*\\b(?:courtesy of|at the expense of) (?:the council|ndc|us|the authority)\\b|\\b(?:we|the council|ndc"
        + "|the authority|northbrook(?: district council)?) (?:hereby )?(?:pledges?|donates?|contributes?) £\\s?\\d|\\b(?:relief|discount"
        + "|exemption|reduction|rebate|concession|credit|refund|waiver) (?:will|shall|is going to) (?:now |also )?be (?:applied"
        + "|backdated|credited) (?:to|from)\\b|\\b(?:you|your [\\w'-]+(?: [\\w'-]+)?) (?:will|shall) (?:now |also )?(?:get|receive"
        + "|have) (?:[\\w'-]+ ){0,3}?(?:free|rent-free) (?:space|use|hire|parking|rent|membership|entry|room|pitch|mooring|desk|office"
        + "|unit|months?|weeks?|sessions?|places?|storage)\\b");
    /** A charge changed by a decision: "your pitch fee is coming down by fifteen per cent", "your rate is frozen for two years". */
    private static final Pattern CHARGE_CHANGED = Regexes.compile("\\b(?:your|the|this) (?:[\\w'-]+ ){0,3}?(?:rent|fee|fees|charge"
        + "|charges|rate|rates|premium) (?:is|are) (?:now )?(?:coming|going) down (?:by|to)\\b|\\b(?:your|the|this) (?:[\\w'-]+ ){0,3}?"
        + "(?:rent|fee|fees|charge|charges|rate|rates|premium) (?:is|are|has been|have been|will be) (?:now )?(?:frozen|capped)"
        + " (?:for|at|until|till)\\b|\\bis (?:free|free of charge) (?:this time|on this occasion|this once)\\b|\\b(?:pool|library|toilets"
        + "|car park|centre|museum|tip|hub|hall|lido|baths)s? (?:is staying|are staying|stays|will stay) (?:open|free)\\b|\\bwill (?:now )?"
        + "treat (?:your|the|this|his|her) (?:[\\w-]+ ){0,3}?(?:claim|application|payment|return|form|appeal|request|bid) as (?:made"
        + "|received|submitted|valid|on time|in time|paid|accepted|eligible)\\b|\\b(?:charge|fee|fees|fine|penalty|debt|arrears|surcharge)"
        + " (?:has|have) (?:now )?been (?:taken|knocked|struck|wiped) off\\b");
    /** More time given: "we're giving the café another month to clear its arrears", "the closing date has been moved to…". */
    private static final Pattern MORE_TIME = Regexes.compile("\\b(?:we|the council|ndc) (?:are|is|will be|will) giv(?:e|ing)"
        + " (?:you|them|him|her|the [^\\s,]+(?: [^\\s,]+){0,2}|your [^\\s,]+) (?:another|an extra|a further|more time|an extension"
        + "|until)\\b|\\b(?:closing date|deadline|end date|completion date|due date) (?:[\\w'-]+ ){0,5}?(?:has been|have been|is being"
        + "|will be) (?:now )?(?:moved|put back|pushed back|extended|deferred) (?:to|by|until)\\b");
    /** A contract changed or a payment held by command: "add the shelters to Streetline's contract", "withhold the retention". */
    private static final Pattern CONTRACT_COMMAND = Regexes.compile("^(?:please )?add (?:[\\w'£,.-]+ ){1,8}?to (?:the |our |[\\w'-]+'s? )"
        + "(?:[\\w-]+ )?(?:contract|order|lease|schedule|agreement|specification)\\b|^(?:please )?(?:withhold|hold back|stop) (?:the |any "
        + "|our |their )?(?:[\\w-]+ ){0,2}?(?:retention|payment|payments|invoice|deposit|bond)\\b|\\bcontract will (?:now |also )?include"
        + "\\b.*\\b(?:paid at|at the (?:agreed|same)|at no extra)\\b|\\b(?:treat|take|consider) my (?:reply|e-?mail|letter|message|note"
        + "|response|answer) (?:as|to be) (?:your |my |a |an |formal |written |full |clear )*(?:authority|authori[sz]ation|instruction"
        + "|approval|go-ahead|consent|permission)\\b");
    /** A deadline set for a contractor, for staff to pass on: "tell them they have until 14 March", "make that clear to them". */
    private static final Pattern DEADLINE_SET = Regexes.compile("^(?:please )?tell (?!your |my |his |her |their |them |him )(?:the )?"
        + "(?:[\\w'&-]+ ){1,4}?(?:that )?(?:they|he|she|it) (?:have|has)(?: got)? until\\b|\\b(?:has|have) until\\b.*\\b(?:tell them|tell him|tell her|let them know|i said so)\\b"
        + "|\\bmust (?:have )?(?:[\\w'-]+ ){1,8}?\\w+(?:ed|en) by\\b.*\\bmake (?:that|this|it) (?:clear|plain) to (?:them|him|her)\\b"
        + "|\\bi (?:want|need|expect) (?:the |your |those |all |this |that )(?:[\\w'-]+ ){0,6}?(?:gone|sorted|finished|removed|cleared)"
        + " by\\b");
    /** The writer's instruction to a named service reported: "I've told finance to refund you…". */
    private static final Pattern TOLD_SERVICE = Regexes.compile("\\bi(?: have)? (?:told|instructed|directed) (?:finance|payroll"
        + "|revenues|benefits|housing|highways|planning|legal|hr|stores|the depot|the cashiers?|accounts|exchequer|[\\w-]+ services)"
        + " to (?<verb>[a-z]+)(?<rest>.*)");
    /** "You can bank on us clearing the gully": as firm as "we will clear it". */
    private static final Pattern BANK_ON = Regexes.compile("\\byou can (?:bank|count|rely) on (?:us|the council|ndc|our (?:[\\w-]+ )?"
        + "(?:team|crews?|contractors?)) (?:to )?(?<verb>[a-z]+)(?<rest>.*)");
    /** "We've decided to keep the toilets open all year": a decision of the Council's stated by the writer. */
    private static final Pattern DECIDED_TO = Regexes.compile("\\b(?:we|the council|ndc|the authority) (?:have|has) (?:now |just "
        + "|finally )?decided to (?<verb>[a-z]+)(?<rest>.*)");
    /** "I told the Scouts that we would cover the coach, and we will": a promise reported, then made again. */
    private static final Pattern REAFFIRMED = Regexes.compile("\\b(?:we|the council|ndc|it) would (?<verb>[a-z]+)(?<rest>[^;]*?),? and"
        + " (?:we|it|the council|ndc) (?:will|shall)(?: do)?(?: - .*)?[.!]?$");
    /** A polite request made of an officer: "I'd be grateful if you'd arrange for the Council to cover…". */
    private static final Pattern GRATEFUL_IF = Regexes.compile("^i(?: would|'d) be (?:grateful|obliged) if you(?: would|'d| could) ");

    /**
     * The words, or pairs of words, each reading below needs (a sentence with none of them is passed over at once). They
     * are looked up word by word ({@link #laterKeys}): a search for each phrase in turn made reading a letter a fifth dearer.
     */
    private static final Set<String> IS_TO_KEYS = words("is to", "are to");
    private static final Set<String> OUTCOME_KEYS = words("outcome", "decision", "resolution", "agreed", "settlement", "result");
    private static final Set<String> NO_CHARGE_KEYS = words("no charge", "no fee", "no cost", "no deposit", "call-out fee");
    private static final Set<String> NOT_PURSUED_KEYS = words("will not", "shall not", "take no", "action will", "nobody", "no one",
        "no-one", "owe", "owed", "nothing", "penny", "no deposit", "no fee", "no charge", "no payment", "no hire", "no bond",
        "no question");
    private static final Set<String> CONTENT_KEYS = words("content for", "happy for", "fine for", "comfortable for",
        "agreeable for", "fine by");
    private static final Set<String> WELCOME_KEYS = words("welcome to", "feel free");
    private static final Set<String> STAFF_KEYS = words("appointed", "yourself", "allowance", "honorarium", "double time", "in lieu",
        "bonus", "overtime", "enhancement", "supplement", "pay rise", "back pay", "time and");
    private static final Set<String> GIFT_KEYS = words("donated", "given to", "gifted", "handed over", "passed on", "loaned", "lent",
        "being sold", "being donated", "being gifted", "being given", "being handed", "for nothing", "as a", "at no", "free",
        "on permanent", "to keep", "let", "keep the");
    private static final Set<String> MONEY_KEYS = words("getting", "owe", "£", "be added", "be put", "be taken", "be knocked",
        "be deducted", "be credited", "strings", "ours to", "will take", "will absorb", "will swallow", "will bear", "courtesy of",
        "expense of", "pledge", "pledges", "donate", "donates", "contribute", "contributes", "be applied", "be backdated", "free",
        "rent-free");
    private static final Set<String> CHANGED_KEYS = words("coming down", "going down", "frozen", "capped", "free", "staying open",
        "staying free", "stays", "stay open", "stay free", "treat", "taken off", "knocked off", "struck off", "wiped off");
    private static final Set<String> TIME_KEYS = words("are giving", "is giving", "will give", "be giving", "closing date",
        "deadline", "end date", "completion date", "due date");
    private static final Set<String> CONTRACT_KEYS = words("add", "withhold", "hold back", "stop", "include", "my reply", "my email",
        "my e-mail", "my letter", "my message", "my note", "my response", "my answer");
    private static final Set<String> DEADLINE_KEYS = words("tell", "has until", "have until", "clear to", "plain to", "i want",
        "i need", "i expect");
    private static final Set<String> TOLD_KEYS = words("i told", "have told", "i instructed", "have instructed", "i directed",
        "have directed");
    private static final Set<String> FIRM_KEYS = words("bank on", "count on", "rely on", "decided to");
    private static final Set<String> REAFFIRMED_KEYS = words("and we", "and it", "and the");
    private static final Set<String> OTHER_KEYS = words("circumstances", "grateful", "obliged", "action", "actions", "to do", "to-do",
        "todo", "can", ":");
    /** A reading that is its pattern's first match once one of its keys is seen, tried in this order. */
    private record KeyedReading(Set<String> keys, Pattern pattern, Kind kind) {
    }

    private static final List<KeyedReading> KEYED = List.of(
        new KeyedReading(WELCOME_KEYS, WELCOME_TO, Kind.AGREEMENT),
        new KeyedReading(STAFF_KEYS, STAFF_TERMS, Kind.AGREEMENT),
        new KeyedReading(GIFT_KEYS, GIFT, Kind.UNDERTAKING),
        new KeyedReading(MONEY_KEYS, MONEY_SAID, Kind.PAYMENT),
        new KeyedReading(CHANGED_KEYS, CHARGE_CHANGED, Kind.WAIVER),
        new KeyedReading(TIME_KEYS, MORE_TIME, Kind.AGREEMENT),
        new KeyedReading(CONTRACT_KEYS, CONTRACT_COMMAND, Kind.INSTRUCTION),
        new KeyedReading(DEADLINE_KEYS, DEADLINE_SET, Kind.INSTRUCTION));
    private static final Set<String> LATER_KEYS = Stream.of(IS_TO_KEYS, OUTCOME_KEYS, NO_CHARGE_KEYS,
        NOT_PURSUED_KEYS, CONTENT_KEYS, WELCOME_KEYS, STAFF_KEYS, GIFT_KEYS, MONEY_KEYS, CHANGED_KEYS, TIME_KEYS, CONTRACT_KEYS,
        DEADLINE_KEYS, TOLD_KEYS, FIRM_KEYS, REAFFIRMED_KEYS, OTHER_KEYS).flatMap(Set::stream).collect(Collectors.toUnmodifiableSet());
    private static final KeyTrie LATER_TRIE = new KeyTrie(LATER_KEYS);

    /** The keys above that the sentence has, in one pass over its words; "£" and ":" wherever they stand. */
    private static Set<String> laterKeys(String text) {
        Set<String> seen = new HashSet<>(4);
        for (int i = 0; i < text.length(); ) {
            LATER_TRIE.collect(text, i, seen);
            int space = text.indexOf(' ', i);
            if (space < 0) {
                break;
            }
            i = space + 1;
        }
        if (text.indexOf('£') >= 0) {
            seen.add("£");
        }
        if (text.indexOf(':') >= 0) {
            seen.add(":");
        }
        // Commands that open the sentence ("add…", "stop the payment", "tell…", "let…", "keep the…"), and leave given to
        // someone other than the writer: the same words elsewhere ("the bus stop", "I can confirm") are passed over.
        if (!seen.isEmpty()) {
            String command = text.startsWith("please ") ? text.substring(7) : text;
            seen.removeIf(key -> START_KEYS.contains(key) && !command.startsWith(key + " "));
            if (text.startsWith("i ") || text.startsWith("we ")) {
                seen.remove("can");
            }
        }
        return seen;
    }

    private static final Set<String> START_KEYS = words("add", "stop", "withhold", "hold back", "let", "keep the");

    /**
     * The keys as a tree of their letters, walked from the start of each word: a few character tests a word and no copies,
     * where a search for each key in turn, or cutting the sentence into words, made reading a letter a fifth dearer.
     */
    private static final class KeyTrie {
        private char[] chars = new char[0];
        private KeyTrie[] kids = new KeyTrie[0];
        private String key;

        KeyTrie(Set<String> keys) {
            for (String each : keys) {
                if (each.length() > 1) {
                    KeyTrie node = this;
                    for (char c : each.toCharArray()) {
                        KeyTrie kid = node.kid(c);
                        if (kid == null) {
                            kid = new KeyTrie();
                            node.chars = Arrays.copyOf(node.chars, node.chars.length + 1);
                            node.kids = Arrays.copyOf(node.kids, node.kids.length + 1);
                            node.chars[node.chars.length - 1] = c;
                            node.kids[node.kids.length - 1] = kid;
                        }
                        node = kid;
                    }
                    node.key = each;
                }
            }
            byChar = new KeyTrie[128];
            for (int i = 0; i < chars.length; i++) {
                if (chars[i] < 128) {
                    byChar[chars[i]] = kids[i];
                }
            }
        }

        private KeyTrie() {
        }

        /** The root's children by character, as every word of a sentence starts a walk there. */
        private KeyTrie[] byChar;

        private KeyTrie kid(char c) {
            if (byChar != null) {
                return c < byChar.length ? byChar[c] : null;
            }
            for (int i = 0; i < chars.length; i++) {
                if (chars[i] == c) {
                    return kids[i];
                }
            }
            return null;
        }

        /** Adds to {@code seen} every key that starts at {@code from} and ends where a word does. */
        void collect(String text, int from, Set<String> seen) {
            KeyTrie node = this;
            for (int i = from; i < text.length(); i++) {
                node = node.kid(text.charAt(i));
                if (node == null) {
                    return;
                }
                if (node.key != null && (i + 1 == text.length() || !Character.isLetterOrDigit(text.charAt(i + 1)))) {
                    seen.add(node.key);
                }
            }
        }
    }

    private static boolean any(Set<String> seen, Set<String> keys) {
        for (String key : seen) {
            if (keys.contains(key)) {
                return true;
            }
        }
        return false;
    }

    /** The readings of the constructions above, or empty; tried before the others, as most need no trigger word of theirs. */
    private Optional<Kind> laterReadings(String text) {
        Set<String> seen = laterKeys(text);
        if (seen.isEmpty()) {
            return Optional.empty();
        }
        if (text.startsWith("i") && (seen.contains("grateful") || seen.contains("obliged"))) {
            Matcher grateful = GRATEFUL_IF.matcher(text);
            if (grateful.lookingAt() && !isQuestion(text)) {
                return instruction(text.substring(grateful.end()));
            }
        }
        if (seen.contains(":") && (seen.contains("action") || seen.contains("actions") || seen.contains("to do") || seen.contains("to-do")
                || seen.contains("todo"))) {
            Matcher heading = ACTION_HEADING.matcher(text);
            if (heading.lookingAt() && !isQuestion(text)) {
                return instruction(text.substring(heading.end()));
            }
        }
        Matcher found = null;
        Kind kind = null;
        if (any(seen, IS_TO_KEYS) && !bindsSomeoneElse(text)) {
            Matcher isTo = IS_TO.matcher(text);
            if (isTo.find() && !ABSTRACT_SUBJECT.matcher(isTo.group("subject")).find()) {
                String verb = isTo.group("verb");
                Optional<Kind> deed = isTo.group("be") != null
                    ? passiveDeed(isTo.group("subject"), "", verb, isTo.group("rest"), text)
                    : verb.equals("go") ? GOES_AS_GIFT.matcher(isTo.group("rest")).find() ? Optional.of(Kind.UNDERTAKING) : Optional.empty()
                    : verb.equals("not") || !isDeedVerb(lemma(verb)) && !CONTRACTOR.matcher(isTo.group("subject")).find() ? Optional.empty()
                    : deed(lemma(verb), isTo.group("rest").strip(), "", text);
                if (deed.isPresent()) {
                    found = isTo;
                    kind = isTo.group("be") != null ? deed.get() : Kind.INSTRUCTION;
                }
            }
        }
        if (found == null && seen.contains("circumstances")) {
            found = firstMatch(NO_CIRCUMSTANCES, text);
            kind = Kind.INSTRUCTION;
        }
        if (found == null && seen.contains(":") && any(seen, OUTCOME_KEYS)) {
            found = firstMatch(OUTCOME_NOTE, text);
            kind = Kind.PAYMENT;
        }
        if (found == null && any(seen, NO_CHARGE_KEYS)) {
            found = firstMatch(NO_CHARGE_NOTE, text);
            kind = Kind.WAIVER;
        }
        if (found == null && any(seen, NOT_PURSUED_KEYS)) {
            found = firstMatch(NOT_PURSUED, text);
            kind = Kind.WAIVER;
            if (found != null) {
                return hedged(text, found.start()) || unbound(text, found) || isQuestion(text) ? Optional.empty() : Optional.of(kind);
            }
        }
        if (found == null && seen.contains("can")) {
            Matcher use = CAN_USE.matcher(text);
            // "The club says it can keep its boats there free": the leave is reported, not given.
            if (use.find() && !hedged(text, use.start("verb")) && LEAVE_TERMS.matcher(use.group("rest")).find() && !(use.group("verb").equals("have")
                    && TALK_TO_HAVE.matcher(use.group("rest")).find()) && !(use.group("verb").equals("park") && !use.group("rest").contains("free"))) {
                found = use;
                kind = Kind.AGREEMENT;
            }
        }
        if (found == null && any(seen, CONTENT_KEYS)) {
            Matcher content = CONTENT_FOR.matcher(text);
            if (content.find() && USE_VERBS.contains(content.group("verb") != null ? content.group("verb") : content.group("verb2"))) {
                found = content;
                kind = Kind.AGREEMENT;
            }
        }
        for (int i = 0; found == null && i < KEYED.size(); i++) {
            KeyedReading reading = KEYED.get(i);
            if (any(seen, reading.keys())) {
                found = firstMatch(reading.pattern(), text);
                kind = reading.kind();
            }
        }
        if (found == null && any(seen, TOLD_KEYS)) {
            Matcher told = TOLD_SERVICE.matcher(text);
            if (told.find() && isDeed(told.group("verb"), told.group("rest"), text)) {
                found = told;
                kind = Kind.INSTRUCTION;
            }
        }
        if (found == null && any(seen, FIRM_KEYS)) {
            Matcher firm = BANK_ON.matcher(text);
            if (!firm.find()) {
                firm = DECIDED_TO.matcher(text);
            }
            if (firm.find(0) && !firm.group("verb").equals("not") && !NOTICE_OR_THANKS.matcher(text).find() && isDeedVerbOrWork(firm.group("verb"), firm.group("rest"), text)) {
                found = firm;
                kind = Kind.UNDERTAKING;
            }
        }
        if (found == null && text.contains("would") && any(seen, REAFFIRMED_KEYS)) {
            Matcher again = REAFFIRMED.matcher(text);
            if (again.find() && deed(lemma(again.group("verb")), again.group("rest").strip(), "", text).isPresent() && !isQuestion(text)) {
                // The report before the promise is the writer's own, made good in the same sentence: not a hedge.
                return Optional.of(Kind.UNDERTAKING);
            }
        }
        if (found == null || NEGATION.matcher(clauseBefore(text, found.start())).find() || askedInClause(text.substring(0, found.start()))
                || hedged(text, found.start()) || unbound(text, found) || isQuestion(text)
                || Regexes.containsAny(text, CONDITIONS) && APPROVAL_PENDING.matcher(text).find()) {
            return Optional.empty();
        }
        return Optional.of(kind);
    }

    /** The words of a sentence's clause before a position: a negation in an earlier clause ("which should never have happened") does not reach it. */
    private static String clauseBefore(String text, int end) {
        String before = text.substring(0, end);
        return before.substring(Math.max(before.lastIndexOf(", "), before.lastIndexOf("; ")) + 1);
    }

    /** What keeps a reading above from binding the Council: a condition, an outside body, anyone at all. */
    private static final Pattern LATER_UNBOUND = Regexes.compile("\\b(?:if|unless|provided|providing|subject to|as long as|assuming)\\b"
        + "|\\b(?:county|county's|government|government's|lottery|landlord|housing association|insurers?|nhs|police)\\b"
        + "|^(?:anyone|everyone|whoever|any|all)\\b");

    /** "…extended to 30 May by the inspector": someone else's deed, though a date stands between. */
    private static final Pattern BY_OUTSIDER = Regexes.compile("^ by the (?:[\\w-]+ )?(?:inspector|inspectorate|county|government"
        + "|developers?|landlord|owners?|insurers?|police|court|ombudsman|secretary of state|minister|environment agency|water company)\\b");

    private static boolean unbound(String text, Matcher found) {
        int by = text.indexOf(" by the ", found.start());
        return LATER_UNBOUND.matcher(text).find() || doneByOthers(text.substring(found.end()))
            || by >= 0 && BY_OUTSIDER.matcher(text.substring(by)).lookingAt();
    }

    /**
     * What the model read as commitments when tune4 was left out of its training: the writer's own appointment, a meeting
     * arranged ("we're meeting at ten"), another public body's promise ("the fire service will fit…"); and, once it had
     * learnt from tune4, what has been going on ("water has been coming up through the pavement…").
     */
    private static final Pattern NOT_THE_MODELS = Regexes.compile("\\bi (?:have|am|was) (?:been )?(?:appointed|elected|selected"
        + "|nominated|co-opted)\\b|\\bwe are (?:all )?(?:meeting|visiting|talking|discussing|speaking|gathering|getting together)\\b"
        + "|\\b(?:fire|police|ambulance|health|nhs|water|gas|electricity|bus|rail|probation) (?:and rescue )?(?:service|authority|board"
        + "|trust|company|brigade)s? (?:will|shall|is going to|has agreed|have agreed)\\b|\\b(?:has|have) been [a-z]+ing\\b"
        // Another body's property dealt with: "the Rotary Club's minibus is being sold…".
        + "|\\b(?:club|association|society|trust|church|charity|school|company|group)'s (?:[\\w-]+ ){1,3}?(?:is|are) being\\b"
        // A decision credited to a committee, panel or inspector is reported, not made by the writer.
        + "|\\b(?:committee|sub-committee|cabinet|panel|inspector|board) (?:last \\w+ )?(?:granted|approved|agreed|refused|decided"
        + "|voted|resolved|awarded|rejected)\\b");

    private static boolean notTheModels(String normal) {
        return Regexes.containsAny(normal, "appointed", "elected", "selected", "nominated", "co-opted", "we are", "will", "shall",
            "going to", "agreed", "been", "committee", "cabinet", "panel", "inspector", "board", "being") && NOT_THE_MODELS.matcher(normal).find();
    }

    private static Matcher firstMatch(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? matcher : null;
    }

    /** A deed of any kind the Council may promise: "clearing the gully", "keep the toilets open". */
    private static boolean isDeedVerbOrWork(String verb, String rest, String sentence) {
        return deed(lemma(verb), rest.strip(), "", sentence).isPresent();
    }

    private static final Pattern CONTRAST = Regexes.compile(", not (?:the |your |their |our |a )?[\\w'-]+(?: [\\w'-]+){0,2}[.!]?$");
    private static final Pattern NEGATION = Regexes.compile("\\b(?:not|never|no longer|cannot|unable|unwilling)\\b|n't\\b");
    private static final Set<String> NEGATIONS = words("not", "never", "cannot", "no", "longer");
    /** Words that make "will" firm or are firm on their own: "has agreed to", "is pleased to", "undertakes to". */
    private static final Set<String> BINDINGS = words("will", "shall", "'ll", "going", "agrees", "agreed", "commits",
        "committed", "undertakes", "guarantees", "promises", "promised", "pleased", "happy", "delighted", "willing", "prepared",
        "able", "won't", "shan't");
    /** Words that may stand between the party and its deed without changing what it binds. */
    private static final Set<String> FILLERS = words("is", "are", "has", "have", "to", "now", "also", "then", "still",
        "fully", "gladly", "happily", "certainly", "definitely", "of", "course", "immediately", "promptly", "shortly", "soon",
        "duly", "formally", "therefore", "indeed", "absolutely", "willingly", "hereby", "personally", "always", "both",
        "continue", "arrange", "quite", "very", "really", "automatically", "gladly", "make", "sure", "then", "happily", "just");
    private static final Set<String> SOFTENERS = words("would", "could", "might", "may", "should", "must", "need", "needs",
        "hope", "hopes", "aim", "aims", "intend", "intends", "plan", "plans", "want", "wants", "likely", "expected", "try",
        "considering", "seeking", "looking", "ought", "can't", "couldn't", "wouldn't", "shouldn't", "may", "hoping", "trying",
        "unable", "expects", "asked", "hoped", "wanted", "would'nt", "if", "whether", "probably", "possibly");
    /** "The Council accepts your quotation": binding in the present tense, no "will" needed. */
    private static final Set<String> PERFORMATIVES = words("accepts", "agrees", "offers", "awards", "grants", "waives",
        "undertakes", "guarantees", "approves", "authorises", "authorizes", "admits", "accept", "agree", "offer", "award",
        "waive", "undertake", "guarantee", "approve", "authorise", "confirms", "indemnifies", "commits", "consents", "consent",
        "insures", "grants", "terminates", "allows", "permits", "extends", "renews", "releases", "freezes", "commissions",
        "appoints");
    /** What a council acts through: "the Council's housing service", "NDC's parks team". */
    private static final Set<String> COUNCIL_UNITS = words("service", "services", "team", "department", "directorate", "unit",
        "contractor", "contractors", "officers", "staff", "budget", "fund");
    private static final Set<String> PERFECT_DEEDS = words("waived", "agreed", "approved", "awarded", "granted", "accepted",
        "written", "cancelled", "canceled", "refunded", "allocated", "authorised", "authorized", "released", "reimbursed",
        "committed", "undertaken", "paid", "scrapped", "extended", "renewed", "decided", "dropped", "consented", "granted",
        "appointed", "commissioned");

    /** After one of the Council's names: whether what follows binds it, and to what. */
    private static Optional<Kind> councilBound(String after, String name, String sentence) {
        String[] words = after.strip().split(" ");
        if (words.length > 2 && words[0].equals("'s")) {
            // "the Council's museum service will accept…": the Council acting through one of its services.
            for (int i = 1; i < Math.min(words.length - 1, 5); i++) {
                if (COUNCIL_UNITS.contains(words[i])) {
                    words = Arrays.copyOfRange(words, i + 1, words.length);
                    break;
                }
            }
        }
        if (words.length > 2 && (words[0].equals("'s") || words[0].equals("'re")) && words[1].endsWith("ing")
                && Regexes.matches(words[2], "(?:for|the|a|an|it|them|you|your|all|£.*|\\d.*|back|up|out|off|over|in|to|this|that)")) {
            // "the Council's paying", "we're covering it"
            words[0] = "is";
        }
        boolean binding = false;
        boolean progressive = false;
        boolean negated = false;
        boolean perfect = false;
        for (int i = 0; i < Math.min(words.length, 12); i++) {
            String raw = words[i];
            String word = Regexes.replaceAll(raw, "[,;:.!?\"()]+$", "");
            if (word.isEmpty()) {
                continue;
            }
            if (word.endsWith("n't") || NEGATIONS.contains(word)) {
                negated = true;
                binding |= word.equals("won't") || word.equals("shan't");
            } else if (Set.of("agreed", "promised", "committed").contains(word) && !perfect
                    && !(i > 0 && Regexes.matches(words[i - 1], "is|are|remains"))) {
                // "In 2019 the Council agreed to pay…" tells history; "has agreed to pay" binds today.
                return Optional.empty();
            } else if (BINDINGS.contains(word)) {
                binding = true;
            } else if (SOFTENERS.contains(word)) {
                return Optional.empty();
            } else if (word.equals("can") && i + 1 < words.length && words[i + 1].startsWith("offer")) {
                binding = true;
            } else if ((word.equals("has") || word.equals("have")) && !binding) {
                perfect = true;
            } else if (word.equals("to") && !binding && i > 0 && Regexes.matches(words[i - 1], "is|are")) {
                // "the Council is to install two charge points": an arranged act, as binding as "will".
                binding = true;
            } else if (word.equals("to") && !binding) {
                // "the authority to agree changes": an infinitive, not the Council's own act.
                return Optional.empty();
            } else if (word.equals("be") && binding) {
                // "will be paying" binds; "will be responsible for maintaining" binds; "will be in touch" does not.
                String next = i + 1 < words.length ? Regexes.replaceAll(words[i + 1], "[,;:.!?]+$", "") : "";
                if (next.equals("responsible") && i + 3 < words.length && words[i + 2].equals("for")) {
                    return negated ? Optional.empty() : deed(lemma(words[i + 3]), restAfter(words, i + 4), name, sentence);
                }
                if (next.endsWith("ing")) {
                    return negated ? FORBEARANCE.matcher(next + " " + restAfter(words, i + 2)).find() ? Optional.of(Kind.WAIVER)
                        : Optional.empty() : deed(lemma(next), restAfter(words, i + 2), name, sentence);
                }
                return Optional.empty();
            } else if (FILLERS.contains(word) || word.equals("to")) {
                progressive |= word.equals("is") || word.equals("are");
                continue;
            } else {
                String rest = restAfter(words, i + 1);
                if (binding && negated) {
                    return FORBEARANCE.matcher(word + " " + rest).find() ? Optional.of(Kind.WAIVER) : Optional.empty();
                }
                if (binding) {
                    if (word.equals("have") || word.equals("had")) {
                        // "will have the pothole filled by Friday"
                        return HAVE_DONE.matcher(rest).find()
                            ? Optional.of(Kind.UNDERTAKING) : Optional.empty();
                    }
                    Optional<Kind> deed = deed(lemma(word), rest, name, sentence);
                    Matcher joined;
                    if (deed.isEmpty() && rest.contains(" and ") && (joined = JOINED_VERB.matcher(rest)).find() && isDeedVerb(lemma(joined.group(1)))) {
                        // "We will host the visitors and pay for their lunch": talk first, the deed joined to it.
                        return deed(lemma(joined.group(1)), joined.group(2).strip(), name, sentence);
                    }
                    return deed;
                }
                if (negated) {
                    return Optional.empty();
                }
                if (perfect && Set.of("signed", "exchanged", "entered").contains(word)) {
                    // "we have signed the heads of terms", "NDC has exchanged contracts": a deal made, not a petition signed.
                    return SIGNED_WHAT.matcher(rest).find() ? Optional.of(Kind.AGREEMENT) : Optional.empty();
                }
                if (Regexes.matches(word, "appointed|commissioned|commissions|appoints")
                        && !Regexes.matches(rest, "^(?:(?:you|your|the|a|an|[\\w&'-]+)(?: [\\w&'-]+){0,3}? (?:as|to) (?!review|report"
                        + "|look|consider|assess|investigate|study)|.*£).*")) {
                    // "We've appointed Harlow & Finch as architects", "the Council commissions you to paint the mural for £4,500".
                    return Optional.empty();
                }
                if (perfect && PERFECT_DEEDS.contains(word) && !word.equals("decided")) {
                    return word.equals("agreed") && !rest.startsWith("to") && !rest.startsWith("that") ? Optional.empty()
                        : Optional.of(kindOfDone(rest, word.equals("agreed") ? rest.replaceFirst("^(?:to|that) ", "") : word));
                }
                if (PERFORMATIVES.contains(word) && !Regexes.matches(rest, "^(?:that (?:you|it|this|there|the (?:situation|problem|delay))"
                        + "|with|the point|your point|your concerns?|it is|this is)\\b.*")) {
                    if (word.startsWith("confirm")) {
                        return Regexes.matches(rest, "^(?:that )?(?:it|we|the council) (?:will|shall)\\b.*") ? Optional.of(Kind.UNDERTAKING)
                            : Optional.empty();
                    }
                    return Optional.of(kindOfAct(word, rest));
                }
                if (word.endsWith("ing") && progressive) {
                    return deed(lemma(word), rest, name, sentence);
                }
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static boolean councilObject(String rest) {
        if (COUNCIL_OBJECT.matcher(rest).find()) {
            return true;
        }
        String[] words = rest.strip().split(" ");
        for (int i = 1; i < words.length; i++) {
            String word = bareWord(words[i]);
            boolean noun = OBJECT_NOUNS.contains(word) || i + 1 < words.length && OBJECT_PHRASES.containsKey(word)
                && OBJECT_PHRASES.get(word).equals(bareWord(words[i + 1])) && words[i].equals(word);
            for (int before = i - 1; noun && before >= Math.max(0, i - 4); before--) {
                if (DETERMINERS.contains(words[before])) {
                    return true;
                }
                if (!bareWord(words[before]).equals(words[before])) {
                    // A comma or stop between determiner and noun: "the works, the contract" are read as two.
                    break;
                }
            }
        }
        return false;
    }

    /** A word without the punctuation around it. */
    private static String bareWord(String word) {
        int from = 0;
        int to = word.length();
        while (from < to && !Character.isLetterOrDigit(word.charAt(from))) {
            from++;
        }
        while (to > from && !Character.isLetterOrDigit(word.charAt(to - 1))) {
            to--;
        }
        return word.substring(from, to);
    }

    /** Neither negated up to the end of the match nor asked about in the clause before it ("if the grant is increased…"). */
    private static boolean plainlyStated(String text, Matcher match) {
        return !NEGATION.matcher(text.substring(0, match.end())).find() && !askedInClause(text.substring(0, match.start()));
    }

    /**
     * Whether a clause promises a deed of the Council's: "the Council will pay…", "the path will be resurfaced…", but not
     * "residents will pay…".
     */
    private boolean promisedByCouncil(String clause, String sentence) {
        Matcher deedAfter = CLAUSE_DEED.matcher(clause);
        if (!deedAfter.find() || deedAfter.group("verb").equals("not")) {
            return false;
        }
        if (deedAfter.group("be") != null) {
            return passiveDeed("", "", deedAfter.group("verb"), deedAfter.group("rest"), sentence).isPresent();
        }
        return party.matcher(clause.substring(0, deedAfter.start())).find()
            && deed(lemma(deedAfter.group("verb")), deedAfter.group("rest").strip(), "", sentence).isPresent();
    }

    private static final Pattern SIGNED_WHAT = Regexes.compile("^(?:off |up to |into )?(?:the |a |an |our |your |its |new )?"
        + "(?:[\\w'-]+ ){0,3}?(?:contracts?|lease|licence|agreement|heads of terms|deal|deed|tenancy|memorandum|concession|terms)\\b");
    private static final Pattern HAVE_DONE = Pattern.compile("^(?:\\S+ ){1,6}?\\w+(?:ed|en)\\b");

    /** Words without which no reading below can find anything: most sentences of a letter are passed over here. */
    private static final String[] TRIGGERS = {"will", "shall", "going to", "agree", "commit", "undertak", "guarant", "promis",
        "pleased", "happy to", "delighted", "willing", "prepared", "able to", "confirm", "hereby", "instruct", "authori",
        "direct", "order", "proceed", "go ahead", "go-ahead", "green light", "approv", "waiv", "refund", "reimburs", "compensat",
        "paid", "pay", "consider", "take this", "treat this", "this e", "this letter", "this message", "this note", "receive",
        "accept", "award", "grant", "offer", "cancel", "release", "invoice", "charge", "fee", "fine", "pcn", "arrears", "£",
        "crew", "gang", "contractor", "want", "need", "expect", "require", "tell", "told", "arrange", "make sure", "been",
        "written off", "no cost", "relief", "allow", "permit", "admit", "giving", "offering", "indemnif", "sign",
        "scrapped", "suspended", "reduced", "you have", "you are", "cover", "settle", "sort", "fund", "match", "top up", "on us",
        "on the house", "yours", "no need", "owe", "count on", "rely on", "dropped", "granted", "varied", "have an", "get the",
        "put the", "see to it", "absorb", "shoulder", "bankroll", "stand the", "returned", "processed", "given", " is to ", " are to ",
        "terminat", "freez", "frozen", "set aside", "capped", "funded by", "paid for by", "met by", "from the council", "from us",
        "bill to", "invoice to", "had ", "got ", "drop", "fall", "come down", "go down", "decrease", "goes to", "go to",
        "gone to", "going to", "word", "pledge", "assurance", "undertaking", "commitment", "exchanged", "entered into",
        "extended", "renewed", "pick", "we are ", "consent", "exchange contract", "okay", "in the post", "on its way",
        "comes down", "goes down", "penny", "is ours", "come to us", "comes to us", "is cut", "cut to", "bill the", "on the council",
        "free", "halv", "exempt", "on itself", "settled", "appoint", "down tools", "no circumstances", "no account", "withdrawn",
        "lifted", "bill it to", "bill to", "meeting the", "in full", "goes back", "from today", " not to "};

    private static boolean mayCommit(String text) {
        if (Regexes.containsAny(text, TRIGGERS)) {
            return true;
        }
        // A bare command ("Empty the bins on Friday") names no trigger word: its first word is the deed.
        String command = POLITE_WORDS.matcher(VOCATIVE.matcher(SALUTATION.matcher(text).replaceFirst("")).replaceFirst(""))
            .replaceFirst("");
        int space = command.indexOf(' ');
        return isDeedVerb(lemma(space < 0 ? command : command.substring(0, space)));
    }

    private static final Pattern POLITE_WORDS = Regexes.compile("^(?:(?:please|kindly|so|ok|okay|right|now|then|and)[,]? )+");

    private static final Pattern DENIED_BEFORE = Regexes.compile("\\b(?:nobody|no one|no-one|none|neither|not one|not anyone"
        + "|no officer|no member)(?: (?:at|in|from|of|on|within))?(?: the)? ?$");

    /** "Nobody at the Council has promised you…": the party is denied, not bound. */
    private static boolean deniedBefore(String before) {
        return Regexes.containsAny(before, "no", "not") && DENIED_BEFORE.matcher(before).find();
    }

    private static final Pattern BY_OTHERS = Regexes.compile("^,? by (?!us\\b|the council\\b|the authority\\b|ndc\\b|northbrook"
        + "|officers\\b|me\\b|the (?:[\\w-]+ )?(?:team|department|service)\\b)");

    /** "…has been paid by the festival organisers", "…is granted by the inspector": someone else's deed. */
    private static boolean doneByOthers(String after) {
        return after.startsWith(" by") || after.startsWith(", by") ? BY_OTHERS.matcher(after).find() : false;
    }

    private static final Pattern ASKED_IN_CLAUSE = Regexes.compile("\\b(?:whether|if)\\b[^,;:]*$");

    /** "We don't know whether the flood grant will be paid…": the clause before a passive promise asks about it. */
    private static boolean askedInClause(String subject) {
        return (subject.contains("whether") || subject.contains("if")) && ASKED_IN_CLAUSE.matcher(subject).find();
    }

    /** "whether the Council will…", "if it will…": one of the two words before the party asks rather than states. */
    private static boolean askedBefore(String text, int end) {
        String[] before = text.substring(0, end).strip().split(" ");
        for (int i = Math.max(0, before.length - 2); i < before.length; i++) {
            if (ASKING.contains(before[i])) {
                return true;
            }
        }
        return false;
    }

    private static String restAfter(String[] words, int from) {
        return from >= words.length ? "" : String.join(" ", Arrays.copyOfRange(words, from, words.length));
    }

    /** Whether a verb, with the words after it, is a deed of the Council's, and of which kind. */
    private static Optional<Kind> deed(String verb, String rest, String party, String sentence) {
        if (verb.equals("pay") && Regexes.matches(rest, "^(?:the|a(?: \\w+)?) price\\b.*")) {
            // "we are paying the price for…": a cost borne, not a payment made.
            return Optional.empty();
        }
        Pattern condition = DEED_WHEN.get(verb);
        if (condition != null) {
            if (!condition.matcher(rest).find()) {
                return Optional.empty();
            }
        } else if (TALK.contains(verb) && !(MONEY.contains(verb) && moneyNearby(rest))) {
            return freeService(verb, rest);
        }
        if (party.equals("we") && Regexes.matches(rest, "^(?:\\S+ ){0,3}?(?:leaflets|newsletters?|votes?|seats?|the election|campaign)\\b.*")) {
            return Optional.empty();
        }
        if (MONEY.contains(verb)) {
            if (verb.equals("cover") && !Regexes.matches(rest, "^(?:this|that|it|them|the (?:issue|topic|point|matter|agenda|story"
                    + "|subject|meeting|event|question|item|news|details))\\b.*")) {
                return Optional.of(Kind.PAYMENT);
            }
            return !Set.of("cover", "meet", "release", "transfer", "allocate", "credit", "match", "settle", "top", "insure")
                .contains(verb) || moneyNearby(rest) || moneyNearby(sentence) ? Optional.of(Kind.PAYMENT) : Optional.empty();
        }
        if (WAIVE.contains(verb)) {
            if (verb.equals("write") && !rest.startsWith("off")) {
                return Optional.empty();
            }
            return Regexes.matches(rest, "^(?:\\S+ ){0,6}?(?:fee|fees|charges?|fines?|penalty|penalties|pcn|invoice|bill|arrears|debt|rent"
                + "|costs?|interest|surcharge|conditions?|requirement|rule|deposit|premium)\\b.*") ? Optional.of(Kind.WAIVER)
                : Regexes.matches(rest, "^(?:\\S+ ){0,5}?(?:contract|lease|agreement|order|tenancy|licence)\\b.*") ? Optional.of(Kind.AGREEMENT)
                : Optional.of(Kind.UNDERTAKING);
        }
        if (AGREE.contains(verb)) {
            return Optional.of(Kind.AGREEMENT);
        }
        return Optional.of(Kind.UNDERTAKING);
    }

    private static boolean moneyNearby(String rest) {
        return Regexes.matches(rest, "^.{0,90}?(?:£|\\bcosts?\\b|\\bbill|\\bfees?\\b|\\bcharges?\\b|expenses|\\bfund|\\bgrant|\\bmoney"
            + "|payment|\\bsum\\b|amount|invoice|\\bclaim|compensation|refund|budget|\\d|contract|loan|damages|overtime|tab|shortfall"
            + "|deficit|outstanding|balance|deposit|arrears|wages).*");
    }

    /** "…will be refunded", "…will be issued free of charge", but not "…will be considered" or "you will be contacted". */
    private static Optional<Kind> passiveDeed(String subject, String adverbs, String participle, String rest, String sentence) {
        if (NEGATION.matcher(adverbs).find() || askedBefore(subject, subject.length()) || askedInClause(subject)) {
            return Optional.empty();
        }
        if (!participle.endsWith("ed") && !participle.endsWith("en") && !IRREGULAR.contains(participle)) {
            return Optional.empty();
        }
        String tail = subject.strip();
        String lastWord = tail.substring(tail.lastIndexOf(' ') + 1);
        if (Regexes.matches(rest, "^ by (?:the )?(?:developer|contractor|county|applicant|landlord|owner|insurer|utility|water company|police"
                + "|government|nhs|trust|school|club|association|whoever|whichever|owners|them|you|yourself|tenants?|leaseholders?"
                + "|freeholder|buyer|seller|organisers?|operator|company|builder|insurers|person)\\b.*")) {
            return Optional.empty();
        }
        String verb = lemma(participle);
        if (Regexes.matches(participle, "divided|split|merged|combined|renamed|redrawn|abolished|created|enlarged|reduced")
                && Regexes.matches(lastWord, "parish|parishes|ward|wards|district|districts|division|divisions|constituency|boundary"
                    + "|boundaries")) {
            // "Saltmarsh parish will be divided into two wards": electoral arrangements made by order, not a deed for anyone.
            return Optional.empty();
        }
        if (verb.equals("make")) {
            return Regexes.matches(tail, ".*\\b(?:payment|refund|compensation|grant|contribution|donation|offer|award|repairs?)$")
                ? Optional.of(Kind.PAYMENT) : Optional.empty();
        }
        if (lastWord.equals("i") || lastWord.equals("you") && !MONEY.contains(verb) && !WAIVE.contains(verb)
                && !Set.of("rehouse", "offer", "give", "allocate", "grant", "award", "exempt", "allow", "permit").contains(verb)) {
            return Optional.empty();
        }
        if (verb.equals("hold") || verb.equals("keep")) {
            return DEED_WHEN.get(verb).matcher(rest.strip()).find() ? Optional.of(Kind.UNDERTAKING) : Optional.empty();
        }
        if (FREE.matcher(rest).find() && (!TALK.contains(verb) || Regexes.matches(verb, "do|treat|carry|provide|give|send|deliver"))
                && !OTHERS_AGENT.matcher(rest).find()) {
            // "The inspection of your loft conversion will be done free of charge."
            return Optional.of(Kind.WAIVER);
        }
        if (Regexes.matches(verb, "do|treat|sort") && WORKS.matcher(tail.substring(tail.lastIndexOf(", ") + 1)).find()) {
            // "The damp will be treated and the bedroom replastered", "the new extractor fan will be done on Thursday".
            return Optional.of(Kind.UNDERTAKING);
        }
        if (Set.of("give", "offer", "provide", "send", "issue").contains(verb)) {
            return Regexes.matches(rest, "^ (?:\\S+ ){0,4}?(?:free of charge|at no cost|£|refund|grant|payment|cheque|licence|permit|relief"
                + "|discount|replacement|new )\\b?.*") || Regexes.matches(tail, ".*\\b(?:permit|licence|refund|grant|payment|cheque|relief"
                + "|bin|replacement)$") ? Optional.of(Kind.UNDERTAKING) : Optional.empty();
        }
        return deed(verb, rest.strip(), "", sentence);
    }

    /** "Our team will do the rescore visit free of charge": a service given for nothing. */
    private static Optional<Kind> freeService(String verb, String rest) {
        return Regexes.matches(verb, "do|carry|visit|inspect|check|survey|provide|deliver|collect|test|service")
            && FREE_IN_REST.matcher(rest).find() ? Optional.of(Kind.WAIVER) : Optional.empty();
    }

    private static final Pattern FREE_IN_REST =
 Regexes.compile("\\b(?:free of charge|at no (?:extra |additional )?(?:cost|charge))\\b");
    /** Someone else doing the work: "…by the garage", not "…by the end of May" or "…by our repairs team". */

    private static final Pattern OTHERS_AGENT = Regexes.compile("\\bby (?!(?:the )?(?:council|authority|ndc|northbrook|us|our|my|officers"
        + "|end|start|beginning|close|time|weekend|deadline|date|next|this|then|(?:[\\w-]+ )?(?:team|department|service|crew)s?)\\b)"
        + "(?:the|a|an|your|their|his|her|whoever|them|you)\\b");
    private static final Pattern FREE = Regexes.compile(
"^(?: [\\w'-]+){0,4}? (?:free of charge|at no (?:extra |additional )?(?:cost"
        + "|charge)|without charge)\\b");
    /** Physical work, as the thing that is to be done or treated. */
    private static final Pattern WORKS = Regexes.compile("\\b(?:damp|mould|leak|nest|wasps?|rats|mice|infestation|pests?|repairs?"
        + "|works|wash|fan|boiler|roof|windows?|gutters?|drains?|potholes?|fence|wall|hedge|verge|treatment|woodworm|rot)\\b");

    /** The base form of a verb form: "paying" and "paid" → "pay", "waived" → "waive", "carried" → "carry". */
    static String lemma(String form) {
        String word = form.toLowerCase(Locale.ROOT);
        switch (word) {
            case "paid", "paying", "pays" -> {
                return "pay";
            }
            case "made", "making" -> {
                return "make";
            }
            case "done", "doing" -> {
                return "do";
            }
            case "given", "giving" -> {
                return "give";
            }
            case "kept" -> {
                return "keep";
            }
            case "held" -> {
                return "hold";
            }
            case "met" -> {
                return "meet";
            }
            case "sent" -> {
                return "send";
            }
            case "built", "rebuilt" -> {
                return word.equals("built") ? "build" : "rebuild";
            }
            case "taken", "taking" -> {
                return "take";
            }
            case "written", "writing" -> {
                return "write";
            }
            case "sold" -> {
                return "sell";
            }
            case "laid", "relaid" -> {
                return word.equals("laid") ? "lay" : "relay";
            }
            case "spent" -> {
                return "spend";
            }
            case "lent" -> {
                return "lend";
            }
            case "borne" -> {
                return "bear";
            }
            case "repaid" -> {
                return "repay";
            }
            case "withdrawn" -> {
                return "withdraw";
            }
            case "undertaken" -> {
                return "undertake";
            }
            default -> {
            }
        }
        for (String ending : List.of("ing", "ed", "es", "s")) {
            if (ending.equals("s") && word.endsWith("ss")) {
                // "assess", "address", "discuss": the s is the word's own.
                break;
            }
            if (word.length() > ending.length() + 2 && word.endsWith(ending)) {
                String stem = word.substring(0, word.length() - ending.length());
                if (ending.equals("ed") && stem.endsWith("i")) {
                    return stem.substring(0, stem.length() - 1) + "y";
                }
                for (String candidate : List.of(stem, stem + "e", stem.substring(0, stem.length() - 1))) {
                    if (known(candidate)) {
                        return candidate;
                    }
                }
                return ending.equals("s") ? stem : stem.endsWith("at") || stem.endsWith("iv") || stem.endsWith("ur")
                    || stem.endsWith("ag") || stem.endsWith("ov") ? stem + "e" : stem;
            }
        }
        return word;
    }

    private static boolean known(String verb) {
        return MONEY.contains(verb) || WAIVE.contains(verb) || AGREE.contains(verb) || TALK.contains(verb)
            || DEED_WHEN.containsKey(verb) || WORK.contains(verb);
    }

    /** Common work deeds, only so that their -ing and -ed forms are read back to the right base. */
    private static final Set<String> WORK = words("repair", "replace", "resurface", "install", "remove", "clear", "rebuild",
        "complete", "rehouse", "reinstate", "restore", "reopen", "relocate", "refurbish", "upgrade", "tarmac", "patch", "fill",
        "empty", "plant", "paint", "erect", "trim", "fell", "fix", "mend", "relay", "improve", "maintain", "retain", "reduce",
        "serve", "cease", "relax", "fence", "grit", "dredge", "demolish", "construct", "issue", "approve", "waive", "charge",
        "move", "raise", "cut", "carry", "order", "stop", "halt", "cease", "proceed", "reinstate", "rehouse", "collect", "ticket",
        "lift", "tow", "clean", "deliver", "send", "book", "fit", "supply", "build", "close", "open");

    private static Kind kindOfDone(String thing, String deed) {
        if (Regexes.matches(deed, "(?:waived|written|written off|cancell?ed|scrapped|reduced|halved|suspended|free of charge"
                + "|struck off|wiped|knocked off|voided|quashed|rescinded|withdrawn|lifted|revoked)")) {
            return Kind.WAIVER;
        }
        if (Regexes.matches(thing, ".*\\b(?:quote|quotation|tender|contract|lease|bid|licence|permit)\\b.*")
                || Regexes.matches(deed, "(?:accepted|renewed|extended|agreed)")) {
            return Kind.AGREEMENT;
        }
        return Kind.PAYMENT;
    }

    private static Kind kindOfAct(String act, String rest) {
        if (act.startsWith("waiv")) {
            return Kind.WAIVER;
        }
        if (Regexes.matches(act, "(?:accept|agre|approv|sign|sanction)\\w*")) {
            return Kind.AGREEMENT;
        }
        if (Regexes.matches(act, "(?:award|grant)\\w*") || Regexes.matches(rest, ".*(?:£\\s?\\d|payment|refund|compensation|funding).*")) {
            return Kind.PAYMENT;
        }
        return Kind.UNDERTAKING;
    }

    /** Words of assent before a command: "Approved,", "Fine by me,", "Cheers, that's approved,". */
    private static final Pattern ASSENT = Regexes.compile("^(?:(?:approved|agreed|fine by me|fine|yes|yep|yeah|ok|okay|cheers|right"
        + "|great|done|thanks|good|sounds good|happy with that|no problem|all good|go-ahead from me|that's (?:approved|agreed|fine|ok"
        + "|okay)|that is (?:approved|agreed|fine))[,.:;!-]? )+(?=[a-z])");
    /** Firms the Council instructs at its own cost: "instruct the surveyors to value the bank". */
    private static final Pattern PROFESSIONALS = Regexes.compile("^instruct (?:the |our )?(?:[\\w-]+ )?(?:surveyors?|solicitors?"
        + "|valuers?|architects?|consultants?|bailiffs|agents?|engineers?|legal|lawyers?|auditors?) to\\b");
    /** A firm or crew told what it is to do: "the contractor is to reinstate the verge", "Greenway Grounds are to cut…". */
    private static final Pattern FIRM_IS_TO = Regexes.compile("^(?:the |our )?(?:contractors?|crews?|team|gang|operatives?|depot"
        + "|surveyors?|engineers?|[\\w&'-]+(?: [\\w&'-]+){0,2} (?:grounds|ltd|limited|contractors|builders|roofing|construction|plc"
        + "|landscapes|landscaping|electrical|scaffolding|civils|& sons|and sons|tree care|arboriculture|demolition)"
        // The Council's own units, told what to do or not to do: "Estates are to let…", "Land Charges are not to charge…".
        + "|estates|finance|payroll|legal|land charges|building control|environmental health|licensing|revenues|benefits"
        + "|(?:the |our )?(?:[\\w-]+ ){1,2}?(?:services|section|department|unit|team|crew)) (?:is|are) (?:now |also )?(?<not>not )?to"
        + " (?<verb>[a-z]+)(?<rest>.*)");
    /** A prohibition laid on the Council's crews: "under no circumstances is the crew to take away the benches". */
    private static final Pattern NEVER_TO = Regexes.compile("^(?:under no circumstances|in no circumstances|on no account) (?:is|are"
        + "|should|must|may|will) (?:the |our |any )?(?:[\\w-]+ ){0,2}?(?:crews?|contractors?|team|gang|operatives?|staff|officers?|depot"
        + "|wardens|rangers|anyone|anybody) (?:to |be allowed to )?(?<verb>[a-z]+)(?<rest>.*)");
    /** Work stopped or held back by the writer: "hold off felling the beech", "down tools on the bandstand painting". */
    private static final Pattern STOP_WORK = Regexes.compile("^(?:down tools\\b|hold off (?:on )?(?:the |all |any )?(?:[\\w'-]+ ){0,3}?"
        + "(?:work|works|felling|demolition|repairs?|resurfacing|clearance|job|contract|scheme|project)\\b|hold off (?:felling|cutting"
        + "|demolishing|clearing|digging|painting|resurfacing|removing|pruning|spraying|laying|installing|repairing|closing)\\b)");
    /** A Council unit told, in the passive, to do a deed: "finance have been told to pay the scout hut's bill". */
    private static final Pattern TOLD_PASSIVE = Regexes.compile("^(?:finance|payroll|legal|estates|officers|the council|ndc|(?:the |our )"
        + "(?:[\\w-]+ ){0,2}?(?:team|department|crew|contractors?|officers|staff|depot|service|services)) (?:has|have) (?:now |already )?"
        + "been (?:told|instructed|authori[sz]ed|directed) to (?<verb>[a-z]+)(?<rest>.*)");

    /** What "X is not to…" says of someone rather than forbids them: "…are not to be trusted", "…is not to blame". */
    private static final String NOT_FORBIDDEN = "be|blame|know|worry|mind|say|think";
    /** "Let", "add" and "leave" as talk: "let you know", "add my voice to…", "leave a message". */
    private static final String TALK_OBJECT = "^ (?:(?:you|us|me|them|him|her|everyone|residents) (?:know|hear)|(?:my|their|our|his|her"
        + "|its) (?:voice|name|support|weight|views?)|(?:a )?(?:message|note|voicemail|comment)s?)\\b.*";

    /** A deed, or any work that is not talk, when a firm or unit is told to do it: "strim the verges", "replant the beds". */
    private static boolean commanded(String verb, String rest, String text) {
        return isDeed(verb, rest, text) || !TALK.contains(lemma(verb)) && !Regexes.matches(verb, "be|have|get|do|not|also|now");
    }

    /** A command to a firm or crew put as a statement, a prohibition or a halt to work; never asked, negated or hedged. */
    private Optional<Kind> orderedToContractor(String text) {
        boolean ordered = false;
        if (Regexes.containsAny(text, " is to ", " are to ", " not to ")) {
            Matcher firm = FIRM_IS_TO.matcher(text);
            // "…are not to charge the parish": a prohibition binds as much as an order, whatever the verb.
            ordered = firm.lookingAt() && (firm.group("not") != null ? !Regexes.matches(firm.group("verb"), NOT_FORBIDDEN)
                : commanded(firm.group("verb"), firm.group("rest"), text) || Regexes.matches(firm.group("verb"), "let|add|leave")
                    && !Regexes.matches(firm.group("rest"), TALK_OBJECT));
        }
        if (!ordered && Regexes.containsAny(text, "no circumstances", "no account")) {
            Matcher never = NEVER_TO.matcher(text);
            ordered = never.lookingAt() && isDeed(never.group("verb"), never.group("rest"), text);
        }
        if (!ordered && Regexes.containsAny(text, "down tools", "hold off")) {
            ordered = STOP_WORK.matcher(POLITE.matcher(text).replaceFirst("")).lookingAt();
        }
        if (!ordered && text.contains(" been ")) {
            Matcher told = TOLD_PASSIVE.matcher(text);
            ordered = told.lookingAt() && !NEGATION.matcher(text).find() && commanded(told.group("verb"), told.group("rest"), text);
        }
        // The scope is read only for the few sentences worded so: most have none of the words above.
        return ordered && !isQuestion(text) && !HEDGED_BY_WRITER.matcher(text).find() ? Optional.of(Kind.INSTRUCTION) : Optional.empty();
    }

    /** An instruction to a contractor or staff, given in the writer's name. */
    private Optional<Kind> instruction(String sentence) {
        String text = VOCATIVE.matcher(SALUTATION.matcher(sentence).replaceFirst("")).replaceFirst("");
        // "Approved, go ahead and pay the invoice", "Fine by me, waive the fee": a word of assent before the command.
        Matcher assent = ASSENT.matcher(text);
        boolean approved = false;
        boolean assented = assent.lookingAt() && assent.end() > 0;
        if (assented) {
            approved = Regexes.containsAny(assent.group(), "approv", "agreed", "fine", "happy", "yes", "go-ahead");
            text = text.substring(assent.end());
        }
        Optional<Kind> ordered = orderedToContractor(text);
        if (ordered.isPresent()) {
            return ordered;
        }
        if (Regexes.containsAny(text, "you are", "you have") && YOU_ARE_INSTRUCTED.matcher(text).find()) {
            return withoutRefusal(text);
        }
        Matcher letter;
        if (Regexes.containsAny(text, "this", "you have") && (letter = THIS_IS_INSTRUCTION.matcher(text)).find()) {
            String leading = text.substring(0, letter.end());
            String confirmed = text.substring(letter.end()).strip();
            if (SOFTENED_LETTER.matcher(leading).find() || withoutRefusal(leading).isEmpty()) {
                return Optional.empty();
            }
            return !NEGATION.matcher(confirmed).find() || FORBORNE.matcher(confirmed).find() ? Optional.of(Kind.INSTRUCTION)
                : Optional.empty();
        }
        Matcher directs;
        if (Regexes.containsAny(text, "instruct", "authori", "direct", "order", "mandate", "told", "tell") && (directs = WRITER_DIRECTS.matcher(text)).find() && isDeed(directs.group("verb"), directs.group("rest"), text) && !HEDGED_BY_WRITER.matcher(text).find()) {
            return Optional.of(Kind.INSTRUCTION);
        }
        Matcher wants = WRITER_WANTS.matcher(text);
        if (Regexes.containsAny(text, "i want", "i need", "i expect", "i require") && WANTS_DONE.matcher(text).find()) {
            return Optional.of(Kind.INSTRUCTION);
        }
        if (Regexes.containsAny(text, "i want", "i need", "i expect", "i require", "i'd like you", "i would like you") && wants.find()
                && isDeed(wants.group("verb"), wants.group("rest"), text) && !text.contains("want to see")
                && (!text.contains("like") || Regexes.matches(text, ".*\\bi(?:'d| would) like you to .*"))) {
            return Optional.of(Kind.INSTRUCTION);
        }
        Matcher polite = POLITE.matcher(text);
        polite.lookingAt();
        String prefix = polite.group();
        String command = text.substring(polite.end());
        boolean asks = Regexes.matches(prefix, ".*\\b(?:can|could|would|will) you\\b.*") || text.endsWith("?");
        if (GO_AHEAD.matcher(command).find()) {
            return withoutRefusal(text);
        }
        Matcher delegated = DELEGATED.matcher(command);
        if (Regexes.matches(command, "^(?:tell|get|instruct|have|authori|arrange|make sure|ask)\\b.*") && delegated.find()) {
            String verb = delegated.group("verb") != null ? delegated.group("verb") : delegated.group("verb2") != null
                ? delegated.group("verb2") : delegated.group("verb3");
            String rest = delegated.group("verb") != null ? delegated.group("rest") : delegated.group("verb2") != null
                ? delegated.group("rest2") : delegated.group("rest3");
            if (verb == null || isDeed(verb, rest, text) || Regexes.matches(command, "^(?:tell|instruct) .*\\bnot to .*")
                    || approved && Regexes.matches(lemma(verb), "start|begin|go|proceed|carry|order|book")
                    || command.startsWith("instruct ") && PROFESSIONALS.matcher(command).lookingAt()) {
                return Optional.of(Kind.INSTRUCTION);
            }
        }
        Matcher tellThat;
        if (command.startsWith("tell ") && (tellThat = TELL_THAT.matcher(command)).find() && !NEGATION.matcher(tellThat.group("clause")).find()) {
            Matcher clause = TOLD_DEED.matcher(tellThat.group("clause"));
            if (clause.find() && !HEDGED_BY_WRITER.matcher(tellThat.group("clause")).find()
                    && isDeedVerb(lemma(clause.group("verb"))) && isDeed(clause.group("verb"), clause.group("rest"), text)) {
                return Optional.of(Kind.INSTRUCTION);
            }
        }
        if (READERS_OWN.matcher(command).lookingAt()) {
            // "Renew your permit online", "please pay your council tax by direct debit": the reader's own business.
            return Optional.empty();
        }
        Matcher crew = CREW_TO.matcher(command);
        if (crew.find() && isDeed(crew.group("verb"), crew.group("rest"), text)) {
            return Optional.of(Kind.INSTRUCTION);
        }
        Matcher bare = BARE_IMPERATIVE.matcher(command);
        if ((command.contains("don't") || command.contains("do not")) && bare.lookingAt() && !NOT_COMMANDS.contains(bare.group("verb"))
                && !bare.group("verb").endsWith("ing") && DO_NOT_CHARGE.matcher(command).find()) {
            // "Reinstate his collections and don't charge him for the weeks he missed."
            return Optional.of(Kind.INSTRUCTION);
        }
        bare.reset();
        // "Supply chain delays have held up the work": the first word names a thing that a verb follows, not a command.
        boolean statement = bare.lookingAt() && NOUN_THEN_VERB.matcher(bare.group("rest")).lookingAt();
        bare.reset();
        if (!prefix.isEmpty() || assented || text.endsWith(".") || text.endsWith("!")) {
            if (bare.find() && !NOT_COMMANDS.contains(bare.group("verb")) && CHARGED_TO.matcher(text).find()
                    && !NEGATION.matcher(text).find()) {
                return Optional.of(Kind.INSTRUCTION);
            }
            if (!statement && bare.find(0) && !NOT_COMMANDS.contains(bare.group("verb")) && !isDeedVerb(lemma(bare.group("verb")))
                    && !bare.group("verb").endsWith("ing") && !bare.group("verb").endsWith("ed") && !NEGATION.matcher(text).find()) {
                Matcher joined = JOINED_VERB.matcher(bare.group("rest"));
                String then = joined.find() ? lemma(joined.group(1)) : "";
                if ((MONEY.contains(then) || WAIVE.contains(then)) && !TALK.contains(then) && !asks
                        && deed(then, joined.group(2).strip(), "", text).isPresent()) {
                    return Optional.of(Kind.INSTRUCTION);
                }
            }
            if (!statement && bare.find(0) && !NOT_COMMANDS.contains(bare.group("verb")) && isDeedVerb(bare.group("verb"))
                    && !bare.group("verb").endsWith("ing")
                    && !bare.group("verb").endsWith("ed") && isDeed(bare.group("verb"), bare.group("rest"), text)
                    && !NEGATION.matcher(text).find()) {
                Optional<Kind> kind = deed(lemma(bare.group("verb")), bare.group("rest").strip(), "", text);
                // A polite question asking an officer to do casework is a request; asking them to spend or waive is not.
                if (!asks || kind.filter(k -> k != Kind.UNDERTAKING).isPresent()
                        || Regexes.matches(text, ".*\\b(?:my (?:ward |portfolio )?budget|charge (?:it|them) to|on my authority|as i've approved"
                        + "|as i have approved)\\b.*")) {
                    return Optional.of(Kind.INSTRUCTION);
                }
            }
        }
        return Optional.empty();
    }

    /** A verb the lists above know as a deed: a command needs one, a statement of the Council's may use any. */
    private static boolean isDeedVerb(String verb) {
        return MONEY.contains(verb) || WAIVE.contains(verb) || AGREE.contains(verb) || WORK.contains(verb)
            || DEED_WHEN.containsKey(verb) && !verb.equals("agree");
    }

    /** Whether the verb, or one joined to it ("attend tomorrow and fill the potholes"), is a deed. */
    private static boolean isDeed(String verb, String rest, String sentence) {
        String base = lemma(verb);
        if (isDeedVerb(base) && deed(base, rest.strip(), "", sentence).isPresent() && !Regexes.matches(rest, "^ (?:me|us)\\b.*")) {
            return true;
        }
        Matcher joined = JOINED_VERB.matcher(rest);
        return joined.find() && isDeedVerb(lemma(joined.group(1))) && deed(lemma(joined.group(1)), joined.group(2).strip(), "", sentence)
            .isPresent();
    }

    private static final Pattern JOINED_VERB = Regexes.compile("\\band (?:then |also )?([a-z]+)\\b(.*)");

    private static Optional<Kind> withoutRefusal(String text) {
        // "…and invoice Northbrook, not the parish": a contrast at the end names who is not billed; it refuses nothing.
        String checked = text.contains(", not ") ? CONTRAST.matcher(text).replaceFirst("") : text;
        return NEGATION.matcher(checked).find() && !Regexes.matches(text, ".*\\b(?:not|never) (?:to|delay|wait)\\b.*")
            ? Optional.empty() : Optional.of(Kind.INSTRUCTION);
    }

    /** Reported, hoped for, or made conditional by the words around it. */
    private static final Pattern REPORTED_FAULT = Regexes.compile("\\b(?:you|residents?|tenants?|neighbours?|i|we|they|he|she)"
        + "(?: \\w+)? reported (?:the|a|an|it|this|that|your|their|his|her) ");

    private static boolean hedged(String text, int start) {
        String before = text.substring(0, start);
        // A hedge or a report in an earlier clause ("Bob says it's fine; we've agreed to it") does not reach this one.
        before = before.substring(Math.max(before.lastIndexOf(';'), before.lastIndexOf(" but ")) + 1);
        if (before.contains("reported")) {
            // "…since you first reported the mould to the housing team, Northbrook will…": a fault reported, not words.
            before = REPORTED_FAULT.matcher(before).replaceAll(" ");
        }
        if (Regexes.containsAny(before, "despite", "notwithstanding", "contrary to", "regardless of", "whatever")
                && Regexes.matches(before, "^\\s*(?:despite|notwithstanding|contrary to|regardless of|whatever) .*, $")) {
            // "Despite what the team said in their letter, the Council will…": the report is set aside, not relied on.
            before = before.substring(before.lastIndexOf(", ") + 2);
        }
        if (REPORTED.matcher(before).find() || HEDGED_BY_WRITER.matcher(before).find() || insideQuotation(text, start)) {
            return true;
        }
        // "…, I believe." and "…, officers tell me." after the claim hedge it as much as before it.
        return AFTERTHOUGHT_HEDGE.matcher(text.substring(start)).find();
    }

    private static boolean insideQuotation(String text, int position) {
        int quotes = 0;
        for (int i = 0; i < position; i++) {
            if (text.charAt(i) == '"') {
                quotes++;
            }
        }
        return quotes % 2 == 1;
    }

    /** Said with a raised eyebrow: "of course we'll just magic up the money". Read as no commitment at all. */
    /**
     * The text without the spaces, stops, quotes and brackets after its last word: what {@code [\s)"'.]+$} takes off.
     * That pattern's {@code $} also matches before a line end that closes the text, so text with a line end in it
     * (rare once normalised) is left to the pattern.
     */
    private static String withoutClosing(String text) {
        for (int i = 0; i < text.length(); i++) {
            if ("\n\r\u0085\u2028\u2029".indexOf(text.charAt(i)) >= 0) {
                return Regexes.replaceAll(text, "[\\s)\"'.]+$", "");
            }
        }
        int end = text.length();
        while (end > 0 && " \t\u000B\f)\"'.".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return text.substring(0, end);
    }

    private static final Pattern SARCASM = Regexes.compile("\\b(?:magic up|magic money tree|wave a (?:magic )?wand|pigs might fly"
        + "|yeah right|as if)\\b|^of course\\b.*\\bjust\\b");

    private static boolean isQuestion(String text) {
        // Each pattern is tried only when the words it needs are there: most sentences are not questions.
        String trimmed = withoutClosing(text);
        return trimmed.endsWith("?")
            || (Regexes.containsAny(text, "magic", "wand", "pigs", "yeah", "as if") || text.startsWith("of course")) && SARCASM.matcher(text).find()
            || trimmed.contains(", ") && Regexes.matches(trimmed, ".*, (?:will not|won't|will|isn't|is|doesn't|does|can't|can|wouldn't"
            + "|would|aren't|are|hasn't|has) (?:it|they|he|she|we|you|there)$") || Regexes.matches(text, "^(?:will|would|can|could|does|do|is|are|has|have|shall|should|may|might)"
            + " (?:the|this|your|our|we|you|it|they|officers|\\w+ council)\\b.*") && !text.contains(".");
    }

    /** Lower case, straight quotes and apostrophes, single spaces, common slips corrected: the patterns assume it. */
    static String normalise(String sentence) {
        StringBuilder fixed = new StringBuilder(sentence.length() + 8);
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= sentence.length(); i++) {
            char c = i < sentence.length() ? Character.toLowerCase(sentence.charAt(i)) : ' ';
            switch (c) {
                case '\u2019', '\u2018' -> c = '\'';
                case '\u201c', '\u201d' -> c = '"';
                case '\u2013', '\u2014' -> c = '-';
                default -> {
                }
            }
            if (Character.isWhitespace(c)) {
                if (word.length() > 0) {
                    if (fixed.length() > 0) {
                        fixed.append(' ');
                    }
                    appendCorrected(fixed, word);
                    word.setLength(0);
                }
            } else {
                word.append(c);
            }
        }
        return fixed.toString();
    }

    /** A word with a common slip corrected, and "we'll", "won't" spelt out as the party, its binding word and the negation. */
    private static void appendCorrected(StringBuilder into, StringBuilder word) {
        int end = word.length();
        while (end > 0 && ",;:.!?".indexOf(word.charAt(end - 1)) >= 0) {
            end--;
        }
        String bare = word.substring(0, end);
        String tail = word.substring(end);
        String replacement = TYPOS.get(bare);
        if (replacement != null) {
            bare = replacement;
        }
        String spelt = CONTRACTIONS.get(bare);
        if (spelt != null) {
            bare = spelt;
        } else if (bare.equals("won't")) {
            bare = "will not";
        } else if (bare.equals("shan't")) {
            bare = "shall not";
        } else if (bare.endsWith("'ll")) {
            bare = bare.substring(0, bare.length() - 3) + " will";
        }
        into.append(bare).append(tail);
    }

    /** A word list; duplicates are harmless, so lists can be read and extended without care for overlap. */
    private static Set<String> words(String... words) {
        return Set.copyOf(Arrays.asList(words));
    }

    /** The names a council goes by in its own members' letters; other councils and public services are not it. */
    private static String councilParties(String council) {
        Set<String> names = new LinkedHashSet<>();
        String lower = council.toLowerCase(Locale.ROOT).strip();
        names.add(Pattern.quote(lower));
        Matcher kind = Pattern.compile("\\b(district|borough|county|city|town|parish|metropolitan borough)\\s+council$").matcher(lower);
        String own = kind.find() ? kind.group(1) + " " : "";
        String place = lower.replaceAll("\\s+(?:district|borough|county|city|town|parish|metropolitan borough)?\\s*council$", "").strip();
        if (!place.isEmpty() && !place.equals(lower)) {
            // "Northbrook DC", "Northbrook BC": the place with its kind of council abbreviated.
            String abbreviated = own.isEmpty() ? "" : "|" + own.charAt(0) + "c";
            names.add(Pattern.quote(place) + "(?: council| " + own.strip() + "(?: council)?" + abbreviated.replace("|", "| ") + ")?");
        }
        StringBuilder initials = new StringBuilder();
        for (String word : lower.split("\\s+")) {
            if (!word.isEmpty() && !word.equals("of")) {
                initials.append(word.charAt(0));
            }
        }
        if (initials.length() >= 2) {
            names.add(Pattern.quote(initials.toString()));
        }
        names.add("(?:the|this|your|our) (?:" + own + "|local )?(?:council|authority)");
        names.add("(?<!county |parish |town |city |community |fire |police |district |borough |county's |other )council(?! tax)");
        names.add("the council's (?:[\\w-]+ ){0,2}?(?:team|department|service|contractors?|officers)");
        names.add("council officers");
        names.add("(?:the|our|my) (?!fire |police |ambulance |health |nhs |probation |water |postal |bus |rail |prison |court |county"
            + " |parish |government |civil )(?:[\\w-]+ ){0,2}?(?:team|department|service|section|officers|crews?)");
        // The Council's money as the one who acts: "my portfolio budget will fund…", "the ward budget will cover…".
        names.add("(?:my|our|the council's) (?:ward |portfolio |capital |revenue |members' |member's |locality )?(?:budget|fund)"
            + "|the (?:ward|portfolio|capital|revenue|members'|member's|locality) (?:budget|fund)");
        names.add("our (?:officers|contractors?|teams?|staff|crews?)|my (?:department|team|officers|portfolio)|officers|we");
        return String.join("|", names);
    }
}

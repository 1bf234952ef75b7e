package org.councilprotocol.detect;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.councilprotocol.detect.Sentences.Sentence;
import org.councilprotocol.enquiry.StatedDeadline;
import org.councilprotocol.enquiry.StatedDeadlines;
import org.councilprotocol.enquiry.WorkingCalendar;
import org.councilprotocol.text.Subjects;

/**
 * Reads a member's message to an officer for an enquiry (Thanet 9.1.4, Dudley 49, Dartford Officers 8,
 * Derbyshire 6.2, Knutsford 4.7): a question, or a request for information or action, opens one; thanks,
 * "FYI", meeting logistics, newsletters, auto-replies and acknowledgements do not. A constituent's
 * complaint the member passes on is recognised as a complaint, for the complaints procedure where the
 * profile has one (Thanet 9.1.7). Mail in a thread whose enquiry is already open opens nothing either;
 * that is for the caller, who knows the thread, to check before asking.
 *
 * <h2>Method</h2>
 * Sentence by sentence, over the member's own new words (greeting and signature left out) and the
 * subject of a message that is not a reply or forward:
 * <ol>
 *   <li>Automatic and list mail is settled first, from the {@link HeaderFacts}, an "Automatic reply:" or
 *       "Out of Office" subject, an out-of-office opening sentence, or a newsletter's unsubscribe footer.</li>
 *   <li>Phrases that look like asks and are not are blanked: pleasantries ("Hope you are well?", "Did you
 *       have a good weekend?"), offers ("If you have any questions, let me know", "Would you like me to
 *       come along?"), notes ("Please find attached", "Please note"), and rhetoric ("Isn't it great?",
 *       "What's not to like?", "It's a great result, isn't it?").</li>
 *   <li>What is left is searched for asks: "could you / can someone / would you be able to" with the verb
 *       that follows, "I'd be grateful if", "I'd like to know", "I need a copy of", "let me know whether",
 *       "I was wondering", "any update on", "please check", "I'd like to report", a question mark, a
 *       question with its mark forgotten. The verb decides the kind: being told something is a
 *       {@link EnquiryKind#QUESTION question}, having something done or sent a {@link EnquiryKind#REQUEST
 *       request}. "Keep me posted", "let me know your thoughts", a fault described without an ask
 *       ("the street light outside no. 4 has been out for a fortnight") and a question without its mark
 *       are weak asks: "FYI" or a newsletter outweighs them; any other ask is strong and opens the enquiry
 *       whatever surrounds it ("Thanks, that's great. One more thing: could you check...").</li>
 *   <li>An ask whose clause arranges a meeting or call (when, where, a room, a Teams link, "can we meet",
 *       "are you free", "give me a ring") is logistics and opens nothing.</li>
 *   <li>A complaint is a sentence that complains or asks for one to be made or logged ("has asked me to
 *       complain about", "would like to make a formal complaint", "unhappy with the way her case was
 *       handled") with a constituent in it or just before it (a resident, "Mrs Patel", "she", "on behalf
 *       of"). Asking how to complain is a question; residents who "have complained about the potholes"
 *       report a fault; a member's own complaint is their request.</li>
 *   <li>"No need to reply" and "no action needed" outweigh every ask.</li>
 * </ol>
 * An enquiry's deadline is the one the member states ({@link StatedDeadlines}), in the body or else the
 * subject. It is a word-list reader: how well it does is measured by {@code EnquiryBenchmark} (test
 * sources) on a labelled corpus with a held-out part. Thread-safe.
 */
public final class EnquiryReader {
    private static final int AUTO_REPLY_MAX_CHARS = 1_500;

    private static final String TAIL = "(?<tail>[\\p{L}][^.?!;]{0,90})";

    // ---- automatic and list mail
    private static final Pattern AUTO_SUBJECT = Pattern.compile(
        "^\\s*(?:automatic\\s+reply|auto(?:matic)?[- ]?(?:reply|response)|out\\s+of\\s+(?:the\\s+)?office|ooo|auto|away\\s+from\\s+(?:the\\s+|my\\s+)?office"
            + "|on\\s+(?:annual\\s+)?leave|absence\\s+(?:notice|notification))\\b\\s*(?:[:\\-–]|$)",
        Cue.FLAGS);
    private static final Cue AUTO_BODY = Cue.of(
        "^(?:thank\\s+you\\s+for\\s+your\\s+(?:e-?mail|message)[,.;]?\\s*)?(?:(?:i\\s+am|i'm|i\\s+will\\s+be|i'll\\s+be)\\s+(?:currently\\s+|now\\s+)?"
            + "(?:out\\s+of\\s+(?:the\\s+)?office|away\\s+from\\s+(?:the|my)\\s+(?:office|desk)|on\\s+(?:annual\\s+|parental\\s+|maternity\\s+"
            + "|paternity\\s+|sick\\s+|study\\s+)?leave|on\\s+holiday|not\\s+in\\s+the\\s+office|away|at\\s+a\\s+conference|on\\s+a\\s+training\\s+course"
            + "|not\\s+working)[^?]*?(?:until|till|returning|return\\s+on|back\\s+(?:in\\s+the\\s+office\\s+)?on|back\\s+in|and\\s+will"
            + "|with\\s+(?:limited|no)\\s+access|without\\s+access)[^?]*$|this\\s+is\\s+an\\s+automat(?:ed|ic)\\s+(?:reply|response|message)"
            + "|(?:i\\s+have|i'll\\s+have|i\\s+will\\s+have)\\s+(?:limited|no)\\s+access\\s+to\\s+(?:my\\s+)?e-?mail)");
    private static final Cue LIST_FOOTER = Cue.of(
        "unsubscribe|view\\s+(?:this|it|the)\\s+(?:e-?mail\\s+|newsletter\\s+|message\\s+|bulletin\\s+)?(?:in|on)\\s+(?:your|a|the)\\s+(?:web\\s+)?browser"
            + "|you\\s+(?:are|have\\s+been)\\s+(?:receiving|sent)\\s+this|to\\s+stop\\s+receiving|manage\\s+(?:your\\s+)?(?:e-?mail\\s+)?(?:subscription|preferences)"
            + "|update\\s+your\\s+(?:subscription|preferences)|opt\\s+out\\s+of\\s+(?:these|this|future)");
    /** The message says it is a newsletter ("Welcome to the winter edition of...", "Here is my December e-news"), not that one exists. */
    private static final Cue NEWSLETTER = Cue.of(
        "(?<![\\p{L}])(?:(?:welcome\\s+to|here\\s+is|here's|please\\s+(?:find|see)(?:\\s+attached|\\s+enclosed|\\s+below)?|attached\\s+is|enclosed\\s+is"
            + "|this\\s+is)\\s+(?:the|my|our|this|the\\s+latest|this\\s+(?:week|month)'s|a\\s+copy\\s+of\\s+(?:my|our|the))\\s+[^.?!]{0,40}?(?:newsletter|e-?bulletin"
            + "|bulletin|e-?news|round-?up|edition)|(?:winter|spring|summer|autumn|christmas|festive|new\\s+year|\\w+)\\s+edition\\s+of|(?:this|last)\\s+"
            + "(?:week|month)'s\\s+(?:ward\\s+)?(?:update|news|newsletter|bulletin))(?![\\p{L}])");

    // ---- messages that say they ask nothing
    private static final Cue NO_REPLY = Cue.of(
        "(?<![\\p{L}])(?:no\\s+(?:action|reply|response|answer)\\s+(?:is\\s+)?(?:needed|required|necessary|expected)|no\\s+need\\s+to\\s+(?:reply|respond|do\\s+anything"
            + "|take\\s+any\\s+action|get\\s+back|answer|action)|(?:you\\s+)?(?:don't|do\\s+not)\\s+need\\s+to\\s+(?:reply|respond|do\\s+anything|take\\s+any\\s+action"
            + "|get\\s+back|answer)|nothing\\s+(?:is\\s+)?(?:needed|required)\\s+from\\s+you|not\\s+expecting\\s+(?:a|any)\\s+(?:reply|response|action|answer)"
            + "|for\\s+(?:noting|information|info)\\s+only)(?![\\p{L}])");
    private static final Cue FYI = Cue.of(
        "(?<![\\p{L}])(?:fyi|f\\.y\\.i|for\\s+(?:your\\s+)?info(?:rmation)?|just\\s+to\\s+(?:let\\s+you\\s+know|keep\\s+you\\s+(?:informed|updated|in\\s+the\\s+loop|posted)"
            + "|flag|say|make\\s+you\\s+aware|update\\s+you|note)|just\\s+so\\s+(?:you\\s+know|you're\\s+aware|you\\s+are\\s+aware)"
            + "|(?:thought|felt)\\s+you(?:\\s+(?:should|would|might|ought\\s+to)|'d)\\s+(?:want\\s+to\\s+)?(?:know|be\\s+aware|see|like\\s+to\\s+(?:know|see)|be\\s+interested)"
            + "|for\\s+your\\s+(?:records|awareness|interest|reference)|(?:keeping|keep)\\s+you\\s+in\\s+the\\s+loop|heads[- ]up"
            + "|(?:i'm|i\\s+am|i\\s+wanted|i\\s+want)\\s+(?:just\\s+)?(?:writing\\s+)?to\\s+(?:let\\s+you\\s+know|inform\\s+you|update\\s+you|make\\s+you\\s+aware|flag)"
            + "|(?:copying|cc'?ing|copied)\\s+you\\s+in|for\\s+noting|(?:just\\s+)?flagging|you\\s+may\\s+(?:wish|want|like)\\s+to\\s+(?:know|be\\s+aware))(?![\\p{L}])");
    private static final Cue THANKS = Cue.of(
        "(?<![\\p{L}])(?:thanks|thank\\s+you|thankyou|thx|ta|cheers|much\\s+appreciated|(?:really|very\\s+much|greatly)\\s+appreciated|grateful\\s+for"
            + "|that's\\s+(?:great|brilliant|fantastic|perfect|excellent|wonderful|lovely|really\\s+helpful|very\\s+helpful|helpful|good\\s+news|super|fab"
            + "|marvellous|spot\\s+on)|well\\s+done|great\\s+(?:work|job|news|stuff))(?![\\p{L}])");
    private static final Cue ACKNOWLEDGEMENT = Cue.of(
        "^(?:ok(?:ay)?|noted|received|got\\s+it|will\\s+do|understood|fine|sounds\\s+good|no\\s+problem|no\\s+worries|all\\s+good|agreed|yes|yep|sure"
            + "|that's\\s+(?:fine|ok|okay|noted|clear|understood|all\\s+fine)|message\\s+received|(?:all\\s+)?(?:received|noted)\\s+(?:with\\s+thanks|thanks)"
            + "|(?:will|i'll)\\s+(?:pass\\s+(?:it|this)\\s+on|have\\s+a\\s+look|read\\s+it))(?![\\p{L}])"
            + "|(?<![\\p{L}])i\\s*(?:have|'ve)\\s+(?:received|noted|seen|read)\\s+(?:it|this|that|your|the)(?![\\p{L}])|,\\s*(?:noted|received)(?![\\p{L}])"
            + "|thanks\\s+for\\s+(?:letting\\s+me\\s+know|the\\s+update|confirming|getting\\s+back|your\\s+(?:reply|response|update)|the\\s+information|clarifying"
            + "|sending|the\\s+quick\\s+(?:reply|response))|i'll\\s+let\\s+(?:the\\s+)?residents?\\s+know|i\\s+will\\s+let\\s+(?:the\\s+)?residents?\\s+know");
    private static final Cue ATTACHED = Cue.of(
        "please\\s+(?:find|see)\\s+(?:attached|enclosed|below|the\\s+attached|herewith)|(?:i\\s+)?(?:have\\s+)?attached\\s+(?:is|are|the|my|a|our)|i\\s+attach"
            + "|enclosed\\s+(?:is|are|please)|here\\s+(?:is|are)\\s+(?:the|my|a|our)\\s+(?:agenda|minutes|notes|papers|report|draft|leaflet|newsletter|slides"
            + "|presentation|copy|photos?|pictures?)");

    // ---- phrases that look like asks and are not: blanked before asks are looked for
    private static final List<Cue> NOT_ASKS = List.of(
        // pleasantries
        Cue.of("(?<![\\p{L}])(?:(?:i\\s+)?hope\\s+(?:you\\s+are|you're|you\\s+had|you've\\s+had|you\\s+have\\s+had|all\\s+is|this\\s+finds|things\\s+are|you\\s+and"
            + "|the\\s+family|you\\s+enjoyed|your)[^.?!]*|how\\s+are\\s+(?:you|things)(?:\\s+(?:doing|keeping|getting\\s+on))?|how's\\s+(?:it\\s+going|things|life"
            + "|your\\s+\\w+|the\\s+\\w+\\s+going)|did\\s+you\\s+(?:have|enjoy)\\s+(?:a|your|the)\\s+(?:good\\s+|nice\\s+|lovely\\s+|great\\s+|restful\\s+|relaxing\\s+)?"
            + "(?:weekend|holiday|break|christmas|easter|time\\s+off|leave|trip|half\\s+term|summer)|how\\s+was\\s+(?:your|the)\\s+(?:weekend|holiday|break|christmas"
            + "|easter|leave|trip|time\\s+off|half\\s+term|summer|conference|course)|are\\s+you\\s+(?:well|keeping\\s+well|ok|okay|feeling\\s+better)"
            + "|all\\s+well(?:\\s+with\\s+you)?|happy\\s+(?:new\\s+year|christmas|easter|friday|monday))\\s*\\??"),
        // offers of help and invitations to ask
        Cue.of("(?<![\\p{L}])(?:(?:if|should)\\s+you\\s+(?:have|need|want|would\\s+like|'d\\s+like|require|wish)\\s+[^.?!]{0,100}?(?:let\\s+me\\s+know|get\\s+in\\s+touch"
            + "|contact\\s+me|call\\s+me|ring\\s+me|give\\s+me\\s+a\\s+(?:call|ring|shout|bell)|shout|drop\\s+me\\s+a\\s+line|ask|just\\s+say|e-?mail\\s+me|do\\s+say)[^.?!]*"
            + "|(?:please\\s+|do\\s+|just\\s+)?(?:let\\s+(?:me|us)\\s+know|get\\s+in\\s+touch|shout|contact\\s+me|give\\s+me\\s+a\\s+(?:call|ring|shout|bell)"
            + "|drop\\s+me\\s+a\\s+line|ask|say)\\s+if\\s+(?:you\\s+(?:need|want|would|'d|have\\s+any|require|can't|cannot|wish)|there(?:'s|\\s+is)\\s+(?:anything"
            + "|any\\s+problem|a\\s+problem)|i\\s+can|i\\s+could|i\\s+may|we\\s+can|anything)[^.?!]*|(?:please\\s+)?(?:don't|do\\s+not)\\s+hesitate\\s+to\\s+[^.?!]*"
            + "|(?:i'm|i\\s+am|i'd\\s+be|i\\s+would\\s+be|always)\\s+(?:very\\s+)?(?:happy|glad|pleased)\\s+to\\s+(?:help|discuss|assist|talk|chat|meet|provide|share"
            + "|answer)[^.?!]*|(?:please\\s+)?feel\\s+free\\s+to\\s+[^.?!]*|if\\s+i\\s+can\\s+(?:help|assist|be\\s+of)[^.?!]*|(?:would|do)\\s+you\\s+(?:like|want)\\s+me\\s+to"
            + "\\s+[^.?!]*\\??|shall\\s+i\\s+(?:come|bring|join|send|call|ring|pop|arrange|book|forward)[^.?!]*\\??|do\\s+you\\s+need\\s+me\\s+to\\s+[^.?!]*\\??)"),
        // "please" that asks nothing of the reader
        Cue.of("(?<![\\p{L}])(?:please\\s+(?:find|see)\\s+(?:attached|enclosed|below|above|the\\s+attached|the\\s+enclosed|overleaf|herewith)"
            + "|please\\s+note(?:\\s+that)?|please\\s+be\\s+(?:aware|advised)(?:\\s+that)?|please\\s+accept\\s+(?:my|our)\\s+(?:apologies|thanks)"
            + "|please\\s+(?:ignore|disregard|excuse|forgive)\\b[^.?!]*|please\\s+(?:pass\\s+on\\s+my|pass\\s+my|send\\s+my|give\\s+my)\\s+(?:thanks|regards|best"
            + "|congratulations)[^.?!]*|please\\s+thank\\s+[^.?!]*|(?:please\\s+)?bear\\s+with\\s+(?:me|us)|please\\s+(?:keep|stay)\\s+(?:safe|well)"
            + "|please\\s+do\\s+(?:come|join)[^.?!]*|please\\s+(?:come|join\\s+us)\\b[^.?!]*)"),
        // rhetoric
        Cue.of("(?<![\\p{L}])(?:how\\s+(?:great|good|brilliant|fantastic|lovely|nice|wonderful|amazing|cool|exciting|marvellous|fab|excellent|super)\\s+(?:is|was)\\s+"
            + "(?:that|this)|what's\\s+not\\s+to\\s+(?:like|love)|who\\s+(?:knew|would\\s+have\\s+(?:thought|guessed)|'d\\s+have\\s+thought|doesn't\\s+love"
            + "|wouldn't\\s+want|could\\s+(?:ask|want)\\s+for\\s+more)[^.?!]*|(?:can|could|would)\\s+you\\s+believe(?:\\s+(?:it|that|this))?[^.?!]*|why\\s+not\\s*\\?"
            + "|(?:isn't|wasn't|aren't|weren't|won't|wouldn't)\\s+(?:it|that|this|they|he|she)\\s+(?:be\\s+)?(?:just\\s+)?(?:great|good|brilliant|fantastic|lovely"
            + "|wonderful|amazing|marvellous|excellent|super|nice|fab|superb|encouraging|a\\s+(?:great|good|lovely|wonderful|fantastic|real)\\s+\\w+|good\\s+news"
            + "|typical|ridiculous|awful|terrible|a\\s+shame|a\\s+pity|shocking)|what\\s+(?:more|else)\\s+could\\s+(?:we|you|anyone|i|one)\\s+(?:ask|want|wish)\\s+for"
            + "|(?:could|can)\\s+(?:it|things|this|life)\\s+(?:get|be)\\s+(?:any\\s+)?(?:better|worse)|(?:don't|wouldn't)\\s+you\\s+(?:think|agree|say)"
            + "|who'd\\s+have\\s+thought|go\\s+figure|guess\\s+what|how\\s+about\\s+that|what\\s+are\\s+the\\s+odds|where\\s+does\\s+the\\s+time\\s+go"
            + "|(?:aren't|isn't)\\s+(?:we|they|you)\\s+(?:lucky|fortunate))\\s*\\??"),
        // a judgement with a question tag: "It's a great result, isn't it?"
        Cue.of("(?<![\\p{L}])(?:great|good|brilliant|fantastic|lovely|nice|wonderful|amazing|excellent|superb|marvellous|shame|pity|ridiculous|awful"
            + "|terrible|typical|frustrating|annoying|crazy|mad|incredible|unbelievable|shocking|disgraceful|sad|funny|strange|odd|weird|news|progress|result"
            + "|improvement|turnout|success|effort|job|work|day|week)(?![\\p{L}])[^.?!]{0,50}?,\\s*(?:isn't|wasn't|aren't|weren't|don't|doesn't|didn't|won't"
            + "|wouldn't|haven't|hasn't|hadn't|can't|couldn't)\\s+(?:it|that|this|they|he|she|we|you|there|i)\\s*\\?"));

    // ---- asks: the verb after "could you" (and the like) says what kind
    private static final Pattern INFO_TAIL = Pattern.compile(
        "(?:let\\s+(?:me|us)\\s+know|tell|confirm|advise|explain|clarify|say|indicate|outline|answer|respond|reply"
            + "|comment|update\\s+(?:me|us|him|her|them|on)|find\\s+out|check\\s+(?:whether|if|when|what|how|who|why|which)|get\\s+back|come\\s+back|look\\s+up|know|help\\s+me\\s+understand"
            + "|(?:give|send|provide|share|forward|e-?mail|supply|get|have)(?:\\s+me|\\s+us)?(?:\\s+with)?\\s+(?:an?\\s+|the\\s+|some\\s+|any\\s+|your\\s+|more\\s+|further\\s+"
            + "|a\\s+quick\\s+|a\\s+brief\\s+)?(?:update|answer|response|reply|explanation|information|info|details?|indication|idea|timescale|timeline|figures"
            + "|numbers|dates?|breakdown|position|views?|thoughts|advice|clarification|confirmation|summary|status|progress|steer|latest))(?![\\p{L}])",
        Cue.FLAGS);
    private static final Pattern ACTION_TAIL = Pattern.compile(
        "(?:check|look|investigate|arrange|send|forward|provide|chase|fix|repair|remove|clear|cut|trim|empty|collect|replace|install|put|visit|inspect"
            + "|contact|speak|talk|ask|get|make|review|reconsider|consider|raise|log|report|escalate|pass|deal|sort|action|organi[sz]e|book|ensure|help|assist"
            + "|keep|share|circulate|add|include|take|come|attend|follow|pursue|press|urge|write|e-?mail|supply|produce|prepare|draft|do|fill|patch|paint"
            + "|repaint|clean|sweep|prune|erect|move|relocate|extend|reduce|increase|monitor|enforce|serve|issue|refund|reimburse|reinstate|restore"
            + "|reconnect|unblock|jet|deliver|order|request|obtain|find|source|identify|pop|drop|bring|place|intervene|step|liaise|expedite|priorit[iy][sz]e"
            + "|progress|approve|authori[sz]e|sign|agree|allocate|rehouse|assess|survey|test|measure|record|note|give|cancel|stop|start|change|amend"
            + "|correct|update|let|arrange|replace|re-?\\p{L}+|have\\s+(?:the|this|that|it|them|these|those|someone|somebody|a|an|some)|investigate|look\\s+into|sort\\s+out|pick\\s+up|go\\s+(?:and|round|out|over|down|along|back)|pop\\s+round|have\\s+a\\s+look|take\\s+a\\s+look)(?![\\p{L}])",
        Cue.FLAGS);
    private static final Pattern INFO_NOUN = Pattern.compile(
        "(?:update|answer|response|reply|explanation|information|info|details?|indication|idea|timescale|timeline|figures|numbers|dates?|breakdown"
            + "|position|views?|thoughts|advice|clarification|confirmation|summary|status|progress|steer|latest|news)(?![\\p{L}])", Cue.FLAGS);
    private static final Pattern ACTION_NOUN = Pattern.compile(
        "(?:copy|copies|list|report|plan|map|briefing|note|decision|inspection|site\\s+visit|visit|survey|investigation|review|repair|help|assistance"
            + "|guidance|meeting|word|look|call|response|action|officer|someone|contact|reference|form|leaflet|letter)(?![\\p{L}])", Cue.FLAGS);

    private static final String SOMEONE = "(?:you|someone|somebody|anyone|one\\s+of\\s+(?:you|your\\s+(?:team|colleagues|officers))"
        + "|your\\s+(?:team|colleagues?|officers?|department|contractors?)|the\\s+(?:council|team|department|crews?|contractors?|engineers?"
        + "|inspectors?|wardens?|operatives)"
        + "|(?:the|your)\\s+(?:[\\p{L}-]+\\s+){1,2}(?:team|officers?|department|service|crew|contractors?|engineers?|inspectors?|wardens?))";
    private static final String SOFTENERS = "(?:(?:please|kindly|possibly|just|also|perhaps|urgently|quickly|maybe|now|then|therefore|at\\s+least|both"
        + "|be\\s+(?:able|good\\s+enough|kind\\s+enough|so\\s+kind\\s+as)\\s+to|ask\\s+(?:someone|somebody)\\s+to|arrange\\s+for\\s+(?:someone|somebody)\\s+to|be\\s+asked\\s+to)\\s+){0,4}";

    private static final String GLAD = "(?:very\\s+|most\\s+|really\\s+|extremely\\s+|so\\s+)?(?:grateful|obliged|thankful|glad|pleased|happy|appreciative)";
    private static final String ARTICLE = "(?:an?\\s+|your\\s+|any\\s+|some\\s+|more\\s+|further\\s+|the\\s+|a\\s+quick\\s+|an\\s+early\\s+|urgent\\s+|a\\s+full\\s+"
        + "|a\\s+written\\s+)?";
    private static final Pattern QUESTION_VERB = Pattern.compile(
        "know|ask|find out|understand|hear|learn|clarify|confirm|query|enquire|inquire|check|see (?:if|whether)"
            + "|be (?:told|updated|informed|advised|kept)", Cue.FLAGS);
    private static final Pattern NEXT_NOUN = Pattern.compile(
        "\\s+(?:an?\\s+|the\\s+|some\\s+|any\\s+|your\\s+|more\\s+|further\\s+|a\\s+quick\\s+|an\\s+early\\s+|a\\s+full\\s+|a\\s+written\\s+)?"
            + "(?:(?:\\w+\\s+)?(?<noun>update|answer|response|reply|explanation|information|info|details?|indication|idea|timescale|timeline|figures"
            + "|numbers|dates?|breakdown|position|views?|thoughts|advice|clarification|confirmation|summary|status|progress|steer|latest|news)|(?<other>\\w+))",
        Cue.FLAGS);

    /** An ask found in a sentence: how it was written and how strongly it asks. */
    private enum Form {
        /** A verb follows, which decides the kind ("could you let me know", "please check"). */
        VERB,
        /** Always a question ("I was wondering whether", "do you know if", a question mark). */
        QUESTION,
        /** Always a request ("I'd like to report", "for your attention"). */
        REQUEST,
        /** A noun follows: information is a question, anything else a request ("I'd be grateful for an update"). */
        NOUN,
        /** As {@link #NOUN}, but only a noun of information or action asks ("I need the figures", not "we need more housing"). */
        LISTED_NOUN
    }

    private record AskCue(Cue cue, Form form, boolean weak) {
    }

    private static final List<AskCue> ASKS = List.of(
        new AskCue(Cue.of("(?<![\\p{L}])(?:could|can|would|will|might)\\s+" + SOMEONE + "\\s+" + SOFTENERS + TAIL), Form.VERB, false),
        new AskCue(Cue.of("(?<![\\p{L}])(?:could|can|would|will)\\s+we\\s+" + SOFTENERS + TAIL), Form.VERB, false),
        new AskCue(Cue.of("(?<![\\p{L}])(?:if|hope|hoping|trust)\\s+(?:that\\s+)?" + SOMEONE
            + "\\s+(?:could|would|can|will|might|were\\s+able\\s+to|are\\s+able\\s+to|is\\s+able\\s+to)\\s+" + SOFTENERS + TAIL), Form.VERB, false),
        new AskCue(Cue.of("(?<![\\p{L}])(?:is|would)\\s+(?:it|there)\\s+(?:be\\s+)?(?:possible|any\\s+(?:way|chance))\\s+(?:for\\s+" + SOMEONE
            + "\\s+)?(?:to|that\\s+(?:you|someone)\\s+(?:could|can))\\s+" + SOFTENERS + TAIL), Form.VERB, false),
        new AskCue(Cue.of("(?<![\\p{L}])any\\s+chance\\s+(?:that\\s+)?" + SOMEONE + "\\s+(?:could|can|might|would)\\s+" + SOFTENERS + TAIL),
            Form.VERB, false),
        // "Can it go on the list for repair?", "Could the bins be put back?": a request in the passive.
        new AskCue(Cue.of("(?<![\\p{L}])(?:can|could|would|will)\\s+(?:it|this|that|they|these|those|the\\s+[\\p{L}-]+(?:\\s+[\\p{L}-]+)?)\\s+(?:please\\s+)?"
            + "(?:be\\s+(?:[\\p{L}]+ed|done|put|cut|sent|taken|seen|made|kept|swept|dealt\\s+with|looked\\s+at)|go\\s+on\\s+(?:the|a)\\s+(?:list|programme|schedule"
            + "|rota)|get\\s+(?:[\\p{L}]+ed|done|sorted|fixed|cut))(?![\\p{L}])"), Form.REQUEST, false),
        new AskCue(Cue.of("(?<![\\p{L}])are\\s+" + SOMEONE + "\\s+able\\s+to\\s+" + SOFTENERS + TAIL), Form.VERB, false),
        new AskCue(Cue.of("(?<![\\p{L}])(?:please|pls|kindly)\\s+(?:(?:can|could|would|will)\\s+" + SOMEONE + "\\s+)?" + SOFTENERS + TAIL),
            Form.VERB, false),
        new AskCue(Cue.of("^(?:(?:also|and|so|then|just|finally|lastly|secondly|thirdly|firstly|meanwhile|in\\s+the\\s+meantime|one\\s+more\\s+thing|p\\.?s\\.?"
            + "|additionally|separately|while\\s+you're\\s+at\\s+it)[,:]?\\s+)*(?<tail>(?:send|forward|e-?mail|tell|give|update|remind)\\s+(?:me|us)\\b[^.?!;]{0,80}"
            + "|(?:find\\s+out|look\\s+into|chase(?:\\s+up)?|investigate|arrange\\s+for|confirm|check|let\\s+(?:me|us)\\s+know|advise|ensure|make\\s+sure"
            + "|get\\s+(?:someone|the\\s+team|a\\s+\\w+)\\s+to)\\b[^.?!;]{0,80})"), Form.VERB, false),
        new AskCue(Cue.of("(?<![\\p{L}])(?:please\\s+|pls\\s+|do\\s+|kindly\\s+)?let\\s+(?:me|us)\\s+know(?![\\p{L}])(?!\\s+(?:your\\s+(?:thoughts|views)"
            + "|what\\s+you\\s+think|if\\s+(?:that's|this\\s+is|it's|that\\s+is)\\s))"), Form.QUESTION, false),
        new AskCue(Cue.of("(?<![\\p{L}])let\\s+(?:me|us)\\s+know\\s+(?:your\\s+(?:thoughts|views)|what\\s+you\\s+think|if\\s+(?:that's|this\\s+is|it's|that\\s+is)\\s)"),
            Form.QUESTION, true),
        new AskCue(Cue.of("(?:(?<![\\p{L}])(?:would|should|will)|'d)\\s+be\\s+" + GLAD + "\\s+to\\s+(?<verb>know|hear|learn|have|receive|get|see)(?![\\p{L}])"),
            Form.NOUN, false),
        new AskCue(Cue.of("(?:(?<![\\p{L}])(?:would|should|will)|'d)\\s+be\\s+" + GLAD + "\\s+(?:for|of)\\s+" + ARTICLE + "(?<noun>[\\p{L}]+)"), Form.NOUN, false),
        new AskCue(Cue.of("(?:(?<![\\p{L}])(?:would|should)|'d)\\s+(?:really\\s+|very\\s+much\\s+|much\\s+|greatly\\s+)?(?:appreciate|welcome|value)\\s+it\\s+"
            + "(?:if|should)\\s+" + SOMEONE + "\\s+(?:could|would|can)\\s+" + SOFTENERS + TAIL), Form.NOUN, false),
        new AskCue(Cue.of("(?:(?<![\\p{L}])(?:would|should)|'d)\\s+(?:really\\s+|very\\s+much\\s+|much\\s+|greatly\\s+)?(?:appreciate|welcome|value)\\s+"
            + ARTICLE + "(?<noun>[\\p{L}]+)"), Form.NOUN, false),
        // "I want the footpath cleared", "we need the lights fixed"
        new AskCue(Cue.of("(?<![\\p{L}])(?:i|we)\\s+(?:really\\s+|urgently\\s+)?(?:need|want|would\\s+like|'d\\s+like)\\s+(?:the|this|that|these|those|it|them)"
            + "(?:\\s+[\\p{L}'-]+){0,5}?\\s+(?:cleared|fixed|repaired|removed|sorted|done|looked\\s+at|investigated|resolved|replaced|cut|trimmed|emptied|collected"
            + "|filled|painted|cleaned|checked|reviewed|dealt\\s+with|taken\\s+away|moved|installed|put\\s+right)(?![\\p{L}])"), Form.REQUEST, false),
        new AskCue(Cue.of("(?<![\\p{L}])(?:an?|any|your|some|more|further)\\s+(?:\\w+\\s+)?(?<noun>update|answer|response|reply|information|help|advice|assistance"
            + "|thoughts|views|comments|clarification|explanation|details|news|progress|action|feedback|guidance|input|support|confirmation)\\s+(?:on\\s+[^.?!]{0,60}?\\s+)?"
            + "(?:would|will)\\s+be\\s+(?:very\\s+|much\\s+|greatly\\s+|most\\s+|really\\s+|gratefully\\s+)?(?:appreciated|welcome|welcomed|helpful|useful|great"
            + "|received|valued)"), Form.NOUN, false),
        new AskCue(Cue.of("(?<![\\p{L}])(?:i|we)(?:'d|\\s+would|\\s+should)\\s+(?:really\\s+|very\\s+much\\s+|just\\s+|also\\s+|now\\s+)?like\\s+"
            + "(?:to\\s+(?<verb>know|ask|request|find\\s+out|understand|see|have|receive|get|be\\s+(?:told|updated|informed|sent|kept|given|advised)|hear|check"
            + "|confirm|raise|chase|query|clarify|learn|arrange|discuss\\s+with\\s+someone)(?![\\p{L}])|(?:an?\\s+|your\\s+|some\\s+|more\\s+|further\\s+|the\\s+)"
            + "(?<noun>[\\p{L}]+)|(?:you|someone|somebody|the\\s+team|your\\s+team|an?\\s+officer|an?\\s+\\w+\\s+officer)\\s+to\\s+" + SOFTENERS + TAIL + ")"),
            Form.NOUN, false),
        new AskCue(Cue.of("(?<![\\p{L}])(?:i|we)\\s+(?:really\\s+|urgently\\s+|now\\s+|still\\s+|also\\s+|do\\s+)?(?:need|want|require)\\s+(?:to\\s+(?<verb>know|find\\s+out"
            + "|understand|see|have|get|receive|be\\s+(?:told|updated|informed|sent|kept|given|advised)|hear|check|confirm|learn)(?![\\p{L}])|(?:an?\\s+|your\\s+|some\\s+"
            + "|more\\s+|further\\s+|the\\s+|an\\s+urgent\\s+)(?<noun>[\\p{L}]+)|(?:you|someone|somebody|the\\s+team|your\\s+team)\\s+to\\s+" + SOFTENERS + TAIL + ")"),
            Form.LISTED_NOUN, false),
        new AskCue(Cue.of("(?<![\\p{L}])(?:i'm|i\\s+am|i\\s+was|i've\\s+been|we\\s+are|we're)\\s+(?:writing|e-?mailing|getting\\s+in\\s+touch|contacting\\s+you|in\\s+touch)"
            + "\\s+(?:to|in\\s+order\\s+to)\\s+(?<verb>ask|request|enquire|inquire|query|chase|find\\s+out|seek|raise|report|see\\s+(?:if|whether)|check|confirm"
            + "|follow\\s+up|get)(?![\\p{L}])"), Form.NOUN, false),
        new AskCue(Cue.of("(?<![\\p{L}])(?:i\\s+(?:was\\s+|am\\s+|'m\\s+)?(?:just\\s+)?wonder(?:ing|ed)?|(?:do|does|did)\\s+(?:you|anyone|someone|the\\s+team)\\s+"
            + "(?:happen\\s+to\\s+)?know|can\\s+you\\s+tell\\s+me|(?:have|has)\\s+(?:you|anyone|the\\s+team)\\s+(?:had|heard|got|received)\\s+(?:any|an?)\\s+"
            + "(?:update|news|response|reply|word|answer|feedback))\\s*(?:if|whether|what|when|why|how|who|where|which|anything|about|from)?(?![\\p{L}])"),
            Form.QUESTION, false),
        new AskCue(Cue.of("(?<![\\p{L}])(?:can|could|may|might)\\s+i\\s+(?:just\\s+|also\\s+|please\\s+)?(?<verb>ask|check|request|enquire|inquire|query|have|get|see|chase"
            + "|be\\s+(?:sent|updated|told|kept|given|advised|informed))(?![\\p{L}])"), Form.NOUN, false),
        new AskCue(Cue.of("(?<![\\p{L}])any\\s+(?:\\w+\\s+)?(?:update|news|progress|word|feedback|response|reply|joy|further\\s+(?:news|information|update)"
            + "|developments?|luck\\s+with|chance\\s+of)(?![\\p{L}])"), Form.QUESTION, false),
        new AskCue(Cue.of("(?<![\\p{L}])(?:i|we)(?:'d|\\s+would|\\s+wish|\\s+want|\\s+need)?\\s+(?:like\\s+)?to\\s+report(?![\\p{L}])|(?:i'm|i\\s+am|we\\s+are|we're)"
            + "\\s+reporting(?![\\p{L}])|(?:can|could|may)\\s+i\\s+report(?![\\p{L}])"), Form.REQUEST, false),
        new AskCue(Cue.of("(?<![\\p{L}])(?:i|we)\\s+(?:wish|want|would\\s+like|'d\\s+like|intend)\\s+to\\s+(?:make|lodge|raise|register|submit)\\s+a\\s+"
            + "(?:formal\\s+)?complaint"), Form.REQUEST, false),
        new AskCue(Cue.of("(?<![\\p{L}])(?:for\\s+your\\s+(?:attention|action|consideration)|for\\s+action|over\\s+to\\s+you|(?:can|could)\\s+you\\s+help"
            + "|your\\s+(?:help|advice|assistance)\\s+(?:would\\s+be|is)\\s+(?:much\\s+|greatly\\s+|very\\s+much\\s+)?(?:appreciated|welcome))(?![\\p{L}])"),
            Form.REQUEST, false),
        new AskCue(Cue.of("(?<![\\p{L}])keep\\s+(?:me|us)\\s+(?:posted|updated|informed|in\\s+the\\s+loop|up\\s+to\\s+date|abreast|briefed)"), Form.REQUEST, true),
        // A fault described without an ask: the member wants it put right.
        new AskCue(Cue.of("(?<![\\p{L}])(?:(?:street\\s*)?(?:light|lamp)(?:s|\\s+posts?|\\s+columns?)?\\s+(?:[\\w.']+\\s+){0,8}?(?:is|are|has\\s+been|have\\s+been)\\s+(?:still\\s+)?"
            + "(?:out|off|not\\s+working|flickering|on\\s+all\\s+day)|(?:has|have)\\s+(?:now\\s+)?been\\s+(?:broken|damaged|blocked|vandalised|missed|dumped|flooded"
            + "|leaking|overflowing|not\\s+(?:collected|working|emptied|repaired|fixed|cleared))|(?:is|are)\\s+(?:still\\s+)?(?:broken|not\\s+working|blocked|overflowing"
            + "|leaking|flooded|damaged|missing|overgrown|unsafe|collapsing)(?![\\p{L}])|(?:has|have)\\s+(?:still\\s+)?not\\s+been\\s+(?:collected|emptied|repaired|fixed"
            + "|cleared|cut|removed)|(?:bins?|collections?|recycling)\\s+(?:was|were|has\\s+been|have\\s+been)\\s+missed|fly-?tipp(?:ing|ed)\\s+(?:on|in|at|outside"
            + "|behind|near|along)|(?:dumped|abandoned)\\s+(?:on|in|at|outside|behind|near)|pot-?holes?\\s+(?:on|in|at|outside|near)|still\\s+(?:waiting|not\\s+(?:fixed"
            + "|repaired|done|collected|cleared|resolved))|(?:nothing|no\\s+one|nobody)\\s+has\\s+(?:been|come|happened|done|fixed|replied|responded))"),
            Form.REQUEST, true));
    /** A question whose mark was forgotten ("What is happening with the repair."): a weak ask. */
    private static final Cue WH_WITHOUT_MARK = Cue.of(
        "^(?:so\\s+|and\\s+|but\\s+)?(?:what|when|where|why|how|who|which|whose)(?:\\s+\\w+)?\\s+(?:is|are|was|were|do|does|did|has|have|will|would|can|could"
            + "|should|shall|'s|'re)(?![\\p{L}])(?!\\s+(?:why|clear|certain|obvious|more|worse|interesting|important|needed|changed|improved)\\b)");
    /** The subject names the message an enquiry ("Member enquiry: street light", "Query - bins"). */
    private static final Pattern SUBJECT_LABEL = Pattern.compile(
        "^\\W*(?:(?:member|members'?|councillor|cllr|ward)\\s+(?:enquiry|query|request|question)|enquiry|query|question|request|help\\s+(?:needed|please)"
            + "|chasing|urgent)(?![\\p{L}])", Cue.FLAGS);

    // ---- meeting logistics: an ask whose clause only arranges when, where or how to meet or talk
    private static final String WEEKDAY = "(?:monday|tuesday|wednesday|thursday|friday|mon|tue|tues|wed|weds|thu|thur|thurs|fri)";
    private static final String TIME = "(?:\\d{1,2}(?:[:.]\\d\\d)?\\s*(?:am|pm)|\\d{1,2}[:.]\\d\\d|noon|midday|lunchtime|morning|afternoon|evening|tomorrow|today"
        + "|tonight|next\\s+week|this\\s+week|" + WEEKDAY + ")";
    private static final String MEETING = "(?:meeting|call|briefing|site\\s+visit|visit|session|surgery|event|walkabout|ward\\s+walk|catch-?up|workshop|training"
        + "|drop-?in|forum|appointment|one-to-one|1:1|chat|teams|zoom)";
    private static final Cue LOGISTICS = Cue.of(
        "(?<![\\p{L}])(?:(?:can|could|shall|should|would|might|will)\\s+(?:we|i)\\s+(?:still\\s+|perhaps\\s+|possibly\\s+|just\\s+)?(?:meet|speak|talk|chat|catch\\s+up"
            + "|get\\s+together|pop\\s+(?:in|round|by|over)|come\\s+(?:in|round|by|over|along|and\\s+see\\s+you)|call\\s+(?:you|in|round)|ring\\s+you|rearrange"
            + "|reschedule|postpone|have\\s+(?:a|our|the)\\s+(?:quick\\s+|short\\s+|brief\\s+)?(?:call|chat|meeting|catch-?up|word|teams\\s+call|zoom|phone\\s+call))"
            + "|are\\s+you\\s+(?:free|available|around|about|in\\s+the\\s+office|in\\s+(?:on|tomorrow|today|this)|at\\s+the\\s+(?:civic|council|office|town\\s+hall)"
            + "|able\\s+to\\s+(?:meet|attend|join|make|come|speak|talk|chat))|(?:you|we)\\s+(?:free|available)\\s+(?:on|at|this|next|tomorrow|today|for\\s+a)"
            + "|(?:when|what\\s+time|what\\s+day|which\\s+day|what\\s+date|when's)(?![\\p{L}])[^?.!]{0,40}(?:suit|work\\s+for|convenient|free|available"
            + "|good\\s+for\\s+you|best\\s+for\\s+you)|(?:does|would|will|is|could)\\s+[^?.!]{0,30}(?:suit\\s+you|work\\s+for\\s+you|be\\s+convenient|convenient\\s+for\\s+you)"
            + "|(?:can|could|would|will)\\s+you\\s+(?:still\\s+)?(?:make|attend|join|come\\s+(?:to|along\\s+to)|do|be\\s+at|chair)\\s+(?:the|our|a|my|tomorrow's"
            + "|today's|\\w+day's|next\\s+week's|this|that)\\s+[^?.!]{0,30}" + MEETING
            + "|(?:teams|zoom|meeting|calendar|dial-?in|joining|diary|outlook)\\s+(?:link|invite|invitation|details|request|appointment)"
            + "|(?:is|will)\\s+(?:the|our|tomorrow's|today's|\\w+day's|this\\s+week's)\\s+" + MEETING + "\\s+(?:still\\s+)?(?:on|going\\s+ahead|happening|in\\s+person"
            + "|on\\s+teams|online|at|in|virtual|hybrid)|(?:which|what)\\s+room|where\\s+(?:is|are|will|shall|should)\\s+(?:the\\s+meeting|we|i)\\s+(?:meet"
            + "|be\\s+meeting|being\\s+held|be\\s+held|park|go)|is\\s+there\\s+(?:any\\s+)?(?:parking|car\\s+parking|a\\s+car\\s+park)"
            + "|(?:move|rearrange|re-arrange|reschedule|postpone|cancel|push\\s+back|bring\\s+forward|put\\s+back|shift|swap)\\s+(?:the|our|tomorrow's|today's"
            + "|this|that|\\w+day's|next\\s+week's|my)?\\s*" + MEETING + "|(?:book|reserve)\\s+(?:a|the)\\s+(?:room|meeting\\s+room|committee\\s+room)"
            + "|(?:put|pop)\\s+(?:something|a\\s+(?:meeting|time|slot|call|date)|it|a\\s+time)\\s+in\\s+(?:the|my|our|your)\\s+diar(?:y|ies)"
            + "|(?:find|arrange|set\\s+up|fix|agree)\\s+(?:a|some)\\s+(?:time|slot|date)(?![\\p{L}])|give\\s+me\\s+a\\s+(?:call|ring|bell|buzz)"
            + "|call\\s+me\\s+(?:back|on|when|at|this|tomorrow)|ring\\s+me(?![\\p{L}])|(?:meet|meeting|call)\\s+[^?.!]{0,30}instead|instead\\s*\\?"
            + "|(?:push|put|move|bring)\\s+(?:the|our|this|that|tomorrow's|today's|\\w+day's|next\\s+week's|my)\\s+(?:[\\p{L}-]+\\s+)?" + MEETING
            + "\\s+(?:back|forward|later|earlier|to)(?![\\p{L}])|(?:start|begin|finish|end)\\s+(?:the|our)\\s+(?:[\\p{L}-]+\\s+)?" + MEETING + "\\s+(?:at|later"
            + "|earlier)|(?:shall|should)\\s+we\\s+say|shall\\s+i\\s+(?:come|pop|call|ring|book|bring)|would\\s+you\\s+(?:prefer|rather)\\s+(?:teams|zoom|a\\s+call"
            + "|in\\s+person|to\\s+meet|a\\s+meeting)|(?:does|would|is)\\s+(?:" + TIME + "|that|the\\s+\\d+\\w*)\\s+(?:still\\s+)?(?:work|suit|ok|okay|alright|fine|good"
            + "|convenient)|(?:can|could)\\s+we\\s+(?:do|make\\s+it|go\\s+for|aim\\s+for|move\\s+(?:it|this|that)|push\\s+(?:it|this)|bring\\s+(?:it|this)|start"
            + "|switch|swap)(?![\\p{L}])[^?.!]{0,30}(?:" + TIME + "|instead|later|earlier))");
    /** Where a clause ends within a sentence: the next ask's logistics are judged on their own. */
    private static final Pattern CLAUSE_END = Pattern.compile(
        ",?\\s+(?:and|but|also|or)\\s+(?:could|can|would|will|please|if)\\s|;\\s|,\\s+(?:but|and\\s+also)\\s", Cue.FLAGS);

    // ---- complaints
    private static final Cue COMPLAINT = Cue.of(
        "(?<![\\p{L}])(?:to\\s+complain|complain(?:s|ed|ing)?\\s+(?:about|regarding|over|that)\\s+(?:the\\s+way|how|the\\s+(?:handling|treatment|service|conduct"
            + "|behaviou?r|attitude|rudeness|delay|delays|response|lack)|an?\\s+(?:officer|member\\s+of\\s+staff)|(?:your|the|one\\s+of\\s+your)\\s+(?:officers?|staff"
            + "|crews?|operatives|contractors?|team|call\\s+centre|customer\\s+services))|(?:make|made|making|lodge|lodged|register|registered|raise|raised|submit"
            + "|submitted|file|filed|log|logged|put\\s+in|escalate|escalated|pursue|progress|take\\s+forward)\\s+(?:a|an|her|his|their|the|this)\\s+(?:formal\\s+"
            + "|official\\s+|stage\\s+(?:one|two|1|2)\\s+)?complaint|formal\\s+complaint|stage\\s+(?:one|two|1|2)\\s+complaint|complaint\\s+(?:from|on\\s+behalf\\s+of"
            + "|about\\s+the\\s+way|about\\s+how|against)|(?:treat|treated|handle|handled|deal\\s+with|dealt\\s+with|log|logged|record|recorded|register|registered"
            + "|accept|accepted|take|taken)\\s+(?:this|it|the\\s+matter|her\\s+\\w+|his\\s+\\w+|their\\s+\\w+)\\s+as\\s+a\\s+(?:formal\\s+)?complaint|(?:unhappy"
            + "|dissatisfied|not\\s+happy|disappointed|upset|angry|furious|appalled|disgusted|aggrieved|distressed)\\s+(?:with|about|at|by|over)\\s+(?:the\\s+way"
            + "|how|the\\s+(?:handling|treatment|service|response|lack\\s+of|conduct|behaviou?r|attitude|delay|delays|length\\s+of\\s+time|rudeness|level\\s+of"
            + "|quality\\s+of)))");
    private static final Cue CONSTITUENT = Cue.of(
        "(?<![\\p{L}])(?:(?:mrs|mr|ms|miss|mx|dr)\\.?\\s+\\p{Lu}|(?:residents?|constituents?|tenants?|leaseholders?|famil(?:y|ies)|couple|lady|gentleman|neighbours?"
            + "|households?|parents?|pensioners?|shopkeepers?|businesses|landlords?|owners?|applicants?|customers?|victims?)(?![\\p{L}])|on\\s+behalf\\s+of"
            + "|(?:she|he|they)\\s+(?:has|have|had|is|are|was|were|wants?|would|wishes|asked|feels?|believes?|says?|said|told|is\\s+keen)(?![\\p{L}]))");
    private static final Cue HOW_TO_COMPLAIN = Cue.of(
        "(?<![\\p{L}])(?:how\\s+(?:[\\p{L}.']+\\s+){0,3}?(?:can|do|does|should|would|might|could|to)\\s+[^?!]{0,60}complain|(?:what|where)\\s+(?:is|are)\\s+the\\s+complaints?\\s+"
            + "(?:procedure|process|policy|form)|complaints?\\s+(?:procedure|process|form|policy)\\s+(?:is|works)|whether\\s+(?:she|he|they|it|this)\\s+(?:can|could"
            + "|should)\\s+(?:make|be|go))");

    private final StatedDeadlines deadlines;

    public EnquiryReader(WorkingCalendar calendar) {
        this(new StatedDeadlines(calendar));
    }

    public EnquiryReader(StatedDeadlines deadlines) {
        this.deadlines = Objects.requireNonNull(deadlines, "deadlines");
    }

    /** {@link #read(String, String, HeaderFacts, ZonedDateTime)} for a message received at an instant. */
    public EnquiryReading read(String subject, String authorText, HeaderFacts headers, Instant sentAt) {
        return read(subject, authorText, headers, sentAt.atZone(WorkingCalendar.LONDON));
    }

    /**
     * Reads one member-to-officer message.
     *
     * @param subject    the subject line (may be null)
     * @param authorText the member's own new words ({@code MessageText.authorText()}), not the quoted history
     * @param headers    what the headers say about automatic and list mail
     * @param sentAt     when it was sent or received: the member's "by Friday" is read from this day
     */
    public EnquiryReading read(String subject, String authorText, HeaderFacts headers, ZonedDateTime sentAt) {
        Objects.requireNonNull(headers, "headers");
        Objects.requireNonNull(sentAt, "sentAt");
        String subjectLine = subject == null ? "" : Sentences.plain(subject).strip();
        if (headers.automatic()) {
            return EnquiryReading.not(NotAnEnquiry.AUTO_REPLY, headers.autoSubmitted() ? "Auto-Submitted header" : "auto-reply header");
        }
        if (AUTO_SUBJECT.matcher(subjectLine).find()) {
            return EnquiryReading.not(NotAnEnquiry.AUTO_REPLY, "Subject: " + subjectLine);
        }
        if (headers.listMail()) {
            return EnquiryReading.not(NotAnEnquiry.NEWSLETTER, headers.mailingList() ? "List-Id header" : "Precedence: bulk header");
        }
        String body = Sentences.body(authorText);
        List<Sentence> sentences = Sentences.split(body);
        if (body.length() <= AUTO_REPLY_MAX_CHARS) {
            for (Sentence sentence : sentences.subList(0, Math.min(2, sentences.size()))) {
                if (AUTO_BODY.in(sentence)) {
                    return EnquiryReading.not(NotAnEnquiry.AUTO_REPLY, sentence.text());
                }
            }
        }
        Signals signals = new Signals();
        for (int i = 0; i < sentences.size(); i++) {
            Sentence sentence = sentences.get(i);
            if (LIST_FOOTER.in(sentence)) {
                return EnquiryReading.not(NotAnEnquiry.NEWSLETTER, sentence.text());
            }
            signals.note(sentence, i > 0 ? sentences.get(i - 1) : null, i > 1 ? sentences.get(i - 2) : null);
        }
        if (!Subjects.isReplyOrForward(subjectLine) && !subjectLine.isEmpty()) {
            signals.noteSubject(Sentence.of(subjectLine));
        }
        return decide(signals, body, subjectLine, sentAt);
    }

    private EnquiryReading decide(Signals signals, String body, String subject, ZonedDateTime sentAt) {
        if (signals.complaint != null) {
            return EnquiryReading.complaint(signals.strong != null ? signals.strongKind : EnquiryKind.REQUEST, signals.complaint,
                deadline(body, subject, sentAt));
        }
        // What says the message asks nothing is looked for only when it could change the outcome.
        Optional<String> noReply = signals.first(NO_REPLY);
        if (noReply.isPresent()) {
            return EnquiryReading.not(NotAnEnquiry.FOR_INFORMATION, noReply.get());
        }
        if (signals.strong != null) {
            return EnquiryReading.enquiry(signals.strongKind, signals.strong, deadline(body, subject, sentAt));
        }
        Optional<String> newsletter = signals.first(NEWSLETTER);
        if (signals.markOnly != null && newsletter.isEmpty()) {
            return EnquiryReading.enquiry(EnquiryKind.QUESTION, signals.markOnly, deadline(body, subject, sentAt));
        }
        Optional<String> fyi = signals.first(FYI);
        if (signals.weak != null && fyi.isEmpty() && newsletter.isEmpty()) {
            return EnquiryReading.enquiry(signals.weakKind, signals.weak, deadline(body, subject, sentAt));
        }
        if (signals.logistics != null) {
            return EnquiryReading.not(NotAnEnquiry.MEETING_LOGISTICS, signals.logistics);
        }
        Optional<String> logistics = signals.first(LOGISTICS);
        if (logistics.isPresent()) {
            return EnquiryReading.not(NotAnEnquiry.MEETING_LOGISTICS, logistics.get());
        }
        if (newsletter.isPresent()) {
            return EnquiryReading.not(NotAnEnquiry.NEWSLETTER, newsletter.get());
        }
        if (fyi.isPresent()) {
            return EnquiryReading.not(NotAnEnquiry.FOR_INFORMATION, fyi.get());
        }
        Optional<String> acknowledgement = signals.first(ACKNOWLEDGEMENT);
        if (acknowledgement.isPresent()) {
            return EnquiryReading.not(NotAnEnquiry.ACKNOWLEDGEMENT, acknowledgement.get());
        }
        Optional<String> thanks = signals.first(THANKS);
        if (thanks.isPresent()) {
            return EnquiryReading.not(NotAnEnquiry.THANKS, thanks.get());
        }
        Optional<String> attached = signals.first(ATTACHED);
        if (attached.isPresent()) {
            return EnquiryReading.not(NotAnEnquiry.FOR_INFORMATION, attached.get());
        }
        return EnquiryReading.not(NotAnEnquiry.NO_ASK, "");
    }

    /** The member's deadline: in their words, or else in the subject ("URGENT: flooding on Mill Lane"). */
    private Optional<StatedDeadline> deadline(String body, String subject, ZonedDateTime sentAt) {
        Optional<StatedDeadline> inBody = deadlines.find(body, sentAt);
        return inBody.isPresent() ? inBody : deadlines.find(subject, sentAt);
    }

    /** What the sentences of one message show, the first of each kind kept as evidence. */
    private static final class Signals {
        String strong;
        EnquiryKind strongKind;
        String weak;
        EnquiryKind weakKind;
        /** A question with nothing but its mark to show it: asked of the officer, unless in a newsletter's text. */
        String markOnly;
        /** A meeting arranged in a sentence that asks something (an ask's own clause). */
        String logistics;
        String complaint;
        private final List<Sentence> read = new ArrayList<>();

        void note(Sentence sentence, Sentence previous, Sentence beforeThat) {
            read.add(sentence);
            if (complaint == null && COMPLAINT.in(sentence) && !HOW_TO_COMPLAIN.in(sentence)
                && (CONSTITUENT.in(sentence) || previous != null && CONSTITUENT.in(previous) || beforeThat != null && CONSTITUENT.in(beforeThat))) {
                complaint = sentence.text();
            }
            asks(sentence);
        }

        /** The first sentence the cue is in. */
        Optional<String> first(Cue cue) {
            for (Sentence sentence : read) {
                if (cue.in(sentence)) {
                    return Optional.of(sentence.text());
                }
            }
            return Optional.empty();
        }

        void noteSubject(Sentence subject) {
            if (strong != null) {
                return;
            }
            asks(subject);
            if (strong == null && weak == null) {
                Matcher label = SUBJECT_LABEL.matcher(subject.text());
                if (label.find()) {
                    weak = subject.text();
                    weakKind = label.group().toLowerCase(Locale.ROOT).contains("question") ? EnquiryKind.QUESTION : EnquiryKind.REQUEST;
                }
            }
        }

        /** The asks in one sentence, once the phrases that only look like asks are blanked out. */
        private void asks(Sentence sentence) {
            if (strong != null) {
                // The enquiry is settled and its evidence kept: later asks add nothing.
                return;
            }
            Sentence rest = sentence;
            for (Cue notAsk : NOT_ASKS) {
                rest = notAsk.without(rest);
            }
            if (!Sentences.hasWord(rest.text())) {
                return;
            }
            boolean found = false;
            for (AskCue ask : ASKS) {
                for (Matcher matcher : ask.cue().matchers(rest)) {
                    while (strong == null && matcher.find()) {
                        Optional<EnquiryKind> kind = kind(ask.form(), matcher, rest.text(), rest.isQuestion());
                        if (kind.isEmpty()) {
                            continue;
                        }
                        found = true;
                        record(sentence.text(), kind.get(), ask.weak(), logistics(rest.text(), matcher.start()));
                    }
                }
            }
            if (!found && rest.isQuestion()) {
                found = true;
                if (LOGISTICS.in(rest)) {
                    record(sentence.text(), EnquiryKind.QUESTION, false, true);
                } else if (markOnly == null) {
                    markOnly = sentence.text();
                }
            }
            if (!found && WH_WITHOUT_MARK.in(rest)) {
                record(sentence.text(), EnquiryKind.QUESTION, true, LOGISTICS.in(rest));
            }
        }

        private void record(String sentence, EnquiryKind kind, boolean isWeak, boolean isLogistics) {
            if (isLogistics) {
                if (logistics == null) {
                    logistics = sentence;
                }
            } else if (!isWeak && strong == null) {
                strong = sentence;
                strongKind = kind;
            } else if (isWeak && weak == null) {
                weak = sentence;
                weakKind = kind;
            }
        }

        /** Whether the clause of the ask starting at {@code start} arranges a meeting or call. */
        private static boolean logistics(String text, int start) {
            Matcher end = CLAUSE_END.matcher(text);
            int stop = end.find(Math.min(text.length(), start + 3)) ? end.start() : text.length();
            int from = start;
            // The words before the ask in the same clause count too ("On Tuesday, can we meet...").
            int previous = Math.max(text.lastIndexOf(';', start), text.lastIndexOf(". ", start));
            if (previous >= 0 && previous < start) {
                from = previous + 1;
            }
            return LOGISTICS.in(Sentence.of(text.substring(from, stop)));
        }
    }

    /** The kind of an ask, from its verb or noun; empty when what follows is not an ask after all. */
    private static Optional<EnquiryKind> kind(Form form, Matcher matcher, String text, boolean questionMark) {
        switch (form) {
            case QUESTION -> {
                return Optional.of(EnquiryKind.QUESTION);
            }
            case REQUEST -> {
                return Optional.of(EnquiryKind.REQUEST);
            }
            case VERB -> {
                return tailKind(matcher.group("tail"), questionMark);
            }
            default -> {
                String tail = group(matcher, "tail");
                if (tail != null) {
                    return tailKind(tail, false).or(() -> Optional.of(EnquiryKind.REQUEST));
                }
                String verb = group(matcher, "verb");
                if (verb != null) {
                    String lower = verb.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
                    if (QUESTION_VERB.matcher(lower).matches()) {
                        return Optional.of(EnquiryKind.QUESTION);
                    }
                    // "have", "get", "see", "be sent": an update is a question, a copy a request.
                    Matcher next = NEXT_NOUN.matcher(text);
                    next.region(matcher.end(), text.length());
                    return Optional.of(next.lookingAt() && INFO_NOUN.matcher(next.group("noun")).matches()
                        ? EnquiryKind.QUESTION : EnquiryKind.REQUEST);
                }
                String noun = group(matcher, "noun");
                if (noun == null) {
                    return Optional.of(EnquiryKind.REQUEST);
                }
                if (INFO_NOUN.matcher(noun).matches()) {
                    return Optional.of(EnquiryKind.QUESTION);
                }
                return form == Form.NOUN || ACTION_NOUN.matcher(noun).matches() ? Optional.of(EnquiryKind.REQUEST) : Optional.empty();
            }
        }
    }

    private static Optional<EnquiryKind> tailKind(String tail, boolean questionMark) {
        String words = tail.strip();
        if (INFO_TAIL.matcher(words).lookingAt()) {
            return Optional.of(EnquiryKind.QUESTION);
        }
        if (ACTION_TAIL.matcher(words).lookingAt()) {
            return Optional.of(EnquiryKind.REQUEST);
        }
        return questionMark ? Optional.of(EnquiryKind.QUESTION) : Optional.empty();
    }

    private static String group(Matcher matcher, String name) {
        try {
            return matcher.group(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}

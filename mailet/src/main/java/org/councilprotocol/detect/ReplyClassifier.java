package org.councilprotocol.detect;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;

import org.councilprotocol.detect.Sentences.Sentence;
import org.councilprotocol.enquiry.StatedDeadline;
import org.councilprotocol.enquiry.StatedDeadlines;
import org.councilprotocol.enquiry.WorkingCalendar;

/**
 * Classifies an officer's reply in an enquiry's thread (Thanet 9.1.4 and 9.1.6; the officer's alternate or
 * manager replying counts the same, which is for the caller to decide from the thread). Only the replier's
 * own words are read, never the quoted enquiry, whose questions and dates are the member's.
 *
 * <h2>Method</h2>
 * Each sentence is matched against word lists for:
 * <ul>
 *   <li>a <b>delay</b>, explicit ("I am not yet able to give you a full answer", "a full response will
 *       follow", "this is a holding reply", "it will take longer than ten working days") or pending ("I am
 *       still waiting for the engineer's report", "we have not yet heard back");</li>
 *   <li>a <b>reason</b> ("because", "due to", "awaiting the structural survey", "the officer is on leave",
 *       "this needs legal advice", "the report has not yet been received");</li>
 *   <li>an <b>action</b> ("I have chased the contractor", "we are liaising with KCC", "a site visit has been
 *       booked", "the engineer will inspect on Tuesday");</li>
 *   <li>a <b>promise</b> of an answer ("I will write to you again by 11 December", "you will have a full
 *       response within ten working days"), whose date is read by {@link StatedDeadlines#findPromised}
 *       relative to the reply's date; "as soon as possible", "shortly" and "once I hear back" name none;</li>
 *   <li>an <b>answer</b> ("I can confirm", "has been repaired", "the bins are collected on Tuesdays", "our
 *       records show", "please find attached the figures");</li>
 *   <li>an <b>acknowledgement</b> (thanks, "received", "I'll look into it", "I've passed this to...",
 *       pleasantries, offers of help, a question back to the member).</li>
 * </ul>
 * Then: an explicit delay, or a pending one with no answer, makes a holding reply, complete when it states
 * every element of the profile's must-state list, otherwise incomplete with what is missing. Without a delay,
 * an answer or any sentence of fact that is none of the above makes it substantive; a reply of thanks and
 * promises is an acknowledgement; one that reports an action taken, with no promise to come back, is
 * substantive (it says what was done). A partial answer with an explicit delay for the rest is a holding reply:
 * the member has not had a full answer.
 *
 * <p>A word-list reader, measured by {@code EnquiryBenchmark} (test sources). Thread-safe.
 */
public final class ReplyClassifier {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private static final int MAX_EVIDENCE_CHARS = 160;

    // ---- delays that put off the full answer
    private static final Cue EXPLICIT_DELAY = Cue.of(
        "(?<![\\p{L}])(?:(?:not|n't)\\s+(?:yet\\s+|currently\\s+|presently\\s+)?(?:been\\s+)?(?:able|in\\s+a\\s+position)\\s+to\\s+(?:give|provide|send|offer|respond"
            + "|reply|answer|confirm|let\\s+you\\s+know|update|advise|say|share|come\\s+back)"
            + "|(?:unable|cannot|can't|can\\s+not)\\s+(?:yet\\s+|currently\\s+|at\\s+present\\s+|at\\s+the\\s+moment\\s+)?(?:give|provide|send|offer|respond|reply|answer"
            + "|confirm|say|advise)[^.?!]{0,50}?(?:full|complete|substantive|final|detailed|definitive|yet|at\\s+(?:this|the)\\s+(?:stage|moment|time|point)|at\\s+present"
            + "|until|for\\s+(?:a\\s+few|some))"
            + "|(?:a|my|our|the)\\s+(?:full|fuller|complete|substantive|detailed|final|proper|further|more\\s+detailed|definitive)\\s+(?:response|answer|reply|update)"
            + "\\s+(?:will|should|to)\\s+(?:follow|be\\s+(?:sent|with\\s+you|provided))|(?:send|give|provide|let\\s+you\\s+have|get\\s+(?:you|to\\s+you)|write\\s+to\\s+you"
            + "\\s+with|have)\\s+(?:you\\s+)?(?:with\\s+)?(?:a|my|our|the)\\s+(?:full|fuller|complete|substantive|detailed|final|proper|more\\s+detailed|definitive)"
            + "\\s+(?:response|answer|reply|update|explanation)|(?:respond|reply|answer|write)\\s+(?:to\\s+you\\s+)?(?:again\\s+)?(?:in\\s+full|fully)"
            + "|(?:come|get|revert|write)\\s+back\\s+to\\s+you\\s+(?:in\\s+full|fully|with\\s+(?:a\\s+)?(?:full|substantive|complete|detailed|final|proper)"
            + "|with\\s+the\\s+(?:full|final))|(?:holding|interim)\\s+(?:reply|response|update|e-?mail|note|answer)|this\\s+is\\s+(?:just\\s+)?(?:a\\s+)?(?:quick\\s+)?"
            + "(?:holding|interim)|(?:need|needs|require|requires|will\\s+need|may\\s+need)\\s+(?:a\\s+(?:little|bit)\\s+)?(?:more|further|additional|longer|extra)"
            + "\\s+time|(?:need|needs|will\\s+need|may\\s+need)\\s+(?:a\\s+)?(?:few|couple\\s+of)\\s+(?:more\\s+)?(?:days|weeks)|(?:will|is\\s+going\\s+to|may|might|is\\s+likely\\s+to|is\\s+taking|are\\s+taking)\\s+(?:take\\s+)?(?:a\\s+(?:little|bit)\\s+)?(?:longer|more\\s+time"
            + "|some\\s+time|a\\s+(?:few|couple\\s+of)\\s+(?:more\\s+)?(?:days|weeks))|longer\\s+than\\s+(?:usual|expected|anticipated|hoped|the\\s+(?:usual|normal|ten|10)"
            + "|ten|10)|(?:not|won't|will\\s+not)\\s+be\\s+(?:able\\s+to\\s+(?:respond|reply|answer)|possible\\s+to\\s+(?:respond|reply|answer|give))\\s+(?:fully\\s+"
            + "|in\\s+full\\s+)?within|(?:beyond|outside|miss|exceed)\\s+the\\s+(?:usual\\s+|normal\\s+)?(?:ten|10)[- ](?:working[- ])?day"
            + "|(?:i|we)\\s+(?:haven't|have\\s+not)\\s+(?:yet\\s+)?(?:been\\s+able|managed|had\\s+(?:a\\s+)?(?:chance|the\\s+opportunity))\\s+to"
            + "|(?:i'm|i\\s+am|we're|we\\s+are)\\s+(?:afraid|sorry)\\s+(?:that\\s+)?(?:i|we)\\s+(?:am\\s+not|are\\s+not|aren't|haven't|have\\s+not)"
            + "\\s+(?:yet\\s+)?(?:been\\s+)?(?:able|got|had|in\\s+a\\s+position)"
            + "|(?:the\\s+)?reason\\s+for\\s+the\\s+delay|(?:the\\s+)?delay\\s+(?:is|has\\s+been)\\s+(?:due|because|caused)|(?:a|the)\\s+new\\s+(?:target|deadline|date)"
            + "\\s+(?:for|of)|(?:revised|new)\\s+(?:response\\s+)?(?:date|deadline|target\\s+date))");
    private static final Cue PENDING = Cue.of(
        "(?<![\\p{L}])(?:(?:still|currently)\\s+(?:waiting|awaiting|investigating|looking\\s+into|gathering|collating|chasing|working\\s+(?:on|through)|liaising"
            + "|trying|pursuing|checking|making\\s+enquiries)|(?:i'm|i\\s+am|we're|we\\s+are)\\s+(?:now\\s+)?(?:waiting|awaiting)(?![\\p{L}])|awaiting\\s+(?:a|the|an"
            + "|their|his|her|further|confirmation|information|comments|feedback|results?|responses?|replies|sign-off|approval|figures)(?![\\p{L}])"
            + "|(?:have|has)n't\\s+(?:yet\\s+)?(?:had|received|heard)|(?:have|has)\\s+not\\s+(?:yet\\s+)?(?:had|received|heard)|(?:not|n't)\\s+(?:yet\\s+)?(?:heard|had)"
            + "\\s+back|no\\s+(?:response|reply|answer|word)\\s+(?:yet|so\\s+far)|(?:still|yet)\\s+to\\s+(?:hear|receive|get|have|be\\s+(?:given|sent|told)))");
    // ---- the three elements of a holding reply
    private static final Cue REASON = Cue.of(
        "(?<![\\p{L}])(?:because|due\\s+to|owing\\s+to|on\\s+account\\s+of|as\\s+a\\s+result\\s+of|caused\\s+by|the\\s+reason\\s+(?:is|being|for)|this\\s+is\\s+"
            + "(?:down\\s+to|due\\s+to|because)|pending|(?:waiting|awaiting)\\s+(?:for\\s+|on\\s+)?(?:a|an|the|their|his|her|our|further|some|more|confirmation"
            + "|information|comments|feedback|results?|responses?|replies|sign-off|approval|figures|legal|input|advice|details|data|quotes?)(?![\\p{L}])"
            + "|(?:is|are|has\\s+been|have\\s+been|was|were)\\s+(?:currently\\s+)?(?:on\\s+(?:annual\\s+|sick\\s+|parental\\s+|maternity\\s+)?leave|off\\s+sick|away"
            + "|absent|unwell)|(?:staff|officer|team|staffing)\\s+(?:absence|shortages?|sickness|vacanc(?:y|ies))|short[- ]staffed|(?:volume|number)\\s+of\\s+"
            + "(?:work|enquiries|requests|cases|applications|calls)|backlog|high\\s+(?:demand|volumes?)|(?:busiest|busy)\\s+(?:period|time)|winter\\s+pressures"
            + "|(?:not|n't)\\s+(?:yet\\s+)?(?:been\\s+)?(?:received|returned|come\\s+back|responded|replied|confirmed|completed|finished|provided|available|finalised"
            + "|agreed|signed\\s+off|published|approved)|(?:depends|depending|dependent|relies|relying)\\s+on"
            + "|which\\s+we\\s+(?:don't|do\\s+not|haven't|have\\s+not)\\s+(?:yet\\s+)?(?:have|hold|got)|(?:needs?|requires?|involves?|will\\s+need)\\s+(?:input"
            + "|advice|information|a\\s+(?:site\\s+visit|survey|inspection|structural|legal|specialist|response)|legal|consultation|checking|sign-off|approval"
            + "|the\\s+(?:results?|report|outcome|survey|inspection|contractor|landlord)|(?:further\\s+|more\\s+)?(?:investigation|enquiries|work|checks)"
            + "|(?:several|a\\s+number\\s+of|other|two|three)\\s+(?:teams|departments|services|organisations|agencies|partners))|(?:who|which)\\s+(?:are|is)\\s+responsible\\s+for|(?:is|are)\\s+(?:a\\s+matter\\s+for"
            + "|the\\s+responsibility\\s+of|held\\s+by|dealt\\s+with\\s+by|managed\\s+by)\\s+(?:kcc|kent|the\\s+county|another|a\\s+different|the\\s+police"
            + "|national\\s+highways|the\\s+environment\\s+agency|network\\s+rail|southern\\s+water|ukpn|the\\s+landlord|the\\s+housing\\s+association|a\\s+third"
            + "\\s+party|an\\s+external)|(?:complex|complicated|unusual|sensitive)\\s+(?:case|issue|matter|enquiry|query|question|situation)|(?:more|rather)\\s+"
            + "(?:complex|complicated)\\s+than|(?:is|are)\\s+(?:still\\s+)?(?:ongoing|under\\s+way|underway|in\\s+progress|continuing|not\\s+yet\\s+complete)"
            + "|still\\s+being\\s+(?:investigated|assessed|reviewed|considered|collated|gathered|compiled|prepared|finalised)|(?:information|data|figures|records"
            + "|report|results?)\\s+(?:is|are)\\s+(?:not\\s+yet|still\\s+being|being)\\s+(?:available|collated|gathered|compiled|prepared|finalised)"
            + "|(?:the|our|their)\\s+(?:system|database|software)\\s+(?:is|was|has\\s+been)\\s+(?:down|unavailable|being\\s+upgraded|migrated)"
            + "|(?:as|since)\\s+(?:the|our|their|a|an|this|that|we|they|he|she|it)\\s+[^.?!]{0,50}?(?:is|are|has|have|was|were)\\s+(?:still|not|yet"
            + "|currently|waiting|awaiting|on|off|away|held|needed|required|with)(?![\\p{L}])"
            + "|(?:until|before|without)\\s+(?:the|we|i|they|their|a|an|it|this|that)\\s+[^.?!]{0,40}?(?:is|are|has|have|been|back|complete|completed|received"
            + "|done|finished|available|carried\\s+out)(?![\\p{L}]))");
    private static final Cue ACTION = Cue.of(
        "(?<![\\p{L}])(?:(?:i|we)\\s*(?:have|'ve)\\s+(?:now\\s+|also\\s+|already\\s+|today\\s+|since\\s+|just\\s+)?(?:asked|chased|contacted|e-?mailed|written\\s+to"
            + "|phoned|called|rung|spoken\\s+(?:to|with)|requested|referred|passed|raised|escalated|instructed|commissioned|booked|arranged|sent|set\\s+up|logged"
            + "|reported|ordered|put\\s+in|placed|scheduled|reminded|followed\\s+(?:this\\s+|it\\s+)?up|been\\s+in\\s+(?:touch|contact)|got\\s+in\\s+touch|consulted"
            + "|involved|briefed|visited|inspected|started|begun|opened|met|sought|obtained|pressed|flagged|submitted|applied|lodged|issued"
            + "|made\\s+(?:a|an|formal|further|enquiries))"
            + "|(?:i'm|i\\s+am|we're|we\\s+are)\\s+(?:now\\s+|currently\\s+|still\\s+|also\\s+|actively\\s+)?(?:chasing|liaising|investigating|looking\\s+into|reviewing"
            + "|checking|gathering|collating|consulting|speaking|talking|working\\s+(?:with|on|through)|following\\s+(?:this\\s+|it\\s+)?up|pursuing|arranging"
            + "|contacting|seeking|obtaining|pressing|discussing|in\\s+(?:contact|touch|discussion|dialogue|talks)\\s+with|making\\s+(?:further\\s+)?enquiries"
            + "|trying\\s+to|preparing|drafting|compiling|analysing)"
            + "|(?:i|we)(?:'ll|\\s+will|\\s+shall|\\s+intend\\s+to|\\s+plan\\s+to|\\s+am\\s+going\\s+to|\\s+are\\s+going\\s+to|'m\\s+going\\s+to|'re\\s+going\\s+to)\\s+"
            + "(?:also\\s+|now\\s+|then\\s+|continue\\s+to\\s+)?(?:chase|contact|speak|visit|inspect|ask|arrange|review|check|meet|call|phone|e-?mail|write\\s+to"
            + "|raise|escalate|follow\\s+(?:this\\s+|it\\s+)?up|press|seek|obtain|look\\s+into|investigate|pursue|consult|instruct|commission|book|go\\s+out|attend"
            + "|request|liaise|discuss)(?![\\p{L}])(?!\\s+(?:to\\s+)?you(?![\\p{L}]))"
            + "|(?:and|who|she|he|they)\\s+will\\s+(?:then\\s+|now\\s+)?(?:review|chase|contact|visit|inspect|look\\s+into|investigate|assess|check|survey"
            + "|pursue|consult|arrange|attend|go\\s+out|price|cost|prepare)(?![\\p{L}])(?!\\s+(?:to\\s+)?you(?![\\p{L}]))"
            + "|(?:has|have)\\s+(?:now\\s+|also\\s+)?been\\s+(?:asked|instructed|chased|referred|escalated|passed|contacted|commissioned|booked|arranged|scheduled"
            + "|raised|logged|requested|reminded|tasked|allocated|assigned)"
            + "|(?:site\\s+visit|inspection|survey|meeting|assessment|test|investigation|review|visit|order|job|case)\\s+(?:has\\s+been|is|was|have\\s+been|is\\s+being"
            + "|will\\s+be)\\s+(?:now\\s+)?(?:booked|arranged|scheduled|planned|set\\s+up|requested|commissioned|raised|opened|carried\\s+out|undertaken|logged)"
            + "|(?:engineer|inspector|officer|surveyor|contractor|team|colleague|manager|department|service|lawyer|legal|solicitor)s?\\s+(?:is|are|will\\s+be|has\\s+been"
            + "|have\\s+been)\\s+(?:now\\s+|currently\\s+|still\\s+)?(?:investigating|looking\\s+into|inspecting|visiting|assessing|reviewing|preparing|carrying\\s+out"
            + "|working\\s+on|gathering|collating|chasing|checking|considering|drafting|pricing|costing)"
            + "|(?:is|are)\\s+(?:being|currently\\s+being|now\\s+being)\\s+(?:investigated|looked\\s+into|reviewed|assessed|inspected|progressed|chased|considered"
            + "|dealt\\s+with|followed\\s+up|pursued|costed|priced|prepared)"
            + "|(?:engineer|inspector|officer|surveyor|contractor|team|colleague)s?\\s+(?:will|is\\s+going\\s+to|is\\s+due\\s+to|are\\s+due\\s+to)\\s+(?:inspect|visit"
            + "|survey|assess|attend|go\\s+out|look))");
    /** A promise of an answer, whose date (if any) is the new deadline. */
    private static final Cue PROMISE = Cue.of(
        "(?<![\\p{L}])(?:(?:(?:i|we)(?:'ll|\\s+will|\\s+shall|\\s+should|\\s+would|\\s+anticipate|\\s+am\\s+confident|'m\\s+confident|\\s+can|'d)"
            + "|(?:and|then|so|but)\\s+(?:will|shall)|(?:expect|aim|hope|intend|plan|am\\s+aiming|'m\\s+aiming|are\\s+aiming)\\s+to)\\s+[^.?!]{0,60}?(?:respond|reply|answer|update|come\\s+back|get\\s+back|revert|write"
            + "|send|provide|let\\s+you\\s+know|be\\s+in\\s+touch|give\\s+you|have\\s+(?:a|an|the|more|further|something)|get\\s+(?:[\\p{L}'-]+\\s+){1,3}?(?:to|back\\s+to)"
            + "\\s+you|contact\\s+you|report\\s+back|confirm)|(?:you\\s+will|you'll|you\\s+should)\\s+(?:have|receive|get|hear)"
            + "|(?:full|fuller|substantive|complete|final|detailed|proper|further|definitive)\\s+(?:response|answer|reply|update|explanation)\\s+(?:by|on|within"
            + "|no\\s+later|before|will|should|is\\s+expected|to\\s+follow)|(?:a|my|our)\\s+(?:response|reply|answer|update)\\s+(?:by|on|within|no\\s+later|before)"
            + "|(?:new|revised)\\s+(?:target|deadline|date|response\\s+date)|(?:target|deadline|date)\\s+(?:for|by\\s+which)\\s+[^.?!]{0,40}(?:response|answer|reply))");
    /** A promise with no date in it: the deadline Thanet 9.1.6 asks for is not there. */
    private static final Cue VAGUE = Cue.of(
        "(?<![\\p{L}])(?:as\\s+soon\\s+as\\s+(?:possible|i\\s+can|we\\s+can|i\\s+have|we\\s+have|i\\s+hear|we\\s+hear|i\\s+receive|we\\s+receive|it's|it\\s+is|they)"
            + "|asap|shortly|in\\s+due\\s+course|soon|at\\s+the\\s+earliest\\s+opportunity|when\\s+(?:i|we)\\s+(?:have|hear|receive|get|know)|once\\s+(?:i|we|they"
            + "|the|it)|in\\s+the\\s+(?:near\\s+)?future|(?:in\\s+)?a\\s+(?:few|couple\\s+of)\\s+(?:days|weeks)|when\\s+(?:possible|available|it\\s+is\\s+available))(?![\\p{L}])");
    /** The reply answers: gives information, or says what was done or decided. */
    private static final Cue ANSWER = Cue.of(
        "(?<![\\p{L}])(?:(?:i|we)\\s+can\\s+(?:now\\s+)?(?:confirm|advise|tell\\s+you|let\\s+you\\s+know|report|update\\s+you|say)|(?:i'm|i\\s+am|we're|we\\s+are)\\s+"
            + "(?:pleased|happy|glad|sorry|afraid)\\s+to\\s+(?:say|report|confirm|advise|tell\\s+you|let\\s+you\\s+know|inform\\s+you)|(?:to|in)\\s+(?:answer|response"
            + "|reply)\\s+(?:to\\s+)?your\\s+(?:question|query|enquiry|points?|questions)|(?:the|our)\\s+(?:records|system|database)\\s+(?:show|shows|indicate|confirm)"
            + "|the\\s+(?:short\\s+)?answer\\s+is|the\\s+(?:current\\s+)?(?:position|situation)\\s+is|(?:i|we)\\s*(?:have|'ve)\\s+(?:now\\s+)?(?:checked|looked\\s+into"
            + "|investigated|confirmed|completed|resolved|fixed|repaired|cleared|removed|replaced|attached|enclosed|found\\s+out|established|had\\s+a\\s+(?:look|response"
            + "|reply|report)|approved|agreed|decided|granted|refused|issued|served|paid|refunded|reinstated|added|amended|corrected|updated)"
            + "|(?:has|have|was|were)\\s+(?:now\\s+|already\\s+|just\\s+)?(?:been\\s+)?(?:repaired|fixed|cleared|completed|resolved|removed|replaced|installed|emptied"
            + "|approved|refused|granted|issued|served|resurfaced|filled|patched|cut|trimmed|cleaned|closed|reopened|paid|refunded|processed|allocated|offered"
            + "|reinstated|delivered|painted|treated|tested|secured|boarded\\s+up|made\\s+safe|put\\s+right|sorted|reconnected|unblocked|jetted|collected|withdrawn"
            + "|determined|decided|agreed|signed|published|added|amended|corrected|updated|rehoused|banded|re-?banded)(?![\\p{L}])"
            + "|(?:the|this|a)\\s+decision\\s+(?:is|was|has\\s+been)|(?:please\\s+find|i\\s+attach|i\\s+have\\s+attached|attached\\s+(?:is|are)|i\\s+enclose)\\s+"
            + "[^.?!]{0,60}(?:information|figures|details|report|breakdown|list|copy|answer|response|data|spreadsheet|map|plan|letter|schedule|timetable|notes"
            + "|minutes)|(?:are|is)\\s+(?:now\\s+|currently\\s+|provisionally\\s+)?(?:collected|emptied|scheduled|programmed|due|planned|booked)\\s+(?:on|for|every"
            + "|in|to)(?![\\p{L}])|(?:will\\s+be|is\\s+being"
            + "|are\\s+being)\\s+(?:repaired|fixed|carried\\s+out|completed|resurfaced|replaced|installed|cleared|removed|collected|filled|cut|cleaned|inspected"
            + "|delivered)\\s+(?:on|by|in|during|next|this|within|before|w/c|from)(?![\\p{L}])|(?:there\\s+(?:is|are|were|was)|we\\s+(?:have|received|issued|served"
            + "|recorded))\\s+(?:\\d|no\\s|none|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|several)|(?:visited|inspected)\\s+(?:the\\s+site"
            + "|the\\s+property|on|yesterday|this\\s+morning|last\\s+week))");
    /** Sentences that only acknowledge, promise to look, pass on, or are politeness. */
    private static final Cue ACKNOWLEDGES = Cue.of(
        "(?<![\\p{L}])(?:^(?:(?:many\\s+)?thanks|thank\\s+you|thankyou|cheers)(?![\\p{L}])|(?:thanks|thank\\s+you)\\s+(?:very\\s+much\\s+|so\\s+much\\s+)?"
            + "(?:for|again)(?![\\p{L}])|(?:it|this|your\\s+\\w+)\\s+(?:has|have)\\s+been\\s+(?:logged|passed|forwarded|referred|sent|allocated|assigned)|(?:i|we)\\s*(?:have|'ve)\\s+(?:received|got|noted|logged)\\s+(?:your|this|the|it)"
            + "|^(?:received|noted)(?![\\p{L}])|this\\s+is\\s+to\\s+acknowledge|acknowledg(?:e|ing)\\s+(?:receipt|your)|(?:i|we)(?:'ll|\\s+will|\\s+shall)\\s+(?:now\\s+)?"
            + "(?:look\\s+into|look\\s+at|investigate|check|find\\s+out|come\\s+back|get\\s+back|respond|reply|be\\s+in\\s+touch|pick\\s+(?:this|it)\\s+up|take\\s+a\\s+look"
            + "|have\\s+a\\s+look|deal\\s+with|progress|pass|forward|follow\\s+(?:this\\s+|it\\s+)?up|update|let\\s+you\\s+know|make\\s+(?:some\\s+)?enquiries|raise|log"
            + "|refer|find|see\\s+what)|(?:i'm|i\\s+am|we're|we\\s+are)\\s+(?:looking\\s+into|on)\\s+(?:it|this)|leave\\s+(?:this|it)\\s+with\\s+me"
            + "|(?:i|we)\\s*(?:have|'ve)\\s+(?:passed|forwarded|referred|sent|copied)\\s+(?:this|your|it|the|in)|(?:i|we)\\s*(?:have|'ve)\\s+raised"
            + "\\s+(?:it|this|that)\\s+with|keep\\s+an\\s+eye\\s+(?:out|on)|(?:^|,\\s*)(?:noted|received)(?![\\p{L}])|(?:i've|i\\s+have)\\s+(?:copied|cc'?e?d|included)"
            + "|(?:who|they|she|he)\\s+will\\s+(?:be\\s+able\\s+to\\s+)?(?:help|respond|reply|get\\s+back|answer|deal|be\\s+in\\s+touch|come\\s+back|contact\\s+you)"
            + "|hope\\s+(?:you|all|this)|(?:let\\s+me\\s+know|do\\s+get\\s+in\\s+touch|contact\\s+me)\\s+if|any\\s+(?:further\\s+)?(?:questions|queries)"
            + "|don't\\s+hesitate|(?:happy|glad|pleased)\\s+to\\s+(?:help|discuss|assist)|apologies\\s+for\\s+(?:the|my)\\s+(?:delay|slow)|sorry\\s+for\\s+(?:the|my)"
            + "\\s+(?:delay|slow)|bear\\s+with\\s+(?:me|us)|on\\s+the\\s+case|(?:i'll|i\\s+will)\\s+keep\\s+you\\s+(?:posted|updated|informed))");

    private final StatedDeadlines deadlines;

    public ReplyClassifier(WorkingCalendar calendar) {
        this(new StatedDeadlines(calendar));
    }

    public ReplyClassifier(StatedDeadlines deadlines) {
        this.deadlines = Objects.requireNonNull(deadlines, "deadlines");
    }

    /** Classifies a reply against all three elements of Thanet 9.1.6. */
    public ReplyReading classify(String authorText, ZonedDateTime sentAt) {
        return classify(authorText, sentAt, HoldingElement.ALL);
    }

    /** {@link #classify(String, ZonedDateTime, Collection)} for a reply received at an instant. */
    public ReplyReading classify(String authorText, Instant sentAt, Collection<HoldingElement> mustState) {
        return classify(authorText, sentAt.atZone(WorkingCalendar.LONDON), mustState);
    }

    /**
     * Classifies an officer's reply.
     *
     * @param authorText the replier's own words ({@code MessageText.authorText()}), not the quoted enquiry
     * @param sentAt     when it was sent: "by Friday" is read from this day
     * @param mustState  what a holding reply must state under the profile ({@code must-state}); an empty set
     *                   makes any holding reply complete
     */
    public ReplyReading classify(String authorText, ZonedDateTime sentAt, Collection<HoldingElement> mustState) {
        Objects.requireNonNull(sentAt, "sentAt");
        Set<HoldingElement> required = mustState.isEmpty() ? EnumSet.noneOf(HoldingElement.class) : EnumSet.copyOf(mustState);
        Reading reading = new Reading();
        for (Sentence sentence : Sentences.of(authorText)) {
            reading.note(sentence, sentAt);
        }
        return reading.decide(required);
    }

    /** What the sentences show, the first of each kept as evidence. */
    private final class Reading {
        String explicitDelay;
        String pending;
        String reason;
        String action;
        String answer;
        String content;
        String promise;
        String vague;
        String acknowledgement;
        /** An action in a sentence that is not only an acknowledgement ("I have instructed...", not "I have passed this to..."). */
        String actionTaken;
        StatedDeadline deadline;

        void note(Sentence sentence, ZonedDateTime sentAt) {
            String text = sentence.text();
            boolean delays = false;
            if (EXPLICIT_DELAY.in(sentence)) {
                explicitDelay = firstOf(explicitDelay, text);
                delays = true;
            }
            if (PENDING.in(sentence)) {
                pending = firstOf(pending, text);
                delays = true;
            }
            boolean gives = REASON.in(sentence);
            if (gives) {
                reason = firstOf(reason, text);
            }
            boolean acts = ACTION.in(sentence);
            if (acts) {
                action = firstOf(action, text);
            }
            Optional<Matcher> promised = PROMISE.matcher(sentence);
            if (promised.isPresent()) {
                promise = firstOf(promise, text);
                if (deadline == null) {
                    // The date after the promise ("I will write by 11 December, after the visit on 9 December"),
                    // else anywhere in its sentence ("By 11 December at the latest, you will have...").
                    deadline = deadlines.findPromised(text.substring(promised.get().start()), sentAt)
                        .or(() -> deadlines.findPromised(text, sentAt)).orElse(null);
                }
            }
            if (VAGUE.in(sentence)) {
                vague = firstOf(vague, text);
            }
            boolean answers = ANSWER.in(sentence);
            if (answers) {
                answer = firstOf(answer, text);
            }
            boolean acknowledges = ACKNOWLEDGES.in(sentence);
            if (acknowledges) {
                acknowledgement = firstOf(acknowledgement, text);
            }
            if (acts && !acknowledges) {
                actionTaken = firstOf(actionTaken, text);
            }
            if (!delays && promised.isEmpty() && !answers && !acknowledges && !sentence.isQuestion()
                && words(text) >= 5) {
                content = firstOf(content, text);
            }
        }

        ReplyReading decide(Set<HoldingElement> required) {
            List<String> evidence = new ArrayList<>();
            boolean holding = explicitDelay != null || pending != null && answer == null;
            if (holding) {
                String delay = explicitDelay != null ? explicitDelay : pending;
                evidence.add("Delay: " + quote(delay));
                reason().ifPresent(found -> evidence.add("Reason: " + quote(found)));
                action().ifPresent(found -> evidence.add("Action: " + quote(found)));
                Optional<StatedDeadline> date = Optional.ofNullable(deadline);
                date.ifPresent(found -> evidence.add("New deadline: " + found.date().orElseThrow().format(DAY) + " (" + quote(found.phrase()) + ")"));
                List<HoldingElement> missing = new ArrayList<>();
                for (HoldingElement element : HoldingElement.values()) {
                    boolean present = switch (element) {
                        case REASON -> reason().isPresent();
                        case ACTION -> action().isPresent();
                        case DEADLINE -> date.isPresent();
                    };
                    if (!present && required.contains(element)) {
                        missing.add(element);
                        evidence.add("Missing: " + element.plainWords()
                            + (element == HoldingElement.DEADLINE && vague != null ? " (only " + quote(vaguePhrase()) + ")" : ""));
                    }
                }
                ReplyKind kind = missing.isEmpty() ? ReplyKind.HOLDING : ReplyKind.HOLDING_INCOMPLETE;
                return new ReplyReading(kind, Optional.of(delay), reason(), action(), date, missing, evidence);
            }
            ReplyKind kind;
            if (answer != null || content != null) {
                kind = ReplyKind.SUBSTANTIVE;
                evidence.add("Answer: " + quote(answer != null ? answer : content));
            } else if (promise != null || actionTaken == null && acknowledgement != null) {
                kind = ReplyKind.ACKNOWLEDGEMENT;
                evidence.add("Acknowledgement: " + quote(acknowledgement != null ? acknowledgement : promise));
            } else if (actionTaken != null) {
                kind = ReplyKind.SUBSTANTIVE;
                evidence.add("Action taken: " + quote(actionTaken));
            } else {
                kind = ReplyKind.ACKNOWLEDGEMENT;
                evidence.add("No answer in the reply");
            }
            Optional<StatedDeadline> date = Optional.ofNullable(deadline);
            if (kind == ReplyKind.ACKNOWLEDGEMENT) {
                date.ifPresent(found -> evidence.add("Promised by: " + found.date().orElseThrow().format(DAY) + " (" + quote(found.phrase()) + ")"));
            }
            return new ReplyReading(kind, Optional.empty(), reason(), action(), kind == ReplyKind.ACKNOWLEDGEMENT ? date : Optional.empty(),
                List.of(), evidence);
        }

        /** A pending delay names its own reason: "still waiting for the structural engineer's report". */
        private Optional<String> reason() {
            return Optional.ofNullable(reason);
        }

        private Optional<String> action() {
            return Optional.ofNullable(action);
        }

        private String vaguePhrase() {
            Matcher matcher = VAGUE.pattern().matcher(vague);
            return matcher.find() ? matcher.group() : vague;
        }
    }

    private static String firstOf(String found, String text) {
        return found != null ? found : text;
    }

    private static int words(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean letter = !Character.isWhitespace(text.charAt(i));
            if (letter && !inWord) {
                words++;
            }
            inWord = letter;
        }
        return words;
    }

    static String quote(String words) {
        String flat = words.replaceAll("\\s+", " ").strip();
        return "\"" + (flat.length() > MAX_EVIDENCE_CHARS ? flat.substring(0, MAX_EVIDENCE_CHARS - 3) + "..." : flat) + "\"";
    }
}

package org.councilprotocol.enquiry;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds the deadline a member states in an enquiry, in British English, relative to the London date of
 * the message: "by Friday", "by next Friday", "by 4/12" (day/month), "by 04/12/2026", "by the end of
 * the week", "by close of play Wednesday", "within five working days", "within 48 hours", "no later than
 * 1 December", "before Planning Committee on 10 December", "in time for Full Council on 14 December",
 * and "ASAP" or "urgently" (no date, an urgent flag).
 *
 * <p>Why a small grammar on {@code java.time} rather than a library: the maintained Java date parsers
 * do not fit. natty, and prettytime-nlp which bundles it, read numeric dates in US order only ("4/12"
 * is 12 April here) and are unmaintained; Hawking and Stanford SUTime are GPL, which an
 * Apache-licensed plugin cannot ship; none of them knows working days or bank holidays. A deadline is
 * also more than a date: the words around it decide whether a date is one at all ("the meeting on 10
 * December was useful", "by Cllr Jones", "by-election", "page 4/12"). So the grammar only looks after a
 * deadline word (by, no later than, before, ahead of, in time for, within, deadline is) and only
 * accepts what follows when the whole phrase is a date.
 *
 * <p>The rules, each tested:
 * <ul>
 *   <li>"by Friday" is the next Friday after today (on a Friday, next week's); "by this Friday" the
 *       coming Friday, today included; "by next Friday" and "by Friday next week" the Friday of next
 *       week (weeks run Monday to Sunday); "by Friday week" a week after the coming Friday.</li>
 *   <li>A day and month without a year ("by 10 December", "by 4/12") is this year's, unless that is
 *       more than 60 days past, then next year's ("by 5 January" written in December); a weekday
 *       written with it ("Thursday 3 December") picks between the two years.</li>
 *   <li>"before", "ahead of", "prior to" and "in time for" a day (or an event on a day: "the meeting
 *       on 7 December", "Tuesday's Cabinet") mean the last working day before it, never before today:
 *       the answer has to reach the member before the meeting, and officers do not answer at weekends.
 *       Christmas and the New Year are such events after "by" too.</li>
 *   <li>"the end of the week" is the last working day of this week (next week's from a Saturday or
 *       Sunday); "the end of the month" the last working day of the month.</li>
 *   <li>"within N working days" counts on the council's calendar; "within N days/weeks/months" and
 *       "within N hours" count calendar time from the message.</li>
 *   <li>A date before today, or more than a year ahead, is no deadline ("passed by 4 May 2019").
 *       When several deadlines are stated the earliest is taken. Times of day are read and ignored:
 *       the deadline is a date.</li>
 *   <li>Dotted dates need a year ("by 4.12.26"): "required by 9.1 of the protocol" is a clause.
 *       Numeric dates followed by "of", "%" or "majority" are fractions. A bare ordinal ("by 31st") is
 *       a date only at the end of its clause ("by 1st preference votes" is not).</li>
 * </ul>
 * Urgency ("ASAP", "urgently", "as a matter of urgency", "this is urgent", an all-capitals URGENT) is
 * not read when negated in the same clause ("this is not urgent", "no need to reply ASAP").
 *
 * <p>The same grammar reads the day an officer's out-of-office reply says they are back ({@link #findReturn}:
 * "back in the office on Monday 7 December", "returning 4/12/2026", "until Friday").
 *
 * <p>Give it the member's own words: quoted earlier messages (see {@code text.Quotes}) carry other
 * people's deadlines. Only the first {@value #MAX_CHARS} characters are read. Thread-safe.
 */
public final class StatedDeadlines {
    /** The longest text read: an enquiry, not an attachment. */
    public static final int MAX_CHARS = 100_000;
    /** A day-month more than this far in the past is taken to mean next year. */
    private static final int PAST_DAYS_STILL_THIS_YEAR = 60;
    private static final int FURTHEST_DAYS_AHEAD = 366;
    private static final int MAX_EVENT_WORDS = 6;

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;

    private static final Map<String, DayOfWeek> WEEKDAYS = new LinkedHashMap<>();
    private static final Map<String, Integer> MONTHS = new LinkedHashMap<>();
    private static final Map<String, Integer> NUMBERS = new LinkedHashMap<>();
    private static final Set<String> FULL_NAMES = new HashSet<>();

    static {
        String[][] weekdays = {
            {"monday", "mon"}, {"tuesday", "tues", "tue"}, {"wednesday", "weds", "wed"},
            {"thursday", "thurs", "thur", "thu"}, {"friday", "fri"}, {"saturday", "sat"}, {"sunday", "sun"}};
        for (int i = 0; i < weekdays.length; i++) {
            for (String name : weekdays[i]) {
                WEEKDAYS.put(name, DayOfWeek.of(i + 1));
            }
            FULL_NAMES.add(weekdays[i][0]);
        }
        String[][] months = {
            {"january", "jan"}, {"february", "feb"}, {"march", "mar"}, {"april", "apr"}, {"may"},
            {"june", "jun"}, {"july", "jul"}, {"august", "aug"}, {"september", "sept", "sep"},
            {"october", "oct"}, {"november", "nov"}, {"december", "dec"}};
        for (int i = 0; i < months.length; i++) {
            for (String name : months[i]) {
                MONTHS.put(name, i + 1);
            }
            FULL_NAMES.add(months[i][0]);
        }
        String[] units = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
        String[] tens = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
        for (int i = 0; i < units.length; i++) {
            NUMBERS.put(units[i], i + 1);
        }
        for (int t = 0; t < tens.length; t++) {
            NUMBERS.put(tens[t], 20 + 10 * t);
            for (int u = 0; u < 9; u++) {
                NUMBERS.put(tens[t] + "-" + units[u], 21 + 10 * t + u);
                NUMBERS.put(tens[t] + " " + units[u], 21 + 10 * t + u);
            }
        }
    }

    private static String alternation(Map<String, ?> words) {
        return words.keySet().stream()
            .sorted(Comparator.comparingInt(String::length).reversed())
            .map(Pattern::quote)
            .collect(Collectors.joining("|"));
    }

    /** Names, longest first; abbreviations ("Fri", "Dec") may end with a full stop, whole names may not. */
    private static String names(Map<String, ?> words) {
        return words.keySet().stream()
            .sorted(Comparator.comparingInt(String::length).reversed())
            .map(word -> Pattern.quote(word) + (FULL_NAMES.contains(word) ? "" : "\\.?"))
            .collect(Collectors.joining("|"));
    }

    private static String withoutStop(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
    }

    private static final String WEEKDAY_NAME = "(?<weekday>" + names(WEEKDAYS) + ")(?![\\p{L}\\p{N}])";
    /** A weekday, but not "Tuesday's" ("as agreed by Tuesday's Cabinet"). */
    private static final String WEEKDAY = WEEKDAY_NAME + "(?!['’]s\\b)";
    private static final String WEEKDAY_MODIFIER = "(?:(?<mod>this|next|(?:the\\s+)?coming)\\s+)?";
    private static final String MONTH = "(?<month>" + names(MONTHS) + ")(?![\\p{L}\\p{N}])";
    private static final String DAY = "(?<day>[0-3]?\\d)(?:st|nd|rd|th)?(?!\\d)";
    private static final String YEAR = "(?<year>(?:19|20)\\d\\d)(?!\\d)";
    /** A day number that is really a time: "Friday 5pm", "Friday 10:30". */
    private static final String NOT_A_TIME = "(?!\\s*(?:am|pm|a\\.m|p\\.m|[:.]\\d|%|hrs?\\b|hours?\\b))";

    private static final Pattern TRIGGER = Pattern.compile(
        "(?<![\\p{L}\\p{N}-])(?:"
            + "(?<by>by|no\\s+later\\s+than|not\\s+later\\s+than|on\\s+or\\s+before|(?:the\\s+|my\\s+)?deadline"
            + "(?:\\s+for\\s+(?:a\\s+|an\\s+|my\\s+|the\\s+|this\\s+)?(?:reply|response|answer|this))?(?:\\s+(?:is|of|will\\s+be))?\\s*[:–-]?)"
            + "|(?<before>before|ahead\\s+of|prior\\s+to|in\\s+time\\s+for)"
            + "|(?<within>within(?:\\s+the\\s+next)?|in\\s+the\\s+next|over\\s+the\\s+next))"
            + "(?![\\p{L}\\p{N}-])", FLAGS);

    /**
     * Words that put a date on a promise but not on a request: "I will reply on 11 December", "w/c 14
     * December", "in two weeks' time", "next week". Read only by {@link #findPromised}, in a sentence
     * already known to promise an answer; in a member's enquiry "on 10 December" is usually a meeting.
     */
    private static final Pattern PROMISE_TRIGGER = Pattern.compile(
        "(?<![\\p{L}\\p{N}-])(?:(?<on>on)"
            + "|(?<wc>w/c|w\\.c\\.?|(?:the\\s+|during\\s+the\\s+)?week\\s+(?:commencing|beginning|starting)(?:\\s+on)?|the\\s+week\\s+of)"
            + "|(?<in>in))(?![\\p{L}\\p{N}-])", FLAGS);
    /** "next week", "later this week", "early next week", "tomorrow", "next month": the end of that day or span. */
    private static final Pattern PROMISE_SPAN = Pattern.compile(
        "(?<![\\p{L}\\p{N}-])(?:(?:early|later|towards\\s+the\\s+end\\s+of|the\\s+end\\s+of|end\\s+of)\\s+)?"
            + "(?:(?<which>next|this)\\s+(?<unit>week|month)|(?<tomorrow>tomorrow))(?![\\p{L}\\p{N}-])", FLAGS);

    /**
     * Words in an out-of-office reply that come before the day its writer is back: "back in the office on",
     * "returning to work on", "due back", "my return date is", and "until" (the day named is the day back, as
     * people write it: "out of the office until Monday"), or "until and including", "up to and including"
     * (the day named is the last day away).
     */
    private static final Pattern RETURN_TRIGGER = Pattern.compile(
        "(?<![\\p{L}\\p{N}-])(?:"
            + "(?<back>(?:due\\s+)?back(?:\\s+(?:in\\s+(?:the\\s+)?(?:office|work)|at\\s+(?:my\\s+desk|work)|to\\s+work|on\\s+duty))?"
            + "|(?:my\\s+)?return\\s+date(?:\\s+(?:is|will\\s+be))?\\s*:?"
            + "|return(?:ing|s)?(?:\\s+(?:to\\s+(?:the\\s+office|work|my\\s+desk|duty)"
            + "|from\\s+(?:annual\\s+|sick\\s+|parental\\s+|maternity\\s+|paternity\\s+)?(?:leave|holiday|holidays|training|a\\s+conference)))?"
            + "|in\\s+the\\s+office\\s+again)"
            + "(?:\\s+(?:on|from))?"
            + "|(?<upto>(?:until|till|til|up\\s+to)\\s+and\\s+including)"
            + "|(?<until>until|till|til|untill))"
            + "(?![\\p{L}\\p{N}-])", FLAGS);
    /** "until Friday 4 December (inclusive)": the day named is the last day away. */
    private static final Pattern INCLUSIVE = Pattern.compile("\\s*,?\\s*\\(?\\s*inclusive\\b\\)?", FLAGS);

    private static final Pattern SPACE = Pattern.compile("\\s*", FLAGS);
    private static final Pattern TIME_OF_DAY = Pattern.compile(
        "(?:[01]?\\d(?:[:.][0-5]\\d)?\\s*(?:am|pm|a\\.m\\.?|p\\.m\\.?)|[01]?\\d[:.][0-5]\\d|2[0-3][:.][0-5]\\d"
            + "|noon|midday|mid-day|lunchtime|lunch\\s+time|midnight)(?![\\p{L}\\p{N}])(?:,)?\\s+(?:on\\s+)?", FLAGS);
    private static final Pattern END_OF_DAY = Pattern.compile(
        "(?:(?:the\\s+)?(?:end|close)\\s+of\\s+(?:play|business|(?:the\\s+)?(?:working\\s+)?day)|eod|eop|cop|cob)(?![\\p{L}\\p{N}])"
            + "|(?:the\\s+)?end\\s+of(?=\\s+(?:today|tomorrow))", FLAGS);
    private static final Pattern AFTER_END_OF_DAY = Pattern.compile("(?:\\s*,)?\\s+(?:on\\s+)?", FLAGS);

    private static final Pattern RELATIVE_DAY = Pattern.compile(
        "(?<which>the\\s+day\\s+after\\s+tomorrow|tomorrow|tmrw|today|tonight|this\\s+(?:morning|afternoon|evening))"
            + "(?:\\s+(?:morning|afternoon|evening|night|lunchtime))?(?![\\p{L}\\p{N}])", FLAGS);
    private static final Pattern PERIOD_END = Pattern.compile(
        "(?:the\\s+)?end\\s+of\\s+(?:(?:the|this)\\s+)?(?<next>next\\s+)?(?:working\\s+)?(?<unit>week|month)(?![\\p{L}\\p{N}])", FLAGS);
    private static final Pattern MONTH_END = Pattern.compile(
        "(?:the\\s+)?end\\s+of\\s+" + MONTH + "(?:\\s+" + YEAR + ")?", FLAGS);
    private static final Pattern WEEK_ON = Pattern.compile("a\\s+week\\s+(?:on|from)\\s+" + WEEKDAY, FLAGS);
    private static final Pattern WEEKDAY_DATE = Pattern.compile(
        WEEKDAY_MODIFIER + WEEKDAY
            + "(?:\\s+(?:(?<nextweek>next)|(?<thisweek>this))\\s+week(?![\\p{L}])|\\s+(?<week>week)(?![\\p{L}]))?"
            + "(?:,?\\s+(?:(?:the\\s+)?" + DAY + "(?![/.-]\\d)" + NOT_A_TIME + "(?:\\s+(?:of\\s+)?" + MONTH + "(?:,?\\s+" + YEAR + ")?)?"
            + "|(?<nday>[0-3]?\\d)/(?<nmonth>[01]?\\d)(?:/(?<nyear>\\d{4}|\\d{2}))?(?!\\d)(?![/.-]\\d)))?", FLAGS);
    /** "before Tuesday's Cabinet": the weekday of an event. */
    private static final Pattern WEEKDAY_EVENT = Pattern.compile(
        WEEKDAY_MODIFIER + WEEKDAY_NAME + "['’]s\\s+\\p{L}[\\p{L}-]*", FLAGS);
    /** Christmas and New Year, as the day before which the answer is wanted. */
    private static final Pattern FESTIVE = Pattern.compile(
        "(?:the\\s+)?(?<festive>christmas|xmas|new\\s+year)(?:\\s+(?:break|holidays?|recess|shutdown|closure|period))?(?![\\p{L}'’])", FLAGS);
    private static final Pattern DAY_MONTH = Pattern.compile(
        "(?:the\\s+)?" + DAY + "(?:\\s+of)?\\s+" + MONTH + "(?:,?\\s+" + YEAR + ")?", FLAGS);
    private static final Pattern MONTH_DAY = Pattern.compile(
        MONTH + "\\s+(?:the\\s+)?" + DAY + NOT_A_TIME + "(?:,?\\s+" + YEAR + ")?", FLAGS);
    private static final Pattern NUMERIC = Pattern.compile(
        "(?<day>[0-3]?\\d)(?<sep>[/.-])(?<month>[01]?\\d)(?:\\k<sep>(?<year>\\d{4}|\\d{2}))?(?!\\d)(?![/.-]\\d)", FLAGS);
    private static final Pattern FRACTION_FOLLOWS = Pattern.compile(
        "\\s*(?:%|of\\b|majority\\b|votes?\\b|split\\b|ratio\\b|per\\s+cent\\b)", FLAGS);
    private static final Pattern THE_NTH = Pattern.compile(
        "(?<the>the\\s+)?(?<day>[0-3]?\\d)(?:st|nd|rd|th)(?![\\p{L}\\p{N}])" + NOT_A_TIME, FLAGS);
    /** A bare ordinal ("by 31st") is a date only at the end of the clause: not "by 1st preference votes". */
    private static final Pattern CLAUSE_END = Pattern.compile(
        "\\s*(?:$|[.,;:!?)]|(?:please|at\\s+the\\s+latest|if|and|or|so|as|latest)(?![\\p{L}]))", FLAGS);

    private static final Pattern EVENT_WORD = Pattern.compile("(?:[\\p{L}\\p{N}][\\p{L}\\p{N}'’&-]*|&)\\s*", FLAGS);
    private static final Pattern EVENT_DATE_LINK = Pattern.compile(
        "(?:on\\s+|,\\s*|\\(\\s*|(?=(?:this|next|tomorrow|today|tonight)(?![\\p{L}])))", FLAGS);

    private static final Pattern WITHIN = Pattern.compile(
        "(?<count>\\d{1,3}|" + alternation(NUMBERS) + "|an?|a\\s+couple\\s+of)\\s+"
            + "(?:(?<working>working|business|work|office|school)\\s+)?"
            + "(?<unit>days?|weeks?|fortnights?|hours?|hrs?|months?)(?![\\p{L}])"
            + "|a\\s+(?<fortnight>fortnight)(?![\\p{L}])", FLAGS);

    private static final Pattern URGENT = Pattern.compile(
        "(?<![\\p{L}\\p{N}])(?:asap|a\\.s\\.a\\.p\\.?|as\\s+soon\\s+as\\s+(?:possible|you\\s+can|practicable|practical)"
            + "|urgently|as\\s+a\\s+matter\\s+of\\s+(?:urgency|priority)|top\\s+priority"
            + "|(?:is|it's|it’s|this\\s+is|this's)\\s+(?:very\\s+|extremely\\s+|really\\s+|quite\\s+|most\\s+|now\\s+)?urgent"
            + "|urgent\\s+(?:reply|response|attention|action|answer|help|update|request|enquiry|matter)"
            + "|(?-i:URGENT))(?![\\p{L}\\p{N}])", FLAGS);
    private static final Pattern NEGATION = Pattern.compile(
        "(?:(?<![\\p{L}])(?:not|no|never|without|nothing)|n['’]t)(?![\\p{L}])", FLAGS);

    private final WorkingCalendar calendar;

    public StatedDeadlines(WorkingCalendar calendar) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    /** The deadline stated in a message sent at an instant (the London date and time of sending). */
    public Optional<StatedDeadline> find(String text, Instant sentAt) {
        return find(text, sentAt.atZone(WorkingCalendar.LONDON));
    }

    /** The deadline stated in a message sent at a moment, read in London. */
    public Optional<StatedDeadline> find(String text, ZonedDateTime sentAt) {
        ZonedDateTime london = sentAt.withZoneSameInstant(WorkingCalendar.LONDON);
        return find(text, london.toLocalDate(), Optional.of(london));
    }

    /** The deadline stated in a message of a London date; "within 36 hours" then rounds up to 2 days. */
    public Optional<StatedDeadline> find(String text, LocalDate today) {
        return find(text, today, Optional.empty());
    }

    /**
     * The date by which a reply promises an answer, in a sentence that promises one ("I will send you a
     * full answer by 11 December", "I expect to write to you again on Friday 11 December", "w/c 14
     * December", "in two weeks' time", "by the end of next week", "next week"). Besides the deadline
     * words of {@link #find}, "on" a day, a week commencing (its last working day), "in" a span, and
     * "next week", "this week", "next month" or "tomorrow" on their own (the last working day of the
     * span) are read. The first date in the text is taken, not the earliest: in "I will write by 11
     * December, after the engineer's visit on 9 December" the promise comes first. Urgency words give
     * no date ("as soon as possible" is no deadline), so they are not read.
     */
    public Optional<StatedDeadline> findPromised(String text, ZonedDateTime sentAt) {
        ZonedDateTime london = sentAt.withZoneSameInstant(WorkingCalendar.LONDON);
        return findPromised(text, london.toLocalDate(), Optional.of(london));
    }

    /** The date a reply of a London date promises an answer by; see {@link #findPromised(String, ZonedDateTime)}. */
    public Optional<StatedDeadline> findPromised(String text, LocalDate today) {
        return findPromised(text, today, Optional.empty());
    }

    private Optional<StatedDeadline> findPromised(String text, LocalDate today, Optional<ZonedDateTime> now) {
        Objects.requireNonNull(today, "today");
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        String read = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        Context context = new Context(read, today, now);
        StatedDeadline first = null;
        Matcher trigger = TRIGGER.matcher(read);
        while (trigger.find() && (first == null || trigger.start() < first.offset())) {
            Optional<Found> found = afterTrigger(context, trigger);
            if (found.isPresent() && inRange(found.get().date(), today)) {
                first = StatedDeadline.dated(found.get().date(), false, read.substring(trigger.start(), found.get().end()),
                    trigger.start());
                break;
            }
        }
        Matcher promise = PROMISE_TRIGGER.matcher(read);
        while (promise.find() && (first == null || promise.start() < first.offset())) {
            Optional<Found> found = afterPromiseTrigger(context, promise);
            if (found.isPresent() && inRange(found.get().date(), today)) {
                first = StatedDeadline.dated(found.get().date(), false, read.substring(promise.start(), found.get().end()),
                    promise.start());
                break;
            }
        }
        Matcher span = PROMISE_SPAN.matcher(read);
        while (span.find() && (first == null || span.start() < first.offset())) {
            LocalDate date = span.group("tomorrow") != null ? today.plusDays(1)
                : span.group("unit").equalsIgnoreCase("week") ? endOfWeek(today, span.group("which").equalsIgnoreCase("next"))
                : endOfMonth(today, span.group("which").equalsIgnoreCase("next"));
            if (inRange(date, today)) {
                first = StatedDeadline.dated(date, false, span.group(), span.start());
                break;
            }
        }
        return Optional.ofNullable(first);
    }

    /**
     * The day the writer of an out-of-office reply is back at work, read relative to the London date the reply
     * was sent: "I'm back in the office on Monday 7 December", "returning 4/12/2026", "out of the office until
     * Monday" (back on Monday), "on leave up to and including Friday 4 December" (back on the next working day).
     * A day back that falls on a weekend or bank holiday moves to the next working day. The first such phrase
     * naming a day after today (and within a year) is taken; empty when there is none.
     */
    public Optional<ReturnDate> findReturn(String text, LocalDate today) {
        Objects.requireNonNull(today, "today");
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        String read = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        Context context = new Context(read, today, Optional.empty());
        Matcher trigger = RETURN_TRIGGER.matcher(read);
        while (trigger.find()) {
            Optional<Found> found = when(context, skipSpace(read, trigger.end()));
            if (found.isEmpty()) {
                continue;
            }
            int end = found.get().end();
            boolean lastDayAway = trigger.group("upto") != null;
            Matcher inclusive = at(INCLUSIVE, read, end);
            if (inclusive != null && trigger.group("until") != null) {
                lastDayAway = true;
                end = inclusive.end();
            }
            LocalDate back = lastDayAway ? calendar.nextWorkingDay(found.get().date())
                : calendar.isWorkingDay(found.get().date()) ? found.get().date() : calendar.nextWorkingDay(found.get().date());
            if (back.isAfter(today) && !back.isAfter(today.plusDays(FURTHEST_DAYS_AHEAD))) {
                return Optional.of(new ReturnDate(back, read.substring(trigger.start(), end), trigger.start()));
            }
        }
        return Optional.empty();
    }

    private static boolean inRange(LocalDate date, LocalDate today) {
        return !date.isBefore(today) && !date.isAfter(today.plusDays(FURTHEST_DAYS_AHEAD));
    }

    private Optional<Found> afterPromiseTrigger(Context context, Matcher trigger) {
        int body = skipSpace(context.text, trigger.end());
        if (trigger.group("in") != null) {
            return within(context, body);
        }
        Optional<Found> day = trigger.group("on") != null ? when(context, body) : day(context, body);
        if (trigger.group("wc") == null || day.isEmpty()) {
            return day;
        }
        // A week commencing: the answer is due by the last working day of that week.
        LocalDate monday = day.get().date().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return Optional.of(new Found(lastWorkingDayFrom(monday, monday.plusDays(4), context.today), day.get().end(), Kind.PERIOD));
    }

    private Optional<StatedDeadline> find(String text, LocalDate today, Optional<ZonedDateTime> now) {
        Objects.requireNonNull(today, "today");
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        String read = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        Context context = new Context(read, today, now);

        StatedDeadline earliest = null;
        Matcher trigger = TRIGGER.matcher(read);
        while (trigger.find()) {
            Optional<Found> found = afterTrigger(context, trigger);
            if (found.isEmpty()) {
                continue;
            }
            LocalDate date = found.get().date();
            if (date.isBefore(today) || date.isAfter(today.plusDays(FURTHEST_DAYS_AHEAD))) {
                continue;
            }
            if (earliest == null || date.isBefore(earliest.date().orElseThrow())) {
                earliest = StatedDeadline.dated(date, false,
                    read.substring(trigger.start(), found.get().end()), trigger.start());
            }
        }

        Optional<Matcher> urgent = urgency(read);
        if (earliest != null) {
            return Optional.of(urgent.isPresent()
                ? StatedDeadline.dated(earliest.date().orElseThrow(), true, earliest.phrase(), earliest.offset())
                : earliest);
        }
        return urgent.map(m -> StatedDeadline.urgentOnly(m.group(), m.start()));
    }

    private Optional<Found> afterTrigger(Context context, Matcher trigger) {
        int body = skipSpace(context.text, trigger.end());
        if (trigger.group("within") != null) {
            return within(context, body);
        }
        boolean before = trigger.group("before") != null;
        Optional<Found> when = when(context, body);
        if (when.isEmpty() && before) {
            when = weekdayEvent(context, body).or(() -> eventOnDay(context, body));
        }
        if (when.isEmpty()) {
            return when;
        }
        Found found = when.get();
        boolean dayBefore = found.kind() == Kind.EVENT || (before && found.kind() == Kind.DAY);
        if (!dayBefore || found.date().isBefore(context.today)) {
            return when;
        }
        // Before a day: the last working day before it, never earlier than today.
        LocalDate last = calendar.previousWorkingDay(found.date());
        return Optional.of(new Found(last.isBefore(context.today) ? context.today : last, found.end(), Kind.DAY));
    }

    /** "Tuesday's Cabinet", "next Monday's meeting". */
    private Optional<Found> weekdayEvent(Context context, int start) {
        Matcher m = at(WEEKDAY_EVENT, context.text, start);
        if (m == null) {
            return Optional.empty();
        }
        return Optional.of(new Found(resolveWeekday(weekday(m), m.group("mod"), false, false, false, context.today), m.end(), Kind.DAY));
    }

    /** "the Planning Committee on 10 December", "Full Council next Tuesday", "the meeting tomorrow". */
    private Optional<Found> eventOnDay(Context context, int start) {
        int position = start;
        for (int words = 1; words <= MAX_EVENT_WORDS; words++) {
            Matcher word = at(EVENT_WORD, context.text, position);
            if (word == null) {
                return Optional.empty();
            }
            position = word.end();
            Matcher link = at(EVENT_DATE_LINK, context.text, position);
            if (link != null) {
                Optional<Found> when = when(context, link.end());
                if (when.isPresent()) {
                    return when;
                }
            }
        }
        return Optional.empty();
    }

    /** A day, optionally after a time ("5pm on Friday") or an end of day ("close of play Wednesday"). */
    private Optional<Found> when(Context context, int start) {
        Matcher time = at(TIME_OF_DAY, context.text, start);
        if (time != null) {
            return day(context, time.end());
        }
        Matcher endOfDay = at(END_OF_DAY, context.text, start);
        if (endOfDay != null) {
            Matcher link = at(AFTER_END_OF_DAY, context.text, endOfDay.end());
            if (link != null) {
                Optional<Found> day = day(context, link.end());
                if (day.isPresent()) {
                    return day;
                }
            }
            return Optional.of(new Found(context.today, endOfDay.end(), Kind.PERIOD));
        }
        return day(context, start);
    }

    private Optional<Found> day(Context context, int start) {
        String text = context.text;
        LocalDate today = context.today;
        Matcher relative = at(RELATIVE_DAY, text, start);
        if (relative != null) {
            String which = relative.group("which").toLowerCase(Locale.ROOT);
            int plus = which.startsWith("the day after") ? 2 : which.equals("tomorrow") || which.equals("tmrw") ? 1 : 0;
            return found(today.plusDays(plus), relative, Kind.DAY);
        }
        Matcher periodEnd = at(PERIOD_END, text, start);
        if (periodEnd != null) {
            boolean next = periodEnd.group("next") != null;
            boolean week = periodEnd.group("unit").equalsIgnoreCase("week");
            return found(week ? endOfWeek(today, next) : endOfMonth(today, next), periodEnd, Kind.PERIOD);
        }
        Matcher monthEnd = at(MONTH_END, text, start);
        if (monthEnd != null) {
            int month = MONTHS.get(withoutStop(monthEnd.group("month")));
            boolean yearWritten = monthEnd.group("year") != null;
            YearMonth named = YearMonth.of(yearWritten ? Integer.parseInt(monthEnd.group("year")) : today.getYear(), month);
            if (!yearWritten && named.atEndOfMonth().isBefore(today.minusDays(PAST_DAYS_STILL_THIS_YEAR))) {
                named = named.plusYears(1);
            }
            return found(lastWorkingDayFrom(named.atDay(1), named.atEndOfMonth(), today), monthEnd, Kind.PERIOD);
        }
        Matcher weekOn = at(WEEK_ON, text, start);
        if (weekOn != null) {
            return found(today.with(TemporalAdjusters.next(weekday(weekOn))).plusWeeks(1), weekOn, Kind.DAY);
        }
        Matcher weekday = at(WEEKDAY_DATE, text, start);
        if (weekday != null) {
            return weekdayDate(weekday, today).map(date -> new Found(date, weekday.end(), Kind.DAY));
        }
        Matcher dayMonth = at(DAY_MONTH, text, start);
        Matcher written = dayMonth != null ? dayMonth : at(MONTH_DAY, text, start);
        if (written != null) {
            return dayMonthYear(Integer.parseInt(written.group("day")), MONTHS.get(withoutStop(written.group("month"))),
                written.group("year"), Optional.empty(), today).map(date -> new Found(date, written.end(), Kind.DAY));
        }
        Matcher numeric = at(NUMERIC, text, start);
        if (numeric != null) {
            boolean dotted = !"/".equals(numeric.group("sep"));
            if ((dotted && numeric.group("year") == null) || at(FRACTION_FOLLOWS, text, numeric.end()) != null) {
                return Optional.empty();
            }
            return dayMonthYear(Integer.parseInt(numeric.group("day")), Integer.parseInt(numeric.group("month")),
                numeric.group("year"), Optional.empty(), today).map(date -> new Found(date, numeric.end(), Kind.DAY));
        }
        Matcher nth = at(THE_NTH, text, start);
        if (nth != null && (nth.group("the") != null || at(CLAUSE_END, text, nth.end()) != null)) {
            return nextDayOfMonth(Integer.parseInt(nth.group("day")), Optional.empty(), today)
                .map(date -> new Found(date, nth.end(), Kind.DAY));
        }
        Matcher festive = at(FESTIVE, text, start);
        if (festive != null) {
            boolean christmas = !festive.group("festive").toLowerCase(Locale.ROOT).startsWith("new");
            return resolveDayMonth(christmas ? 25 : 1, christmas ? 12 : 1, Optional.empty(), today)
                .map(date -> new Found(date, festive.end(), Kind.EVENT));
        }
        return Optional.empty();
    }

    private Optional<Found> within(Context context, int start) {
        Matcher m = at(WITHIN, context.text, start);
        if (m == null) {
            return Optional.empty();
        }
        int count;
        String unit;
        if (m.group("fortnight") != null) {
            count = 1;
            unit = "fortnight";
        } else {
            count = count(m.group("count"));
            unit = m.group("unit").toLowerCase(Locale.ROOT);
        }
        if (count < 1) {
            return Optional.empty();
        }
        LocalDate today = context.today;
        LocalDate date;
        if (unit.startsWith("d")) {
            date = m.group("working") != null
                ? calendar.addWorkingDays(today, Math.min(count, WorkingCalendar.MAX_WORKING_DAYS))
                : today.plusDays(count);
        } else if (unit.startsWith("w")) {
            date = today.plusWeeks(count);
        } else if (unit.startsWith("f")) {
            date = today.plusWeeks(2L * count);
        } else if (unit.startsWith("m")) {
            date = today.plusMonths(count);
        } else {
            date = context.now
                .map(now -> now.plusHours(count).toLocalDate())
                .orElse(today.plusDays((count + 23) / 24));
        }
        return Optional.of(new Found(date, m.end(), Kind.PERIOD));
    }

    private static int count(String words) {
        String normal = words.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (normal.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(normal);
        }
        if (normal.equals("a") || normal.equals("an")) {
            return 1;
        }
        if (normal.startsWith("a couple")) {
            return 2;
        }
        return NUMBERS.getOrDefault(normal, 0);
    }

    private Optional<LocalDate> weekdayDate(Matcher m, LocalDate today) {
        DayOfWeek weekday = weekday(m);
        if (m.group("nday") != null) {
            return dayMonthYear(Integer.parseInt(m.group("nday")), Integer.parseInt(m.group("nmonth")), m.group("nyear"),
                Optional.of(weekday), today);
        }
        if (m.group("day") != null) {
            int day = Integer.parseInt(m.group("day"));
            if (m.group("month") != null) {
                return dayMonthYear(day, MONTHS.get(withoutStop(m.group("month"))), m.group("year"),
                    Optional.of(weekday), today);
            }
            return nextDayOfMonth(day, Optional.of(weekday), today);
        }
        return Optional.of(resolveWeekday(weekday, m.group("mod"), m.group("nextweek") != null, m.group("thisweek") != null,
            m.group("week") != null, today));
    }

    /**
     * "Friday": the next Friday after today; "this Friday", "Friday this week": the coming Friday, today
     * included; "next Friday", "Friday next week": Friday of next week; "Friday week": a week after the
     * next Friday.
     */
    private static LocalDate resolveWeekday(DayOfWeek weekday, String modifier, boolean nextWeek, boolean thisWeek,
            boolean weekAfter, LocalDate today) {
        String mod = modifier == null ? "" : modifier.toLowerCase(Locale.ROOT);
        if (mod.equals("next") || nextWeek) {
            LocalDate mondayNextWeek = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(1);
            return mondayNextWeek.with(TemporalAdjusters.nextOrSame(weekday));
        }
        if (weekAfter) {
            return today.with(TemporalAdjusters.next(weekday)).plusWeeks(1);
        }
        if (mod.equals("this") || thisWeek) {
            return today.with(TemporalAdjusters.nextOrSame(weekday));
        }
        return today.with(TemporalAdjusters.next(weekday));
    }

    private static DayOfWeek weekday(Matcher m) {
        return WEEKDAYS.get(withoutStop(m.group("weekday")));
    }

    /** A day of the month with no month: the next such day from today, on the weekday if one was written. */
    private static Optional<LocalDate> nextDayOfMonth(int day, Optional<DayOfWeek> weekday, LocalDate today) {
        if (day < 1 || day > 31) {
            return Optional.empty();
        }
        LocalDate firstFound = null;
        for (int months = 0; months <= 14; months++) {
            LocalDate month = today.withDayOfMonth(1).plusMonths(months);
            if (day > month.lengthOfMonth()) {
                continue;
            }
            LocalDate candidate = month.withDayOfMonth(day);
            if (candidate.isBefore(today)) {
                continue;
            }
            if (firstFound == null) {
                firstFound = candidate;
            }
            if (weekday.isEmpty() || candidate.getDayOfWeek() == weekday.get()) {
                return Optional.of(candidate);
            }
        }
        return Optional.ofNullable(firstFound);
    }

    private static Optional<LocalDate> dayMonthYear(int day, int month, String year, Optional<DayOfWeek> weekday, LocalDate today) {
        if (year == null) {
            return resolveDayMonth(day, month, weekday, today);
        }
        int fullYear = Integer.parseInt(year);
        if (year.length() == 2) {
            fullYear += 2000;
        }
        return date(fullYear, month, day);
    }

    /** This year's day-month, or next year's when this year's is long past; a written weekday decides between them. */
    private static Optional<LocalDate> resolveDayMonth(int day, int month, Optional<DayOfWeek> weekday, LocalDate today) {
        Optional<LocalDate> thisYear = date(today.getYear(), month, day);
        Optional<LocalDate> nextYear = date(today.getYear() + 1, month, day);
        if (weekday.isPresent()) {
            for (Optional<LocalDate> candidate : List.of(thisYear, nextYear)) {
                if (candidate.isPresent() && candidate.get().getDayOfWeek() == weekday.get()
                    && !candidate.get().isBefore(today.minusDays(PAST_DAYS_STILL_THIS_YEAR))) {
                    return candidate;
                }
            }
        }
        if (thisYear.isPresent() && !thisYear.get().isBefore(today.minusDays(PAST_DAYS_STILL_THIS_YEAR))) {
            return thisYear;
        }
        return nextYear;
    }

    private static Optional<LocalDate> date(int year, int month, int day) {
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The last working day of this week (or next), from today; from a weekend, next week's. */
    private LocalDate endOfWeek(LocalDate today, boolean next) {
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(next ? 1 : 0);
        LocalDate friday = monday.plusDays(4);
        if (!next && today.isAfter(friday)) {
            return endOfWeek(today, true);
        }
        return lastWorkingDayFrom(next ? monday : today, friday, today);
    }

    private LocalDate endOfMonth(LocalDate today, boolean next) {
        LocalDate first = today.withDayOfMonth(1).plusMonths(next ? 1 : 0);
        return lastWorkingDayFrom(next ? first : today, first.with(TemporalAdjusters.lastDayOfMonth()), today);
    }

    /** The last working day in [from, to], not before today; {@code to} itself when there is none. */
    private LocalDate lastWorkingDayFrom(LocalDate from, LocalDate to, LocalDate today) {
        LocalDate earliest = from.isBefore(today) ? today : from;
        for (LocalDate day = to; !day.isBefore(earliest); day = day.minusDays(1)) {
            if (calendar.isWorkingDay(day)) {
                return day;
            }
        }
        return to;
    }

    private static Optional<Found> found(LocalDate date, Matcher m, Kind kind) {
        return Optional.of(new Found(date, m.end(), kind));
    }

    private static Optional<Matcher> urgency(String text) {
        Matcher m = URGENT.matcher(text);
        while (m.find()) {
            int from = Math.max(0, m.start() - 40);
            String before = text.substring(from, m.start());
            int clause = Math.max(Math.max(before.lastIndexOf('.'), before.lastIndexOf('!')),
                Math.max(Math.max(before.lastIndexOf('?'), before.lastIndexOf('\n')), before.lastIndexOf(';')));
            if (!NEGATION.matcher(before.substring(clause + 1)).find()) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    private static int skipSpace(String text, int position) {
        Matcher m = at(SPACE, text, position);
        return m == null ? position : m.end();
    }

    private static Matcher at(Pattern pattern, String text, int position) {
        Matcher m = pattern.matcher(text);
        m.useTransparentBounds(true).useAnchoringBounds(false).region(position, text.length());
        return m.lookingAt() ? m : null;
    }

    private record Context(String text, LocalDate today, Optional<ZonedDateTime> now) {
    }

    /** What a date read means. */
    private enum Kind {
        /** A day named ("Friday", "10 December"): "by" it is that day, "before" it the working day before. */
        DAY,
        /** The end of a day, week or month, or a span: the same after "by" and "before". */
        PERIOD,
        /** A day the answer is wanted ahead of, whatever the word ("by Christmas"): the working day before. */
        EVENT
    }

    /** A date read, where its words end, and what it means. */
    private record Found(LocalDate date, int end, Kind kind) {
    }
}

package org.councilprotocol.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sentences of a writer's own new words, as enquiry and reply readers see them: the greeting line
 * ("Dear Cllr Smith,") and everything from the sign-off down (name, job title, phone numbers, the
 * council's disclaimer) left out, lines of a paragraph joined, bullets kept apart, and the text cut at
 * sentence ends that are not abbreviations ("Mr.", "St.", "e.g."). Curly apostrophes and non-breaking
 * spaces are made plain so the readers' patterns need only one spelling.
 *
 * <p>Give it the author's text ({@code MessageText.authorText()}): quoted history is someone else's.
 */
final class Sentences {
    /** An email is read up to here: far beyond any enquiry, and it keeps hostile input cheap. */
    static final int MAX_CHARS = 20_000;
    /** A signature is found among this many non-blank lines at the end. */
    private static final int SIGNATURE_LINES = 14;
    private static final int MAX_SIGNATURE_LINE = 90;
    /** Longer "sentences" (lists run together, hostile text) are read in pieces of about this length. */
    static final int MAX_SENTENCE = 400;

    private static final Pattern GREETING = Pattern.compile(
        "^\\s*(?:(?:dear|hi|hiya|hello|hey|good\\s+(?:morning|afternoon|evening)|morning|afternoon|evening)\\b[^\\n]{0,60}"
            + "|(?:cllr|councillor|mr|mrs|ms|miss|dr)\\.?\\s+[\\p{L}'-]+(?:\\s+[\\p{L}'-]+)?\\s*[,:]"
            + "|[\\p{Lu}][\\p{L}'-]+(?:\\s+[\\p{Lu}][\\p{L}'-]+)?\\s*,)\\s*$",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A line that closes a letter; what follows it is signature. */
    private static final Pattern SIGN_OFF = Pattern.compile(
        "^\\s*(?:(?:kind|best|warm|warmest|many|with(?: best| warm| kind| many)?|all the|yours)\\s+)?"
            + "(?:regards|wishes|thanks|thank\\s+you|rgds)\\b[^\\n]{0,16}$"
            + "|^\\s*(?:yours(?:\\s+(?:sincerely|faithfully|truly|ever))?|thanks(?:\\s+again)?|thank\\s+you|cheers|best|regards|ta"
            + "|speak\\s+soon|thanks\\s+in\\s+advance|sent\\s+from\\s+my\\s+\\w+.*)[,.!]?\\s*$|^\\s*--\\s*$",
        Pattern.CASE_INSENSITIVE);
    /** Text that was never written to the reader: disclaimers, device footers. */
    private static final Cue BOILERPLATE = Cue.of(
        "(?:this\\s+e-?mail|this\\s+message|the\\s+information\\s+in\\s+this)[^.]{0,80}(?:confidential|intended\\s+(?:only|solely)"
            + "|privileged|monitored)|received\\s+this\\s+(?:e-?mail|message)\\s+in\\s+error|consider\\s+the\\s+environment"
            + "|before\\s+printing|sent\\s+from\\s+my\\s+(?:iphone|ipad|android|samsung|mobile|phone|galaxy)|get\\s+outlook\\s+for"
            + "|views\\s+expressed\\s+in\\s+this|virus(?:es)?\\s+(?:checked|scanned)|scanned\\s+for\\s+viruses");
    /** A sign-off that only ever closes a letter; "Thanks" and "Cheers" may also open a sentence of the body. */
    private static final Pattern FIRM_SIGN_OFF = Pattern.compile(
        "^\\s*(?:(?:kind|best|warm|warmest|with(?:\\s+(?:best|warm|kind))?|all\\s+the)\\s+(?:regards|wishes)|regards|rgds|best|yours(?:\\s+\\w+)?)"
            + "[,.!]?\\s*$|^\\s*--\\s*$",
        Pattern.CASE_INSENSITIVE);
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-*•·▪◦]|\\d{1,2}[.)]|\\(?[a-h][.)])\\s+");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<![.?!…])[.?!…]++[\"')\\]’”]*+\\s++|[;]\\s+(?=[\\p{Lu}])|\\s+[–—-]\\s+(?=[\\p{Lu}])"
        + "|(?<=[.?!])(?=[\\p{Lu}][\\p{Ll}])");
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "st", "rd", "cllr", "e.g", "i.e",
        "etc", "approx", "co", "ltd", "vs", "ref", "tel", "a.m", "p.m", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
        "sept", "oct", "nov", "dec", "ave", "cl", "nb", "n.b", "cf", "dept", "govt", "prof", "rev", "hon", "est", "fig",
        "para", "paras", "p", "pp");

    private Sentences() {
    }

    /** One sentence: its words (whitespace collapsed, apostrophes plain) and the same in lower case. */
    record Sentence(String text, String lower) {
        static Sentence of(String text) {
            return new Sentence(text, text.toLowerCase(Locale.ROOT));
        }

        boolean isQuestion() {
            return text.endsWith("?") || text.endsWith("?)") || text.endsWith("?\"");
        }
    }

    /** The sentences of the body: no greeting, no signature, no boilerplate. */
    static List<Sentence> of(String authorText) {
        return split(body(authorText));
    }

    /** The writer's words with the greeting and signature removed; the whole text when that would leave nothing. */
    static String body(String authorText) {
        if (authorText == null || authorText.isBlank()) {
            return "";
        }
        String text = plain(authorText.length() > MAX_CHARS ? authorText.substring(0, MAX_CHARS) : authorText);
        List<String> lines = new ArrayList<>(text.lines().toList());
        int first = 0;
        while (first < lines.size() && lines.get(first).isBlank()) {
            first++;
        }
        if (first < lines.size() && lines.get(first).length() <= 80 && GREETING.matcher(lines.get(first)).matches()
            && !lines.get(first).strip().endsWith("?")) {
            // "Hi Tom, could you check..." keeps its words: only a line that is nothing but the greeting goes.
            String line = lines.get(first);
            lines.set(first, endsGreeting(line) ? "" : line);
        }
        int cut = signatureStart(lines);
        List<String> body = lines.subList(0, cut);
        String joined = String.join("\n", body).strip();
        return joined.isEmpty() ? String.join("\n", lines).strip() : joined;
    }

    private static boolean endsGreeting(String line) {
        String strip = line.strip();
        // "Hi Tom," or "Dear Cllr Smith" alone; "Hello, I wondered whether you could..." is a sentence.
        return strip.split("\\s+").length <= 6 && !strip.matches("(?s).*[.?!]\\s*\\S.*");
    }

    /** The first line of the signature: the lowest sign-off below which only short, signature-like lines follow. */
    private static int signatureStart(List<String> lines) {
        int nonBlank = 0;
        for (int i = lines.size() - 1; i >= 0 && nonBlank < SIGNATURE_LINES; i--) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            nonBlank++;
            if (line.length() <= MAX_SIGNATURE_LINE && SIGN_OFF.matcher(line).matches()
                && (FIRM_SIGN_OFF.matcher(line).matches() || signatureBelow(lines, i + 1))) {
                // "Thanks" closing a one-line note is the note itself.
                return i == 0 || lines.subList(0, i).stream().allMatch(String::isBlank) ? lines.size() : i;
            }
        }
        return lines.size();
    }

    private static boolean signatureBelow(List<String> lines, int from) {
        for (String line : lines.subList(from, lines.size())) {
            String strip = line.strip();
            if (strip.isEmpty() || BOILERPLATE.in(Sentence.of(strip))) {
                continue;
            }
            if (strip.length() > MAX_SIGNATURE_LINE || strip.endsWith("?")) {
                return false;
            }
        }
        return true;
    }

    static String plain(String text) {
        return text.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u00a0', ' ').replace('\u201c', '"')
            .replace('\u201d', '"').replace("\r\n", "\n").replace('\r', '\n');
    }

    static List<Sentence> split(String body) {
        List<Sentence> sentences = new ArrayList<>();
        for (String paragraph : paragraphs(body)) {
            Matcher end = SENTENCE_END.matcher(paragraph);
            int start = 0;
            while (end.find()) {
                if (end.group().startsWith(".") && isAbbreviation(paragraph, end.start(), end.end())) {
                    continue;
                }
                add(sentences, paragraph.substring(start, end.start() + end.group().stripTrailing().length()));
                start = end.end();
            }
            add(sentences, paragraph.substring(start));
        }
        return sentences;
    }

    private static void add(List<Sentence> sentences, String text) {
        String strip = text.strip();
        while (strip.length() > MAX_SENTENCE) {
            int cut = strip.lastIndexOf(' ', MAX_SENTENCE);
            int at = cut > MAX_SENTENCE / 2 ? cut : MAX_SENTENCE;
            addOne(sentences, strip.substring(0, at).strip());
            strip = strip.substring(at).strip();
        }
        addOne(sentences, strip);
    }

    private static void addOne(List<Sentence> sentences, String strip) {
        if (strip.isEmpty() || !hasWord(strip)) {
            return;
        }
        Sentence sentence = Sentence.of(strip);
        if (!BOILERPLATE.in(sentence)) {
            sentences.add(sentence);
        }
    }

    static boolean hasWord(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Paragraphs with their lines joined; a bullet starts a paragraph of its own. */
    private static List<String> paragraphs(String body) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inBullet = false;
        for (String line : body.split("\n", -1)) {
            String strip = line.strip();
            Matcher bullet = BULLET.matcher(line);
            boolean startsBullet = !strip.isEmpty() && mayBeBullet(strip.charAt(0)) && bullet.find();
            // A bullet's wrapped text continues in lower case; a capital after a list starts something new.
            boolean afterList = inBullet && !strip.isEmpty() && Character.isUpperCase(strip.charAt(0));
            if (strip.isEmpty() || startsBullet || afterList || endsLine(current)) {
                flush(paragraphs, current);
                inBullet = startsBullet;
            }
            if (strip.isEmpty()) {
                continue;
            }
            if (current.length() > 0) {
                current.append(' ');
            }
            current.append(startsBullet ? line.substring(bullet.end()).strip() : WHITESPACE.matcher(strip).replaceAll(" "));
        }
        flush(paragraphs, current);
        return paragraphs;
    }

    /** A line ending in a colon, or a short line with no full stop, ends its paragraph (lists, addresses). */
    private static boolean endsLine(StringBuilder current) {
        int length = current.length();
        return length > 0 && current.charAt(length - 1) == ':';
    }

    private static boolean mayBeBullet(char first) {
        return first == '-' || first == '*' || first == '(' || first >= '0' && first <= '9' || first >= 'a' && first <= 'h'
            || first == '\u2022' || first == '\u00b7' || first == '\u25aa' || first == '\u25e6';
    }

    private static void flush(List<String> paragraphs, StringBuilder current) {
        if (current.length() > 0) {
            paragraphs.add(current.toString());
            current.setLength(0);
        }
    }

    private static boolean isAbbreviation(String text, int dot, int next) {
        int from = dot;
        while (from > 0 && (Character.isLetter(text.charAt(from - 1)) || text.charAt(from - 1) == '.')) {
            from--;
        }
        String word = text.substring(from, dot).toLowerCase(Locale.ROOT);
        if (word.length() == 1 && Character.isUpperCase(text.charAt(from))) {
            return true;
        }
        if (word.equals("no") || word.equals("nos")) {
            // "No. 12" is a number; "The answer is no. Could you..." ends a sentence.
            return next < text.length() && Character.isDigit(text.charAt(next));
        }
        return ABBREVIATIONS.contains(word);
    }
}

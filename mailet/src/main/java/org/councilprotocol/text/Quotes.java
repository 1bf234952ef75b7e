package org.councilprotocol.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.mail.internet.AddressException;
import javax.mail.internet.InternetAddress;

/**
 * Splits plain text into the author's own words and the earlier correspondence it quotes or
 * forwards, using the markers real mail clients write: "&gt;" lines under an "On ... wrote:"
 * attribution (Gmail, Apple Mail, Thunderbird), Outlook's "-----Original Message-----" and
 * "From: / Sent: / To: / Subject:" header blocks, Gmail's "Forwarded message" and Apple's
 * "Begin forwarded message:".
 *
 * <p>The author's words are everything outside the quotations: the text above the first one and,
 * in bottom-posted or interleaved replies, the text between and after them.
 */
final class Quotes {
    /** Markers are short lines; longer lines are only checked for a leading "&gt;" (keeps hostile input cheap). */
    private static final int MAX_MARKER_LINE = 1_000;
    private static final Pattern ATTRIBUTION = Pattern.compile("^\\s*+(?:On\\s.{3,250}?|\\S.{0,119}?)\\s+wrote:\\s*$");
    private static final Pattern ON_START = Pattern.compile("^\\s*+On\\s.{3,200}$");
    private static final Pattern ORIGINAL = Pattern.compile("^\\s*+-{2,}\\s*Original Message\\s*-{2,}\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern FORWARDED = Pattern.compile(
        "^\\s*+(?:-{2,}\\s*Forwarded message\\s*-{2,}|Begin forwarded message:|-{2,}\\s*Forwarded by .*)\\s*$",
        Pattern.CASE_INSENSITIVE);
    /** A header line; Outlook's web and mobile plain text write "*From:*" for a bold label. */
    private static final Pattern HEADER = Pattern.compile("^\\s*+\\*?(From|Sent|Date|To|Cc|Subject)\\*?:\\*?\\s*(.*)$",
        Pattern.CASE_INSENSITIVE);
    /** The rule Outlook draws above its header block, and similar separator lines. */
    private static final Pattern SEPARATOR = Pattern.compile("^\\s*(?:_{5,}|-{5,}|={5,})\\s*$");
    private static final Pattern NAME_AND_ADDRESS = Pattern.compile("^\\s*+\"?([^\"<\\[]*?)\"?\\s*+[<\\[](?:mailto:)?([^>\\]\\s]+@[^>\\]\\s]+)[>\\]]\\s*$");
    private static final Pattern BARE_ADDRESS = Pattern.compile("[^\\s<>\\[\\],;:\"']+@[^\\s<>\\[\\],;:\"']+\\.[A-Za-z]{2,}");
    /** A line holding only addresses (and the names before them), as a wrapped recipient list does. */
    private static final Pattern ADDRESS_LIST = Pattern.compile(
        "^(?:\\s*+(?:\"[^\"]*\"|[^\"<>;,@]{0,80}?)\\s*<[^<>\\s]+@[^<>\\s]+>\\s*[;,]?|\\s*+[^\\s<>;,@]+@[^\\s<>;,]+\\s*[;,]?)+\\s*$");
    private static final Pattern ATTRIBUTED_ADDRESS = Pattern.compile("([^,<]*?)\\s*<\\s*([^>\\s]+@[^>\\s]+)\\s*>\\s*$");
    /** The time in an attribution ("at 10:15", "10:15 AM"): the name follows it. */
    private static final Pattern TIME = Pattern.compile(
        "\\d{1,2}[:.]\\d{2}(?::\\d{2})?(?:\\s*[ap]\\.?m\\.?)?(?:\\s*(?:GMT|BST|UTC)(?:[+-]\\d{1,4})?)?,?\\s+",
        Pattern.CASE_INSENSITIVE);

    private Quotes() {
    }

    /** The author's own text and the quoted or forwarded parts after it, most recent first. */
    record Split(String authorText, List<QuotedPart> quoted) {
    }

    static Split split(String text) {
        return split(text.replace("\r\n", "\n").replace('\r', '\n'), 0);
    }

    /** Quotations nest one level per reply; past this depth the rest is kept as plain text. */
    private static final int MAX_DEPTH = 12;

    private static Split split(String text, int depth) {
        List<String> lines = text.lines().toList();
        if (depth > MAX_DEPTH) {
            return new Split(text.strip(), List.of());
        }
        int first = nextMarker(lines, 0);
        if (first < 0) {
            return new Split(text.strip(), List.of());
        }
        List<String> author = new ArrayList<>(lines.subList(0, first));
        List<QuotedPart> parts = new ArrayList<>();
        int at = first;
        while (at >= 0 && at < lines.size()) {
            Parsed parsed = part(lines, at, depth);
            parts.addAll(parsed.parts());
            int resume = parsed.next() < 0 ? lines.size() : parsed.next();
            if (parsed.end() < resume) {
                // The author's words between or after quotations (bottom posting, interleaved answers).
                author.add("");
                author.addAll(lines.subList(parsed.end(), resume));
            }
            at = parsed.next();
        }
        return new Split(clean(author), parts);
    }

    /** The lines as text, without the separator rule a client draws above the quotation. */
    private static String clean(List<String> lines) {
        List<String> kept = new ArrayList<>(lines);
        while (!kept.isEmpty() && (kept.get(kept.size() - 1).isBlank() || SEPARATOR.matcher(kept.get(kept.size() - 1)).matches())) {
            kept.remove(kept.size() - 1);
        }
        return String.join("\n", kept).strip();
    }

    /** The index of the first line that starts earlier correspondence, or -1. */
    static int firstMarker(List<String> lines) {
        return nextMarker(lines, 0);
    }

    /** The index of the next line that starts earlier correspondence, or -1. */
    private static int nextMarker(List<String> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (markerLength(lines, i) > 0) {
                return i;
            }
        }
        return -1;
    }

    /** How many lines the marker at {@code i} takes (0 when there is none). */
    private static int markerLength(List<String> lines, int i) {
        String line = lines.get(i);
        if (line.startsWith(">")) {
            return 1;
        }
        if (line.length() > MAX_MARKER_LINE) {
            return 0;
        }
        if (ORIGINAL.matcher(line).matches() || FORWARDED.matcher(line).matches()) {
            return 1;
        }
        if (ATTRIBUTION.matcher(line).matches() && followedByQuote(lines, i + 1)) {
            return 1;
        }
        // Gmail wraps a long attribution over two lines.
        if (ON_START.matcher(line).matches() && i + 1 < lines.size() && lines.get(i + 1).length() <= MAX_MARKER_LINE
            && lines.get(i + 1).strip().endsWith("wrote:") && followedByQuote(lines, i + 2)) {
            return 2;
        }
        if (isHeaderBlock(lines, i)) {
            return 1;
        }
        return 0;
    }

    private static boolean followedByQuote(List<String> lines, int from) {
        for (int i = from; i < lines.size() && i < from + 3; i++) {
            if (lines.get(i).startsWith(">")) {
                return true;
            }
            if (!lines.get(i).isBlank()) {
                return false;
            }
        }
        return false;
    }

    private static Optional<Matcher> header(String line) {
        if (line.length() > MAX_MARKER_LINE) {
            return Optional.empty();
        }
        Matcher header = HEADER.matcher(line);
        return header.matches() ? Optional.of(header) : Optional.empty();
    }

    /**
     * Outlook's block: "From:" then "Sent:" or "Date:" and "Subject:", within a few lines or further
     * down an unbroken block (long recipient lists wrap over several lines).
     */
    private static boolean isHeaderBlock(List<String> lines, int i) {
        Optional<Matcher> from = header(lines.get(i));
        if (from.isEmpty() || !from.get().group(1).equalsIgnoreCase("From")) {
            return false;
        }
        boolean dated = false;
        boolean subject = false;
        for (int j = i + 1; j < lines.size() && j <= i + 20; j++) {
            if (lines.get(j).isBlank()) {
                if (j > i + 6) {
                    break;
                }
                continue;
            }
            Optional<Matcher> header = header(lines.get(j));
            if (header.isPresent()) {
                String name = header.get().group(1);
                dated |= name.equalsIgnoreCase("Sent") || name.equalsIgnoreCase("Date");
                subject |= name.equalsIgnoreCase("Subject");
            }
        }
        return dated && subject;
    }

    /**
     * The parts read from one marker (a quotation may hold further quotations), the line after the
     * last one they took, and where the next marker begins (-1 for none).
     */
    private record Parsed(List<QuotedPart> parts, int end, int next) {
    }

    private static Parsed part(List<String> lines, int start, int depth) {
        String markerLine = lines.get(start);
        if (markerLine.startsWith(">")) {
            return angleQuote(lines, start, Optional.empty(), Optional.empty(), "> quoted text", depth);
        }
        int length = markerLength(lines, start);
        boolean headerBlock = isHeaderBlock(lines, start);
        if (length == 2 || (!headerBlock && ATTRIBUTION.matcher(markerLine).matches())) {
            String said = length == 2 ? markerLine.strip() + " " + lines.get(start + 1).strip() : markerLine.strip();
            return angleQuote(lines, start + length, attributedName(said), attributedAddress(said), said, depth);
        }
        // A header block, possibly after an "Original Message" or "Forwarded" line.
        QuotedPart.Kind kind = FORWARDED.matcher(markerLine).matches() ? QuotedPart.Kind.FORWARD : QuotedPart.Kind.REPLY;
        int i = headerBlock ? start : start + 1;
        while (i < lines.size() && lines.get(i).isBlank()) {
            i++;
        }
        if (!headerBlock && i < lines.size() && lines.get(i).startsWith(">")) {
            // Apple Mail and others quote the forwarded message, header lines and all.
            int end = i;
            while (end < lines.size() && (lines.get(end).startsWith(">") || lines.get(end).isBlank())) {
                end++;
            }
            Split inner = split(markerLine.strip() + "\n" + unquote(lines.subList(i, end)), depth + 1);
            return new Parsed(inner.quoted(), end, nextMarker(lines, end));
        }
        return headerPart(lines, i, kind, markerLine.strip(), depth);
    }

    /** Header lines from {@code i}, then the body up to the next header block or the end. */
    private static Parsed headerPart(List<String> lines, int start, QuotedPart.Kind kind, String marker, int depth) {
        Map<String, StringBuilder> fields = new LinkedHashMap<>();
        String lastHeader = null;
        int i = start;
        for (; i < lines.size(); i++) {
            String line = lines.get(i);
            Optional<Matcher> header = header(line);
            if (header.isPresent()) {
                lastHeader = header.get().group(1).toLowerCase(Locale.ROOT);
                String value = header.get().group(2).strip();
                StringBuilder field = fields.get(lastHeader);
                if (field == null) {
                    fields.put(lastHeader, new StringBuilder(value));
                } else if (lastHeader.equals("to") || lastHeader.equals("cc")) {
                    field.append(value.isEmpty() ? "" : "; " + value);
                }
            } else if (line.isBlank() || lastHeader == null || line.length() > MAX_MARKER_LINE) {
                break;
            } else if (Character.isWhitespace(line.charAt(0)) && !lastHeader.equals("subject")
                || (lastHeader.equals("to") || lastHeader.equals("cc")) && continuesList(lines.get(i - 1), line)) {
                // A wrapped header line.
                fields.get(lastHeader).append(' ').append(line.strip());
            } else {
                break;
            }
        }
        Optional<String> fromName = Optional.empty();
        Optional<String> fromAddress = Optional.empty();
        String from = value(fields, "from").orElse("");
        Matcher named = NAME_AND_ADDRESS.matcher(from);
        if (named.matches()) {
            fromName = Optional.of(named.group(1).strip()).filter(text -> !text.isEmpty());
            fromAddress = Optional.of(named.group(2));
        } else if (BARE_ADDRESS.matcher(from).matches()) {
            fromAddress = Optional.of(from);
        } else {
            fromName = Optional.of(from).filter(text -> !text.isEmpty());
        }
        Optional<String> sent = value(fields, "sent").or(() -> value(fields, "date"));
        List<String> to = value(fields, "to").map(Quotes::people).orElse(List.of());
        List<String> cc = value(fields, "cc").map(Quotes::people).orElse(List.of());

        int next = nextHeaderMarker(lines, i);
        int end = next < 0 ? lines.size() : next;
        // The body may itself quote earlier mail in the "On ... wrote:" style: those become parts too.
        List<String> bodyLines = lines.subList(Math.min(i, end), end);
        boolean prefixed = bodyLines.stream().filter(line -> !line.isBlank()).allMatch(line -> line.startsWith(">"))
            && bodyLines.stream().anyMatch(line -> !line.isBlank());
        // Outlook can prefix every line of the original with "> ": that is the quoted message itself.
        Split body = split(clean(prefixed ? unquoteLines(bodyLines) : bodyLines), depth + 1);
        List<QuotedPart> parts = new ArrayList<>();
        parts.add(new QuotedPart(kind, fromName, fromAddress, sent, value(fields, "subject"), to, cc, body.authorText(), marker));
        parts.addAll(body.quoted());
        return new Parsed(parts, end, next);
    }

    /** Whether a line carries on a wrapped To or Cc list rather than starting the message's text. */
    private static boolean continuesList(String previous, String line) {
        String before = previous.strip();
        return before.endsWith(";") || before.endsWith(",") || ADDRESS_LIST.matcher(line).matches();
    }

    private static Optional<String> value(Map<String, StringBuilder> fields, String name) {
        return Optional.ofNullable(fields.get(name)).map(StringBuilder::toString).map(String::strip);
    }

    /** Lines starting "&gt;" after an attribution (or on their own), up to the next unquoted text. */
    private static Parsed angleQuote(List<String> lines, int start, Optional<String> name, Optional<String> address,
                                     String marker, int depth) {
        int i = start;
        while (i < lines.size() && (lines.get(i).startsWith(">") || lines.get(i).isBlank())) {
            i++;
        }
        String inner = unquote(lines.subList(start, i));
        // The quotation may itself hold an earlier quotation or an Outlook block: those become parts too.
        Split nested = split(inner, depth + 1);
        List<QuotedPart> parts = new ArrayList<>();
        parts.add(new QuotedPart(QuotedPart.Kind.REPLY, name, address, Optional.empty(), Optional.empty(),
            List.of(), List.of(), nested.authorText(), marker));
        parts.addAll(nested.quoted());
        return new Parsed(parts, i, nextMarker(lines, i));
    }

    private static Optional<String> attributedAddress(String said) {
        String who = said.replaceFirst("(?i)\\s*wrote:\\s*$", "");
        Matcher withAddress = ATTRIBUTED_ADDRESS.matcher(who);
        return withAddress.find() ? Optional.of(withAddress.group(2).strip()) : Optional.empty();
    }

    private static Optional<String> attributedName(String said) {
        String who = said.replaceFirst("(?i)\\s*wrote:\\s*$", "");
        Matcher withAddress = ATTRIBUTED_ADDRESS.matcher(who);
        if (withAddress.find()) {
            who = withAddress.group(1);
            if (!who.contains(",") && !TIME.matcher(who).find()) {
                return Optional.of(who.strip()).filter(text -> !text.isEmpty() && text.length() < 80);
            }
        }
        // "On <date>, <name>" or "On <date> at <time> <name>": the name is what follows the date.
        Matcher time = TIME.matcher(who);
        int after = -1;
        while (time.find()) {
            after = time.end();
        }
        String last = after >= 0 ? who.substring(after)
            : who.contains(",") ? who.substring(who.lastIndexOf(',') + 1) : who.replaceFirst("^\\s*On\\s", "");
        last = last.replaceFirst("^\\s*,", "");
        return Optional.of(last.strip()).filter(text -> !text.isEmpty() && text.length() < 80);
    }

    private static int nextHeaderMarker(List<String> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.length() <= MAX_MARKER_LINE
                && (ORIGINAL.matcher(line).matches() || FORWARDED.matcher(line).matches() || isHeaderBlock(lines, i))) {
                return i;
            }
        }
        return -1;
    }

    private static String unquote(List<String> lines) {
        return String.join("\n", unquoteLines(lines)).strip();
    }

    private static List<String> unquoteLines(List<String> lines) {
        List<String> unquoted = new ArrayList<>(lines.size());
        for (String line : lines) {
            unquoted.add(line.startsWith(">") ? line.substring(line.length() > 1 && line.charAt(1) == ' ' ? 2 : 1) : line);
        }
        return unquoted;
    }

    /**
     * Addresses, or bare names when a client wrote only names ("Bob Jones; Cllr Mary Jones"). Outlook
     * separates people with ';', and its names may hold a comma ("Jones, Mary"), so a list with ';'
     * is split there only.
     */
    static List<String> people(String value) {
        List<String> people = new ArrayList<>();
        List<String> items = splitOutsideQuotes(value, value.contains(";") ? ';' : ',');
        if (items.size() == 2 && !value.contains("@") && items.get(0).strip().matches("[\\p{L}'-]+")
            && !items.get(1).isBlank()) {
            // A single "Surname, First name".
            items = List.of(value);
        }
        for (String item : items) {
            String entry = item.strip();
            if (entry.isEmpty()) {
                continue;
            }
            Matcher named = NAME_AND_ADDRESS.matcher(entry);
            if (named.matches()) {
                people.add(named.group(2));
                if (!named.group(1).isBlank()) {
                    people.add(named.group(1).strip());
                }
            } else if (BARE_ADDRESS.matcher(entry).matches()) {
                people.add(entry);
            } else if (!entry.contains("@")) {
                people.add(entry);
            } else {
                try {
                    InternetAddress parsed = new InternetAddress(entry, false);
                    people.add(parsed.getAddress() != null && parsed.getAddress().contains("@") ? parsed.getAddress() : entry);
                } catch (AddressException e) {
                    people.add(entry);
                }
            }
        }
        return people;
    }

    private static List<String> splitOutsideQuotes(String value, char separator) {
        List<String> items = new ArrayList<>();
        StringBuilder item = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == separator && !quoted) {
                items.add(item.toString());
                item.setLength(0);
            } else {
                item.append(c);
            }
        }
        items.add(item.toString());
        return items;
    }
}

package org.councilprotocol.text;

import java.util.ArrayList;
import java.util.List;
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
 */
final class Quotes {
    private static final Pattern ATTRIBUTION = Pattern.compile("^\\s*(?:On\\s.{3,250}?|.{1,120}?)\\s+wrote:\\s*$");
    private static final Pattern ON_START = Pattern.compile("^\\s*On\\s.{3,200}$");
    private static final Pattern ORIGINAL = Pattern.compile("^\\s*-{2,}\\s*Original Message\\s*-{2,}\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern FORWARDED = Pattern.compile(
        "^\\s*(?:-{2,}\\s*Forwarded message\\s*-{2,}|Begin forwarded message:|-{2,}\\s*Forwarded by .*)\\s*$",
        Pattern.CASE_INSENSITIVE);
    private static final Pattern HEADER = Pattern.compile("^\\s*\\*?(From|Sent|Date|To|Cc|Subject)\\*?:\\s*(.*)$",
        Pattern.CASE_INSENSITIVE);
    private static final Pattern NAME_AND_ADDRESS = Pattern.compile("^\\s*\"?([^\"<\\[]*?)\"?\\s*[<\\[](?:mailto:)?([^>\\]\\s]+@[^>\\]\\s]+)[>\\]]\\s*$");
    private static final Pattern BARE_ADDRESS = Pattern.compile("[^\\s<>\\[\\],;:\"']+@[^\\s<>\\[\\],;:\"']+\\.[A-Za-z]{2,}");

    private Quotes() {
    }

    /** The author's own text and the quoted or forwarded parts after it, most recent first. */
    record Split(String authorText, List<QuotedPart> quoted) {
    }

    static Split split(String text) {
        return split(text, 0);
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
        String author = String.join("\n", lines.subList(0, first)).strip();
        List<QuotedPart> parts = new ArrayList<>();
        int at = first;
        while (at >= 0 && at < lines.size()) {
            Parsed parsed = part(lines, at, depth);
            parts.addAll(parsed.parts());
            at = parsed.next();
        }
        return new Split(author, parts);
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
        if (ORIGINAL.matcher(line).matches() || FORWARDED.matcher(line).matches()) {
            return 1;
        }
        if (ATTRIBUTION.matcher(line).matches() && followedByQuote(lines, i + 1)) {
            return 1;
        }
        // Gmail wraps a long attribution over two lines.
        if (ON_START.matcher(line).matches() && i + 1 < lines.size() && lines.get(i + 1).strip().endsWith("wrote:")
            && followedByQuote(lines, i + 2)) {
            return 2;
        }
        if (isHeaderBlock(lines, i)) {
            return 1;
        }
        if (line.startsWith(">")) {
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

    /** Outlook's block: "From:" then, within a few lines, "Sent:" or "Date:" and "Subject:". */
    private static boolean isHeaderBlock(List<String> lines, int i) {
        Matcher from = HEADER.matcher(lines.get(i));
        if (!from.matches() || !from.group(1).equalsIgnoreCase("From")) {
            return false;
        }
        boolean dated = false;
        boolean subject = false;
        for (int j = i + 1; j < lines.size() && j <= i + 6; j++) {
            Matcher header = HEADER.matcher(lines.get(j));
            if (header.matches()) {
                dated |= header.group(1).equalsIgnoreCase("Sent") || header.group(1).equalsIgnoreCase("Date");
                subject |= header.group(1).equalsIgnoreCase("Subject");
            }
        }
        return dated && subject;
    }

    /** The parts read from one marker (a quotation may hold further quotations) and where the next begins. */
    private record Parsed(List<QuotedPart> parts, int next) {
    }

    private static Parsed part(List<String> lines, int start, int depth) {
        String markerLine = lines.get(start);
        if (markerLine.startsWith(">")) {
            return angleQuote(lines, start, Optional.empty(), Optional.empty(), "> quoted text", depth);
        }
        Matcher attribution = ATTRIBUTION.matcher(markerLine);
        int length = markerLength(lines, start);
        if (length == 2 || (attribution.matches() && !isHeaderBlock(lines, start))) {
            String said = length == 2 ? markerLine.strip() + " " + lines.get(start + 1).strip() : markerLine.strip();
            Optional<String> name = Optional.empty();
            Optional<String> address = Optional.empty();
            String who = said.replaceFirst("(?i)\\s*wrote:\\s*$", "");
            Matcher withAddress = Pattern.compile("([^,<]*?)\\s*<([^>]+@[^>]+)>\\s*$").matcher(who);
            if (withAddress.find()) {
                address = Optional.of(withAddress.group(2).strip());
                name = Optional.of(withAddress.group(1)).map(String::strip).filter(text -> !text.isEmpty());
            } else {
                String last = who.contains(",") ? who.substring(who.lastIndexOf(',') + 1) : who.replaceFirst("^\\s*On\\s", "");
                name = Optional.of(last.strip()).filter(text -> !text.isEmpty() && text.length() < 80);
            }
            return angleQuote(lines, start + length, name, address, said, depth);
        }
        // A header block, possibly after an "Original Message" or "Forwarded" line.
        QuotedPart.Kind kind = FORWARDED.matcher(markerLine).matches() ? QuotedPart.Kind.FORWARD : QuotedPart.Kind.REPLY;
        int i = isHeaderBlock(lines, start) ? start : start + 1;
        while (i < lines.size() && lines.get(i).isBlank()) {
            i++;
        }
        Optional<String> fromName = Optional.empty();
        Optional<String> fromAddress = Optional.empty();
        Optional<String> sent = Optional.empty();
        Optional<String> subject = Optional.empty();
        List<String> to = new ArrayList<>();
        List<String> cc = new ArrayList<>();
        String lastHeader = null;
        for (; i < lines.size(); i++) {
            Matcher header = HEADER.matcher(lines.get(i));
            if (header.matches()) {
                lastHeader = header.group(1).toLowerCase(java.util.Locale.ROOT);
                String value = header.group(2).strip();
                switch (lastHeader) {
                    case "from" -> {
                        Matcher named = NAME_AND_ADDRESS.matcher(value);
                        if (named.matches()) {
                            fromName = Optional.of(named.group(1).strip()).filter(text -> !text.isEmpty());
                            fromAddress = Optional.of(named.group(2));
                        } else if (BARE_ADDRESS.matcher(value).matches()) {
                            fromAddress = Optional.of(value);
                        } else {
                            fromName = Optional.of(value).filter(text -> !text.isEmpty());
                        }
                    }
                    case "sent", "date" -> sent = Optional.of(value);
                    case "subject" -> subject = Optional.of(value);
                    case "to" -> to.addAll(people(value));
                    case "cc" -> cc.addAll(people(value));
                    default -> {
                    }
                }
            } else if (lines.get(i).isBlank() || lastHeader == null || lastHeader.equals("subject")) {
                break;
            } else if (lastHeader.equals("to")) {
                to.addAll(people(lines.get(i)));
            } else if (lastHeader.equals("cc")) {
                cc.addAll(people(lines.get(i)));
            } else {
                break;
            }
        }
        int next = nextHeaderMarker(lines, i);
        int end = next < 0 ? lines.size() : next;
        String body = unquote(lines.subList(Math.min(i, end), end));
        return new Parsed(List.of(new QuotedPart(kind, fromName, fromAddress, sent, subject, to, cc, body,
            markerLine.strip())), next);
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
        return new Parsed(parts, nextMarker(lines, i));
    }

    private static int nextHeaderMarker(List<String> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            String line = lines.get(i);
            if (ORIGINAL.matcher(line).matches() || FORWARDED.matcher(line).matches() || isHeaderBlock(lines, i)) {
                return i;
            }
        }
        return -1;
    }

    private static String unquote(List<String> lines) {
        StringBuilder text = new StringBuilder();
        for (String line : lines) {
            text.append(line.replaceFirst("^>\\s?", "")).append('\n');
        }
        return text.toString().strip();
    }

    /** Addresses, or bare names when a client wrote only names ("Bob Jones; Cllr Mary Jones"). */
    static List<String> people(String value) {
        List<String> people = new ArrayList<>();
        for (String item : value.split("[;,](?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")) {
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
}

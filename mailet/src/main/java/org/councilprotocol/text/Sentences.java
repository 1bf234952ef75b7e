package org.councilprotocol.text;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Plain text cut into sentences, each with where it starts, so a finding can quote exactly the
 * words that show it. Paragraphs (blank-line separated) never run into each other, and short
 * lines without closing punctuation (headings, salutations, signature lines) stand alone, so
 * "Yours sincerely" is never glued to the sentence above it.
 */
public final class Sentences {
    /** Abbreviations after which the sentence goes on ("Cllr. Smith", "St. Peter's Road"). */
    private static final Set<String> ABBREVIATIONS = Set.of("cllr", "mr", "mrs", "ms", "dr", "st", "rd", "no", "nos",
        "ref", "approx", "e.g", "i.e", "etc", "vs", "ave", "tel", "inc", "ltd", "co", "dept", "prof", "rev", "hon", "jan",
        "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");
    /** Cloning is much cheaper than asking for a new instance; the prototype itself is never used. */
    private static final BreakIterator SENTENCE_BREAKS = BreakIterator.getSentenceInstance(Locale.UK);
    /** A line this short that does not end a sentence is a heading or signature line, not wrapped prose. */
    private static final int SHORT_LINE = 45;

    private Sentences() {
    }

    /** A sentence as written (whitespace within it collapsed) and its offset in the original text. */
    public record Sentence(String text, int start) {
    }

    public static List<Sentence> of(String text) {
        List<Sentence> pieces = new ArrayList<>();
        BreakIterator breaks = (BreakIterator) SENTENCE_BREAKS.clone();
        for (Block block : blocks(text)) {
            split(block, breaks, pieces);
        }
        // Lines were joined with single spaces, so each sentence is found again in the original text.
        List<Sentence> sentences = new ArrayList<>(pieces.size());
        int cursor = 0;
        for (Sentence piece : pieces) {
            String first = piece.text().split(" ", 2)[0];
            int at = text.indexOf(first, Math.max(cursor, Math.min(piece.start(), text.length())));
            at = at < 0 ? piece.start() : at;
            sentences.add(new Sentence(piece.text(), at));
            cursor = at + first.length();
        }
        return sentences;
    }

    private record Block(String text, int start) {
    }

    /** Paragraphs and stand-alone lines, each with its offset. */
    private static List<Block> blocks(String text) {
        List<Block> blocks = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int currentStart = -1;
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int end = text.indexOf('\n', lineStart);
            int lineEnd = end < 0 ? text.length() : end;
            String line = text.substring(lineStart, lineEnd).strip();
            if (line.isEmpty()) {
                currentStart = flush(blocks, current, currentStart);
            } else {
                if (current.length() > 0) {
                    current.append(' ');
                } else {
                    currentStart = lineStart + text.substring(lineStart, lineEnd).indexOf(line.charAt(0));
                }
                current.append(line);
                if (standsAlone(line)) {
                    currentStart = flush(blocks, current, currentStart);
                }
            }
            if (end < 0) {
                break;
            }
            lineStart = end + 1;
        }
        flush(blocks, current, currentStart);
        return blocks;
    }

    private static boolean standsAlone(String line) {
        char last = line.charAt(line.length() - 1);
        return line.length() < SHORT_LINE && ".!?:;,".indexOf(last) < 0 && !line.endsWith("-");
    }

    private static int flush(List<Block> blocks, StringBuilder current, int start) {
        if (current.length() > 0) {
            blocks.add(new Block(current.toString(), start));
            current.setLength(0);
        }
        return -1;
    }

    private static void split(Block block, BreakIterator breaks, List<Sentence> into) {
        String text = block.text();
        breaks.setText(text);
        int start = breaks.first();
        StringBuilder pending = new StringBuilder();
        int pendingStart = -1;
        for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
            String piece = text.substring(start, end).strip();
            if (piece.isEmpty()) {
                continue;
            }
            if (pending.length() == 0) {
                pendingStart = block.start() + start;
            } else {
                pending.append(' ');
            }
            pending.append(piece);
            if (!endsWithAbbreviation(piece)) {
                into.add(new Sentence(pending.toString(), pendingStart));
                pending.setLength(0);
            }
        }
        if (pending.length() > 0) {
            into.add(new Sentence(pending.toString(), pendingStart));
        }
    }

    private static boolean endsWithAbbreviation(String piece) {
        if (!piece.endsWith(".")) {
            return false;
        }
        int start = piece.length() - 1;
        while (start > 0 && (Character.isLetter(piece.charAt(start - 1)) || piece.charAt(start - 1) == '.')) {
            start--;
        }
        return ABBREVIATIONS.contains(piece.substring(start, piece.length() - 1).toLowerCase(Locale.ROOT));
    }
}

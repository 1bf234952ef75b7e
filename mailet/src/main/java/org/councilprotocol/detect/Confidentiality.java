package org.councilprotocol.detect;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.mail.MessagingException;
import javax.mail.internet.MimeMessage;

/** Whether correspondence is marked confidential: by its client's sensitivity flag, its subject or its words. */
final class Confidentiality {
    /** Words that mark correspondence, as opposed to mentioning something confidential in passing. */
    private static final Pattern MARKING = Pattern.compile(String.join("|",
        "\\b(?:private|personal)\\s+(?:and|&)\\s+confidential\\b",
        "\\bstrictly\\s+(?:private\\s+(?:and|&)\\s+)?confidential\\b",
        "\\b(?:commercial(?:ly)?\\s+)?in\\s+(?:the\\s+)?(?:strict(?:est)?\\s+)?confidence\\b",
        "\\bnot\\s+for\\s+(?:wider\\s+|onward\\s+|further\\s+|general\\s+|public\\s+)?circulation\\b",
        "\\bofficial[\\s-]+sensitive\\b",
        // A heading or label: "CONFIDENTIAL", "Confidential: tenant details", "Confidential - staffing".
        "^\\W*confidential\\b",
        "\\bconfidential\\s*[:\u2013\u2014-]",
        // A statement about this correspondence: "this is confidential", "please treat it as confidential".
        "\\b(?:is|are|be|been|remains?|kept|keep\\s+(?:this|it|that|these|them)|treat(?:ed)?(?:\\s+(?:this|it|that|these|them))?\\s+as)"
            + "\\s+(?:\\w+\\s+){0,2}?confidential\\b",
        "\\bcontains?\\s+(?:\\w+\\s+){0,2}?confidential\\b"),
        Pattern.CASE_INSENSITIVE);
    /** In a subject line, any "confidential" marks the message, except the council's confidential waste service. */
    private static final Pattern SUBJECT_MARKING = Pattern.compile(
        "\\b(?:confidential(?!\\s+waste)|in\\s+confidence|not\\s+for\\s+(?:\\w+\\s+)?circulation|official[\\s-]+sensitive)\\b",
        Pattern.CASE_INSENSITIVE);
    /** Standard footers call every email confidential; they mark nothing. */
    private static final Pattern DISCLAIMER = Pattern.compile(
        "intended\\s+(?:solely\\s+|only\\s+)?for|received\\s+(?:this|it)\\s+(?:\\w+\\s+)?in\\s+error|may\\s+contain\\s+(?:\\w+\\s+)?confidential"
            + "|monitored|legally\\s+privileged|addressee",
        Pattern.CASE_INSENSITIVE);
    private static final Pattern NEGATED = Pattern.compile(
        "\\b(?:not|isn't|is\\s+not|nothing)\\s+(?:\\w+\\s+){0,2}confidential\\b", Pattern.CASE_INSENSITIVE);
    private static final int MAX_EVIDENCE = 200;
    /** Every marking contains one of these: mail that has none (most mail) is not split into sentences at all. */
    private static final String[] MARKING_WORDS = {"confidential", "confidence", "circulation", "sensitive"};

    private Confidentiality() {
    }

    /** The marking found, e.g. "Subject: CONFIDENTIAL - staffing", or empty. */
    static Optional<String> marking(MimeMessage message, String subject, String words) {
        try {
            String sensitivity = message.getHeader("Sensitivity", ",");
            if (sensitivity != null && sensitivity.toLowerCase(Locale.ROOT).matches(".*(private|confidential|personal).*")) {
                return Optional.of("Sensitivity: " + sensitivity.strip());
            }
        } catch (MessagingException e) {
            // An unreadable header is no marking.
        }
        if (SUBJECT_MARKING.matcher(subject).find() && !NEGATED.matcher(subject).find()) {
            return Optional.of("Subject: " + subject);
        }
        if (!Regexes.containsAny(words.toLowerCase(Locale.ROOT), MARKING_WORDS)) {
            return Optional.empty();
        }
        // Sentence by sentence, with hard-wrapped lines joined, so that a footer wrapped over two lines
        // is still read as the footer it is.
        for (String paragraph : words.replace("\r", "").split("\\n[ \\t]*+\\n\\s*+")) {
            for (String sentence : paragraph.strip().split("(?<=[.!?])\\s++|\\n(?=[ \\t]*+[-*•])")) {
                String joined = String.join(" ", sentence.strip().lines().map(String::strip).toList());
                Matcher marked = MARKING.matcher(joined);
                if (marked.find() && !NEGATED.matcher(joined).find() && !DISCLAIMER.matcher(joined).find()) {
                    return Optional.of(joined.length() <= MAX_EVIDENCE ? joined : joined.substring(0, MAX_EVIDENCE) + "...");
                }
            }
        }
        return Optional.empty();
    }
}

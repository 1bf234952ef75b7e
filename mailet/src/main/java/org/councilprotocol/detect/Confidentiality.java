package org.councilprotocol.detect;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.mail.MessagingException;
import javax.mail.internet.MimeMessage;

/** Whether correspondence is marked confidential: by its client's sensitivity flag, its subject or its words. */
final class Confidentiality {
    private static final Pattern MARKING = Pattern.compile(
        "(?<!\\bnot\\s)(?<!\\bnothing\\s)\\b(?:private\\s+(?:and|&)\\s+confidential|strictly\\s+confidential|"
            + "in\\s+confidence|not\\s+for\\s+(?:wider\\s+|onward\\s+|further\\s+)?circulation|confidential)\\b",
        Pattern.CASE_INSENSITIVE);
    /** Standard footers call every email confidential; they mark nothing. */
    private static final Pattern DISCLAIMER = Pattern.compile(
        "intended\\s+(?:solely\\s+|only\\s+)?for|received\\s+(?:this|it)\\s+(?:\\w+\\s+)?in\\s+error|may\\s+contain\\s+(?:\\w+\\s+)?confidential"
            + "|monitored|legally\\s+privileged|addressee",
        Pattern.CASE_INSENSITIVE);
    private static final Pattern NEGATED = Pattern.compile(
        "\\b(?:not|isn't|is\\s+not|nothing)\\s+(?:\\w+\\s+){0,2}confidential\\b", Pattern.CASE_INSENSITIVE);

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
        if (MARKING.matcher(subject).find() && !NEGATED.matcher(subject).find()) {
            return Optional.of("Subject: " + subject);
        }
        for (String line : words.lines().toList()) {
            Matcher marked = MARKING.matcher(line);
            if (marked.find() && !NEGATED.matcher(line).find() && !DISCLAIMER.matcher(line).find()) {
                return Optional.of(line.strip());
            }
        }
        return Optional.empty();
    }
}

package org.councilprotocol.text;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Subject lines as thread keys: reply and forward prefixes (in the languages mail clients use,
 * Welsh "AT:" and "YML:" included) and tags removed.
 */
public final class Subjects {
    private static final Pattern PREFIX = Pattern.compile(
        "^\\s*(?:(?:re|fw|fwd|aw|wg|sv|vs|antw|tr|rif|enc|at|yml)(?:\\[\\d+\\]|\\(\\d+\\))?\\s*:|\\[[^\\]]{1,40}\\]|\\*{1,3}[a-z ]{1,20}\\*{1,3})\\s*",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern REPLY_OR_FORWARD = Pattern.compile(
        "^\\s*(?:(?:\\[[^\\]]{1,40}\\]|\\*{1,3}[a-z ]{1,20}\\*{1,3})\\s*)*(?:re|fw|fwd|aw|wg|sv|vs|antw|tr|rif|enc|at|yml)(?:\\[\\d+\\]|\\(\\d+\\))?\\s*:",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

    private Subjects() {
    }

    /** "RE: [EXTERNAL] Fwd:  Potholes on  Hill St" becomes "potholes on hill st". */
    public static String normalise(String subject) {
        if (subject == null) {
            return "";
        }
        String rest = subject;
        String previous;
        do {
            previous = rest;
            rest = PREFIX.matcher(rest).replaceFirst("");
        } while (!rest.equals(previous));
        return rest.replaceAll("(?U)\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }

    /** Whether the subject says the message answers or passes on an earlier one. */
    public static boolean isReplyOrForward(String subject) {
        return subject != null && REPLY_OR_FORWARD.matcher(subject).find();
    }
}

package org.councilprotocol.detect;

import java.util.Locale;

import javax.mail.MessagingException;
import javax.mail.internet.MimeMessage;

/**
 * What a message's headers say about who wrote it: a machine (an auto-reply, RFC 3834
 * {@code Auto-Submitted}) or a mailing list (a newsletter), rather than a person asking something. The
 * enquiry reader takes these facts as given; {@link #of(MimeMessage)} reads them from the headers.
 *
 * @param autoSubmitted {@code Auto-Submitted} present with any value but {@code no} (RFC 3834)
 * @param bulk          {@code Precedence: bulk}, {@code list} or {@code junk}
 * @param mailingList   {@code List-Id} or {@code List-Unsubscribe} present (RFC 2919, RFC 2369)
 * @param autoReply     {@code X-Autoreply}, {@code X-Autorespond} or {@code Precedence: auto_reply}
 */
public record HeaderFacts(boolean autoSubmitted, boolean bulk, boolean mailingList, boolean autoReply) {

    /** A message a person wrote: nothing in its headers says otherwise. */
    public static final HeaderFacts PERSONAL = new HeaderFacts(false, false, false, false);

    /** Whether a machine wrote it (an out-of-office or other automatic reply). */
    public boolean automatic() {
        return autoSubmitted || autoReply;
    }

    /** Whether it went to a list (a newsletter or bulletin) rather than to the officer. */
    public boolean listMail() {
        return bulk || mailingList;
    }

    /** The facts in a message's headers; a header that cannot be read counts as absent. */
    public static HeaderFacts of(MimeMessage message) {
        String autoSubmitted = first(message, "Auto-Submitted");
        String precedence = first(message, "Precedence").toLowerCase(Locale.ROOT).strip();
        boolean submitted = !autoSubmitted.isBlank() && !autoSubmitted.strip().toLowerCase(Locale.ROOT).startsWith("no");
        boolean bulk = precedence.equals("bulk") || precedence.equals("list") || precedence.equals("junk");
        boolean list = !first(message, "List-Id").isBlank() || !first(message, "List-Unsubscribe").isBlank();
        boolean autoReply = !first(message, "X-Autoreply").isBlank() || !first(message, "X-Autorespond").isBlank()
            || precedence.equals("auto_reply");
        return new HeaderFacts(submitted, bulk, list, autoReply);
    }

    private static String first(MimeMessage message, String name) {
        try {
            String value = message.getHeader(name, null);
            return value == null ? "" : value;
        } catch (MessagingException | RuntimeException e) {
            return "";
        }
    }
}

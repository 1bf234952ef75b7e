package org.councilprotocol.absence;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import javax.mail.MessagingException;
import javax.mail.internet.MimeMessage;

import org.councilprotocol.detect.HeaderFacts;

/**
 * Tells an out-of-office reply, a bounce, list mail and other machine mail from mail a person wrote, from
 * its headers, envelope and subject:
 * <ul>
 *   <li>auto-reply: {@code Auto-Submitted: auto-replied} (RFC 3834); {@code X-Autoreply}, {@code X-Autorespond}
 *       or {@code Precedence: auto_reply} (older Unix vacation programs and many hosted services); Exchange's
 *       {@code X-Auto-Response-Suppress} together with an automatic-reply subject; or a subject that only
 *       auto-repliers write ("Automatic reply:", "Auto-reply:", "Autoreply:", "Out of Office AutoReply:",
 *       "Auto Response:");</li>
 *   <li>bounce: a null envelope sender, a {@code multipart/report} body, or a mailer-daemon sender;</li>
 *   <li>list: {@code Precedence: bulk/list/junk}, {@code List-Id} or {@code List-Unsubscribe};</li>
 *   <li>automatic: any other {@code Auto-Submitted} value but {@code no} (including the gateway's own notices).</li>
 * </ul>
 * An auto-reply sent with a null envelope sender, as RFC 3834 recommends, is still an auto-reply.
 */
public final class AutoReplies {
    private static final Pattern AUTO_REPLY_SUBJECT = Pattern.compile(
        "^\\s*(?:automatic\\s+reply|auto[\\s-]?reply|auto[\\s-]?response|out\\s+of\\s+(?:the\\s+)?office\\s+(?:auto[\\s-]?reply|reply|response)"
            + "|autosvar|r[eé]ponse\\s+automatique|abwesenheitsnotiz|automatische\\s+antwort)\\s*:", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** "Out of Office:" alone is also a heading people give real messages ("Out of office: Christmas rota"). */
    private static final Pattern WEAK_SUBJECT = Pattern.compile(
        "^\\s*(?:out\\s+of\\s+(?:the\\s+)?office|ooo|away|on\\s+leave|auto)\\s*:", Pattern.CASE_INSENSITIVE);
    private static final Pattern DAEMON = Pattern.compile("^(?:mailer-daemon|postmaster|mail-daemon)@", Pattern.CASE_INSENSITIVE);

    private AutoReplies() {
    }

    /**
     * @param envelopeSender the SMTP {@code MAIL FROM}; empty for a null sender ({@code <>})
     * @param from           the From address, if any
     */
    public static MailOrigin origin(MimeMessage message, String subject, Optional<String> envelopeSender, String from) {
        String autoSubmitted = header(message, "Auto-Submitted").toLowerCase(Locale.ROOT).strip();
        HeaderFacts facts = HeaderFacts.of(message);
        String quoted = subject == null ? "" : subject;
        boolean suppress = !header(message, "X-Auto-Response-Suppress").isBlank();
        if (autoSubmitted.startsWith("auto-replied") || facts.autoReply() || AUTO_REPLY_SUBJECT.matcher(quoted).find()
            || (suppress || facts.autoSubmitted() || envelopeSender.isEmpty()) && WEAK_SUBJECT.matcher(quoted).find()) {
            return MailOrigin.AUTO_REPLY;
        }
        if (envelopeSender.isEmpty() || contentType(message).startsWith("multipart/report")
            || (from != null && DAEMON.matcher(from.strip()).find())) {
            return MailOrigin.BOUNCE;
        }
        if (facts.listMail()) {
            return MailOrigin.LIST;
        }
        if (facts.autoSubmitted()) {
            return MailOrigin.AUTOMATIC;
        }
        return MailOrigin.PERSON;
    }

    private static String contentType(MimeMessage message) {
        try {
            String type = message.getContentType();
            return type == null ? "" : type.toLowerCase(Locale.ROOT).strip();
        } catch (MessagingException | RuntimeException e) {
            return "";
        }
    }

    private static String header(MimeMessage message, String name) {
        try {
            String value = message.getHeader(name, null);
            return value == null ? "" : value;
        } catch (MessagingException | RuntimeException e) {
            return "";
        }
    }
}

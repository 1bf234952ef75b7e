package org.councilprotocol.detect;

import java.util.List;

import org.councilprotocol.config.RuleConfig;
import org.councilprotocol.model.Finding;
import org.councilprotocol.model.Person;
import org.councilprotocol.model.SenderKind;
import org.councilprotocol.text.AttachmentText;

/**
 * {@code unreadable-attachment}: a member's attachment the gateway could not read (encrypted, damaged, too
 * large, an archive bomb, too slow to read, a kind of file it cannot read, or a scan with no text). The rule
 * against obligations in a member's name (e.g. Thanet 10.2.4) is checked in the words of the attachments
 * too, so an attachment that cannot be read is one that rule could not check: it is flagged for a person
 * to look at, citing that clause. One finding per attachment, with its name and the reason.
 *
 * <p>Only mail sent by a verified member is judged, as {@code obligation-in-member-name} judges only that:
 * attachments of officers' and outside mail are never read, so their mail never pays for Tika.
 */
public final class UnreadableAttachmentDetector implements Detector {
    public static final String RULE = "unreadable-attachment";

    @Override
    public String rule() {
        return RULE;
    }

    @Override
    public List<Finding> detect(MessageContext context, RuleConfig rule) {
        // The same senders as the obligation rule: members, authenticated as themselves (not EXTERNAL, which
        // includes a member's address used without authentication).
        if (context.correspondence().senderKind() != SenderKind.MEMBER) {
            return List.of();
        }
        List<String> people = context.correspondence().senderPerson().map(Person::id).stream().toList();
        return context.attachments().unreadable().stream()
            .map(attachment -> finding(attachment, rule, people))
            .toList();
    }

    private static Finding finding(AttachmentText attachment, RuleConfig rule, List<String> people) {
        String why = attachment.unreadable().orElseThrow().detail();
        String summary = "The attachment " + attachment.fileName() + " could not be read, so it was not checked for "
            + "anything that commits the Council: " + why + ".";
        List<String> evidence = List.of(attachment.fileName() + ": " + why);
        return new Finding(RULE, rule.action(), rule.clause(), summary, evidence, people);
    }
}

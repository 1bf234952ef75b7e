package org.councilprotocol.policy;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.councilprotocol.config.Profile;
import org.councilprotocol.config.RuleConfig;
import org.councilprotocol.detect.MessageContext;
import org.councilprotocol.detect.People;
import org.councilprotocol.model.Action;
import org.councilprotocol.model.Finding;
import org.councilprotocol.model.Person;
import org.councilprotocol.model.Role;
import org.councilprotocol.model.Verdict;

/**
 * Writes the notices a verdict calls for. Each says what happened, why (the clause and, in plain
 * words, what it requires), what was found, and what to do next. Evidence that could reveal a blind
 * recipient goes only to the sender and the Monitoring Officer.
 */
final class NoticeWriter {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK);

    List<Notice> write(MessageContext context, String messageId, String subject, List<Finding> findings,
                       Verdict verdict) {
        List<Finding> acted = findings.stream().filter(finding -> finding.action().verdict() != Verdict.DELIVER).toList();
        if (acted.isEmpty()) {
            return List.of();
        }
        List<Notice> notices = new ArrayList<>();
        String sender = context.correspondence().sender().address();
        String when = WHEN.format(context.submission().receivedAt().atZone(MessageContext.COUNCIL_ZONE));
        String quoted = subject.isBlank() ? "(no subject)" : subject;
        List<String> monitoringOfficers = context.directory().withRole(Role.MONITORING_OFFICER).stream()
            .map(Person::primaryAddress).toList();

        switch (verdict) {
            case BLOCK -> notices.add(new Notice(List.of(sender), "Returned, not delivered: " + quoted,
                opening("Your message \"" + quoted + "\" of " + when + " has been returned to you. It has not been "
                    + "delivered to anyone.") + reasons(context, acted) + closing(context), true));
            case HOLD -> notices.add(new Notice(List.of(sender), "Held for review: " + quoted,
                opening("Your message \"" + quoted + "\" of " + when + " is being held. It has not been delivered yet: "
                    + "the Monitoring Officer will review it and either release it or return it to you.")
                    + reasons(context, acted) + closing(context), false));
            default -> {
            }
        }
        String reviewer = switch (verdict) {
            case BLOCK -> "was returned to its sender and not delivered.";
            case HOLD -> "is held in the council-held mail repository for your review. Release it or return it "
                + "through James WebAdmin (see the gateway's README).";
            default -> "was delivered and flagged for your attention.";
        };
        notices.add(new Notice(monitoringOfficers, "Protocol check (" + verdict.id() + "): " + quoted,
            opening("The message \"" + quoted + "\" from " + describeSender(context) + " of " + when + " " + reviewer
                + "\nMessage-ID: " + messageId)
                + reasons(context, acted) + closing(context), false));
        List<Finding> advised = acted.stream()
            .filter(finding -> finding.action() == Action.FLAG && Advice.advisesSender(finding.rule()))
            .toList();
        if (!advised.isEmpty() && (verdict == Verdict.FLAG || verdict == Verdict.DELIVER)) {
            notices.add(new Notice(List.of(sender), "Advice on your message: " + quoted,
                opening("Your message \"" + quoted + "\" of " + when + " was delivered. It has been noted for the "
                    + "Monitoring Officer because the council's protocol asks for something different.")
                    + reasons(context, advised) + closing(context), false));
        }
        if (verdict != Verdict.BLOCK) {
            List<Finding> disclosed = acted.stream().filter(finding -> finding.action() == Action.DISCLOSE).toList();
            if (!disclosed.isEmpty()) {
                notices.add(new Notice(List.of(sender), "Copy disclosed: " + quoted,
                    opening("Your message \"" + quoted + "\" of " + when + " was delivered, and the people you were "
                        + "corresponding with have been told who else received a copy.")
                        + reasons(context, disclosed) + closing(context), false));
            }
            acted.forEach(finding -> notices.addAll(tell(context, finding, quoted, when)));
        }
        return notices;
    }

    /**
     * Notices to the people the protocol says must be told (the member whose correspondence was
     * copied, or the correspondent of a disclosed blind copy). They learn who received the copy,
     * which is the point of telling them, but never the rest of the evidence.
     */
    private static List<Notice> tell(MessageContext context, Finding finding, String quoted, String when) {
        List<Notice> notices = new ArrayList<>();
        String copiedTo = names(context, finding.people());
        String requires = context.profile().rule(finding.rule()).map(RuleConfig::requires).orElse(finding.summary());
        for (String id : finding.tell()) {
            Optional<Person> person = context.directory().person(id);
            if (person.isEmpty() || person.get().primaryAddress().equalsIgnoreCase(context.correspondence().sender().address())) {
                continue;
            }
            String body = opening(describeSender(context) + " sent \"" + quoted + "\" on " + when
                + ", which carries your correspondence, to " + copiedTo + " as well.")
                + "Why you are told\n- " + finding.clause() + ": " + requires + "\n\n"
                + "What to do next\n- Nothing, if you are content with this. If you did not agree to it, raise it with "
                + describeSender(context) + " or with the Monitoring Officer.\n"
                + closing(context);
            notices.add(new Notice(List.of(person.get().primaryAddress()), "Your correspondence was copied: " + quoted,
                body, false));
        }
        return notices;
    }

    private static String names(MessageContext context, List<String> ids) {
        List<String> names = ids.stream()
            .map(id -> context.directory().person(id).map(People::describe).orElse(id))
            .toList();
        return names.isEmpty() ? "someone else" : People.join(names);
    }

    private static String describeSender(MessageContext context) {
        return context.correspondence().senderPerson()
            .map(person -> person.name() + " <" + context.correspondence().sender().address() + ">")
            .orElse(context.correspondence().sender().address());
    }

    private static String opening(String what) {
        return "What happened\n" + what + "\n\n";
    }

    private static String reasons(MessageContext context, List<Finding> findings) {
        StringBuilder text = new StringBuilder("Why\n");
        Map<String, List<Finding>> byRule = new LinkedHashMap<>();
        findings.forEach(finding -> byRule.computeIfAbsent(finding.rule(), rule -> new ArrayList<>()).add(finding));
        byRule.forEach((rule, ruleFindings) -> {
            Finding first = ruleFindings.get(0);
            Optional<RuleConfig> config = context.profile().rule(rule);
            text.append("- ").append(first.clause()).append(": ")
                .append(config.map(RuleConfig::requires).orElse(first.summary())).append('\n');
            for (Finding finding : ruleFindings) {
                text.append("  Found: ").append(finding.summary()).append('\n');
                finding.evidence().forEach(evidence -> text.append("    \"").append(evidence).append("\"\n"));
            }
        });
        text.append("\nWhat to do next\n");
        byRule.keySet().forEach(rule -> text.append("- ").append(Advice.nextStep(rule)).append('\n'));
        return text.toString();
    }

    static String closing(MessageContext context) {
        Profile profile = context.profile();
        String contact = context.directory().withRole(Role.MONITORING_OFFICER).stream().findFirst()
            .map(person -> person.name() + " <" + person.primaryAddress() + ">")
            .orElse("the Monitoring Officer");
        return "\nIf you think this is wrong, or need advice, contact " + contact + ".\n\n-- \n"
            + "Sent automatically by " + context.directory().council() + "'s mail gateway, which applies the council's "
            + (profile.protocol().isBlank() ? "member/officer protocol" : profile.protocol()) + ".\n";
    }
}

package org.councilprotocol.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.councilprotocol.config.RuleConfig;
import org.councilprotocol.detect.MessageContext;
import org.councilprotocol.model.Action;
import org.councilprotocol.model.Finding;
import org.councilprotocol.model.Person;
import org.councilprotocol.text.StatementInserter;

/**
 * What to do about ward-capacity mail that does not say so: add the profile's statement, with the
 * member's name and ward filled in, or, when the mail is signed and must not be changed, flag it so
 * the member is told instead.
 */
final class CapacityStatement {
    static final String RULE = "capacity-undeclared";

    private CapacityStatement() {
    }

    record Declared(List<Finding> findings, Optional<String> statement) {
    }

    static Declared declare(MessageContext context, List<Finding> findings) {
        Optional<Finding> undeclared = findings.stream()
            .filter(finding -> finding.rule().equals(RULE) && finding.action() != Action.OFF)
            .findFirst();
        Optional<RuleConfig> rule = context.profile().rule(RULE);
        Optional<Person> member = context.correspondence().senderPerson();
        if (undeclared.isEmpty() || rule.isEmpty() || member.isEmpty()) {
            return new Declared(findings, Optional.empty());
        }
        Optional<String> template = rule.get().parameters().optionalString("statement");
        if (template.isEmpty()) {
            return new Declared(findings, Optional.empty());
        }
        Optional<String> signature = StatementInserter.signature(context.submission().message());
        if (signature.isEmpty()) {
            String ward = context.capacity().ward()
                .orElse(String.join(" and ", member.get().wards()));
            return new Declared(findings, Optional.of(fill(template.get(), member.get(), ward)));
        }
        // Never alter signed mail: flag it, and the member is advised to add the statement themselves.
        Finding original = undeclared.get();
        List<String> evidence = new ArrayList<>(original.evidence());
        evidence.add("Signed mail (" + signature.get() + "): the statement was not added, to keep the signature valid");
        Finding flagged = new Finding(original.rule(), Action.FLAG, original.clause(), original.summary()
            + " The message is signed, so the gateway did not add the statement.", evidence, original.people(),
            original.tell());
        List<Finding> adjusted = new ArrayList<>(findings);
        adjusted.set(findings.indexOf(original), flagged);
        return new Declared(adjusted, Optional.empty());
    }

    static String fill(String template, Person member, String ward) {
        return template.replace("{name}", member.name()).replace("{ward}", ward.isBlank() ? "their ward" : ward)
            .replaceAll("\\s+", " ").strip();
    }
}

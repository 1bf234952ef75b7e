package org.councilprotocol.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

import org.councilprotocol.model.Role;

/**
 * The rules a profile may name and, for each, the parameters it accepts and how they are checked.
 * Rules added by extension detectors are accepted with any parameters; the detector checks them.
 */
final class RuleCatalog {
    static final List<String> COMMON_KEYS = List.of("clause", "requires", "action");

    private static final Set<String> GROUNDS = Set.of("author-consent", "circulation-list",
        "cabinet-member-for-portfolio", "meeting-question", "foi-dpa-entitlement");
    private static final Set<String> MUST_STATE = Set.of("reason", "action", "deadline");
    private static final Set<String> LETTER_RECIPIENTS = Set.of("anyone", "minister");
    /** {@code member} in an allowed-roles list means any member, whatever their roles. */
    static final String ANY_MEMBER = "member";

    private static final Map<String, Map<String, BiConsumer<String, ConfigNode>>> PARAMETERS = new LinkedHashMap<>();

    static {
        PARAMETERS.put("silent-copy", Map.of("senders", oneOfEach(Set.of("officer", "member"))));
        PARAMETERS.put("undisclosed-copy", Map.of(
            "grounds", oneOfEach(GROUNDS),
            "officers-allowed-unless-confidential", RuleCatalog::bool,
            "member-own-copy-confidential", RuleCatalog::bool));
        PARAMETERS.put("obligation-in-member-name", Map.of());
        PARAMETERS.put("official-letter-in-member-name", Map.of(
            "allowed", RuleCatalog::allowedLetters,
            "office-heading", RuleCatalog::text));
        PARAMETERS.put("capacity-undeclared", Map.of("statement", RuleCatalog::text));
        PARAMETERS.put("party-political-use", Map.of());
        PARAMETERS.put("holding-reply-incomplete", Map.of("must-state", oneOfEach(MUST_STATE)));
        PARAMETERS.put("ooo-no-alternate", Map.of("min-absence-working-days", RuleCatalog::count));
        PARAMETERS.put("unreadable-attachment", Map.of());
    }

    private RuleCatalog() {
    }

    static Set<String> builtIn() {
        return PARAMETERS.keySet();
    }

    /** Checks a rule's own parameters; {@code null} for extension rules, which check their own. */
    static Map<String, BiConsumer<String, ConfigNode>> parameters(String rule) {
        return PARAMETERS.get(rule);
    }

    private static BiConsumer<String, ConfigNode> oneOfEach(Set<String> allowed) {
        return (key, node) -> node.list(key, item -> item).forEach(item -> {
            String value = item.scalar(key);
            if (!allowed.contains(value)) {
                throw item.error("'" + value + "' is not one of " + String.join(", ", allowed.stream().sorted().toList()));
            }
        });
    }

    private static void bool(String key, ConfigNode node) {
        String value = node.scalar(key);
        if (!value.equals("true") && !value.equals("false")) {
            throw node.error("'" + key + "' must be true or false, not '" + value + "'");
        }
    }

    private static void text(String key, ConfigNode node) {
        if (node.scalar(key).isBlank()) {
            throw node.error("'" + key + "' must not be empty");
        }
    }

    private static void count(String key, ConfigNode node) {
        if (node.integer(key) < 0) {
            throw node.error("'" + key + "' cannot be negative");
        }
    }

    private static void allowedLetters(String key, ConfigNode node) {
        node.list(key, item -> item).forEach(item -> {
            item.mapping("an allowed sender", List.of("roles", "to", "note"));
            item.require("roles").list("roles", role -> role).forEach(role -> {
                String id = role.scalar("roles");
                if (!id.equals(ANY_MEMBER) && Role.byId(id).filter(r -> r.holder() == org.councilprotocol.model.PersonKind.MEMBER).isEmpty()) {
                    throw role.error("'" + id + "' is not a member role (or 'member' for any member)");
                }
            });
            String to = item.string("to");
            if (!LETTER_RECIPIENTS.contains(to)) {
                throw item.require("to").error("'to' must be anyone or minister, not '" + to + "'");
            }
        });
    }
}

package org.councilprotocol.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

import org.councilprotocol.model.Action;
import org.councilprotocol.text.ExtractionLimits;

/**
 * Finds a profile by name (the config folder's {@code profiles/} first, then the profiles shipped
 * in the plugin), follows {@code extends}, and checks the result: every rule must cite a clause,
 * say what it requires and name a known action and known parameters.
 */
public final class ProfileLoader {
    static final String SHIPPED = "council-profiles/";
    private static final List<String> TOP_KEYS = List.of("profile", "extends", "council", "protocol", "on-error",
        "rules", "enquiries", "limits");
    private static final List<String> ENQUIRY_KEYS = List.of("clause", "requires", "working-days", "reminder-before",
        "overdue-copy", "escalate-after", "digest", "closure-days", "complaints", "tag-subject");
    private static final Set<String> OVERDUE_COPY = Set.of("manager", "director", "monitoring-officer", "chief-executive");
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_-]*");
    private static final Pattern CLAUSE = Pattern.compile("\\p{Lu}[\\p{L} .'-]*\\p{L} [\\w.()\\u2013-]+(( and | & |, )[\\w.()\\u2013-]+)*");

    private final Path profilesFolder;
    private final Set<String> knownRules;

    /**
     * @param configFolder the folder holding {@code directory.yaml} and {@code profiles/}
     * @param extensionRules rule names provided by extension detectors, accepted besides the built-in ones
     */
    public ProfileLoader(Path configFolder, Set<String> extensionRules) {
        this.profilesFolder = configFolder.resolve("profiles");
        Set<String> rules = new LinkedHashSet<>(RuleCatalog.builtIn());
        rules.addAll(extensionRules);
        this.knownRules = Set.copyOf(rules);
    }

    public Profile load(String name) {
        List<String> sources = new ArrayList<>();
        ConfigNode merged = resolve(name, sources, new LinkedHashSet<>());
        return read(name, merged, sources);
    }

    private ConfigNode resolve(String name, List<String> sources, Set<String> seen) {
        if (!NAME.matcher(name).matches()) {
            throw new ConfigException(profilesFolder.toString(), 0, "'" + name + "' is not a profile name");
        }
        if (!seen.add(name)) {
            throw new ConfigException(profilesFolder.resolve(name + ".yaml").toString(), 0,
                "profiles extend each other in a circle: " + String.join(" -> ", seen) + " -> " + name);
        }
        ConfigNode node = read(name);
        sources.add(0, node.file());
        node.mapping("a profile", TOP_KEYS);
        String declared = node.string("profile");
        if (!declared.equals(name)) {
            throw node.require("profile").error("profile is named '" + declared + "' but the file is " + name + ".yaml");
        }
        Optional<String> parent = node.optionalString("extends");
        if (parent.isEmpty()) {
            return node;
        }
        if (seen.contains(parent.get())) {
            throw node.require("extends").error("profiles extend each other in a circle: "
                + String.join(" -> ", seen) + " -> " + parent.get());
        }
        return resolve(parent.get(), sources, seen).overlaidWith(node);
    }

    private ConfigNode read(String name) {
        Path local = profilesFolder.resolve(name + ".yaml");
        if (Files.isRegularFile(local)) {
            return ConfigNode.load(local);
        }
        String resource = SHIPPED + name + ".yaml";
        InputStream shipped = ProfileLoader.class.getClassLoader().getResourceAsStream(resource);
        if (shipped == null) {
            throw new ConfigException(local.toString(), 0, "no such profile: '" + name
                + "' is neither in this folder nor among the shipped profiles (dartford, dudley, thanet, derbyshire, knutsford)");
        }
        try (Reader reader = new InputStreamReader(shipped, StandardCharsets.UTF_8)) {
            return ConfigNode.parse("shipped profile " + name + ".yaml", reader);
        } catch (IOException e) {
            throw new ConfigException(resource, 0, "cannot be read: " + e.getMessage(), e);
        }
    }

    private Profile read(String name, ConfigNode root, List<String> sources) {
        String onErrorText = root.optionalString("on-error").orElse("fail-open");
        Profile.FailureMode onError = switch (onErrorText) {
            case "fail-open" -> Profile.FailureMode.FAIL_OPEN;
            case "fail-closed" -> Profile.FailureMode.FAIL_CLOSED;
            default -> throw root.require("on-error").error("on-error must be fail-open or fail-closed, not '" + onErrorText + "'");
        };
        Map<String, RuleConfig> rules = new LinkedHashMap<>();
        root.get("rules").ifPresent(node -> {
            node.mapping("rules", knownRules);
            node.entries().forEach((rule, ruleNode) -> rules.put(rule, rule(rule, ruleNode)));
        });
        Optional<EnquiryConfig> enquiries = root.get("enquiries").map(ProfileLoader::enquiries);
        ExtractionLimits limits = root.get("limits").map(LimitsSection::read).orElse(ExtractionLimits.DEFAULTS);
        return new Profile(name, root.string("council"), root.optionalString("protocol").orElse(""), onError,
            rules, enquiries, sources, limits);
    }

    private static RuleConfig rule(String rule, ConfigNode node) {
        Map<String, BiConsumer<String, ConfigNode>> parameters = RuleCatalog.parameters(rule);
        if (parameters != null) {
            List<String> allowed = new ArrayList<>(RuleCatalog.COMMON_KEYS);
            allowed.addAll(parameters.keySet().stream().sorted().toList());
            node.mapping("rule " + rule, allowed);
            parameters.forEach((key, check) -> node.get(key).ifPresent(value -> check.accept(key, value)));
        } else if (!node.isMapping()) {
            throw node.error("rule " + rule + " must be a mapping of keys to values");
        }
        String actionText = node.string("action");
        Action action = Action.byId(actionText).orElseThrow(() -> node.require("action").error(
            "unknown action '" + actionText + "' for " + rule + " (use off, tag, flag, disclose, hold or block)"));
        return new RuleConfig(rule, clause(node), requires(node), action, node);
    }

    private static String clause(ConfigNode node) {
        String clause = node.string("clause");
        if (!CLAUSE.matcher(clause).matches()) {
            throw node.require("clause").error("clause '" + clause
                + "' must name the council and the clause number, e.g. 'Dudley 123' or 'Thanet 9.1.12'");
        }
        return clause;
    }

    private static String requires(ConfigNode node) {
        String requires = node.string("requires");
        if (requires.length() < 20) {
            throw node.require("requires").error("'requires' should say in plain words what the clause asks for");
        }
        return requires.replaceAll("\\s+", " ");
    }

    private static EnquiryConfig enquiries(ConfigNode node) {
        node.mapping("enquiries", ENQUIRY_KEYS);
        int workingDays = positive(node, "working-days", 10);
        int reminderBefore = node.optionalInt("reminder-before").orElse(2);
        if (reminderBefore < 0 || reminderBefore >= workingDays) {
            throw node.require("reminder-before").error("reminder-before must be between 0 and working-days - 1");
        }
        List<String> overdueCopy = node.get("overdue-copy").map(list -> list.list("overdue-copy", item -> {
            String who = item.scalar("overdue-copy");
            if (!OVERDUE_COPY.contains(who)) {
                throw item.error("overdue-copy '" + who + "' must be one of " + String.join(", ", OVERDUE_COPY.stream().sorted().toList()));
            }
            return who;
        })).orElse(List.of("manager"));
        int escalateAfter = positive(node, "escalate-after", 3);
        Optional<DayOfWeek> digest = node.optionalString("digest").flatMap(day -> {
            if (day.equals("none")) {
                return Optional.empty();
            }
            try {
                return Optional.of(DayOfWeek.valueOf(day.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw node.require("digest").error("digest must be a day of the week or none, not '" + day + "'");
            }
        });
        Optional<EnquiryConfig.ClauseText> complaints = node.get("complaints").map(complaint -> {
            complaint.mapping("complaints", RuleCatalog.COMMON_KEYS.subList(0, 2));
            return new EnquiryConfig.ClauseText(clause(complaint), requires(complaint));
        });
        return new EnquiryConfig(clause(node), requires(node), workingDays, reminderBefore, overdueCopy, escalateAfter,
            digest, node.get("closure-days").map(list -> list.list("closure-days", day -> day.asDate("closure-days")))
                .orElse(List.of()), complaints, node.optionalBoolean("tag-subject").orElse(false));
    }

    private static int positive(ConfigNode node, String key, int otherwise) {
        int value = node.optionalInt(key).orElse(otherwise);
        if (value <= 0) {
            throw node.require(key).error(key + " must be at least 1");
        }
        return value;
    }
}

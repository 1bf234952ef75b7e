package org.councilprotocol.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import javax.mail.internet.AddressException;
import javax.mail.internet.InternetAddress;

import org.councilprotocol.model.Absence;
import org.councilprotocol.model.Directory;
import org.councilprotocol.model.Nation;
import org.councilprotocol.model.Person;
import org.councilprotocol.model.PersonKind;
import org.councilprotocol.model.Role;

/**
 * Reads {@code directory.yaml} (the format is fixed by {@code spec/CHECK.md}) and checks it as a
 * whole: every mistake is reported with its file and line, and nothing half-valid is returned.
 */
public final class DirectoryLoader {
    private static final List<String> TOP_KEYS = List.of("council", "profile", "nation", "domains", "people", "absences");
    private static final List<String> PERSON_KEYS = List.of("id", "name", "kind", "addresses", "wards", "roles",
        "portfolios", "party", "title", "directorate", "manager", "alternate");
    private static final List<String> MEMBER_ONLY = List.of("wards", "portfolios", "party");
    private static final List<String> OFFICER_ONLY = List.of("title", "directorate", "manager", "alternate");
    private static final List<String> ABSENCE_KEYS = List.of("person", "from", "to", "alternate");
    private static final Pattern PERSON_ID = Pattern.compile("[a-z0-9][a-z0-9._-]*");
    private static final Pattern DOMAIN = Pattern.compile("[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+");

    private DirectoryLoader() {
    }

    public static Directory load(Path file) {
        return read(ConfigNode.load(file));
    }

    public static Directory parse(String fileName, String yaml) {
        return read(ConfigNode.parse(fileName, yaml));
    }

    private static Directory read(ConfigNode root) {
        root.mapping("directory.yaml", TOP_KEYS);
        String council = root.string("council");
        String profile = root.string("profile");
        Nation nation = root.get("nation")
            .map(node -> Nation.byId(node.scalar("nation")).orElseThrow(() -> node.error(
                "unknown nation '" + node.scalar("nation") + "' (use england-and-wales, scotland or northern-ireland)")))
            .orElse(Nation.ENGLAND_AND_WALES);
        List<String> domains = root.get("domains").map(node -> node.list("domains", DirectoryLoader::domain))
            .orElse(List.of());

        List<ConfigNode> peopleNodes = root.require("people").list("people", node -> node);
        Map<String, ConfigNode> nodeById = new HashMap<>();
        Map<String, ConfigNode> addressOwner = new HashMap<>();
        List<Person> people = new ArrayList<>();
        for (ConfigNode node : peopleNodes) {
            Person person = person(node);
            if (nodeById.putIfAbsent(person.id(), node) != null) {
                throw node.require("id").error("person id '" + person.id() + "' is used twice (first at line "
                    + nodeById.get(person.id()).line() + ")");
            }
            for (ConfigNode item : node.require("addresses").list("addresses", item -> item)) {
                String address = item.scalar("addresses");
                ConfigNode earlier = addressOwner.putIfAbsent(Directory.normalise(address), node);
                if (earlier != null) {
                    throw item.error("address " + address + " is already given to "
                        + earlier.string("id") + " (line " + earlier.line() + ")");
                }
            }
            people.add(person);
        }
        Map<String, Person> byId = new HashMap<>();
        people.forEach(person -> byId.put(person.id(), person));
        for (Person person : people) {
            ConfigNode node = nodeById.get(person.id());
            checkOfficerReference(node, "manager", person.manager(), byId, person);
            checkOfficerReference(node, "alternate", person.alternate(), byId, person);
        }

        List<Absence> absences = root.get("absences")
            .map(node -> node.list("absences", item -> absence(item, byId)))
            .orElse(List.of());
        return new Directory(council, profile, nation, domains, people, absences);
    }

    private static Person person(ConfigNode node) {
        node.mapping("a person", PERSON_KEYS);
        String id = node.string("id");
        if (!PERSON_ID.matcher(id).matches()) {
            throw node.require("id").error("person id '" + id + "' must be lower-case letters, digits, '.', '_' or '-'");
        }
        String kindText = node.string("kind");
        PersonKind kind = switch (kindText) {
            case "member" -> PersonKind.MEMBER;
            case "officer" -> PersonKind.OFFICER;
            default -> throw node.require("kind").error("kind of " + id + " must be member or officer, not '" + kindText + "'");
        };
        for (String key : kind == PersonKind.MEMBER ? OFFICER_ONLY : MEMBER_ONLY) {
            if (node.get(key).isPresent()) {
                throw new ConfigException(node.file(), node.keyLine(key), "'" + key + "' is for "
                    + (kind == PersonKind.MEMBER ? "officers" : "members") + ", but " + id + " is " + article(kind));
            }
        }
        List<String> addresses = node.require("addresses").list("addresses", DirectoryLoader::address);
        if (addresses.isEmpty()) {
            throw node.require("addresses").error(id + " needs at least one address");
        }
        Set<Role> roles = new LinkedHashSet<>();
        node.get("roles").ifPresent(list -> list.list("roles", item -> item).forEach(item -> {
            String roleId = item.scalar("roles");
            Role role = Role.byId(roleId).orElseThrow(() -> item.error("unknown role '" + roleId + "'"));
            if (role.holder() != kind) {
                throw item.error(id + " is " + article(kind) + " but '" + roleId + "' is a role for "
                    + role.holder().id() + "s");
            }
            roles.add(role);
        }));
        return new Person(id, node.string("name"), kind, addresses, roles, node.stringList("wards"),
            node.stringList("portfolios"), node.optionalString("party"), node.optionalString("title"),
            node.optionalString("directorate"), node.optionalString("manager"), node.optionalString("alternate"));
    }

    private static String article(PersonKind kind) {
        return kind == PersonKind.MEMBER ? "a member" : "an officer";
    }

    private static void checkOfficerReference(ConfigNode node, String key, Optional<String> reference,
                                              Map<String, Person> byId, Person person) {
        reference.ifPresent(id -> {
            ConfigNode at = node.require(key);
            Person target = byId.get(id);
            if (target == null) {
                throw at.error(key + " of " + person.id() + " is '" + id + "', who is not in people");
            }
            if (!target.isOfficer()) {
                throw at.error(key + " of " + person.id() + " must be an officer, but " + id + " is a member");
            }
            if (target.id().equals(person.id())) {
                throw at.error(person.id() + " cannot be their own " + key);
            }
        });
    }

    private static Absence absence(ConfigNode node, Map<String, Person> byId) {
        node.mapping("an absence", ABSENCE_KEYS);
        String personId = node.string("person");
        Person person = byId.get(personId);
        if (person == null) {
            throw node.require("person").error("absence of '" + personId + "', who is not in people");
        }
        Absence absence = new Absence(personId, node.date("from"), node.date("to"), node.optionalString("alternate"));
        if (absence.to().isBefore(absence.from())) {
            throw node.require("to").error("absence of " + personId + " ends (" + absence.to() + ") before it starts ("
                + absence.from() + ")");
        }
        absence.alternate().ifPresent(alternate -> {
            Person cover = byId.get(alternate);
            if (cover == null || !cover.isOfficer() || cover.id().equals(personId)) {
                throw node.require("alternate").error("alternate '" + alternate
                    + "' must be another officer in people");
            }
        });
        return absence;
    }

    private static String address(ConfigNode node) {
        String text = node.scalar("addresses");
        try {
            InternetAddress address = new InternetAddress(text, true);
            if (address.getPersonal() != null || !text.contains("@")) {
                throw node.error("'" + text + "' must be a bare address like name@council.gov.uk");
            }
            return address.getAddress();
        } catch (AddressException e) {
            throw node.error("'" + text + "' is not a valid email address: " + e.getMessage());
        }
    }

    private static String domain(ConfigNode node) {
        String text = Directory.normalise(node.scalar("domains"));
        if (!DOMAIN.matcher(text).matches()) {
            throw node.error("'" + text + "' is not a mail domain");
        }
        return text;
    }
}

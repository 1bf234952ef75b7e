package org.councilprotocol.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Who is who at one council: its people by id and by address, its domains and its absences. */
public final class Directory {
    private final String council;
    private final String defaultProfile;
    private final Nation nation;
    private final List<String> domains;
    private final Map<String, Person> peopleById;
    private final Map<String, Person> peopleByAddress;
    private final List<Absence> absences;

    public Directory(String council, String defaultProfile, Nation nation, List<String> domains,
                     List<Person> people, List<Absence> absences) {
        this.council = council;
        this.defaultProfile = defaultProfile;
        this.nation = nation;
        this.domains = domains.stream().map(Directory::normalise).toList();
        this.peopleById = people.stream()
            .collect(Collectors.toMap(Person::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        this.peopleByAddress = new LinkedHashMap<>();
        for (Person person : people) {
            person.addresses().forEach(address -> peopleByAddress.put(normalise(address), person));
        }
        this.absences = List.copyOf(absences);
    }

    public String council() {
        return council;
    }

    public String defaultProfile() {
        return defaultProfile;
    }

    public Nation nation() {
        return nation;
    }

    public List<String> domains() {
        return domains;
    }

    public List<Person> people() {
        return List.copyOf(peopleById.values());
    }

    public List<Absence> absences() {
        return absences;
    }

    public Optional<Person> person(String id) {
        return Optional.ofNullable(peopleById.get(id));
    }

    public Optional<Person> byAddress(String address) {
        return Optional.ofNullable(peopleByAddress.get(normalise(address)));
    }

    /** Whether the address belongs to one of the council's own mail domains. */
    public boolean isCouncilAddress(String address) {
        String normalised = normalise(address);
        int at = normalised.lastIndexOf('@');
        return at >= 0 && domains.contains(normalised.substring(at + 1));
    }

    /** People holding a role, e.g. the Monitoring Officer, in directory order. */
    public List<Person> withRole(Role role) {
        return peopleById.values().stream().filter(person -> person.hasRole(role)).toList();
    }

    /** Addresses compare case-insensitively: the local part is case-sensitive in theory only. */
    public static String normalise(String address) {
        return address.trim().toLowerCase(Locale.ROOT);
    }
}

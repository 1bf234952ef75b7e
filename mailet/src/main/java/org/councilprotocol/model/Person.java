package org.councilprotocol.model;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A member or officer from the council's directory. Member fields (wards, portfolios, party) are
 * empty for officers and officer fields (title, directorate, manager, alternate) for members.
 */
public record Person(
        String id,
        String name,
        PersonKind kind,
        List<String> addresses,
        Set<Role> roles,
        List<String> wards,
        List<String> portfolios,
        Optional<String> party,
        Optional<String> title,
        Optional<String> directorate,
        Optional<String> manager,
        Optional<String> alternate) {

    public Person {
        addresses = List.copyOf(addresses);
        roles = Set.copyOf(roles);
        wards = List.copyOf(wards);
        portfolios = List.copyOf(portfolios);
    }

    public boolean isMember() {
        return kind == PersonKind.MEMBER;
    }

    public boolean isOfficer() {
        return kind == PersonKind.OFFICER;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public String primaryAddress() {
        return addresses.get(0);
    }
}

package org.councilprotocol.model;

import java.util.Optional;

/**
 * An address in a message and, when the directory knows it, the person behind it.
 *
 * @param councilAddress whether the address is in one of the council's own domains (a shared
 *                       mailbox such as planning@ is the council's even though no person owns it)
 */
public record Participant(String address, Optional<Person> person, Visibility visibility, boolean councilAddress) {

    public boolean isMember() {
        return person.map(Person::isMember).orElse(false);
    }

    public boolean isOfficer() {
        return person.map(Person::isOfficer).orElse(false);
    }

    /** Outside the council: neither a person in the directory nor one of the council's own mailboxes. */
    public boolean isExternal() {
        return person.isEmpty() && !councilAddress;
    }

    public Optional<String> personId() {
        return person.map(Person::id);
    }
}

package org.councilprotocol.detect;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.councilprotocol.model.Capacity;

/**
 * The capacity in which a member writes one message, as {@link CapacityClassifier} read it.
 *
 * @param capacity    what the member writes as; {@link Capacity#NONE} when the sender is not a verified
 *                    member or nothing in their words shows a capacity
 * @param ward        the member's ward the message is about: the first of their wards it names; for ward
 *                    mail that names none, their only ward or all of them ("Westgate and Garlinge"); empty
 *                    otherwise (another capacity and no ward of theirs named, or a member with no ward)
 * @param evidence    the words that decided it, strongest first, each quoted ("\"pothole\"",
 *                    "\"Harbour\" (Cllr Raj Patel's ward)")
 * @param declaration the words already in the message (the member's own text, the subject or the quoted
 *                    history) that say the member writes as a ward councillor or from their own office,
 *                    e.g. "as your local councillor" or the profile's statement; empty when there are none
 */
public record CapacityReading(Capacity capacity, Optional<String> ward, List<String> evidence,
                              Optional<String> declaration) {

    /** Not a verified member, or nothing to go on. */
    public static final CapacityReading NONE = new CapacityReading(Capacity.NONE, Optional.empty(), List.of(),
        Optional.empty());

    public CapacityReading {
        Objects.requireNonNull(capacity);
        Objects.requireNonNull(ward);
        evidence = List.copyOf(evidence);
        Objects.requireNonNull(declaration);
    }

    /** Whether the message already says in which capacity the member writes. */
    public boolean declared() {
        return declaration.isPresent();
    }
}

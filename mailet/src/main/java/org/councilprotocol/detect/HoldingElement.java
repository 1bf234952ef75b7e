package org.councilprotocol.detect;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a holding reply must state (Thanet 9.1.6): the reason a full answer cannot be given yet, the action
 * being taken to pursue the enquiry, and the deadline by which a full answer will be sent. The ids are the
 * values of a profile's {@code holding-reply-incomplete} {@code must-state} list.
 */
public enum HoldingElement {
    REASON("reason", "why a full answer cannot be given yet"),
    ACTION("action", "what is being done to pursue the enquiry"),
    DEADLINE("deadline", "the date by which a full answer will be sent");

    /** All three, as Thanet 9.1.6 asks: the default when a profile does not say. */
    public static final Set<HoldingElement> ALL = EnumSet.allOf(HoldingElement.class);

    private final String id;
    private final String plainWords;

    HoldingElement(String id, String plainWords) {
        this.id = id;
        this.plainWords = plainWords;
    }

    public String id() {
        return id;
    }

    /** The element in words for a notice: "why a full answer cannot be given yet". */
    public String plainWords() {
        return plainWords;
    }

    public static Optional<HoldingElement> byId(String id) {
        return Arrays.stream(values()).filter(element -> element.id.equals(id)).findFirst();
    }

    /** A must-state list as elements, in protocol order; an unknown id is an error (profiles are checked on load). */
    public static Set<HoldingElement> of(Collection<String> ids) {
        List<HoldingElement> elements = new ArrayList<>();
        for (String id : ids) {
            elements.add(byId(id).orElseThrow(() -> new IllegalArgumentException(
                "'" + id + "' is not one of reason, action, deadline")));
        }
        return elements.isEmpty() ? EnumSet.noneOf(HoldingElement.class) : EnumSet.copyOf(elements);
    }
}

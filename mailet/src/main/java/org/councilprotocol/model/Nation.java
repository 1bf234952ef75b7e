package org.councilprotocol.model;

import java.util.Arrays;
import java.util.Optional;

/** The UK bank-holiday calendars a council can follow. */
public enum Nation {
    ENGLAND_AND_WALES("england-and-wales"),
    SCOTLAND("scotland"),
    NORTHERN_IRELAND("northern-ireland");

    private final String id;

    Nation(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<Nation> byId(String id) {
        return Arrays.stream(values()).filter(nation -> nation.id.equals(id)).findFirst();
    }
}

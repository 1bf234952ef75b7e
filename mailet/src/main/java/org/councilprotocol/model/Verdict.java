package org.councilprotocol.model;

/** What happens to the message as a whole, mildest first. */
public enum Verdict {
    DELIVER, FLAG, HOLD, BLOCK;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public Verdict strongest(Verdict other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}

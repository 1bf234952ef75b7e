package org.councilprotocol.model;

/** How a recipient was addressed: openly in To or Cc, or blind (in the envelope only). */
public enum Visibility {
    TO, CC, BLIND;

    public boolean isOpen() {
        return this != BLIND;
    }
}
